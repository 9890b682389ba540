// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QString>
#include <QtTest>

#include <string>

namespace proofdesk::test {

inline QString sourceDir() { return QStringLiteral(PROOFDESK_SOURCE_DIR); }
inline QString sharedDir() { return QStringLiteral(PROOFDESK_SHARED_DIR); }
inline bool haveShared() { return QDir(sharedDir() + QStringLiteral("/examples")).exists(); }

// A sketch the app ships (resources/examples), by file name.
inline QString example(const char *name)
{
    return sourceDir() + QStringLiteral("/resources/examples/") + QLatin1String(name);
}

// A file's bytes; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A program run to its end: exit code and output (exitCode -1 when it crashed or overran).
struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` with its log and result cache under `home` (never the user's), waiting at
// most `timeoutMs`.
inline ProgramRun runProgram(const QString &program, const QStringList &arguments, const QString &home,
                             int timeoutMs = 600'000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    return std::string(data.constData(), static_cast<std::size_t>(data.size()));
}

// Tests that need ../shared (the design folder beside a developer's or CI's checkout) skip
// with this message when it is absent, as it is on a user's machine.
#define PROOFDESK_REQUIRE_SHARED()                                                                           \
    do {                                                                                                     \
        if (!proofdesk::test::haveShared())                                                                  \
            QSKIP(qPrintable(QStringLiteral("../shared is absent (looked in %1): its examples and corpora "   \
                                            "exist only beside a developer's or CI's checkout")               \
                                 .arg(proofdesk::test::sharedDir())));                                        \
    } while (false)

// Processes (zombies included) whose command line mentions `needle`: what a test looks for
// to prove that no solver outlived the engine, a cancel or the program.
inline QStringList processesMatching(const QString &needle)
{
    QStringList found;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        bool numeric = false;
        const qint64 n = pid.toLongLong(&numeric);
        if (!numeric || n == QCoreApplication::applicationPid())
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray cmd = f.readAll();
        cmd.replace('\0', ' ');
        if (cmd.contains(needle.toUtf8()))
            found << pid + QLatin1Char(' ') + QString::fromUtf8(cmd);
    }
    return found;
}

// The fields of a /proc stat file (`/proc/PID/stat`, `/proc/self/task/TID/stat`) after the
// command, which may hold spaces and parentheses and so ends at the last ')': [0] state,
// [1] parent, [2] process group, [16] nice, [19] start time. Empty when the process or
// thread has ended.
inline QList<QByteArray> procStatFields(const QString &statPath)
{
    QFile stat(statPath);
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>{} : text.mid(close + 2).split(' ');
}

// The processes this test started that still exist (zombies included): their pids and
// command lines, from /proc (a process whose parent is this one).
inline QStringList childProcesses()
{
    QStringList found;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        const QList<QByteArray> rest = procStatFields(QStringLiteral("/proc/%1/stat").arg(pid));
        if (rest.size() < 2 || QString::fromLatin1(rest[1]) != self)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QByteArray cmd = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        cmd.replace('\0', ' ');
        found << pid + QLatin1Char(' ') + QLatin1String(rest[0]) + QLatin1Char(' ') + QString::fromUtf8(cmd);
    }
    return found;
}

// The pigeonhole principle, holes + 1 pigeons in `holes` holes, as DIMACS clauses (variable
// p * holes + h + 1: pigeon p sits in hole h): unsatisfiable, and not by unit propagation,
// so its DRAT proof has real lemmas; from about 11 holes on, CDCL solvers take hours.
inline QList<QList<int>> pigeonholeClauses(int holes)
{
    const int pigeons = holes + 1;
    const auto var = [&](int p, int h) { return p * holes + h + 1; };
    QList<QList<int>> clauses;
    for (int p = 0; p < pigeons; ++p) {
        QList<int> c;
        for (int h = 0; h < holes; ++h)
            c << var(p, h);
        clauses << c;
    }
    for (int h = 0; h < holes; ++h)
        for (int p = 0; p < pigeons; ++p)
            for (int q = p + 1; q < pigeons; ++q)
                clauses << QList<int>{-var(p, h), -var(q, h)};
    return clauses;
}

// The same as a DIMACS file.
inline QByteArray pigeonholeCnf(int holes)
{
    const QList<QList<int>> clauses = pigeonholeClauses(holes);
    QByteArray text = "c pigeonhole\np cnf " + QByteArray::number((holes + 1) * holes) + ' ' + QByteArray::number(clauses.size()) + '\n';
    for (const QList<int> &c : clauses) {
        for (const int lit : c)
            text += QByteArray::number(lit) + ' ';
        text += "0\n";
    }
    return text;
}

// The same as an SMT-LIB document over Booleans, with one check-sat.
inline QByteArray pigeonholeSmt2(int holes)
{
    const QList<QList<int>> clauses = pigeonholeClauses(holes);
    QByteArray text = "(set-logic QF_UF)\n";
    for (int v = 1; v <= (holes + 1) * holes; ++v)
        text += "(declare-const p" + QByteArray::number(v) + " Bool)\n";
    for (const QList<int> &c : clauses) {
        text += "(assert (or";
        for (const int lit : c)
            text += lit > 0 ? " p" + QByteArray::number(lit) : " (not p" + QByteArray::number(-lit) + ')';
        text += "))\n";
    }
    return text + "(check-sat)\n";
}

} // namespace proofdesk::test
