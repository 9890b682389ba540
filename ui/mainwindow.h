// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/analysisresult.h"

#include <QMainWindow>
#include <QString>

#include <expected>
#include <memory>

class QLabel;
class QMenu;
class QModelIndex;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace proofdesk::ui {

class CodeEditor;
class DiagnosticsModel;
class DocumentAnalyzer;
class ObligationsModel;

// The first ProofDesk window: the sketch in an editor, its problems and obligations in
// docks, re-analysed off the GUI thread shortly after every edit.
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

    // For tests and for the --screenshot mode.
    CodeEditor *editor() const { return m_editor; }
    DocumentAnalyzer *analyzer() const { return m_analyzer; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    ObligationsModel *obligationsModel() const { return m_obligations; }
    QTreeView *problemsView() const { return m_problemsView; }
    QTreeView *obligationsView() const { return m_obligationsView; }
    QString statusText() const;

signals:
    // A result for the current revision has reached the panels.
    void analysisApplied(quint64 revision);

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
};

} // namespace proofdesk::ui
