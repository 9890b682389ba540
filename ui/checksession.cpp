// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/checksession.h"

#include "log/log.h"
#include "ui/documentchecker.h"
#include "ui/enginehost_p.h"

#include <QTimer>

#include <algorithm>
#include <iterator>
#include <string>

namespace proofdesk::ui {

namespace {
// Standings walk the whole module; while verdicts stream in, recompute at most this often.
constexpr int StandingsDelayMs = 150;
} // namespace

CheckSession::CheckSession(engine::EngineOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

void CheckSession::startEngine()
{
    if (m_host)
        return;
    m_thread.setObjectName(QStringLiteral("engine"));
    m_host = new detail::EngineHost(m_options);
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &detail::EngineHost::verdictReady, this, &CheckSession::onVerdict);
    connect(m_host, &detail::EngineHost::obligationStarted, this, &CheckSession::onStarted);
    connect(m_host, &detail::EngineHost::finished, this, &CheckSession::onFinished);
    connect(m_host, &detail::EngineHost::cacheError, this, [](const QString &message) {
        log::get("ui")->warn("result cache not used: {}", message.toStdString());
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_host, &detail::EngineHost::start, Qt::QueuedConnection);
}

CheckSession::~CheckSession()
{
    // The engine ends its solver processes in its own thread, as it goes away. A document
    // check (m_documents, a child) is stopped and waited for as the children go.
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

void CheckSession::setOptions(engine::EngineOptions options)
{
    m_options = options;
    if (m_host)
        QMetaObject::invokeMethod(m_host, [host = m_host, options] { host->setOptions(options); }, Qt::QueuedConnection);
    if (m_documents)
        m_documents->cancel();
    m_running.clear();
    m_wanted.clear();
    m_engineBusy = false;
    m_rerunBusy = false;
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
    setModule(result.module);
    m_kind = result.kind;
    m_text = result.text;
    resubmit(focusLine, onlyLemma);
}

void CheckSession::resubmit(int focusLine, const QString &onlyLemma)
{
    startRevision(focusLine, onlyLemma, m_options);
}

void CheckSession::startRevision(int focusLine, const QString &onlyLemma, const engine::EngineOptions &options)
{
    if (!m_module)
        return;
    for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it)
        m_previous.insert(it.key(), it.value());
    m_verdicts.clear();
    m_running.clear();
    m_wanted.clear();
    ++m_revision;
    const std::string lemma = onlyLemma.toStdString();
    const auto wanted = [only = !onlyLemma.isEmpty(), lemma](const lang::Obligation &o) {
        return !only || o.lemma == lemma;
    };
    for (std::size_t i = 0; i < m_module->obligations.size(); ++i)
        if (wanted(m_module->obligations[i]))
            m_wanted.insert(m_ids[i]);
    // Old verdicts of steps that no longer exist would only grow the table.
    const QSet<QString> ids(m_ids.begin(), m_ids.end());
    for (auto it = m_previous.begin(); it != m_previous.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_previous.erase(it);
    for (auto it = m_checks.begin(); it != m_checks.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_checks.erase(it);

    m_engineBusy = true;
    if (m_kind != DocumentKind::Sketch) {
        // Saved under another suffix: what the engine still does is for the old kind.
        if (m_host)
            QMetaObject::invokeMethod(m_host, &detail::EngineHost::cancel, Qt::QueuedConnection);
        submitDocument(options);
        return;
    }
    if (m_documents)
        m_documents->cancel();
    startEngine();
    // The engine's thread copies the steps it is given out of the shared, immutable module:
    // thousands of obligations with their scripts are not copied on the GUI thread.
    QMetaObject::invokeMethod(
        m_host,
        [host = m_host, revision = m_revision, module = m_module, wanted, focusLine] {
            std::vector<lang::Obligation> chosen;
            chosen.reserve(module->obligations.size());
            std::ranges::copy_if(module->obligations, std::back_inserter(chosen), wanted);
            host->submit(revision, chosen, focusLine);
        },
        Qt::QueuedConnection);
    emit reset();
    emit countsChanged();
    updateStandings();
}

void CheckSession::cancel()
{
    if (m_host)
        QMetaObject::invokeMethod(m_host, &detail::EngineHost::cancel, Qt::QueuedConnection);
    m_running.clear();
    m_wanted.clear();
    const bool documentStopped = m_documents && m_documents->busy();
    if (m_documents)
        m_documents->cancel();
    emit reset();
    emit countsChanged();
    if (documentStopped) {
        // The engine reports its cancel as a finish; a document check's is dropped unheard.
        m_engineBusy = false;
        emit finished(m_revision);
    }
}

void CheckSession::rerun(const QString &obligationId, const engine::EngineOptions &options)
{
    if (!m_module)
        return;
    if (m_kind != DocumentKind::Sketch) {
        startRevision(0, {}, options);
        return;
    }
    const auto it = std::ranges::find(m_module->obligations, obligationId.toStdString(), &lang::Obligation::id);
    if (it == m_module->obligations.end())
        return;
    const quint64 token = ++m_rerunRevision;
    const auto module = m_module;
    // Replaced on every re-run: only the newest re-run's verdict counts.
    disconnect(m_host, &detail::EngineHost::rerunVerdict, this, nullptr);
    disconnect(m_host, &detail::EngineHost::rerunFinished, this, nullptr);
    connect(m_host, &detail::EngineHost::rerunVerdict, this,
            [this, token, module](quint64 t, const QString &id, const engine::Verdict &v) {
                // Applies only while the document is the one the re-run began with.
                if (t != token || module != m_module)
                    return;
                m_running.remove(id);
                m_verdicts.insert(id, v);
                emit obligationChanged(id);
                emit countsChanged();
                updateStandings();
            });
    connect(m_host, &detail::EngineHost::rerunFinished, this, [this, token](quint64 t) {
        if (t == token) {
            m_rerunBusy = false;
            emit countsChanged();
        }
    });
    m_running.insert(obligationId);
    m_wanted.insert(obligationId);
    m_verdicts.remove(obligationId);
    m_rerunBusy = true;
    startEngine();
    QMetaObject::invokeMethod(
        m_host, [host = m_host, token, o = *it, options] { host->rerun(token, o, options); }, Qt::QueuedConnection);
    emit obligationChanged(obligationId);
    emit countsChanged();
}

bool CheckSession::busy() const
{
    return m_engineBusy || m_rerunBusy;
}

void CheckSession::onVerdict(quint64 revision, const QString &id, const engine::Verdict &verdict,
                             const engine::EngineStats &stats)
{
    m_stats = stats;
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

void CheckSession::onFinished(quint64 revision, const engine::EngineStats &stats)
{
    m_stats = stats;
    if (revision != m_revision)
        return;
    m_engineBusy = false;
    m_running.clear();
    // A cancel ends vacuity checks too: a proof reported before its check stays a proof, like
    // one whose check ran out of time.
    for (auto it = m_verdicts.begin(); it != m_verdicts.end(); ++it) {
        if (it->provisional) {
            it->provisional = false;
            emit obligationChanged(it.key());
        }
    }
    const auto &s = m_stats;
    log::get("ui")->info("revision {} checked: {} solver runs, {} cache hits, {} memo hits so far", revision,
                         s.solverRuns, s.cacheHits, s.memoHits);
    emit countsChanged();
    emit finished(revision);
}

void CheckSession::submitDocument(const engine::EngineOptions &options)
{
    if (!m_documents) {
        m_documents = new DocumentChecker(this);
        connect(m_documents, &DocumentChecker::finished, this, &CheckSession::onDocumentChecked);
    }
    // The whole document runs at once: every check is under way.
    m_running = m_wanted;
    engine::DocumentOptions documentOptions = documentOptionsFor(options, m_kind);
    m_documents->start(m_revision, m_kind, m_text, m_kind == DocumentKind::Cnf ? m_diskFile : QString(),
                       std::move(documentOptions), DocumentCache{options.useCache, options.cachePath, options.trustCache});
    emit reset();
    emit countsChanged();
}

void CheckSession::onDocumentChecked(quint64 revision, const QList<engine::DocumentCheck> &checks)
{
    if (revision != m_revision || !m_module)
        return; // the text changed since, or the run was cancelled
    m_engineBusy = false;
    m_running.clear();
    std::shared_ptr<lang::Module> grown;
    QSet<QString> known;
    for (const auto &o : m_module->obligations)
        known.insert(QString::fromStdString(o.id));
    for (const auto &c : checks) {
        m_checks.insert(c.id, c);
        m_verdicts.insert(c.id, c.verdict);
        m_previous.remove(c.id);
        if (known.contains(c.id))
            continue;
        if (!grown)
            grown = std::make_shared<lang::Module>(*m_module);
        grown->obligations.push_back(documentObligation(c.id, c.line, c.column, m_module->file));
        known.insert(c.id);
    }
    // cvc5 stops at the first error: the checks after it were never run.
    for (const QString &id : std::as_const(m_wanted)) {
        if (m_verdicts.contains(id))
            continue;
        engine::Verdict v;
        v.status = engine::Status::Unknown;
        v.reason = tr("not run: the document stopped at an earlier error");
        m_verdicts.insert(id, v);
        m_previous.remove(id);
    }
    if (grown) {
        setModule(releasedOffGuiThread(std::move(grown)));
        emit moduleReplaced();
    }
    log::get("ui")->info("document {} checked (revision {}): {} checks", m_module->file, revision, checks.size());
    for (const auto &c : checks)
        emit obligationChanged(c.id); // for the Log panel
    emit reset();
    emit countsChanged();
    updateStandings();
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

void CheckSession::setModule(std::shared_ptr<const lang::Module> module)
{
    m_module = std::move(module);
    m_ids.clear();
    if (!m_module)
        return;
    m_ids.reserve(m_module->obligations.size());
    for (const auto &o : m_module->obligations)
        m_ids.push_back(QString::fromStdString(o.id));
}

CheckSession::Shown CheckSession::shown(const QString &id) const
{
    if (const auto it = m_verdicts.constFind(id); it != m_verdicts.constEnd())
        return {markStateOf(it->status), &*it};
    const auto previous = m_previous.constFind(id);
    const engine::Verdict *old = previous == m_previous.constEnd() ? nullptr : &*previous;
    if (m_running.contains(id))
        return {MarkState::Running, old};
    if (old)
        return {MarkState::Stale, old};
    return {m_wanted.contains(id) ? MarkState::Pending : MarkState::Stale, nullptr};
}

MarkState CheckSession::state(const QString &id) const
{
    return shown(id).state;
}

const engine::DocumentCheck *CheckSession::documentCheck(const QString &id) const
{
    const auto it = m_checks.constFind(id);
    return it == m_checks.constEnd() ? nullptr : &*it;
}

const engine::Verdict *CheckSession::verdict(const QString &id) const
{
    return shown(id).verdict;
}

CheckSession::Counts CheckSession::counts() const
{
    Counts c;
    if (!m_module)
        return c;
    for (std::size_t i = 0; i < m_module->obligations.size(); ++i) {
        const lang::Obligation &o = m_module->obligations[i];
        switch (state(m_ids[i])) {
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
        case MarkState::Error:
            ++c.other;
            if (o.status == lang::ObligationStatus::ToSolve)
                ++c.errors;
            break;
        default:
            ++c.other;
        }
    }
    return c;
}

} // namespace proofdesk::ui
