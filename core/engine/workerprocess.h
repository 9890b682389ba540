// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solve/protocol.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace proofdesk::engine {

struct Limits {
    int timeoutMs = 10000;                      // per strategy
    int graceMs = 2000;                         // wall-clock slack over the solver's own limit
    qint64 memoryBytes = 4LL * 1024 * 1024 * 1024; // RLIMIT_AS per solver process
    qint64 maxOutputBytes = 64LL * 1024 * 1024; // more output than this is a faulty solver
    // Added to the solver process's nice value. The desktop app runs its solvers below its
    // own window (appsettings.cpp), so that typing stays smooth while every core solves.
    int niceness = 0;
};

// Applies the memory limit and the niceness, and ties the child's life to ours
// (PR_SET_PDEATHSIG), so no solver outlives the engine even if the engine is killed.
void applyChildLimits(QProcess &process, const Limits &limits);

// Where proofdesk-worker lives: beside the running executable (the build tree), else in
// the installed libexec folder relative to it (bin/../libexec/proofdesk), so a relocated
// installation works too. Returns the build-tree path when neither exists, so that the
// error names a real place to look.
QString defaultWorkerProgram();

// The cvc5 version a worker program links ("cvc5 1.1.2"), asked with --version (at most 3 s);
// empty when the program cannot say. Cache keys name it.
QString workerSolverVersion(const QString &workerProgram);

// Kills the process and its whole process group (a solver may have children), reaps it,
// and detaches its signals from `receiver`. Safe on a process that has already ended.
void endProcess(QProcess &process, QObject *receiver);

// A size as a limit is spoken of: "4 GiB", "64 MiB", "1.5 MiB", "4096 bytes".
QString describeBytes(qint64 bytes);

// Human reason for an abnormal end: "solver crashed (signal 11)", "memory limit 4 GiB exceeded".
QString describeExit(QProcess::ExitStatus status, int code, const QByteArray &stderrTail, qint64 memoryBytes);

// One persistent `proofdesk-worker` process serving one request at a time. Exits, crashes,
// garbage and overruns all end the current request with a typed failure; the owner then
// discards the worker and starts a new one.
class WorkerProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(WorkerProcess)

public:
    WorkerProcess(QString program, QStringList arguments, Limits limits, QObject *parent = nullptr);
    ~WorkerProcess() override;

    bool busy() const { return m_busy; }
    bool broken() const { return m_broken; }
    void submit(const solve::SolveRequest &request);
    void kill(); // abandon the current request (cancel) and end the process
    // Starts the process now, idle, so that the first request does not wait for start-up.
    void prestart() { ensureStarted(); }
    qint64 pid() const;

signals:
    void responded(const proofdesk::solve::SolveResponse &response);
    // The request could not be answered: the worker died, hung or spoke garbage.
    void failed(quint64 requestId, const QString &reason, bool timedOut);

private:
    void ensureStarted();
    void onReadyRead();
    void onFinished(int code, QProcess::ExitStatus status);
    void onTimeout();
    void fail(const QString &reason, bool timedOut);

    QString m_program;
    QStringList m_arguments;
    Limits m_limits;
    std::unique_ptr<QProcess> m_process;
    solve::FrameDecoder m_decoder;
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_requestId = 0;
    bool m_busy = false;
    bool m_broken = false;
    QByteArray m_stderrTail;
};

} // namespace proofdesk::engine
