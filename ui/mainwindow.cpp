// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "log/log.h"
#include "resources/resources.h"
#include "engine/counterexample.h"
#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documentanalyzer.h"
#include "ui/exportdialog.h"
#include "ui/obligationsmodel.h"
#include "ui/settingsdialog.h"
#include "ui/welcomepage.h"
#include "ui/recoverybanner.h"
#include "engine/cache.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <ranges>

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

QStringList externalIds(const engine::EngineOptions &options)
{
    QStringList ids;
    for (const auto &e : options.externals)
        ids << e.id + QLatin1Char('=') + e.program + QLatin1Char(' ') + e.arguments.join(QLatin1Char(' '));
    return ids;
}

// Obligations of the Obligations panel filtered by the state chosen above the tree; lemma
// rows stay while one of their steps matches.
class StatusFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setState(const QString &state)
    {
        m_state = state;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_state.isEmpty())
            return true;
        if (!parent.isValid())
            return false; // lemma rows: only through a matching child (recursive filtering)
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(ObligationsModel::StateRole).toString() == m_state;
    }

private:
    QString m_state;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    initResources();
    m_repository->addCustomSearchPath(syntaxSearchPath());
    m_settings = AppSettings::load();
    // A chosen theme and language before any widget exists; "follow the system" leaves the
    // application as it is.
    if (m_settings.theme != Theme::System)
        applyTheme(m_settings.theme);
    if (!m_settings.language.isEmpty())
        applyLanguage(m_settings.language);

    m_editor = new CodeEditor(m_repository.get(), this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_editor);
    m_banner = new RecoveryBanner(this);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_central, 1);
    setCentralWidget(centre);
    connect(m_banner, &RecoveryBanner::restoreRequested, this, &MainWindow::restoreRecovery);
    connect(m_banner, &RecoveryBanner::discardRequested, this,
            [](const RecoveryFile &f) { QFile::remove(f.path); });
    m_analyzer = new DocumentAnalyzer(this);
    m_diagnostics = new DiagnosticsModel(this);
    m_obligations = new ObligationsModel(this);
    m_editor->setFont(m_settings.editorFont());
    m_analyzer->setAllowOutsideImports(m_settings.allowOutsideImports);
    // External solvers join once detected (that runs processes: not on the GUI thread).
    const engine::EngineOptions options = m_settings.engineOptions({});
    m_engineExternals = externalIds(options);
    m_session = new CheckSession(options, this);
    m_obligations->setSession(m_session);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(40);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refreshVerdicts);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);

    createDocks();
    createActions();

    m_summary = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop checking"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelChecking);
    statusBar()->addPermanentWidget(m_summary);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &MainWindow::textEdited);
    connect(m_analyzer, &DocumentAnalyzer::resultReady, this, &MainWindow::applyResult);
    connect(m_session, &CheckSession::obligationChanged, m_obligations, &ObligationsModel::obligationChanged);
    connect(m_session, &CheckSession::reset, m_obligations, &ObligationsModel::verdictsReset);
    connect(m_session, &CheckSession::countsChanged, this, &MainWindow::scheduleRefresh);
    connect(m_session, &CheckSession::standingsChanged, this, &MainWindow::scheduleRefresh);
    connect(m_session, &CheckSession::finished, this, [this] {
        m_checkFinished = true;
        scheduleRefresh();
    });

    QSettings settings;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    setWindowTitle(tr("ProofDesk[*]"));
    resize(1280, 820);
    detectSolvers();
    if (!AppSettings::exist())
        showWelcome();
    // Recovery files at start belong to a session that did not close normally.
    m_banner->setFiles(findRecoveryFiles(recoveryDirectory()));
}

QString MainWindow::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

void MainWindow::restoreRecovery(const RecoveryFile &recovery)
{
    if (!maybeSave())
        return;
    QFile file(recovery.path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Recover Unsaved Changes"),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(recovery.path), file.errorString()));
        return;
    }
    QString text = QString::fromUtf8(file.readAll());
    text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
    file.close();
    if (!recovery.original.isEmpty() && QFileInfo::exists(recovery.original)) {
        if (auto opened = openFile(recovery.original); !opened) {
            QMessageBox::warning(this, tr("Recover Unsaved Changes"), opened.error());
            return;
        }
    } else {
        newFile();
    }
    // An edit like any other: undo takes it back to the file's text, and the window shows
    // unsaved changes until the user saves.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    // The text lives on in this document's own recovery file from now on.
    if (recovery.path != recoveryPath()) {
        autosave();
        QFile::remove(recovery.path);
    }
}

