// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/externalsolver.h"
#include "ui/analysisresult.h"
#include "ui/appsettings.h"
#include "ui/logmodel.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QMessageBox>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <expected>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace proofdesk::ui {

class CheckSession;
class CodeEditor;
class DiagnosticsModel;
class DocumentAnalyzer;
class DocumentTab;
class LogForwarder;
class LogModel;
class LogPanel;
class ObligationsModel;
class RecoveryBanner;
struct RecoveryFile;
class SettingsDialog;
class WelcomePage;

// The ProofDesk window: sketches in tabs, each re-analysed off the GUI thread shortly after
// every edit and checked live by its own engine; verdicts as gutter marks, problems,
// obligations and counterexamples in docks that show the current tab. The single-document
// accessors (editor(), session(), currentFile(), ...) answer for the current tab.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a sketch (a path on disk or in the resources, ":/proofdesk/examples/x.pds") in a
    // new tab (or the current one while it is untitled and empty) and analyses it at once;
    // a file already open only switches to its tab. The error names the file and the reason.
    std::expected<void, QString> openFile(const QString &path);
    QString currentFile() const;

    // Tabs: one per open document; there is always at least one.
    int tabCount() const;
    DocumentTab *tab(int index) const;
    DocumentTab *currentTab() const;
    int indexOfTab(const DocumentTab *tab) const;
    void setCurrentTab(int index);
    // What the tab bar shows: the title with " *" while modified, and the path as tooltip.
    QString tabText(int index) const;
    QString tabToolTip(int index) const;
    // Closes a tab after asking about unsaved changes (see setSaveQuestion); false if the
    // user cancelled. Its engine and worker processes end with it.
    bool closeTab(int index);
    // How unsaved changes are asked about (a message box by default); tests answer here
    // instead of a modal dialog.
    using SaveQuestion = std::function<QMessageBox::StandardButton(DocumentTab *tab)>;
    void setSaveQuestion(SaveQuestion question) { m_saveQuestion = std::move(question); }
    // Opens dropped files (.pds, .smt2, .cnf) in tabs; others are reported in the status
    // bar and the Log panel. Returns how many were opened.
    int openUrls(const QList<QUrl> &urls);
    // Opens the obligation as SMT-LIB in a read-only tab titled "lemma/step.smt2"; a check of
    // an SMT-LIB script as the script up to its (check-sat), titled "name@LINE.smt2". Null,
    // with the reason in the status bar, when there is no text to show (a DIMACS formula).
    DocumentTab *openObligationAsSmtLib(const QString &obligationId);
    // The Log panel's model.
    LogModel *logModel() const { return m_log; }

    // Moves the editor's cursor to a 1-based line and column.
    void jumpTo(int line, int column);

    // Saves atomically (QSaveFile) to `path`; the error names the file and the reason.
    std::expected<void, QString> saveTo(const QString &path);

    // F8 / Shift+F8: the cursor moves to the next (previous) failed step, wrapping around.
    // Returns false if no step has failed.
    bool nextFailed(bool backwards = false);
    void checkAll();
    void checkLemmaAtCursor();
    void cancelChecking();
    // The recovery file autosave writes for the current document.
    QString recoveryPath() const;
    // Writes the recovery file now (the timer does this every few seconds after an edit).
    void autosave();
    // Offers the recovery file left by a crash, if any, and loads its text when accepted.
    // `ask` false: restores without asking (tests).
    bool recover(bool ask = true);
    // Where autosave writes recovery files (one per document).
    static QString recoveryDirectory();
    // Shown above the editor when recovery files of a crashed session exist at start.
    RecoveryBanner *recoveryBanner() const { return m_banner; }
    // Opens the files of the last session that still exist, at their cursor positions, and
    // makes the tab current that was current.
    bool restoreSession();

    // For tests and for the --screenshot mode.
    CodeEditor *editor() const;
    DocumentAnalyzer *analyzer() const;
    DiagnosticsModel *diagnosticsModel() const;
    ObligationsModel *obligationsModel() const;
    CheckSession *session() const; // null while a read-only tab is current
    QTreeWidget *counterexampleView() const { return m_counterexample; }
    QTreeView *problemsView() const { return m_problemsView; }
    QTreeView *obligationsView() const { return m_obligationsView; }
    QString statusText() const;

    // Settings: the values in effect, applied to the engine, analyser, editor and application
    // at once (no restart), and saved in the user's QSettings.
    const AppSettings &settings() const { return m_settings; }
    void applySettings(const AppSettings &settings);
    // Opens File → Settings (not modal); the dialog deletes itself when closed.
    SettingsDialog *showSettings();
    // External solvers found on PATH (detected off the GUI thread after start).
    const QList<engine::ExternalSolver> &detectedSolvers() const { return m_detected; }
    bool solversDetected() const { return m_solversDetected; }
    // The welcome page (examples, solvers, where files live): in the central area on the
    // first start and from Help → Welcome, until a sketch is opened.
    WelcomePage *welcomePage() const { return m_welcome; }
    bool welcomeShown() const;
    void showWelcome();

