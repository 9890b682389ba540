// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/interrupt.h"

#include "engine/processgroups.h"
#include "log/log.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace proofdesk::cli {

namespace {

// Process-wide, as signal dispositions are. The handler touches only these, through
// lock-free atomics and the async-signal-safe calls write(2), kill(2) and _exit(2).
int sockets[2] = {-1, -1}; // [1] written by the handler, [0] read by the notifier
std::atomic<int> received{0};
std::atomic<int> firstSignal{0};
std::atomic<const char *> againText{nullptr};
std::atomic<std::size_t> againLength{0};
struct sigaction previousInt {};
struct sigaction previousTerm {};

void writeAll(int fd, const char *text, std::size_t length)
{
    while (text && length > 0) {
        const ssize_t n = ::write(fd, text, length);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        text += n;
        length -= std::size_t(n);
    }
}

void onSignal(int signal)
{
    const int savedErrno = errno;
    if (received.fetch_add(1) == 0) {
        firstSignal.store(signal);
        // Non-blocking: should the socket be full, the byte already there says enough.
        const char byte = static_cast<char>(signal);
        [[maybe_unused]] const ssize_t written = ::write(sockets[1], &byte, 1);
    } else {
        // The cancel that the first signal started is still running (or stuck): end here.
        writeAll(STDERR_FILENO, againText.load(), againLength.load());
        engine::killAllProcessGroups();
        ::_exit(InterruptWatcher::exitCode(signal));
    }
    errno = savedErrno;
}

} // namespace

InterruptWatcher::InterruptWatcher(const QString &program, QObject *parent) : QObject(parent)
{
    Q_ASSERT(sockets[0] < 0); // one watcher at a time
    m_againText = (program + QStringLiteral(": ") +
                   tr("interrupted again: killing the solvers and exiting at once") + QLatin1Char('\n'))
                      .toLocal8Bit();
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sockets) != 0) {
        log::get("app")->warn("no socket pair for signals ({}): Ctrl-C ends the program without a report",
                              std::strerror(errno));
        sockets[0] = sockets[1] = -1;
        return;
    }
    received.store(0);
    firstSignal.store(0);
    againText.store(m_againText.constData());
    againLength.store(std::size_t(m_againText.size()));
    m_notifier = std::make_unique<QSocketNotifier>(sockets[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &InterruptWatcher::onReadable);

    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    // Interrupted system calls (a QProcess wait, a write to stdout) resume instead of failing.
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &previousInt);
    ::sigaction(SIGTERM, &action, &previousTerm);
    m_installed = true;
}

InterruptWatcher::~InterruptWatcher()
{
    if (m_installed) {
        ::sigaction(SIGINT, &previousInt, nullptr);
        ::sigaction(SIGTERM, &previousTerm, nullptr);
    }
    m_notifier.reset();
    for (int &fd : sockets) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    againText.store(nullptr);
    againLength.store(0);
}

int InterruptWatcher::signalNumber() const
{
    return firstSignal.load();
}

QString InterruptWatcher::signalName(int signal)
{
    switch (signal) {
    case SIGINT: return QStringLiteral("SIGINT");
    case SIGTERM: return QStringLiteral("SIGTERM");
    default: return QStringLiteral("signal %1").arg(signal);
    }
}

void InterruptWatcher::onReadable()
{
    char buffer[16];
    while (::read(sockets[0], buffer, sizeof buffer) > 0) {
    }
    if (m_emitted || signalNumber() == 0)
        return;
    m_emitted = true;
    log::get("app")->info("interrupted by {}: cancelling", signalName(signalNumber()).toStdString());
    emit interrupted(signalNumber());
}

} // namespace proofdesk::cli
