// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "log/log.h"
#include "resources/resources.h"
#include "ui/codeeditor.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documentanalyzer.h"
#include "ui/obligationsmodel.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace proofdesk::ui {

namespace {

QTreeView *makeView(QAbstractItemModel *model, bool tree, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(tree);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    initResources();
    m_repository->addCustomSearchPath(syntaxSearchPath());

    m_editor = new CodeEditor(m_repository.get(), this);
    setCentralWidget(m_editor);
    m_analyzer = new DocumentAnalyzer(this);
    m_diagnostics = new DiagnosticsModel(this);
    m_obligations = new ObligationsModel(this);

    createDocks();
    createActions();

    m_summary = new QLabel(this);
    statusBar()->addPermanentWidget(m_summary);

    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &MainWindow::textEdited);
    connect(m_analyzer, &DocumentAnalyzer::resultReady, this, &MainWindow::applyResult);

    setWindowTitle(tr("ProofDesk[*]"));
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_problemsView = makeView(m_diagnostics, false, this);
    m_problemsView->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn,
                                                   QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(DiagnosticsModel::LocationColumn,
                                                   QHeaderView::ResizeToContents);
    auto *problems = new QDockWidget(tr("Problems"), this);
    problems->setObjectName(QStringLiteral("problemsDock"));
    problems->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, problems);

    m_obligationsView = makeView(m_obligations, true, this);
    m_obligationsView->header()->setStretchLastSection(false);
    m_obligationsView->header()->setSectionResizeMode(ObligationsModel::StepColumn,
                                                      QHeaderView::Stretch);
    for (int c : {ObligationsModel::KindColumn, ObligationsModel::StatusColumn,
                  ObligationsModel::LineColumn})
        m_obligationsView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *obligations = new QDockWidget(tr("Obligations"), this);
    obligations->setObjectName(QStringLiteral("obligationsDock"));
    obligations->setWidget(m_obligationsView);
    addDockWidget(Qt::RightDockWidgetArea, obligations);
    // The editor keeps most of the width; the tree needs room for four columns.
    resizeDocks({obligations}, {440}, Qt::Horizontal);
    resizeDocks({problems}, {170}, Qt::Vertical);

    for (QTreeView *view : {m_problemsView, m_obligationsView}) {
        connect(view, &QTreeView::doubleClicked, this, &MainWindow::activateLocation);
        connect(view, &QTreeView::activated, this, &MainWindow::activateLocation);
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    createExamplesMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ProofDesk"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::createExamplesMenu()
{
    QMenu *examples = menuBar()->addMenu(tr("&Examples"));
    const QFileInfoList files =
        QDir(examplesPath())
            .entryInfoList({QStringLiteral("*.pds")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString path = info.filePath();
        examples->addAction(info.completeBaseName(), this, [this, path] { openAndReport(path); });
    }
    if (files.isEmpty())
        examples->addAction(tr("(no examples bundled)"))->setEnabled(false);
}

std::expected<void, QString> MainWindow::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("Cannot open %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QString text = QString::fromUtf8(file.readAll());
    log::get("ui")->info("opened {} ({} bytes)", path.toStdString(), file.size());

    m_file = path;
    m_analyzer->setFile(path);
    m_editor->setFileName(QFileInfo(path).fileName());
    // Panels of the previous file would point at wrong lines: clear them at once.
    m_diagnostics->setModule(nullptr);
    m_obligations->setModule(nullptr);
    m_editor->showDiagnostics({});
    m_loading = true;
    m_editor->setPlainText(text);
    m_loading = false;
    m_analyzer->setText(text);
    m_analyzer->analyzeNow();

    setWindowTitle(tr("%1[*] — ProofDesk").arg(QFileInfo(path).fileName()));
    setWindowModified(false);
    m_summary->setText(tr("Analysing…"));
    return {};
}

void MainWindow::openAndReport(const QString &path)
{
    if (auto opened = openFile(path); !opened)
        QMessageBox::warning(this, tr("Open Sketch"), opened.error());
}

void MainWindow::openFileDialog()
{
    const QString dir = m_file.isEmpty() || m_file.startsWith(QLatin1Char(':'))
                            ? QDir::homePath()
                            : QFileInfo(m_file).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Sketch"), dir,
        tr("ProofDesk sketches (*.pds);;SMT-LIB scripts (*.smt2);;DIMACS CNF (*.cnf);;"
           "All files (*)"));
    if (!path.isEmpty())
        openAndReport(path);
}

void MainWindow::textEdited()
{
    if (m_loading)
        return;
    // Highlighting re-formats blocks and reports that as a change too; only text counts.
    QString text = m_editor->toPlainText();
    if (text == m_analyzer->text())
        return;
    m_analyzer->setText(text);
    setWindowModified(true);
}

void MainWindow::applyResult(const AnalysisResult &result)
{
    m_diagnostics->setModule(result.module);
    m_obligations->setModule(result.module);
    m_editor->showDiagnostics(*result.module);
    m_obligationsView->expandAll();

    const AnalysisSummary summary = summarize(*result.module);
    m_summary->setText(tr("%1 obligations, %2 errors").arg(summary.obligations).arg(summary.errors));
    emit analysisApplied(result.revision);
}

QString MainWindow::statusText() const
{
    return m_summary->text();
}

void MainWindow::activateLocation(const QModelIndex &index)
{
    const QVariant line = index.data(DiagnosticsModel::LineRole);
    const QVariant column = index.data(DiagnosticsModel::ColumnRole);
    static_assert(int(DiagnosticsModel::LineRole) == int(ObligationsModel::LineRole) &&
                  int(DiagnosticsModel::ColumnRole) == int(ObligationsModel::ColumnRole));
    if (!line.isValid())
        return;
    // A problem inside an imported file has no place in this editor.
    const QVariant file = index.data(DiagnosticsModel::FileRole);
    const auto &module = m_analyzer->lastResult().module;
    if (index.model() == m_diagnostics && module &&
        file.toString() != QString::fromStdString(module->file))
        return;
    jumpTo(line.toInt(), column.isValid() ? column.toInt() : 1);
}

void MainWindow::jumpTo(int line, int column)
{
    m_editor->goTo(line, column);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ProofDesk"),
                       tr("<h3>ProofDesk %1</h3><p>Sketch lemmas; every claimed step becomes a "
                          "proof obligation for an SMT solver.</p><p>GPL-3.0-or-later</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace proofdesk::ui
