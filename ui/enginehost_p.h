// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"

#include <QObject>

#include <memory>
#include <vector>

namespace proofdesk::ui::detail {

// Owns the engines of a check session inside their own thread. Engine::submit is
// asynchronous, but its first call asks the worker for the cvc5 version and opening the
// SQLite cache touches the disk; neither may happen on the GUI thread. Every call arrives
// here queued; results leave by queued signals together with a copy of the statistics, so
// the GUI thread never reads the engine directly.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    explicit EngineHost(engine::EngineOptions options) : m_options(std::move(options)) {}
    ~EngineHost() override;

    // All of these run in the host's thread.
    void start();
    void setOptions(engine::EngineOptions options);
    void submit(quint64 revision, const std::vector<lang::Obligation> &obligations, int focusLine);
    void cancel();
    void rerun(quint64 token, const lang::Obligation &obligation, engine::EngineOptions options);

signals:
    void verdictReady(quint64 revision, const QString &id, const proofdesk::engine::Verdict &verdict,
                      const proofdesk::engine::EngineStats &stats);
    void obligationStarted(quint64 revision, const QString &id);
    void finished(quint64 revision, const proofdesk::engine::EngineStats &stats);
    void rerunVerdict(quint64 token, const QString &id, const proofdesk::engine::Verdict &verdict);
    void rerunFinished(quint64 token);
    void cacheError(const QString &message);

private:
    void makeEngine();

    engine::EngineOptions m_options;
    std::unique_ptr<engine::Engine> m_engine;
    std::unique_ptr<engine::Engine> m_rerun;
    quint64 m_revision = 0;
    quint64 m_rerunToken = 0;
};

} // namespace proofdesk::ui::detail
