// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enginehost_p.h"

namespace proofdesk::ui::detail {

EngineHost::~EngineHost() = default;

void EngineHost::start()
{
    makeEngine();
}

void EngineHost::makeEngine()
{
    // An open document is edited next: its first re-check should not wait for a worker to start.
    m_options.prestartWorkers = true;
    m_engine = std::make_unique<engine::Engine>(m_options);
    if (!m_engine->cacheError().isEmpty())
        emit cacheError(m_engine->cacheError());
    engine::Engine *e = m_engine.get();
    connect(e, &engine::Engine::verdictReady, this, [this, e](quint64 rev, const QString &id, const engine::Verdict &v) {
        emit verdictReady(rev, id, v, e->stats());
    });
    connect(e, &engine::Engine::obligationStarted, this, &EngineHost::obligationStarted);
    connect(e, &engine::Engine::finished, this, [this, e](quint64 rev) { emit finished(rev, e->stats()); });
}

void EngineHost::setOptions(engine::EngineOptions options)
{
    m_options = std::move(options);
    m_rerun.reset();
    makeEngine();
}

void EngineHost::submit(quint64 revision, const std::vector<lang::Obligation> &obligations, int focusLine)
{
    if (!m_engine)
        makeEngine();
    m_revision = revision;
    m_engine->submit(revision, obligations, focusLine);
    // Everything answered from memory: the engine may have nothing left to report.
    if (m_engine->idle())
        emit finished(revision, m_engine->stats());
}

void EngineHost::cancel()
{
    if (m_engine)
        m_engine->cancel();
    if (m_rerun)
        m_rerun->cancel();
    if (m_engine)
        emit finished(m_revision, m_engine->stats());
    emit rerunFinished(m_rerunToken);
}

void EngineHost::rerun(quint64 token, const lang::Obligation &obligation, engine::EngineOptions options)
{
    m_rerunToken = token;
    m_rerun = std::make_unique<engine::Engine>(std::move(options));
    connect(m_rerun.get(), &engine::Engine::verdictReady, this,
            [this, token](quint64, const QString &id, const engine::Verdict &v) { emit rerunVerdict(token, id, v); });
    connect(m_rerun.get(), &engine::Engine::finished, this, [this, token] { emit rerunFinished(token); });
    m_rerun->submit(token, {obligation});
    if (m_rerun->idle())
        emit rerunFinished(token);
}

} // namespace proofdesk::ui::detail
