// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/checksession.h"

#include "log/log.h"

#include <QTimer>

namespace proofdesk::ui {

namespace {
// Standings walk the whole module; while verdicts stream in, recompute at most this often.
constexpr int StandingsDelayMs = 150;
} // namespace

CheckSession::CheckSession(engine::EngineOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    makeEngine();
}

CheckSession::~CheckSession() = default;

void CheckSession::makeEngine()
{
    m_engine = std::make_unique<engine::Engine>(m_options);
    if (!m_engine->cacheError().isEmpty())
        log::get("ui")->warn("result cache not used: {}", m_engine->cacheError().toStdString());
    // Queued: a memoised verdict is emitted inside submit(); applying it later keeps
    // submit() short and the order of model updates simple.
    connect(m_engine.get(), &engine::Engine::verdictReady, this, &CheckSession::onVerdict, Qt::QueuedConnection);
    connect(m_engine.get(), &engine::Engine::obligationStarted, this, &CheckSession::onStarted, Qt::QueuedConnection);
    connect(m_engine.get(), &engine::Engine::finished, this, &CheckSession::onFinished, Qt::QueuedConnection);
}

void CheckSession::setOptions(engine::EngineOptions options)
{
    m_options = std::move(options);
    m_engine.reset();
    m_rerunEngine.reset();
    m_running.clear();
    makeEngine();
    emit reset();
    emit countsChanged();
}

void CheckSession::submit(const AnalysisResult &result, int focusLine, const QString &onlyLemma)
{
    // What was known stays visible as stale until the new verdict arrives.
    for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it)
        m_previous.insert(it.key(), it.value());
    m_verdicts.clear();
    m_running.clear();
    m_module = result.module;
    resubmit(focusLine, onlyLemma);
}

void CheckSession::resubmit(int focusLine, const QString &onlyLemma)
{
    if (!m_module)
        return;
    for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it)
        m_previous.insert(it.key(), it.value());
    m_verdicts.clear();
    m_running.clear();
    m_wanted.clear();
    ++m_revision;
    std::vector<lang::Obligation> chosen;
    chosen.reserve(m_module->obligations.size());
    for (const auto &o : m_module->obligations) {
        if (!onlyLemma.isEmpty() && QString::fromStdString(o.lemma) != onlyLemma)
            continue;
        m_wanted.insert(QString::fromStdString(o.id));
        chosen.push_back(o);
    }
    // Old verdicts of steps that no longer exist would only grow the table.
    QSet<QString> ids;
    for (const auto &o : m_module->obligations)
        ids.insert(QString::fromStdString(o.id));
    for (auto it = m_previous.begin(); it != m_previous.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_previous.erase(it);

    m_engine->submit(m_revision, chosen, focusLine);
    emit reset();
    emit countsChanged();
    updateStandings();
}

void CheckSession::cancel()
{
    m_engine->cancel();
    if (m_rerunEngine)
        m_rerunEngine->cancel();
    m_running.clear();
    m_wanted.clear();
    emit reset();
    emit countsChanged();
}

void CheckSession::rerun(const QString &obligationId, const engine::EngineOptions &options)
{
    if (!m_module)
        return;
    const auto it = std::ranges::find(m_module->obligations, obligationId.toStdString(), &lang::Obligation::id);
    if (it == m_module->obligations.end())
        return;
    m_rerunEngine = std::make_unique<engine::Engine>(options);
    const std::string smt = it->smt;
    const auto module = m_module;
    connect(m_rerunEngine.get(), &engine::Engine::verdictReady, this,
            [this, smt, module](quint64, const QString &id, const engine::Verdict &v) {
                // Applies only while the step reads as it did when the re-run began.
                if (module != m_module)
                    return;
                m_running.remove(id);
                m_verdicts.insert(id, v);
                emit obligationChanged(id);
                emit countsChanged();
                updateStandings();
            }, Qt::QueuedConnection);
    m_running.insert(obligationId);
    m_wanted.insert(obligationId);
    m_rerunEngine->submit(++m_rerunRevision, {*it});
    emit obligationChanged(obligationId);
    emit countsChanged();
}

bool CheckSession::busy() const
{
    return !m_engine->idle() || (m_rerunEngine && !m_rerunEngine->idle());
}

void CheckSession::onVerdict(quint64 revision, const QString &id, const engine::Verdict &verdict)
{
    if (revision != m_revision)
        return; // a result for text that has changed since
    m_running.remove(id);
    m_verdicts.insert(id, verdict);
    m_previous.remove(id);
    emit obligationChanged(id);
    emit countsChanged();
    updateStandings();
}

void CheckSession::onStarted(quint64 revision, const QString &id)
{
    if (revision != m_revision || m_verdicts.contains(id))
        return;
    m_running.insert(id);
    emit obligationChanged(id);
    emit countsChanged();
}

void CheckSession::onFinished(quint64 revision)
{
    if (revision != m_revision)
        return;
    m_running.clear();
    const auto s = m_engine->stats();
    log::get("ui")->info("revision {} checked: {} solver runs, {} cache hits, {} memo hits so far", revision,
                         s.solverRuns, s.cacheHits, s.memoHits);
    emit countsChanged();
    emit finished(revision);
}

void CheckSession::updateStandings()
{
    if (m_standingsQueued)
        return;
    m_standingsQueued = true;
    QTimer::singleShot(StandingsDelayMs, this, [this] {
        m_standingsQueued = false;
        m_standings = m_module ? engine::computeStandings(*m_module, m_verdicts) : QList<engine::LemmaStanding>{};
        emit standingsChanged();
    });
}

MarkState CheckSession::state(const QString &id) const
{
    if (const auto it = m_verdicts.constFind(id); it != m_verdicts.constEnd())
        return markStateOf(it->status);
    if (m_running.contains(id))
        return MarkState::Running;
    if (m_previous.contains(id))
        return MarkState::Stale;
    return m_wanted.contains(id) ? MarkState::Pending : MarkState::Stale;
}

const engine::Verdict *CheckSession::verdict(const QString &id) const
{
    if (const auto it = m_verdicts.constFind(id); it != m_verdicts.constEnd())
        return &*it;
    if (const auto it = m_previous.constFind(id); it != m_previous.constEnd())
        return &*it;
    return nullptr;
}

CheckSession::Counts CheckSession::counts() const
{
    Counts c;
    if (!m_module)
        return c;
    for (const auto &o : m_module->obligations) {
        switch (state(QString::fromStdString(o.id))) {
        case MarkState::Proved:
            ++c.proved;
            break;
        case MarkState::Failed:
            ++c.failed;
            break;
        case MarkState::Unknown:
            ++c.unknown;
            break;
        case MarkState::Running:
            ++c.running;
            break;
        case MarkState::Pending:
            ++c.pending;
            break;
        default:
            ++c.other;
        }
    }
    return c;
}

engine::EngineStats CheckSession::stats() const
{
    return m_engine->stats();
}

} // namespace proofdesk::ui
