// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "ui/analysisresult.h"
#include "ui/logmodel.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QProgressBar;
class QTimer;

namespace KSyntaxHighlighting {
class Repository;
}

namespace proofdesk::ui {

class CheckSession;
class CodeEditor;
class DiagnosticsModel;
class DocumentAnalyzer;
class ObligationsModel;
class TextLoader;

// One open document of the main window, the page of its tab: the editor, its analysis, its
// check session with the verdicts, the Problems and Obligations models the docks show while
// the tab is current, the file it belongs to, its modified state and its recovery file.
//
// Each sketch tab has its own CheckSession and so its own engine and worker processes:
// Engine::submit cancels whatever the previous submission wanted and not the new one, so
// one engine shared by several documents would let typing in one tab cancel the checking
// of another, and revisions would have to be tagged by document. A tab's engine ends its
// processes when the tab is deleted (CheckSession's destructor).
//
// An SMT-LIB (.smt2) or DIMACS (.cnf) file is not a sketch: its tab's analyzer finds its
// checks and its session runs the whole document (documentchecker.h); the checks show in
// the same models, marks and counts as a sketch's steps.
//
// A read-only tab (an obligation as SMT-LIB) has no check session and is never analysed,
// checked, autosaved or saved.
//
// Every whole text reaches the editor through a TextLoader (textloader.h): a large one in
// slices over many event-loop iterations, so that the window keeps painting. While a load
// runs the editor is read-only and a bar above it shows the progress; text() is already the
// whole text (Save and autosave write it, never the part inserted so far); analysis and
// checking start when the last slice is in.
class DocumentTab : public QWidget
{
    Q_OBJECT
public:
    // A sketch tab, checked live with `options`. `serial` tells untitled tabs apart in the
    // names of their recovery files.
    DocumentTab(KSyntaxHighlighting::Repository *repository, const engine::EngineOptions &options, int serial,
                QWidget *parent = nullptr);
    // A read-only tab titled `title` showing `text`, highlighted as `title`'s extension says.
    DocumentTab(KSyntaxHighlighting::Repository *repository, const QString &title, const QString &text,
                QWidget *parent = nullptr);
    ~DocumentTab() override;

    CodeEditor *editor() const { return m_editor; }
    DocumentAnalyzer *analyzer() const { return m_analyzer; }
    // How often the text kept in step with the edits was found out of step and taken whole
    // again (logged as a warning; never expected).
    int textResyncs() const { return m_textResyncs; }
    // Null for a read-only tab.
    CheckSession *session() const { return m_session; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    ObligationsModel *obligationsModel() const { return m_obligations; }
    bool isReadOnly() const { return m_session == nullptr; }

    // The file on disk or in the resources; empty while untitled (and for read-only tabs).
    QString file() const { return m_file; }
    // A new name (after Save As): highlighting, import root and recovery file follow it.
    void setFile(const QString &path);
    // What the tab and the window title show: the file name, "untitled" or the read-only title.
    QString title() const;

    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // Untitled, unchanged and empty: the next opened file takes this tab's place.
    bool isPristine() const;

    // Replaces the text by a file's contents (opening, reloading): not an edit, not modified.
    // A large text is still going in when this returns (isLoading()).
    void load(const QString &path, const QString &text);
    // A read-only tab's new text.
    void showText(const QString &text);
    // Replaces the text by `text` as the user's edit (recovery): undo goes back to the text
    // before. Only the part that differs is replaced; when that part is large the whole text
    // is loaded in slices instead, modified, and undo cannot go back past it.
    void replaceText(const QString &text);
    // A load is putting a large text into the editor.
    bool isLoading() const;
    // Runs `action` once the text is wholly in the editor: now, or when the running load
    // ends (never if the tab is deleted first).
    void whenLoaded(std::function<void()> action);
    // The document's whole text, also while it is still being loaded.
    QString text() const;
    // 1-based line and column of the cursor.
    int cursorLine() const;
    int cursorColumn() const;

    // Where autosave writes this document's unsaved text.
    QString recoveryPath() const;
    // Writes the unsaved text to the recovery file on a worker thread (one for all recovery
    // files, in order); autosaveProblemChanged reports the outcome.
    void autosave();
    // Writes started by autosave() and not yet ended.
    bool autosaving() const { return m_autosaving > 0; }
    // The document is saved or closed: its recovery file goes now, and again after any
    // autosave still being written.
    void discardRecovery();
    // Removes `path` once every recovery write asked for so far has ended.
    static void removeAfterRecoveryWrites(const QString &path);
    // Our own save is not an external change: the file watcher asks before reloading.
    bool savingSelf() const { return m_savingSelf; }
    void setSavingSelf(bool saving) { m_savingSelf = saving; }

    // Checking (no-ops for a read-only tab).
    void checkAll();
    void checkLemma(const QString &lemma);
    void cancelChecking();
    void setEngineOptions(const engine::EngineOptions &options);
    void setAllowOutsideImports(bool allow);

    // Marks, underlines and check warnings from the session's verdicts now (a timer does
    // this shortly after verdicts arrive).
    void refreshVerdicts();
    // The gutter tooltip of one obligation of the current module, from its current verdict.
    QString markToolTip(const QString &obligation) const;

signals:
    void modifiedChanged(bool modified);
    // The last slice of a load is in the editor (also emitted by a load at once).
    void loaded();
    // A result for the current revision has reached the models.
    void analysisApplied(quint64 revision);
    // Marks, warnings and counts were refreshed from the session.
    void verdictsRefreshed();
    // The engine has answered every obligation of the current revision.
    void checkingFinished();
    // For the Log panel: an obligation started or finished.
    void logEvent(const proofdesk::ui::LogEntry &entry);
    // An autosave failed with a new reason (path and reason), or succeeded again after
    // failing (empty): reported once per change, since autosave runs every few seconds.
    void autosaveProblemChanged(const QString &problem);

private:
    void init(KSyntaxHighlighting::Repository *repository);
    void loadProgressed(qsizetype inserted, qsizetype total);
    void loadFinished();
    // The document changed at `position`: `removed` characters went, `added` came (or only
    // their formats changed, as the highlighter's changes are reported too).
    void textEdited(int position, int removed, int added);
    void applyResult(const AnalysisResult &result);
    void scheduleRefresh();
    void updateDiskFile();
    void logObligation(const QString &id);

    QString m_file;
    QString m_autosaveProblem; // the last autosave failure, empty when the last one worked
    QString m_readOnlyTitle;
    int m_serial = 1;
    bool m_modified = false;
    bool m_loading = false; // inserting the text of load() is not an edit
    // The editor's plain text, kept in step with each change instead of taken whole at each
    // keystroke (QTextDocument::toPlainText of a large document cost milliseconds a key).
    QString m_text;
    int m_textResyncs = 0;
    bool m_savingSelf = false;
    bool m_checkFinished = false;
    int m_autosaving = 0;
    CodeEditor *m_editor = nullptr;         // child
    TextLoader *m_loader = nullptr;         // the editor's child
    QProgressBar *m_loadBar = nullptr;      // child; shown while a large text goes in
    std::vector<std::function<void()>> m_afterLoad;
    DocumentAnalyzer *m_analyzer = nullptr; // child
    CheckSession *m_session = nullptr;      // child; null when read-only
    DiagnosticsModel *m_diagnostics = nullptr;
    ObligationsModel *m_obligations = nullptr;
    QTimer *m_refresh = nullptr;  // coalesces verdict bursts into one repaint
    QTimer *m_autosave = nullptr;
};

} // namespace proofdesk::ui