bool MainWindow::restoreSession()
{
    QSettings settings;
    const QString path = settings.value(QStringLiteral("session/file")).toString();
    if (path.isEmpty() || (!path.startsWith(QLatin1Char(':')) && !QFileInfo::exists(path)))
        return false;
    if (!openFile(path))
        return false;
    jumpTo(settings.value(QStringLiteral("session/line"), 1).toInt(),
           settings.value(QStringLiteral("session/column"), 1).toInt());
    return true;
}

void MainWindow::showWelcome()
{
    if (!m_welcome) {
        const WelcomePage::Locations where{QSettings().fileName(), engine::ResultCache::defaultPath(),
                                           QString::fromStdString(log::defaultLogDirectory()),
                                           QFileInfo(recoveryPath()).absolutePath()};
        m_welcome = new WelcomePage(where, m_central);
        m_central->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openAndReport);
        connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newFile);
        if (m_solversDetected)
            m_welcome->setSolvers(m_detected);
    }
    m_central->setCurrentWidget(m_welcome);
}

bool MainWindow::welcomeShown() const
{
    return m_welcome && m_central->currentWidget() == m_welcome;
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

    auto *filter = new StatusFilter(this);
    filter->setRecursiveFilteringEnabled(true);
    filter->setSourceModel(m_obligations);
    m_obligationsFilter = filter;
    m_obligationsView = makeView(m_obligationsFilter, true, this);
    m_obligationsView->header()->setStretchLastSection(false);
    m_obligationsView->header()->setSectionResizeMode(ObligationsModel::StepColumn,
                                                      QHeaderView::Stretch);
    for (int c : {ObligationsModel::KindColumn, ObligationsModel::StatusColumn,
                  ObligationsModel::SolverColumn, ObligationsModel::TimeColumn,
                  ObligationsModel::LineColumn})
        m_obligationsView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_obligationsView->hideColumn(ObligationsModel::KindColumn);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("All steps"), QString());
    for (MarkState s : {MarkState::Failed, MarkState::Unknown, MarkState::Proved, MarkState::Admitted,
                        MarkState::Running, MarkState::Error})
        m_statusFilter->addItem(markLabel(s), markKey(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this, filter] {
        filter->setState(m_statusFilter->currentData().toString());
        m_obligationsView->expandAll();
    });
    auto *obligationsPane = new QWidget(this);
    auto *obligationsLayout = new QVBoxLayout(obligationsPane);
    obligationsLayout->setContentsMargins(0, 0, 0, 0);
    obligationsLayout->setSpacing(2);
    obligationsLayout->addWidget(m_statusFilter);
    obligationsLayout->addWidget(m_obligationsView);
    auto *obligations = new QDockWidget(tr("Obligations"), this);
    obligations->setObjectName(QStringLiteral("obligationsDock"));
    obligations->setWidget(obligationsPane);
    addDockWidget(Qt::RightDockWidgetArea, obligations);
    connect(m_obligationsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::selectedObligationChanged);

    m_counterexample = new QTreeWidget(this);
    m_counterexample->setColumnCount(3);
    m_counterexample->setHeaderLabels({tr("Name"), tr("Sort"), tr("Value")});
    m_counterexample->setAlternatingRowColors(true);
    m_counterexample->setRootIsDecorated(true);
    m_counterexample->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_counterexample->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *counterexample = new QDockWidget(tr("Counterexample"), this);
    counterexample->setObjectName(QStringLiteral("counterexampleDock"));
    counterexample->setWidget(m_counterexample);
    addDockWidget(Qt::RightDockWidgetArea, counterexample);
    splitDockWidget(obligations, counterexample, Qt::Vertical);

    // The editor keeps most of the width; the tree needs room for its columns.
    resizeDocks({obligations}, {470}, Qt::Horizontal);
    resizeDocks({obligations, counterexample}, {430, 220}, Qt::Vertical);
    resizeDocks({problems}, {150}, Qt::Vertical);

    for (QTreeView *view : {m_problemsView, m_obligationsView}) {
        // Through the filter proxy: activateLocation reads roles only, so either model works.
        connect(view, &QTreeView::doubleClicked, this, &MainWindow::activateLocation);
        connect(view, &QTreeView::activated, this, &MainWindow::activateLocation);
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), this, &MainWindow::newFile)->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addAction(tr("&Save"), this, &MainWindow::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As…"), this, &MainWindow::saveAs)->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("&Export Bundle…"), this, [this] { showExportDialog(this); });
    file->addSeparator();
    file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings)->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);

    QMenu *check = menuBar()->addMenu(tr("&Check"));
    check->addAction(tr("Check &All"), this, &MainWindow::checkAll)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    check->addAction(tr("Check &Lemma at Cursor"), this, &MainWindow::checkLemmaAtCursor)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    check->addAction(tr("&Cancel"), this, &MainWindow::cancelChecking)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    check->addSeparator();
    check->addAction(tr("&Next Failed Step"), this, [this] { nextFailed(false); })
        ->setShortcut(QKeySequence(Qt::Key_F8));
    check->addAction(tr("&Previous Failed Step"), this, [this] { nextFailed(true); })
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    check->addSeparator();
    QMenu *rerun = check->addMenu(tr("&Re-run Selected Step With"));
    for (const QString &id : {QStringLiteral("cvc5"), QStringLiteral("cvc5-mbqi"),
                              QStringLiteral("cvc5-fmf-fun"), QStringLiteral("z3")})
        rerun->addAction(id, this, [this, id] { rerunSelected(id, 0); });
    check->addAction(tr("Re-run Selected Step With a &Longer Time Limit"), this,
                     [this] { rerunSelected({}, 4 * m_session->options().limits.timeoutMs); });
    check->addAction(tr("Show Selected Step as &SMT-LIB"), this, &MainWindow::showSmtLib);
    check->addAction(tr("C&opy Counterexample"), this, &MainWindow::copyCounterexample);

    createExamplesMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Welcome"), this, &MainWindow::showWelcome);
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

    if (!m_file.isEmpty() && !m_file.startsWith(QLatin1Char(':')))
        m_watcher->removePath(m_file);
    m_file = path;
    if (!path.startsWith(QLatin1Char(':'))) {
        m_watcher->addPath(path);
        addRecent(path);
    }
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
    m_central->setCurrentWidget(m_editor);

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
    m_autosave->start();
}

