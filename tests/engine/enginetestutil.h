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

inline lang::Module analyzeExample(const QString &path)
{
    return lang::analyze(readFile(path), QFileInfo(path).fileName().toStdString());
}

} // namespace proofdesk::test
