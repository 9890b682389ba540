// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

class QSocketNotifier;

namespace proofdesk::cli {

// Ctrl-C (SIGINT) and SIGTERM for a command that runs solvers (check, export, verify,
// graph --kind proof). The solvers lead process groups of their own, so the terminal's
// Ctrl-C never reaches them: the command has to stop them itself and still say what it had.
//
// While an InterruptWatcher exists, the first of these signals is passed to the event loop
// through a socket pair that an async-signal-safe handler writes to and a QSocketNotifier
// reads: interrupted() is emitted on the watcher's thread, where the command cancels its
// engine and document checks, reports the unfinished work as cancelled and returns
// exitCode(signal). A second signal, while that cancel runs, is handled in the signal
// handler itself: it prints a line, kills every registered solver process group
// (engine/processgroups.h) and exits at once with exitCode of that signal, since the event
// loop may be the thing that is stuck.
//
// One watcher at a time (the signal disposition is process-wide); the destructor restores
// the handlers that were there before.
class InterruptWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(InterruptWatcher)

public:
    // `program` starts the line printed on a second signal ("proofdesk-cli check").
    explicit InterruptWatcher(const QString &program, QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // The first signal that arrived (SIGINT or SIGTERM), 0 while none has. True as soon as
    // the handler has run, before the event loop has delivered interrupted(): a command
    // checks it between steps that do not run the event loop.
    int signalNumber() const;

    // 128 + the signal, as a shell reports a program a signal ended: 130 SIGINT, 143 SIGTERM.
    static int exitCode(int signal) { return 128 + signal; }
    static QString signalName(int signal); // "SIGINT", "SIGTERM"

signals:
    void interrupted(int signal);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_againText; // the second signal's line, rendered here: a handler may not translate
    bool m_installed = false;
    bool m_emitted = false;
};

// Runs `work` on a pool thread and returns what it returns, with this thread's event loop
// running meanwhile, so that an InterruptWatcher here can deliver interrupted() (which sets
// the flag that `work` reads to stop). result() would block the loop and the interrupt with it.
template <typename Work>
std::invoke_result_t<Work> runReadingInterrupts(Work &&work)
{
    QFutureWatcher<std::invoke_result_t<Work>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::forward<Work>(work)));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

} // namespace proofdesk::cli