void MainWindow::applyResult(const AnalysisResult &result)
{
    m_diagnostics->setModule(result.module);
    m_obligations->setModule(result.module);
    m_editor->showDiagnostics(*result.module);
    m_obligationsView->expandAll();
    m_checkFinished = false;
    // The cursor's line first: that is the step the author is looking at.
    m_session->submit(result, m_editor->textCursor().blockNumber() + 1);
    refreshVerdicts();
    emit analysisApplied(result.revision);
}

void MainWindow::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

// Marks, underlines, warnings and the status bar from the session's current verdicts. Runs
// at most every few tens of milliseconds while verdicts stream in.
void MainWindow::refreshVerdicts()
{
    const lang::Module *module = m_session->module();
    QList<CodeEditor::ObligationMark> marks;
    QList<CodeEditor::CheckUnderline> underlines;
    std::vector<lang::Diagnostic> warnings;
    if (module) {
        for (const auto &o : module->obligations) {
            if (o.file != module->file)
                continue;
            const QString id = QString::fromStdString(o.id);
            const MarkState state = m_session->state(id);
            const engine::Verdict *v = m_session->verdict(id);
            QStringList tip{QStringLiteral("<b>%1</b>: %2").arg(QString::fromStdString(o.step).toHtmlEscaped(),
                                                                 markLabel(state))};
            if (v && !v->strategy.isEmpty())
                tip << tr("by %1 (%2) in %3 s").arg(v->strategy, v->solver).arg(double(v->elapsedMs) / 1000.0, 0, 'f', 2);
            if (v && !v->reason.isEmpty())
                tip << v->reason.toHtmlEscaped();
            if (v && v->vacuous)
                tip << tr("Vacuous: proved only because the assumptions contradict each other.");
            if (v && state == MarkState::Failed) {
                tip << tr("Counterexample:");
                for (const auto &m : v->model)
                    tip << QStringLiteral("&nbsp;&nbsp;%1 = %2").arg(m.symbol.toHtmlEscaped(),
                                                                     engine::displayValue(m.value, m.sort).toHtmlEscaped());
            }
            marks.append({int(o.range.begin.line), state, tip.join(QStringLiteral("<br>"))});
            const auto warn = [&](lang::Severity severity, const QString &message) {
                warnings.push_back({severity, o.file, o.range, message.toStdString()});
                underlines.append({int(o.range.begin.line), int(o.range.begin.column), int(o.range.end.line),
                                   int(o.range.end.column), message, severity == lang::Severity::Error});
            };
            if (state == MarkState::Failed)
                warn(lang::Severity::Error, tr("%1 / %2 does not follow: see the counterexample").arg(QString::fromStdString(o.lemma), QString::fromStdString(o.step)));
            else if (state == MarkState::Unknown)
                warn(lang::Severity::Warning, tr("%1: no solver decided (%2)").arg(QString::fromStdString(o.step), v ? v->reason : QString()));
            else if (state == MarkState::Proved && v && v->vacuous)
                warn(lang::Severity::Warning, tr("%1 is proved only vacuously: the assumptions contradict each other").arg(QString::fromStdString(o.step)));
        }
        for (const auto &s : m_session->standings()) {
            if (s.unused.isEmpty())
                continue;
            const auto it = std::ranges::find(module->lemmas, s.lemma.toStdString(), &lang::LemmaInfo::name);
            if (it == module->lemmas.end() || it->file != module->file)
                continue;
            warnings.push_back({lang::Severity::Warning, it->file, it->nameRange,
                                tr("%1: unused %2").arg(s.lemma, s.unused.join(QStringLiteral(", "))).toStdString()});
        }
    }
    m_editor->setObligationMarks(marks);
    m_editor->setCheckUnderlines(underlines);
    m_diagnostics->setCheckWarnings(std::move(warnings));

    const auto counts = m_session->counts();
    const AnalysisSummary summary = module ? summarize(*module) : AnalysisSummary{};
    m_summary->setText(tr("%1 proved, %2 failed, %3 unknown, %4 running · %5 errors")
                           .arg(counts.proved)
                           .arg(counts.failed)
                           .arg(counts.unknown)
                           .arg(counts.running + counts.pending)
                           .arg(summary.errors));
    const bool busy = counts.running + counts.pending > 0 && !m_checkFinished;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setRange(0, qMax(1, counts.total()));
    m_progress->setValue(counts.done());
    showCounterexample();
    if (m_checkFinished && !busy) {
        m_checkFinished = false;
        emit checkingFinished();
    }
}