signals:
    // A result for the current revision has reached the panels.
    void analysisApplied(quint64 revision);
    // The engine has answered every obligation of the current revision.
    void checkingFinished();
    // detectExternalSolvers() has answered; detectedSolvers() holds its result.
    void solverDetectionFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DocumentTab *addTab(DocumentTab *tab);
    DocumentTab *newSketchTab();
    DocumentTab *findTab(const QString &path) const;
    std::expected<void, QString> loadInto(DocumentTab *tab, const QString &path);
    void currentTabChanged();
    void updateTitles();
    // What each tab's title says (tabtitles.h), without the modified star.
    QStringList tabTitles() const;
    void updateWindowTitle(const QStringList &titles);
    void updateEditActions();
    void addLog(const LogEntry &entry);
    void createActions();
    void createExamplesMenu();
    void createDocks();
    void openFileDialog();
    void openAndReport(const QString &path);
    void textEdited();
    void applyResult(const AnalysisResult &result);
    void activateLocation(const QModelIndex &index);
    void showAbout();
    void closeEvent(QCloseEvent *event) override;
    void refreshVerdicts();
    void showCounterexample();
    void selectedObligationChanged();
    QString selectedObligationId() const;
    QString obligationAtCursor() const;
    void rerunSelected(const QString &solver, int timeoutMs);
    void showSmtLib();
    void copyCounterexample();
    bool save();
    bool saveAs();
    bool maybeSave(DocumentTab *tab);
    bool saveTab(DocumentTab *tab);
    bool saveTabAs(DocumentTab *tab);
    void newFile();
    void fileChangedOnDisk(const QString &path);
    void askReload(DocumentTab *tab, const QString &path);
    void addRecent(const QString &path);
    void updateRecentMenu();
    void detectSolvers();
    void restoreRecovery(const RecoveryFile &file);
    void updateEngineOptions();
    void retranslate();
    void changeEvent(QEvent *event) override;

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QTabWidget *m_tabs = nullptr; // in m_central; owns the DocumentTabs
    int m_nextSerial = 1;         // for untitled tabs' recovery files
    QPointer<DocumentTab> m_shown; // the tab the docks and edit actions are bound to
    QList<QMetaObject::Connection> m_editConnections;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    SaveQuestion m_saveQuestion;
    DiagnosticsModel *m_noDiagnostics = nullptr; // shown while a read-only tab is current
    LogModel *m_log = nullptr;
    LogForwarder *m_logForwarder = nullptr;
    LogPanel *m_logPanel = nullptr;
    QTreeView *m_problemsView = nullptr;
    QTreeView *m_obligationsView = nullptr;
    QLabel *m_summary = nullptr; // permanent status-bar widget
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QSortFilterProxyModel *m_obligationsFilter = nullptr;
    // What the Obligations view showed before a new analysis reset its rows: the selected
    // step and the lemmas the user collapsed, given back after the reset. A tab switch
    // resets the rows too, and starts afresh.
    struct ObligationsViewState {
        QString current;
        QSet<QString> collapsed;
    };
    ObligationsViewState m_obligationsViewState;
    bool m_switchingTab = false;
    void keepObligationsViewState();
    void restoreObligationsViewState();
    QComboBox *m_statusFilter = nullptr;
    QTreeWidget *m_counterexample = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    // Files changed on disk whose tab is being compared with them or asked about.
    struct DiskCheck {
        quint64 serial = 0;        // the read that answers; older ones are dropped
        bool asking = false;       // the reload question is open
        bool changedAgain = false; // and the file changed once more meanwhile
    };
    QHash<QString, DiskCheck> m_diskChecks; // by path
    quint64 m_diskReads = 0;
    AppSettings m_settings;
    engine::EngineOptions m_engineOptions; // what every tab's engine was given
    QStackedWidget *m_central = nullptr; // the editor or the welcome page
    WelcomePage *m_welcome = nullptr;
    RecoveryBanner *m_banner = nullptr;
    QList<engine::ExternalSolver> m_detected;
    bool m_solversDetected = false;
    QStringList m_engineExternals; // ids of the external solvers the engine was given
};

} // namespace proofdesk::ui
