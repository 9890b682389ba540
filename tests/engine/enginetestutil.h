// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "testutil.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace proofdesk::test {

inline QString workerPath()
{
    return QStringLiteral(PROOFDESK_BINARY_DIR "/bin/proofdesk-worker");
}

// Runs the engine on `obligations` until it reports `finished` (or `limitMs` passes) and
// returns the verdicts by obligation id.
inline QHash<QString, engine::Verdict> runEngine(engine::Engine &e, const std::vector<lang::Obligation> &obligations,
                                                 quint64 revision = 1, int limitMs = 180000)
{
    QHash<QString, engine::Verdict> out;
    QEventLoop loop;
    auto c1 = QObject::connect(&e, &engine::Engine::verdictReady, &loop,
                               [&](quint64 rev, const QString &id, const engine::Verdict &v) {
                                   if (rev == revision)
                                       out.insert(id, v);
                               });
    auto c2 = QObject::connect(&e, &engine::Engine::finished, &loop, [&](quint64 rev) {
        if (rev == revision)
            loop.quit();
    });
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    e.submit(revision, obligations);
    if (!e.idle())
        loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return out;
}

// Processes whose command line mentions `needle` (orphan detection).
inline QStringList processesMatching(const QString &needle)
{
    QStringList found;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric || pid.toLongLong() == QCoreApplication::applicationPid())
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray cmd = f.readAll();
        cmd.replace('\0', ' ');
        QFile st(QStringLiteral("/proc/%1/stat").arg(pid));
        const bool zombie = st.open(QIODevice::ReadOnly) && st.readAll().contains(") Z ");
        if (cmd.contains(needle.toUtf8()) || (zombie && cmd.isEmpty() == false && cmd.contains(needle.toUtf8())))
            found << pid + QLatin1Char(' ') + QString::fromUtf8(cmd);
    }
    return found;
}

inline lang::Module analyzeExample(const QString &path)
{
    return lang::analyze(readFile(path), QFileInfo(path).fileName().toStdString());
}

} // namespace proofdesk::test