QString MainWindow::selectedObligationId() const
{
    return m_obligationsView->currentIndex().data(ObligationsModel::IdRole).toString();
}

void MainWindow::selectedObligationChanged()
{
    showCounterexample();
}

void MainWindow::showCounterexample()
{
    m_counterexample->clear();
    const QString id = selectedObligationId();
    const engine::Verdict *v = id.isEmpty() ? nullptr : m_session->verdict(id);
    if (!v || v->model.isEmpty())
        return;
    for (const auto &m : v->model) {
        const QString shown = engine::displayValue(m.value, m.sort);
        auto *item = new QTreeWidgetItem(m_counterexample, {m.symbol, m.sort, shown});
        item->setToolTip(2, m.value);
        // A finite function reads as a table: one row per argument.
        if (shown.startsWith(QLatin1Char('{')) && shown.endsWith(QLatin1Char('}'))) {
            item->setText(2, QString());
            for (const QString &row : shown.mid(1, shown.size() - 2).split(QStringLiteral(", "))) {
                const QString arrow = QStringLiteral(" ↦ ");
                new QTreeWidgetItem(item, {row.section(arrow, 0, 0), QString(), row.section(arrow, 1)});
            }
            item->setExpanded(true);
        }
    }
    if (!v->modelConfirmed)
        new QTreeWidgetItem(m_counterexample, {tr("(not confirmed: the model did not evaluate the claim to false)")});
}

