// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "engine/standings.h"
#include "ui/analysisresult.h"
#include "ui/markstate.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>

namespace proofdesk::ui {

namespace detail {
class EngineHost;
}

// Live checking of one document: each accepted analysis result goes to the engine as a
// revision (the cursor line first); verdicts come back by queued signal and are applied
// only if they belong to the current revision. Until a step has its new verdict, the mark
// of its old one stays, shown as stale. Nothing here waits for a solver.
class CheckSession : public QObject
{
    Q_OBJECT
public:
    struct Counts {
        int proved = 0, failed = 0, unknown = 0, running = 0, pending = 0, other = 0;
        int total() const { return proved + failed + unknown + running + pending + other; }
        int done() const { return total() - running - pending; }
    };

    explicit CheckSession(engine::EngineOptions options, QObject *parent = nullptr);
    ~CheckSession() override;

    // New options (solvers, limits, jobs): a new engine; running work is dropped.
    void setOptions(engine::EngineOptions options);
    const engine::EngineOptions &options() const { return m_options; }

    // Submits the obligations of `result` (all of them, or only those of `onlyLemma`).
    void submit(const AnalysisResult &result, int focusLine, const QString &onlyLemma = {});
    // The same module again: after a cancel, or to check the lemma at the cursor.
    void resubmit(int focusLine, const QString &onlyLemma = {});
    void cancel();
    // Re-runs one obligation with other options (another solver, a longer limit) on a
    // separate engine; its verdict replaces the step's verdict if the text is unchanged.
    void rerun(const QString &obligationId, const engine::EngineOptions &options);

    bool busy() const;
    quint64 revision() const { return m_revision; }
    const lang::Module *module() const { return m_module.get(); }
    std::shared_ptr<const lang::Module> moduleSnapshot() const { return m_module; }

    MarkState state(const QString &obligationId) const;
    // The verdict shown for the step (the new one, or while stale the old one); null if none.
    const engine::Verdict *verdict(const QString &obligationId) const;
    Counts counts() const;
    const QList<engine::LemmaStanding> &standings() const { return m_standings; }
    // As of the last verdict or finish reported by the engine's thread.
    engine::EngineStats stats() const { return m_stats; }

signals:
    // The state or verdict of one obligation changed.
    void obligationChanged(const QString &obligationId);
    // A new module was submitted: every mark may have changed.
    void reset();
    void countsChanged();
    void standingsChanged();
    void finished(quint64 revision);

private:
    void onVerdict(quint64 revision, const QString &id, const engine::Verdict &verdict,
                   const engine::EngineStats &stats);
    void onStarted(quint64 revision, const QString &id);
    void onFinished(quint64 revision, const engine::EngineStats &stats);
    void updateStandings();

    engine::EngineOptions m_options;
    QThread m_thread;
    detail::EngineHost *m_host = nullptr; // lives in m_thread; deleted there
    engine::EngineStats m_stats;
    bool m_engineBusy = false;
    bool m_rerunBusy = false;
    std::shared_ptr<const lang::Module> m_module;
    quint64 m_revision = 0;
    quint64 m_rerunRevision = 0;
    QHash<QString, engine::Verdict> m_verdicts; // of this revision
    QHash<QString, engine::Verdict> m_previous; // of earlier revisions: shown as stale
    QSet<QString> m_running;
    QSet<QString> m_wanted;                     // submitted in this revision
    QList<engine::LemmaStanding> m_standings;
    bool m_standingsQueued = false;
};

} // namespace proofdesk::ui
