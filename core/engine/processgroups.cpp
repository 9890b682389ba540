// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/processgroups.h"

#include "log/log.h"

#include <array>
#include <atomic>
#include <csignal>
#include <sys/types.h>

namespace proofdesk::engine {

namespace {

// A fixed table, not a container: a signal handler may read it while another thread adds
// to it, and neither may allocate or lock. More solver processes than this at once would
// exceed any pool the engine runs (one per core, a few strategies each).
constexpr std::size_t Slots = 1024;
std::array<std::atomic<pid_t>, Slots> groups{};
static_assert(std::atomic<pid_t>::is_always_lock_free, "the registry is read from a signal handler");

} // namespace

void registerProcessGroup(qint64 groupId)
{
    if (groupId <= 0)
        return;
    for (auto &slot : groups) {
        pid_t empty = 0;
        if (slot.compare_exchange_strong(empty, static_cast<pid_t>(groupId)))
            return;
    }
    log::get("engine")->warn("process group {} not registered: {} solver processes at once", groupId, Slots);
}

void unregisterProcessGroup(qint64 groupId)
{
    if (groupId <= 0)
        return;
    for (auto &slot : groups) {
        pid_t expected = static_cast<pid_t>(groupId);
        if (slot.compare_exchange_strong(expected, 0))
            return;
    }
}

int killAllProcessGroups() noexcept
{
    int killed = 0;
    for (auto &slot : groups) {
        const pid_t group = slot.load();
        if (group > 0 && ::kill(-group, SIGKILL) == 0)
            ++killed;
    }
    return killed;
}

QList<qint64> registeredProcessGroups()
{
    QList<qint64> out;
    for (const auto &slot : groups)
        if (const pid_t group = slot.load(); group > 0)
            out << group;
    return out;
}

} // namespace proofdesk::engine