void MainWindow::copyCounterexample()
{
    const QString id = selectedObligationId();
    const engine::Verdict *v = id.isEmpty() ? nullptr : m_session->verdict(id);
    if (!v || v->model.isEmpty())
        return;
    QStringList lines;
    for (const auto &m : v->model)
        lines << QStringLiteral("%1 = %2").arg(m.symbol, engine::displayValue(m.value, m.sort));
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

bool MainWindow::nextFailed(bool backwards)
{
    const lang::Module *module = m_session->module();
    if (!module)
        return false;
    QList<const lang::Obligation *> failed;
    for (const auto &o : module->obligations) {
        if (o.file == module->file && m_session->state(QString::fromStdString(o.id)) == MarkState::Failed)
            failed << &o;
    }
    if (failed.isEmpty()) {
        statusBar()->showMessage(tr("No failed step."), 3000);
        return false;
    }
    std::ranges::sort(failed, {}, [](const lang::Obligation *o) { return o->range.begin.line; });
    const int line = m_editor->textCursor().blockNumber() + 1;
    const lang::Obligation *target = nullptr;
    if (!backwards) {
        const auto it = std::ranges::find_if(failed, [&](const auto *o) { return int(o->range.begin.line) > line; });
        target = it != failed.end() ? *it : failed.front();
    } else {
        const auto it = std::ranges::find_if(failed | std::views::reverse,
                                             [&](const auto *o) { return int(o->range.begin.line) < line; });
        target = it != (failed | std::views::reverse).end() ? *it : failed.back();
    }
    jumpTo(int(target->range.begin.line), int(target->range.begin.column));
    const QModelIndex source = m_obligations->indexOfObligation(QString::fromStdString(target->id));
    const QModelIndex shown = m_obligationsFilter->mapFromSource(source);
    if (shown.isValid())
        m_obligationsView->setCurrentIndex(shown);
    return true;
}

void MainWindow::checkAll()
{
    m_checkFinished = false;
    m_session->resubmit(m_editor->textCursor().blockNumber() + 1);
}

QString MainWindow::obligationAtCursor() const
{
    const lang::Module *module = m_session->module();
    if (!module)
        return {};
    const auto line = std::size_t(m_editor->textCursor().blockNumber() + 1);
    for (const auto &l : module->lemmas) {
        if (l.file == module->file && l.range.begin.line <= line && line <= l.range.end.line)
            return QString::fromStdString(l.name);
    }
    return {};
}

void MainWindow::checkLemmaAtCursor()
{
    const QString lemma = obligationAtCursor();
    if (lemma.isEmpty()) {
        statusBar()->showMessage(tr("The cursor is not inside a lemma."), 3000);
        return;
    }
    m_checkFinished = false;
    m_session->resubmit(m_editor->textCursor().blockNumber() + 1, lemma);
}

void MainWindow::cancelChecking()
{
    m_session->cancel();
    statusBar()->showMessage(tr("Checking cancelled."), 3000);
    scheduleRefresh();
}

void MainWindow::rerunSelected(const QString &solver, int timeoutMs)
{
    const QString id = selectedObligationId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select a step in the Obligations panel first."), 3000);
        return;
    }
    engine::EngineOptions options = m_session->options();
    if (!solver.isEmpty())
        options.onlySolver = solver;
    if (solver == QLatin1String("z3")) {
        for (const auto &s : engine::detectExternalSolvers())
            if (s.id == solver)
                options.externals << s;
    }
    if (timeoutMs > 0)
        options.limits.timeoutMs = timeoutMs;
    m_session->rerun(id, options);
}

void MainWindow::showSmtLib()
{
    const QString id = selectedObligationId();
    const lang::Module *module = m_session->module();
    if (id.isEmpty() || !module)
        return;
    const auto it = std::ranges::find(module->obligations, id.toStdString(), &lang::Obligation::id);
    if (it == module->obligations.end())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 as SMT-LIB").arg(id));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new CodeEditor(m_repository.get(), dialog);
    view->setFileName(QStringLiteral("obligation.smt2"));
    view->setPlainText(QString::fromStdString(it->smt));
    view->setReadOnly(true);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(760, 560);
    dialog->show();
}

// ---- files

