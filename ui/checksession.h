// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/documents.h"
#include "engine/engine.h"
#include "engine/standings.h"
#include "ui/analysisresult.h"
#include "ui/markstate.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>
#include <vector>

namespace proofdesk::ui {

namespace detail {
class EngineHost;
}

class DocumentChecker;

// Live checking of one document: each accepted analysis result goes to the engine as a
// revision (the cursor line first); verdicts come back by queued signal and are applied
// only if they belong to the current revision. Until a step has its new verdict, the mark
// of its old one stays, shown as stale. Nothing here waits for a solver.
//
// An SMT-LIB or DIMACS document (AnalysisResult::kind) is checked whole instead, by a
// DocumentChecker: its checks are the module's obligations and their verdicts are kept
// and shown exactly as a sketch's steps' are. The engine (and its prestarted worker) is
// made only when a sketch needs it.
class CheckSession : public QObject
{
    Q_OBJECT
public:
    struct Counts {
        int proved = 0, failed = 0, unknown = 0, running = 0, pending = 0, other = 0;
        // Among `other`: checks that ended in an error verdict (a solver crash, a parse error
        // or :status disagreement in a document), not counting steps lang already rejected.
        int errors = 0;
        int total() const { return proved + failed + unknown + running + pending + other; }
        int done() const { return total() - running - pending; }
    };

    explicit CheckSession(engine::EngineOptions options, QObject *parent = nullptr);
    ~CheckSession() override;

    // New options (solvers, limits, jobs): a new engine; running work is dropped.
    void setOptions(engine::EngineOptions options);
    const engine::EngineOptions &options() const { return m_options; }
    // Starts the engine's thread and engine now (prestarting a worker), so that the first
    // check of a sketch does not wait for them. Submitting a sketch does this anyway.
    void startEngine();
    // For a DIMACS document: the file on disk that holds exactly the submitted text (the
    // check then reads it if it still exists), or empty (the check writes the text to a
    // temporary file).
    void setDiskFile(const QString &path) { m_diskFile = path; }

    // Submits the obligations of `result` (all of them, or only those of `onlyLemma`).
    void submit(const AnalysisResult &result, int focusLine, const QString &onlyLemma = {});
    // The same module again: after a cancel, or to check the lemma at the cursor.
    void resubmit(int focusLine, const QString &onlyLemma = {});
    void cancel();
    // Re-runs one obligation with other options (another solver, a longer limit) on a
    // separate engine; its verdict replaces the step's verdict if the text is unchanged.
    // A document's checks run together: the whole document is checked again with `options`.
    void rerun(const QString &obligationId, const engine::EngineOptions &options);

    bool busy() const;
    quint64 revision() const { return m_revision; }
    const lang::Module *module() const { return m_module.get(); }
    std::shared_ptr<const lang::Module> moduleSnapshot() const { return m_module; }

    MarkState state(const QString &obligationId) const;
    // The verdict shown for the step (the new one, or while stale the old one); null if none.
    const engine::Verdict *verdict(const QString &obligationId) const;
    // Both at once, for passes over every step: half the hash lookups of the two calls.
    struct Shown {
        MarkState state = MarkState::Stale;
        const engine::Verdict *verdict = nullptr;
    };
    Shown shown(const QString &obligationId) const;
    // The ids of module()'s obligations, in its order, converted once per module.
    const std::vector<QString> &obligationIds() const { return m_ids; }
    // A document's check as last reported (answer, expected :status); null for sketch steps.
    const engine::DocumentCheck *documentCheck(const QString &obligationId) const;
    DocumentKind kind() const { return m_kind; }
    Counts counts() const;
    const QList<engine::LemmaStanding> &standings() const { return m_standings; }
    // As of the last verdict or finish reported by the engine's thread.
    engine::EngineStats stats() const { return m_stats; }

signals:
    // The state or verdict of one obligation changed.
    void obligationChanged(const QString &obligationId);
    // A new module was submitted: every mark may have changed.
    void reset();
    // A document's check reported checks its scan had not foreseen (a parse error, a dead
    // worker): module() is a new snapshot with them; the panels must take it.
    void moduleReplaced();
    void countsChanged();
    void standingsChanged();
    void finished(quint64 revision);

private:
    void onVerdict(quint64 revision, const QString &id, const engine::Verdict &verdict,
                   const engine::EngineStats &stats);
    void onStarted(quint64 revision, const QString &id);
    void onFinished(quint64 revision, const engine::EngineStats &stats);
    void updateStandings();
    void startRevision(int focusLine, const QString &onlyLemma, const engine::EngineOptions &options);
    void submitDocument(const engine::EngineOptions &options);
    void onDocumentChecked(quint64 revision, const QList<engine::DocumentCheck> &checks);
    void setModule(std::shared_ptr<const lang::Module> module);

    engine::EngineOptions m_options;
    DocumentKind m_kind = DocumentKind::Sketch;
    QString m_text;      // of a document: what the checks run on
    QString m_diskFile;
    DocumentChecker *m_documents = nullptr; // child; made for the first document check
    QHash<QString, engine::DocumentCheck> m_checks; // of a document, by obligation id
    QThread m_thread;
    detail::EngineHost *m_host = nullptr; // lives in m_thread; deleted there
    engine::EngineStats m_stats;
    bool m_engineBusy = false;
    bool m_rerunBusy = false;
    std::shared_ptr<const lang::Module> m_module;
    std::vector<QString> m_ids; // of m_module's obligations
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
