// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/externalsolver.h"
#include "ui/analysisresult.h"
#include "ui/appsettings.h"

#include <QMainWindow>
#include <QString>
#include <QTimer>

#include <expected>
#include <memory>

class QAction;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QStackedWidget;
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
class ObligationsModel;
class RecoveryBanner;
struct RecoveryFile;
class SettingsDialog;
class WelcomePage;

// The ProofDesk window: the sketch in an editor, re-analysed off the GUI thread shortly
// after every edit and checked live by the engine; verdicts as gutter marks, problems,
// obligations and counterexamples in docks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a sketch (a path on disk or in the resources, ":/proofdesk/examples/x.pds") and
    // analyses it at once. The error names the file and the reason.
    std::expected<void, QString> openFile(const QString &path);
    QString currentFile() const { return m_file; }

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
    // Opens the file of the last session (if it still exists) at its cursor position.
    bool restoreSession();

    // For tests and for the --screenshot mode.
    CodeEditor *editor() const { return m_editor; }
    DocumentAnalyzer *analyzer() const { return m_analyzer; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    ObligationsModel *obligationsModel() const { return m_obligations; }
    CheckSession *session() const { return m_session; }
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

private:
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
    void scheduleRefresh();
    void showCounterexample();
    void selectedObligationChanged();
    QString selectedObligationId() const;
    QString obligationAtCursor() const;
    void rerunSelected(const QString &solver, int timeoutMs);
    void showSmtLib();
    void copyCounterexample();
    bool save();
    bool saveAs();
    bool maybeSave();
    void newFile();
    void fileChangedOnDisk(const QString &path);
    void addRecent(const QString &path);
    void updateRecentMenu();
    void detectSolvers();
    void restoreRecovery(const RecoveryFile &file);
    void updateEngineOptions();
    void retranslate();
    void changeEvent(QEvent *event) override;

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QString m_file;
    bool m_loading = false; // setPlainText during openFile is not an edit
    CodeEditor *m_editor = nullptr;         // central widget
    DocumentAnalyzer *m_analyzer = nullptr; // child
    DiagnosticsModel *m_diagnostics = nullptr;
    ObligationsModel *m_obligations = nullptr;
    QTreeView *m_problemsView = nullptr;
    QTreeView *m_obligationsView = nullptr;
    QLabel *m_summary = nullptr; // permanent status-bar widget
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    CheckSession *m_session = nullptr; // child
    QSortFilterProxyModel *m_obligationsFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTreeWidget *m_counterexample = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QTimer *m_refresh = nullptr;  // coalesces verdict bursts into one repaint
    QTimer *m_autosave = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_savingSelf = false;    // our own save is not an external change
    bool m_checkFinished = false;
    AppSettings m_settings;
    QStackedWidget *m_central = nullptr; // the editor or the welcome page
    WelcomePage *m_welcome = nullptr;
    RecoveryBanner *m_banner = nullptr;
    QList<engine::ExternalSolver> m_detected;
    bool m_solversDetected = false;
    QStringList m_engineExternals; // ids of the external solvers the engine was given
    QString m_autosaveError;       // the last autosave failure, shown once
};

} // namespace proofdesk::ui
