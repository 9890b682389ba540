// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/workerprocess.h"

#include "engine/processgroups.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <memory>
#include <utility>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/resource.h>
#include <unistd.h>

namespace proofdesk::engine {

QString defaultWorkerProgram()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("proofdesk-worker");
    const QString beside = appDir.filePath(name);
    const QString installed = QDir::cleanPath(appDir.filePath(QStringLiteral(PROOFDESK_WORKER_RELDIR "/") + name));
    for (const QString &candidate : {beside, installed}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return beside;
}

void applyChildLimits(QProcess &process, const Limits &limits)
{
    process.setChildProcessModifier([memoryBytes = limits.memoryBytes, niceness = limits.niceness] {
        // Only async-signal-safe calls between fork and exec.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (memoryBytes > 0) {
            struct rlimit rl;
            rl.rlim_cur = static_cast<rlim_t>(memoryBytes);
            rl.rlim_max = static_cast<rlim_t>(memoryBytes);
            ::setrlimit(RLIMIT_AS, &rl);
        }
        ::setpgid(0, 0);
        if (niceness > 0) // relative to ours: a program started at nice 5 runs its solvers at 15
            ::setpriority(PRIO_PROCESS, 0, std::min(::getpriority(PRIO_PROCESS, 0) + niceness, 19));
    });
    // fork() copies the page tables of the whole program and holds its memory map meanwhile,
    // which stalled the GUI thread by 100+ ms per solver started; vfork() copies nothing,
    // and the modifier above makes only system calls, which is what vfork allows.
    QProcess::UnixProcessParameters params;
    params.flags = QProcess::UnixProcessFlag::UseVFork;
    process.setUnixProcessParameters(params);
    // Known to the registry while it runs, so that a program that must exit at once (a
    // second Ctrl-C) still ends the group (engine/processgroups.h).
    auto group = std::make_shared<qint64>(0);
    QObject::connect(&process, &QProcess::started, &process, [&process, group] {
        *group = process.processId();
        registerProcessGroup(*group);
    });
    QObject::connect(&process, &QProcess::finished, &process,
                     [group] { unregisterProcessGroup(std::exchange(*group, 0)); });
}

void endProcess(QProcess &process, QObject *receiver)
{
    process.disconnect(receiver);
    if (process.state() == QProcess::NotRunning)
        return;
    const qint64 group = process.processId();
    if (group > 0)
        ::kill(-static_cast<pid_t>(group), SIGKILL);
    process.kill();
    process.waitForFinished(2000);
    // disconnect(nullptr) above also dropped applyChildLimits' own finished handler.
    if (process.state() == QProcess::NotRunning)
        unregisterProcessGroup(group);
}

QString workerSolverVersion(const QString &workerProgram)
{
    QProcess p;
    p.start(workerProgram, {QStringLiteral("--version")});
    if (!p.waitForFinished(3000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("cvc5 "));
    if (at < 0)
        return {};
    return out.mid(at).section(QLatin1Char(')'), 0, 0).section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString describeBytes(qint64 bytes)
{
    constexpr double MiB = 1024.0 * 1024.0;
    if (bytes >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GiB").arg(double(bytes) / (MiB * 1024.0), 0, 'g', 3);
    if (bytes >= 1024LL * 1024)
        return QStringLiteral("%1 MiB").arg(double(bytes) / MiB, 0, 'g', 4);
    return QObject::tr("%1 bytes").arg(bytes);
}

QString describeExit(QProcess::ExitStatus status, int code, const QByteArray &stderrTail, qint64 memoryBytes)
{
    const QByteArray tail = stderrTail.toLower();
    const bool outOfMemory = tail.contains("bad_alloc") || tail.contains("out of memory") ||
                             tail.contains("cannot allocate") || tail.contains("memory limit");
    if (outOfMemory && memoryBytes > 0)
        return QObject::tr("memory limit %1 exceeded").arg(describeBytes(memoryBytes));
    if (status == QProcess::CrashExit)
        return QObject::tr("solver crashed (signal %1)").arg(code);
    return QObject::tr("solver exited unexpectedly (exit code %1)").arg(code);
}

WorkerProcess::WorkerProcess(QString program, QStringList arguments, Limits limits, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_arguments(std::move(arguments)), m_limits(limits),
      m_decoder(m_limits.maxOutputBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WorkerProcess::onTimeout);
}

WorkerProcess::~WorkerProcess()
{
    kill();
}

qint64 WorkerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void WorkerProcess::ensureStarted()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        return;
    m_process = std::make_unique<QProcess>();
    m_decoder = solve::FrameDecoder(m_limits.maxOutputBytes);
    applyChildLimits(*m_process, m_limits);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &WorkerProcess::onReadyRead);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > 8192)
            m_stderrTail = m_stderrTail.right(8192);
    });
    connect(m_process.get(), &QProcess::finished, this, &WorkerProcess::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("cannot start the solver worker %1: %2").arg(m_program, m_process->errorString()), false);
    });
    m_process->start(m_program, m_arguments);
}

void WorkerProcess::submit(const solve::SolveRequest &request)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_requestId = request.id;
    m_stderrTail.clear();
    ensureStarted();
    m_process->write(solve::encodeRequest(request));
    m_clock.start();
    m_timer.start(request.timeoutMs + m_limits.graceMs);
}

void WorkerProcess::onReadyRead()
{
    if (!m_process)
        return;
    m_decoder.feed(m_process->readAllStandardOutput());
    if (m_decoder.failed()) {
        fail(tr("the solver worker sent malformed output: %1").arg(m_decoder.error()), false);
        return;
    }
    while (m_decoder.hasFrame()) {
        const QByteArray frame = m_decoder.takeFrame();
        QString error;
        auto response = solve::decodeResponse(frame, &error);
        if (!response) {
            fail(tr("the solver worker sent malformed output: %1").arg(error), false);
            return;
        }
        if (!m_busy || response->id != m_requestId)
            continue; // a late answer to an abandoned request
        m_timer.stop();
        m_busy = false;
        emit responded(*response);
    }
}

void WorkerProcess::onFinished(int code, QProcess::ExitStatus status)
{
    if (!m_busy)
        return;
    if (m_process)
        m_stderrTail += m_process->readAllStandardError();
    fail(describeExit(status, code, m_stderrTail, m_limits.memoryBytes), false);
}

void WorkerProcess::onTimeout()
{
    const qint64 seconds = (m_clock.elapsed() + 500) / 1000;
    fail(tr("timeout after %1 s").arg(seconds), true);
}

void WorkerProcess::fail(const QString &reason, bool timedOut)
{
    const bool wasBusy = m_busy;
    const quint64 id = m_requestId;
    m_busy = false;
    m_broken = true;
    m_timer.stop();
    if (m_process) {
        endProcess(*m_process, this);
        // We may be inside one of the process's own signals: delete it later.
        m_process.release()->deleteLater();
    }
    log::get("engine")->warn("worker failed: {}", reason.toStdString());
    if (wasBusy)
        emit failed(id, reason, timedOut);
}

void WorkerProcess::kill()
{
    m_busy = false;
    m_timer.stop();
    if (m_process) {
        endProcess(*m_process, this);
        m_process.release()->deleteLater();
    }
}

} // namespace proofdesk::engine