std::expected<void, QString> MainWindow::saveTo(const QString &path)
{
    QSaveFile file(path);
    // Written beside the target and renamed over it: a crash leaves the old file intact.
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(m_editor->toPlainText().toUtf8());
    m_savingSelf = true;
    if (!file.commit()) {
        m_savingSelf = false;
        return std::unexpected(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QFile::remove(recoveryPath());
    if (path != m_file) {
        if (!m_file.isEmpty() && !m_file.startsWith(QLatin1Char(':')))
            m_watcher->removePath(m_file);
        m_file = path;
        m_analyzer->setFile(path);
        m_editor->setFileName(QFileInfo(path).fileName());
        addRecent(path);
    }
    // The rename replaced the inode: watch the new one.
    m_watcher->removePath(path);
    m_watcher->addPath(path);
    setWindowTitle(tr("%1[*] — ProofDesk").arg(QFileInfo(path).fileName()));
    setWindowModified(false);
    QTimer::singleShot(0, this, [this] { m_savingSelf = false; });
    return {};
}

bool MainWindow::save()
{
    if (m_file.isEmpty() || m_file.startsWith(QLatin1Char(':')))
        return saveAs();
    if (auto saved = saveTo(m_file); !saved) {
        QMessageBox::warning(this, tr("Save"), saved.error());
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    const QString suggested = m_file.isEmpty() || m_file.startsWith(QLatin1Char(':'))
                                  ? QDir::home().filePath(m_file.isEmpty() ? tr("untitled.pds") : QFileInfo(m_file).fileName())
                                  : m_file;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Sketch As"), suggested,
                                                      tr("ProofDesk sketches (*.pds);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (auto saved = saveTo(path); !saved) {
        QMessageBox::warning(this, tr("Save"), saved.error());
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!isWindowModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("ProofDesk"), tr("The sketch has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    if (!m_file.isEmpty() && !m_file.startsWith(QLatin1Char(':')))
        m_watcher->removePath(m_file);
    m_file.clear();
    m_analyzer->setFile({});
    m_editor->setFileName(QStringLiteral("untitled.pds"));
    m_loading = true;
    m_editor->setPlainText({});
    m_loading = false;
    m_analyzer->setText({});
    m_analyzer->analyzeNow();
    m_central->setCurrentWidget(m_editor);
    setWindowTitle(tr("untitled[*] — ProofDesk"));
    setWindowModified(false);
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    if (m_savingSelf || path != m_file)
        return;
    // Some editors save by rename: keep watching the path.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()) == m_editor->toPlainText())
        return;
    const QString text = isWindowModified()
                             ? tr("%1 changed on disk, and you have unsaved changes. Reload it and lose them?")
                             : tr("%1 changed on disk. Reload it?");
    const auto answer = QMessageBox::question(this, tr("File Changed"), text.arg(QDir::toNativeSeparators(path)));
    if (answer == QMessageBox::Yes)
        openAndReport(path);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("files/recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 10)
        recent.removeLast();
    settings.setValue(QStringLiteral("files/recent"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openAndReport(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::recoveryPath() const
{
    const QString dir = recoveryDirectory();
    const QByteArray key = QCryptographicHash::hash((m_file.isEmpty() ? QStringLiteral("untitled") : m_file).toUtf8(),
                                                    QCryptographicHash::Sha1).toHex().left(16);
    return dir + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".pds");
}

void MainWindow::autosave()
{
    if (!isWindowModified())
        return;
    const QString path = recoveryPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        log::get("ui")->warn("cannot write recovery file {}", path.toStdString());
        return;
    }
    // First line: the file it belongs to, so that recovery can name it.
    file.write((QStringLiteral("-- recovery of ") + (m_file.isEmpty() ? tr("untitled") : m_file) + QLatin1Char('\n')).toUtf8());
    file.write(m_editor->toPlainText().toUtf8());
    if (!file.commit())
        log::get("ui")->warn("cannot write recovery file {}", path.toStdString());
}

bool MainWindow::recover(bool ask)
{
    QFile file(recoveryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
    if (ask && QMessageBox::question(this, tr("Recover Unsaved Changes"),
                                     tr("ProofDesk did not close normally. Restore the unsaved text of %1?")
                                         .arg(m_file.isEmpty() ? tr("untitled") : QDir::toNativeSeparators(m_file)))
                   != QMessageBox::Yes) {
        file.remove();
        return false;
    }
    // An edit like any other: undo takes it back to the file's text.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QFile::remove(recoveryPath());
    QSettings settings;
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("session/file"), m_file);
    settings.setValue(QStringLiteral("session/line"), m_editor->textCursor().blockNumber() + 1);
    settings.setValue(QStringLiteral("session/column"), m_editor->textCursor().positionInBlock() + 1);
    settings.setValue(QStringLiteral("general/configured"), true); // no welcome page next time
    event->accept();
}

void MainWindow::detectSolvers()
{
    auto *watcher = new QFutureWatcher<QList<engine::ExternalSolver>>(this);
    connect(watcher, &QFutureWatcher<QList<engine::ExternalSolver>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_detected = watcher->result();
        m_solversDetected = true;
        if (m_welcome)
            m_welcome->setSolvers(m_detected);
        updateEngineOptions();
        emit solverDetectionFinished();
    });
    watcher->setFuture(QtConcurrent::run(&engine::detectExternalSolvers));
}

// Hands the settings to the engine. A new engine drops its work and its memory of earlier
// verdicts, so this happens only when something the engine uses has changed; the document
// is then checked again with the new options.
void MainWindow::updateEngineOptions()
{
    engine::EngineOptions options = m_settings.engineOptions(m_detected);
    const engine::EngineOptions &old = m_session->options();
    const bool same = old.limits.timeoutMs == options.limits.timeoutMs &&
                      old.limits.memoryBytes == options.limits.memoryBytes && old.jobs == options.jobs &&
                      old.crossCheck == options.crossCheck && old.useCache == options.useCache &&
                      old.onlySolver == options.onlySolver && m_engineExternals == externalIds(options);
    if (same)
        return;
    m_engineExternals = externalIds(options);
    log::get("ui")->info("engine options changed: time limit {} ms, {} external solvers, cross-check {}",
                         options.limits.timeoutMs, options.externals.size(), options.crossCheck);
    m_session->setOptions(std::move(options));
    if (m_session->module()) {
        m_checkFinished = false;
        m_session->resubmit(m_editor->textCursor().blockNumber() + 1);
    }
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const AppSettings old = m_settings;
    m_settings = settings;
    m_settings.save();
    if (settings.theme != old.theme)
        applyTheme(settings.theme);
    if (settings.language != old.language) {
        const QString effective = applyLanguage(settings.language);
        log::get("ui")->info("language: {}", effective.toStdString());
        // Qt announces a new translator only while the event loop runs: rebuild here.
        retranslate();
    }
    m_editor->setFont(settings.editorFont());
    if (settings.allowOutsideImports != old.allowOutsideImports) {
        m_analyzer->setAllowOutsideImports(settings.allowOutsideImports);
        m_analyzer->analyzeNow(); // imports resolve differently now
    }
    updateEngineOptions();
}

SettingsDialog *MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_detected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->show();
    return dialog;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// Menus are built from tr() strings: after a language switch they are built again.
void MainWindow::retranslate()
{
    if (!m_viewMenu)
        return; // still constructing
    menuBar()->clear();
    m_viewMenu = nullptr;
    m_recentMenu = nullptr;
    createActions();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        const QString name = dock->objectName();
        if (name == QLatin1String("problemsDock"))
            dock->setWindowTitle(tr("Problems"));
        else if (name == QLatin1String("obligationsDock"))
            dock->setWindowTitle(tr("Obligations"));
        else if (name == QLatin1String("counterexampleDock"))
            dock->setWindowTitle(tr("Counterexample"));
    }
    m_counterexample->setHeaderLabels({tr("Name"), tr("Sort"), tr("Value")});
    m_statusFilter->setItemText(0, tr("All steps"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop checking"));
    refreshVerdicts();
}

QString MainWindow::statusText() const
{
    return m_summary->text();
}

void MainWindow::activateLocation(const QModelIndex &index)
{
    if (index.model() == m_obligationsFilter)
        showCounterexample();
    const QVariant line = index.data(DiagnosticsModel::LineRole);
    const QVariant column = index.data(DiagnosticsModel::ColumnRole);
    static_assert(int(DiagnosticsModel::LineRole) == int(ObligationsModel::LineRole) &&
                  int(DiagnosticsModel::ColumnRole) == int(ObligationsModel::ColumnRole));
    if (!line.isValid())
        return;
    // A problem inside an imported file has no place in this editor.
    const QVariant file = index.data(DiagnosticsModel::FileRole);
    const auto &module = m_analyzer->lastResult().module;
    if (index.model() == m_diagnostics && module && file.isValid() &&
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
