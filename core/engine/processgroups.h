// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every solver process the engine, document checks and the exporter start leads a process
// group of its own (applyChildLimits), so a terminal's Ctrl-C does not reach it: whoever
// is interrupted must end those groups itself. This registry knows them all, so that a
// program that has to exit at once (a second Ctrl-C, handled inside the signal handler)
// can still kill every one of them.
//
// applyChildLimits registers a group when its process has started and unregisters it when
// the process has finished; endProcess unregisters after it has reaped the process. All
// functions are lock-free; killAllProcessGroups is async-signal-safe. A group stays
// registered for the moment between the reaping of its leader and the finished signal; its
// id cannot be reused within that moment in practice (pids are handed out in rising order).

#include <QList>

namespace proofdesk::engine {

void registerProcessGroup(qint64 groupId);
void unregisterProcessGroup(qint64 groupId);

// Sends SIGKILL to every registered group and returns how many there were. Callable from
// a signal handler (only atomic loads and kill(2)).
int killAllProcessGroups() noexcept;

// The groups registered now (for logs and tests).
QList<qint64> registeredProcessGroups();

} // namespace proofdesk::engine
