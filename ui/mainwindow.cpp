// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "log/log.h"
#include "resources/resources.h"
#include "engine/counterexample.h"
#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/columnfitter.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documentanalyzer.h"
#include "ui/documentchecker.h"
#include "ui/documenttab.h"
#include "ui/exportdialog.h"
#include "ui/filesave.h"
#include "ui/graphwindow.h"
#include "ui/logforwarder.h"
#include "ui/logmodel.h"
#include "ui/logpanel.h"
#include "ui/opensizecheck.h"
#include "ui/sessionstate.h"
#include "ui/tabtitles.h"
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
#include <QDragEnterEvent>
#include <QDropEvent>
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
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <ranges>
#include <utility>

namespace proofdesk::ui {

namespace {

// The document and title a read-only SMT-LIB tab was opened from (openObligationAsSmtLib).
constexpr char SmtLibOriginProperty[] = "proofdesk_smtlibOrigin";

// Draws a model's colour swatch (a QColor decoration) in its own colour also in a selected
// row: the style tints a selected row's icon with the selection colour, and the red of the
// failed step the user has just selected came out pink.
class SwatchDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // Only where it shows: a size hint also comes here, for every row a column is
        // measured over, and rendering the pixmap there cost seconds per verdict in a long
        // sketch.
        if (option->state.testFlag(QStyle::State_Selected) && !option->icon.isNull() &&
            index.data(Qt::DecorationRole).typeId() == QMetaType::QColor)
            option->icon.addPixmap(option->icon.pixmap(option->decorationSize), QIcon::Selected);
    }
};

QTreeView *makeView(QAbstractItemModel *model, bool tree, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setItemDelegate(new SwatchDelegate(view));
    view->setModel(model);
    view->setRootIsDecorated(tree);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    // Columns sized to their contents measure the rows in view only. By default Qt measures
    // up to 1,000 rows at every change of any row: with a verdict arriving per step of a
    // 2,000-step sketch that held the GUI thread for minutes.
    view->header()->setResizeContentsPrecision(0);
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

// The states the Obligations panel can be filtered by, in the order of its combo box.
constexpr std::array filterStates{MarkState::Failed,   MarkState::Unknown, MarkState::Proved,
                                  MarkState::Admitted, MarkState::Running, MarkState::Error};

// Whether the file at `path` now holds something else than `text`; false when it cannot be
// read (gone for good, or not yet back after a save by rename: the watcher fires again).
// Runs on a pool thread: touches nothing but its arguments.
bool differsFromDisk(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    return file.error() == QFileDevice::NoError && QString::fromUtf8(data) != text;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    initResources();
    m_repository->addCustomSearchPath(syntaxSearchPath());
    m_settings = AppSettings::load();
    // A chosen theme before any widget exists ("follow the system" leaves the palette as it
    // is), and the language: the chosen one, or the system's (empty) when we have it.
    if (m_settings.theme != Theme::System)
        applyTheme(m_settings.theme);
    applyLanguage(m_settings.language);

    // Engine and solver events for the Log panel, from any thread, queued to this one.
    m_log = new LogModel(this);
    m_logForwarder = new LogForwarder(this);
    connect(m_logForwarder, &LogForwarder::received, this, &MainWindow::addLog);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_tabs);
    m_banner = new RecoveryBanner(this);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_central, 1);
    setCentralWidget(centre);
    setAcceptDrops(true);
    connect(m_banner, &RecoveryBanner::restoreRequested, this, &MainWindow::restoreRecovery);
    connect(m_banner, &RecoveryBanner::discardRequested, this,
            [](const RecoveryFile &f) { QFile::remove(f.path); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    m_noDiagnostics = new DiagnosticsModel(this);
    // External solvers join once detected (that runs processes: not on the GUI thread).
    m_engineOptions = m_settings.engineOptions({});
    m_engineExternals = externalIds(m_engineOptions);
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

    // The window always has a document: an untitled one until a file is opened.
    newSketchTab();

    QSettings settings;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    resize(1280, 820);
    detectSolvers();
    if (!AppSettings::exist())
        showWelcome();
    // Recovery files at start belong to a session that did not close normally.
    m_banner->setFiles(findRecoveryFiles(recoveryDirectory()));
}

// ---- tabs

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

DocumentTab *MainWindow::tab(int index) const
{
    return qobject_cast<DocumentTab *>(m_tabs->widget(index));
}

DocumentTab *MainWindow::currentTab() const
{
    return qobject_cast<DocumentTab *>(m_tabs->currentWidget());
}

int MainWindow::indexOfTab(const DocumentTab *tab) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i) == tab)
            return i;
    }
    return -1;
}

void MainWindow::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

QString MainWindow::tabText(int index) const
{
    return m_tabs->tabText(index);
}

QString MainWindow::tabToolTip(int index) const
{
    return m_tabs->tabToolTip(index);
}

QString MainWindow::currentFile() const
{
    return currentTab() ? currentTab()->file() : QString();
}

CodeEditor *MainWindow::editor() const
{
    return currentTab()->editor();
}

DocumentAnalyzer *MainWindow::analyzer() const
{
    return currentTab()->analyzer();
}

DiagnosticsModel *MainWindow::diagnosticsModel() const
{
    return currentTab()->diagnosticsModel();
}

ObligationsModel *MainWindow::obligationsModel() const
{
    return currentTab()->obligationsModel();
}

CheckSession *MainWindow::session() const
{
    return currentTab()->session();
}

DocumentTab *MainWindow::addTab(DocumentTab *tab)
{
    tab->editor()->setFont(m_settings.editorFont());
    tab->editor()->viewport()->installEventFilter(this);
    connect(tab, &DocumentTab::modifiedChanged, this, [this, tab] {
        updateTitles();
    });
    connect(tab, &DocumentTab::analysisApplied, this, [this, tab](quint64 revision) {
        if (tab != currentTab())
            return;
        refreshVerdicts();
        emit analysisApplied(revision);
    });
    connect(tab, &DocumentTab::verdictsRefreshed, this, [this, tab] {
        if (tab == currentTab())
            refreshVerdicts();
    });
    connect(tab, &DocumentTab::checkingFinished, this, [this, tab] {
        if (tab == currentTab())
            emit checkingFinished();
    });
    connect(tab, &DocumentTab::logEvent, this, &MainWindow::addLog);
    // In the status bar, not a dialog: autosave runs every few seconds and must not pile up
    // dialogs while the disk stays full.
    connect(tab, &DocumentTab::autosaveProblemChanged, this, [this](const QString &problem) {
        if (problem.isEmpty())
            statusBar()->clearMessage(); // the failure shown no longer holds
        else
            statusBar()->showMessage(tr("Autosave failed: %1").arg(problem));
    });
    const int index = m_tabs->addTab(tab, tab->title());
    updateTitles();
    m_tabs->setCurrentIndex(index);
    m_central->setCurrentWidget(m_tabs);
    return tab;
}

DocumentTab *MainWindow::newSketchTab()
{
    auto *tab = new DocumentTab(m_repository.get(), m_engineOptions, m_nextSerial++, m_tabs);
    tab->analyzer()->setAllowOutsideImports(m_settings.allowOutsideImports);
    return addTab(tab);
}

DocumentTab *MainWindow::findTab(const QString &path) const
{
    const auto same = [](const QString &a, const QString &b) {
        if (a.startsWith(QLatin1Char(':')) || b.startsWith(QLatin1Char(':')))
            return a == b;
        const QFileInfo fa(a), fb(b);
        const QString ca = fa.canonicalFilePath(), cb = fb.canonicalFilePath();
        return !ca.isEmpty() ? ca == cb : fa.absoluteFilePath() == fb.absoluteFilePath();
    };
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentTab *t = tab(i);
        if (t && !t->isReadOnly() && !t->file().isEmpty() && same(t->file(), path))
            return t;
    }
    return nullptr;
}

QStringList MainWindow::tabTitles() const
{
    QStringList files;
    for (int i = 0; i < m_tabs->count(); ++i)
        files << (this->tab(i) && !this->tab(i)->isReadOnly() ? this->tab(i)->file() : QString());
    QStringList titles = distinctTitles(files);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (titles[i].isEmpty())
            titles[i] = this->tab(i) ? this->tab(i)->title() : QString();
    }
    return titles;
}

void MainWindow::updateTitles()
{
    // A name or a new file may make another tab's title ambiguous: all titles are redone.
    const QStringList titles = tabTitles();
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentTab *t = this->tab(i);
        if (!t)
            continue;
        m_tabs->setTabText(i, t->isModified() ? titles[i] + QStringLiteral(" *") : titles[i]);
        m_tabs->setTabToolTip(i, t->isReadOnly()       ? tr("%1 (read-only)").arg(t->title())
                                 : t->file().isEmpty() ? tr("untitled")
                                                       : QDir::toNativeSeparators(t->file()));
    }
    updateWindowTitle(titles); // the current tab's title may have gained or lost its folders
}

void MainWindow::updateWindowTitle(const QStringList &titles)
{
    DocumentTab *tab = currentTab();
    if (!tab) {
        setWindowTitle(tr("ProofDesk[*]"));
        setWindowModified(false);
        return;
    }
    // The tab's title as the tab bar shows it; for a file on disk also its folder, which
    // tells apart files of the same name even when only one of them is open.
    const QString title = titles.value(indexOfTab(tab), tab->title());
    const QString file = tab->isReadOnly() ? QString() : tab->file();
    if (file.isEmpty() || file.startsWith(QLatin1Char(':'))) {
        setWindowTitle(tr("%1[*] — ProofDesk").arg(title));
    } else {
        QString folder = QDir::toNativeSeparators(QFileInfo(file).absolutePath());
#ifdef Q_OS_UNIX
        const QString home = QDir::homePath();
        if (folder == home || folder.startsWith(home + QLatin1Char('/')))
            folder = QLatin1Char('~') + folder.mid(home.size());
#endif
        setWindowTitle(tr("%1 (%2)[*] — ProofDesk").arg(title, folder));
    }
    setWindowModified(tab->isModified());
}

// The docks, the edit actions and the status bar follow the current tab.
void MainWindow::currentTabChanged()
{
    DocumentTab *tab = currentTab();
    if (!tab || tab == m_shown)
        return;
    m_shown = tab;
    QItemSelectionModel *oldSelection = m_problemsView->selectionModel();
    m_problemsView->setModel(tab->isReadOnly() ? m_noDiagnostics : tab->diagnosticsModel());
    if (oldSelection && oldSelection != m_problemsView->selectionModel())
        oldSelection->deleteLater();
    m_problemsView->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(DiagnosticsModel::LocationColumn, QHeaderView::ResizeToContents);
    m_switchingTab = true; // another document's rows: nothing of this view state carries over
    m_obligationsFilter->setSourceModel(tab->obligationsModel()); // a reset: expands
    m_switchingTab = false;
    updateEditActions();
    updateWindowTitle(tabTitles());
    refreshVerdicts();
}

void MainWindow::updateEditActions()
{
    for (const auto &c : std::as_const(m_editConnections))
        disconnect(c);
    m_editConnections.clear();
    DocumentTab *tab = currentTab();
    if (!tab || !m_undo || !m_redo)
        return;
    CodeEditor *editor = tab->editor();
    QTextDocument *document = editor->document();
    const bool writable = !tab->isReadOnly();
    m_undo->setEnabled(writable && document->isUndoAvailable());
    m_redo->setEnabled(writable && document->isRedoAvailable());
    if (!writable)
        return;
    m_editConnections << connect(m_undo, &QAction::triggered, editor, &QPlainTextEdit::undo)
                      << connect(m_redo, &QAction::triggered, editor, &QPlainTextEdit::redo)
                      << connect(editor, &QPlainTextEdit::undoAvailable, m_undo, &QAction::setEnabled)
                      << connect(editor, &QPlainTextEdit::redoAvailable, m_redo, &QAction::setEnabled);
}

bool MainWindow::closeTab(int index)
{
    DocumentTab *tab = this->tab(index);
    if (!tab)
        return false;
    if (!maybeSave(tab))
        return false;
    if (!tab->isReadOnly()) {
        tab->discardRecovery();
        if (!tab->file().isEmpty() && !tab->file().startsWith(QLatin1Char(':')))
            m_watcher->removePath(tab->file());
    }
    log::get("ui")->info("closed {}", tab->title().toStdString());
    m_tabs->removeTab(index);
    // Deleted now, not later: its engine ends the worker processes as the session goes.
    delete tab;
    if (m_tabs->count() > 0)
        updateTitles(); // a namesake may no longer need its folder
    if (m_tabs->count() == 0)
        newSketchTab();
    return true;
}

int MainWindow::openUrls(const QList<QUrl> &urls)
{
    static const QStringList accepted{QStringLiteral("pds"), QStringLiteral("smt2"), QStringLiteral("cnf")};
    int opened = 0;
    QStringList refused;
    for (const QUrl &url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : QString();
        if (path.isEmpty() || !accepted.contains(QFileInfo(path).suffix().toLower())) {
            refused << (path.isEmpty() ? url.toDisplayString() : QDir::toNativeSeparators(path));
            continue;
        }
        if (auto result = openFile(path); !result) {
            refused << result.error();
            continue;
        }
        ++opened;
    }
    if (!refused.isEmpty()) {
        const QString message =
            tr("Not opened (ProofDesk opens .pds, .smt2 and .cnf files): %1").arg(refused.join(QStringLiteral("; ")));
        statusBar()->showMessage(message, 8000);
        addLog({QDateTime::currentDateTime(), LogLevel::Warning, QStringLiteral("ui"), message});
    }
    return opened;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    openUrls(event->mimeData()->urls());
}

// Files dropped on an editor open in tabs instead of pasting their names into the text.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const auto type = event->type();
    if (type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (drop->mimeData()->hasUrls()) {
            drop->acceptProposedAction();
            if (type == QEvent::Drop)
                openUrls(drop->mimeData()->urls());
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::addLog(const LogEntry &entry)
{
    m_log->append(entry);
}

QString MainWindow::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

void MainWindow::restoreRecovery(const RecoveryFile &recovery)
{
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
        // Open already and changed since: those changes are asked about first.
        if (DocumentTab *open = findTab(recovery.original); open && !maybeSave(open))
            return;
        if (auto opened = openFile(recovery.original); !opened) {
            QMessageBox::warning(this, tr("Recover Unsaved Changes"), opened.error());
            return;
        }
    } else {
        newFile();
    }
    DocumentTab *tab = currentTab();
    // Once the file's text is all in: an edit like any other, undo takes it back to the
    // file's text, and the window shows unsaved changes until the user saves.
    tab->whenLoaded([tab, text, recovery] {
        tab->replaceText(text);
        // The text lives on in this document's own recovery file from now on.
        if (recovery.path != tab->recoveryPath()) {
            tab->autosave();
            DocumentTab::removeAfterRecoveryWrites(recovery.path); // once the new one is written
        }
    });
}

bool MainWindow::restoreSession()
{
    const auto session = readSession(QSettings());
    if (!session)
        return false;
    DocumentTab *current = nullptr;
    for (int i = 0; i < session->documents.size(); ++i) {
        const SessionDocument &d = session->documents.at(i);
        if (!openFile(d.file))
            continue;
        DocumentTab *tab = currentTab();
        tab->whenLoaded([tab, d] { tab->editor()->goTo(d.line, d.column); });
        if (i == session->current || !current)
            current = currentTab();
    }
    if (current)
        m_tabs->setCurrentWidget(current);
    return current != nullptr;
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

MainWindow::~MainWindow()
{
    // The tabs go with the widgets after this body, when the members are gone: nothing they
    // or the log report may reach this window any more.
    delete m_logForwarder;
    disconnect(m_tabs, nullptr, this, nullptr);
    for (int i = 0; i < m_tabs->count(); ++i)
        disconnect(tab(i), nullptr, this, nullptr);
}

void MainWindow::createDocks()
{
    m_problemsView = makeView(m_noDiagnostics, false, this);
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
    filter->setSourceModel(new ObligationsModel(filter)); // the current tab's, once there is one
    m_obligationsFilter = filter;
    m_obligationsView = makeView(m_obligationsFilter, true, this);
    // An analysis with the same steps changes the rows in place, and the view keeps what is
    // collapsed and selected (and is spared expanding thousands of rows on every keystroke).
    // A new set of steps resets the rows: they are shown open again, but for the lemmas the
    // user had collapsed, with the same step selected.
    connect(m_obligationsFilter, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::keepObligationsViewState);
    connect(m_obligationsFilter, &QAbstractItemModel::modelReset, this, &MainWindow::restoreObligationsViewState);
    m_obligationsView->header()->setStretchLastSection(false);
    m_obligationsView->header()->setSectionResizeMode(ObligationsModel::StepColumn,
                                                      QHeaderView::Stretch);
    new ColumnFitter(m_obligationsView, {ObligationsModel::KindColumn, ObligationsModel::StatusColumn,
                                         ObligationsModel::SolverColumn, ObligationsModel::TimeColumn,
                                         ObligationsModel::LineColumn});
    m_obligationsView->hideColumn(ObligationsModel::KindColumn);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("All steps"), QString());
    for (MarkState s : filterStates)
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

    // The Log panel: engine and solver events of every tab, newest last.
    m_logPanel = new LogPanel(m_log, this);
    auto *logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    splitDockWidget(problems, logDock, Qt::Horizontal);

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
    file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); })
        ->setShortcut(QKeySequence::Close);
    file->addAction(tr("&Export Bundle…"), this, [this] { showExportDialog(this); });
    file->addSeparator();
    file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings)->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Bound to the current tab's editor by updateEditActions().
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);
    updateEditActions();

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
                              QStringLiteral("cvc5-fmf-fun"), QStringLiteral("z3"),
                              QStringLiteral("kissat"), QStringLiteral("cadical")})
        rerun->addAction(id, this, [this, id] { rerunSelected(id, 0); });
    check->addAction(tr("Re-run Selected Step With a &Longer Time Limit"), this,
                     [this] { rerunSelected({}, 4 * m_engineOptions.limits.timeoutMs); });
    check->addAction(tr("Show Selected Step as &SMT-LIB"), this, &MainWindow::showSmtLib);
    check->addAction(tr("C&opy Counterexample"), this, &MainWindow::copyCounterexample);

    createExamplesMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    addStructureGraphActions(this, m_viewMenu);

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
    if (DocumentTab *open = findTab(path)) {
        m_tabs->setCurrentWidget(open);
        m_central->setCurrentWidget(m_tabs);
        return {};
    }
    // Read before a tab is made: a file that cannot be read (or that the user would rather
    // not open for its size) leaves the window as it was. The read runs off the GUI thread.
    if (!confirmOpenSize(this, path, m_settings.maxOpenBytes))
        return std::unexpected(QString()); // the user said no: nothing changes
    const auto read = readFileKeepingGuiAlive(path);
    if (!read)
        return std::unexpected(read.error());
    const QString text = QString::fromUtf8(*read);
    log::get("ui")->info("opened {} ({} bytes)", path.toStdString(), read->size());

    DocumentTab *tab = currentTab() && currentTab()->isPristine() ? currentTab() : newSketchTab();
    if (!path.startsWith(QLatin1Char(':'))) {
        m_watcher->addPath(path);
        addRecent(path);
    }
    tab->load(path, text);
    m_tabs->setCurrentWidget(tab);
    m_central->setCurrentWidget(m_tabs);
    updateTitles();
    // A large text goes into the editor in slices; its analysis starts when it is all in.
    if (tab->isLoading()) {
        m_summary->setText(tr("Loading…"));
        tab->whenLoaded([this, tab] {
            if (currentTab() == tab && m_summary->text() == tr("Loading…"))
                m_summary->setText(tr("Analysing…"));
        });
    } else {
        m_summary->setText(tr("Analysing…"));
    }
    return {};
}

void MainWindow::openAndReport(const QString &path)
{
    if (auto opened = openFile(path); !opened && !opened.error().isEmpty())
        QMessageBox::warning(this, tr("Open Sketch"), opened.error());
}

void MainWindow::openFileDialog()
{
    const QString current = currentFile();
    const QString dir = current.isEmpty() || current.startsWith(QLatin1Char(':'))
                            ? QDir::homePath()
                            : QFileInfo(current).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Sketch"), dir,
        tr("ProofDesk sketches (*.pds);;SMT-LIB scripts (*.smt2);;DIMACS CNF (*.cnf);;"
           "All files (*)"));
    for (const QString &path : paths)
        openAndReport(path);
}




// The status bar and the Counterexample panel for the current tab (its marks it refreshes
// itself).
void MainWindow::refreshVerdicts()
{
    DocumentTab *tab = currentTab();
    if (!tab || !m_summary)
        return;
    CheckSession *session = tab->session();
    if (!session) {
        m_summary->setText(tr("%1 (read-only)").arg(tab->title()));
        m_progress->hide();
        m_cancelButton->hide();
        showCounterexample();
        return;
    }
    // A document's checks show the solver's answer against the :status in the Kind column.
    m_obligationsView->setColumnHidden(ObligationsModel::KindColumn, session->kind() == DocumentKind::Sketch);
    const lang::Module *module = session->module();
    const auto counts = session->counts();
    const AnalysisSummary summary = module ? summarize(*module) : AnalysisSummary{};
    // Each count in its own numerus form: "1 error", "2 errors", as each language says it.
    m_summary->setText(tr("%1, %2, %3, %4 · %5", "status bar: proved, failed, unknown, running · errors")
                           .arg(tr("%n proved", nullptr, counts.proved), tr("%n failed", nullptr, counts.failed),
                                tr("%n unknown", nullptr, counts.unknown),
                                tr("%n running", nullptr, counts.running + counts.pending),
                                tr("%n error(s)", nullptr, summary.errors + counts.errors)));
    const bool busy = counts.running + counts.pending > 0 && session->busy();
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setRange(0, qMax(1, counts.total()));
    m_progress->setValue(counts.done());
    showCounterexample();
}

QString MainWindow::selectedObligationId() const
{
    return m_obligationsView->currentIndex().data(ObligationsModel::IdRole).toString();
}

void MainWindow::keepObligationsViewState()
{
    m_obligationsViewState = {};
    if (m_switchingTab)
        return;
    m_obligationsViewState.current = selectedObligationId();
    for (int row = 0; row < m_obligationsFilter->rowCount(); ++row) {
        // A row without steps is not expanded either, but the user did not collapse it.
        const QModelIndex lemma = m_obligationsFilter->index(row, 0);
        if (m_obligationsFilter->hasChildren(lemma) && !m_obligationsView->isExpanded(lemma))
            m_obligationsViewState.collapsed.insert(lemma.data().toString());
    }
}

void MainWindow::restoreObligationsViewState()
{
    m_obligationsView->expandAll();
    const ObligationsViewState kept = std::exchange(m_obligationsViewState, {});
    if (!kept.collapsed.isEmpty()) {
        for (int row = 0; row < m_obligationsFilter->rowCount(); ++row) {
            const QModelIndex lemma = m_obligationsFilter->index(row, 0);
            if (kept.collapsed.contains(lemma.data().toString()))
                m_obligationsView->collapse(lemma);
        }
    }
    if (kept.current.isEmpty() || !currentTab())
        return;
    const QModelIndex source = currentTab()->obligationsModel()->indexOfObligation(kept.current);
    const QModelIndex shown = m_obligationsFilter->mapFromSource(source);
    if (shown.isValid())
        m_obligationsView->setCurrentIndex(shown);
}

void MainWindow::selectedObligationChanged()
{
    showCounterexample();
}

void MainWindow::showCounterexample()
{
    m_counterexample->clear();
    const QString id = selectedObligationId();
    const CheckSession *session = currentTab() ? currentTab()->session() : nullptr;
    const engine::Verdict *v = id.isEmpty() || !session ? nullptr : session->verdict(id);
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
    const CheckSession *session = currentTab()->session();
    const engine::Verdict *v = id.isEmpty() || !session ? nullptr : session->verdict(id);
    if (!v || v->model.isEmpty())
        return;
    QStringList lines;
    for (const auto &m : v->model)
        lines << QStringLiteral("%1 = %2").arg(m.symbol, engine::displayValue(m.value, m.sort));
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

bool MainWindow::nextFailed(bool backwards)
{
    const CheckSession *session = currentTab()->session();
    const lang::Module *module = session ? session->module() : nullptr;
    if (!module)
        return false;
    QList<const lang::Obligation *> failed;
    for (const auto &o : module->obligations) {
        if (o.file == module->file && session->state(QString::fromStdString(o.id)) == MarkState::Failed)
            failed << &o;
    }
    if (failed.isEmpty()) {
        statusBar()->showMessage(tr("No failed step."), 3000);
        return false;
    }
    std::ranges::sort(failed, {}, [](const lang::Obligation *o) { return o->range.begin.line; });
    const int line = currentTab()->cursorLine();
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
    const QModelIndex source = currentTab()->obligationsModel()->indexOfObligation(QString::fromStdString(target->id));
    const QModelIndex shown = m_obligationsFilter->mapFromSource(source);
    if (shown.isValid())
        m_obligationsView->setCurrentIndex(shown);
    return true;
}

void MainWindow::checkAll()
{
    currentTab()->checkAll();
}

QString MainWindow::obligationAtCursor() const
{
    const CheckSession *session = currentTab()->session();
    const lang::Module *module = session ? session->module() : nullptr;
    if (!module)
        return {};
    const auto line = std::size_t(currentTab()->cursorLine());
    for (const auto &l : module->lemmas) {
        if (l.file == module->file && l.range.begin.line <= line && line <= l.range.end.line)
            return QString::fromStdString(l.name);
    }
    return {};
}

void MainWindow::checkLemmaAtCursor()
{
    const CheckSession *session = currentTab()->session();
    if (!session) {
        statusBar()->showMessage(tr("A read-only tab is not checked."), 3000);
        return;
    }
    // A script or a formula has no lemmas: a (check-sat) is asked of every command before
    // it, and a DIMACS formula is one check, so the part at the cursor is the whole document.
    if (session->kind() != DocumentKind::Sketch) {
        currentTab()->checkAll();
        statusBar()->showMessage(session->kind() == DocumentKind::Smt2
                                     ? tr("Checking the whole script: each (check-sat) depends on every command before it.")
                                     : tr("Checking the whole formula: a DIMACS file is one check."),
                                 5000);
        return;
    }
    const QString lemma = obligationAtCursor();
    if (lemma.isEmpty()) {
        statusBar()->showMessage(tr("The cursor is not inside a lemma."), 3000);
        return;
    }
    currentTab()->checkLemma(lemma);
}

void MainWindow::cancelChecking()
{
    currentTab()->cancelChecking();
    statusBar()->showMessage(tr("Checking cancelled."), 3000);
}

void MainWindow::rerunSelected(const QString &solver, int timeoutMs)
{
    const QString id = selectedObligationId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select a step in the Obligations panel first."), 3000);
        return;
    }
    CheckSession *session = currentTab()->session();
    if (!session)
        return;
    // A DIMACS document goes to a SAT solver, everything else to the SMT strategies; a
    // document is checked again whole (documentOptionsFor makes the choice its only one).
    const bool satSolver = solver == QLatin1String("kissat") || solver == QLatin1String("cadical");
    if (!solver.isEmpty() && satSolver != (session->kind() == DocumentKind::Cnf)) {
        statusBar()->showMessage(satSolver ? tr("%1 is a SAT solver: it checks DIMACS (.cnf) documents.").arg(solver)
                                           : tr("A DIMACS document is checked by a SAT solver: kissat or cadical."),
                                 4000);
        return;
    }
    engine::EngineOptions options = session->options();
    if (!solver.isEmpty())
        options.onlySolver = solver;
    if (solver == QLatin1String("z3")) {
        for (const auto &s : engine::detectExternalSolvers())
            if (s.id == solver)
                options.externals << s;
    }
    if (timeoutMs > 0)
        options.limits.timeoutMs = timeoutMs;
    session->rerun(id, options);
}

void MainWindow::showSmtLib()
{
    const QString id = selectedObligationId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select a step in the Obligations panel first."), 3000);
        return;
    }
    openObligationAsSmtLib(id);
}

DocumentTab *MainWindow::openObligationAsSmtLib(const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    DocumentTab *source = currentTab();
    const CheckSession *session = source->session();
    const lang::Module *module = session ? session->module() : nullptr;
    const lang::Obligation *obligation = nullptr;
    if (module) {
        const auto it = std::ranges::find(module->obligations, id.toStdString(), &lang::Obligation::id);
        obligation = it != module->obligations.end() ? &*it : nullptr;
    }
    QString title = id + QStringLiteral(".smt2");
    QString text = obligation ? QString::fromStdString(obligation->smt) : QString();
    if (session && session->kind() == DocumentKind::Cnf) {
        statusBar()->showMessage(tr("A DIMACS formula is checked as it is: there is no SMT-LIB text apart from the file."), 5000);
        return nullptr;
    }
    if (session && session->kind() == DocumentKind::Smt2 && obligation) {
        // A document's check has no obligation text: what it asks is the script up to its
        // (check-sat), found again in the text the checks were found in.
        const int line = int(obligation->range.begin.line);
        title = QStringLiteral("%1@%2.smt2").arg(QFileInfo(source->title()).completeBaseName()).arg(line);
        text = smt2CheckScript(source->analyzer()->lastResult().text, line);
        if (text.isEmpty()) {
            statusBar()->showMessage(tr("%1 is not a (check-sat) of the script: there is no SMT-LIB text of its own to show.").arg(id), 5000);
            return nullptr;
        }
    }
    if (obligation && text.isEmpty()) {
        statusBar()->showMessage(tr("%1 has no SMT-LIB text: see the Problems panel.").arg(id), 5000);
        return nullptr;
    }
    // Open already: that tab, with the text of the current analysis if there is one. A tab
    // is known by the document it came from and its title, not by the title alone: two open
    // files of the same name each get their own (the title says the name, the key the file).
    // Asked from such a tab itself (it has no checks of its own): that tab.
    const QString shownOrigin = source->property(SmtLibOriginProperty).toString();
    const QString origin = !shownOrigin.isEmpty() && source->title() == title
                               ? shownOrigin
                               : (source->file().isEmpty() ? QString::number(quintptr(source), 16) : source->file())
                                     + QLatin1Char('\n') + title;
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentTab *t = tab(i);
        if (t->isReadOnly() && t->property(SmtLibOriginProperty).toString() == origin) {
            if (!text.isEmpty())
                t->showText(text);
            m_tabs->setCurrentWidget(t);
            return t;
        }
    }
    if (text.isEmpty())
        return nullptr;
    auto *shown = new DocumentTab(m_repository.get(), title, text, m_tabs);
    shown->setProperty(SmtLibOriginProperty, origin);
    return addTab(shown);
}

// ---- files

std::expected<void, QString> MainWindow::saveTo(const QString &path)
{
    // The document saved: the current tab's. The write runs off the GUI thread on a copy of
    // the text (filesave.h), atomic; a failure leaves the old file, the buffer and its
    // modified state as they were. The GUI keeps running meanwhile, so the tab may close.
    QPointer<DocumentTab> tab = currentTab();
    const QString text = tab->text(); // the whole text, also while it is still loading
    tab->setSavingSelf(true);
    const auto written = writeFileKeepingGuiAlive(path, text.toUtf8());
    if (!tab)
        return written;
    if (!written) {
        tab->setSavingSelf(false);
        return written;
    }
    tab->discardRecovery();
    if (path != tab->file()) {
        if (!tab->file().isEmpty() && !tab->file().startsWith(QLatin1Char(':')))
            m_watcher->removePath(tab->file());
        tab->setFile(path);
        addRecent(path);
    }
    // The rename replaced the inode: watch the new one.
    m_watcher->removePath(path);
    m_watcher->addPath(path);
    tab->setModified(tab->text() != text); // edits made while it was written stay unsaved
    updateTitles();
    QTimer::singleShot(0, tab, [t = tab.data()] { t->setSavingSelf(false); });
    return {};
}

bool MainWindow::save()
{
    return saveTab(currentTab());
}

bool MainWindow::saveTab(DocumentTab *tab)
{
    if (tab->isReadOnly())
        return true; // generated text: nothing of the user's to lose
    const QString path = tab->file();
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return saveTabAs(tab);
    m_tabs->setCurrentWidget(tab); // saveTo() saves the current tab
    if (auto saved = saveTo(path); !saved) {
        QMessageBox::warning(this, tr("Save"), saved.error());
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    return saveTabAs(currentTab());
}

bool MainWindow::saveTabAs(DocumentTab *tab)
{
    if (tab->isReadOnly())
        return true;
    const QString current = tab->file();
    const QString suggested = current.isEmpty() || current.startsWith(QLatin1Char(':'))
                                  ? QDir::home().filePath(current.isEmpty() ? tr("untitled.pds") : QFileInfo(current).fileName())
                                  : current;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Sketch As"), suggested,
                                                      tr("ProofDesk sketches (*.pds);;All files (*)"));
    if (path.isEmpty())
        return false;
    m_tabs->setCurrentWidget(tab);
    if (auto saved = saveTo(path); !saved) {
        QMessageBox::warning(this, tr("Save"), saved.error());
        return false;
    }
    return true;
}

bool MainWindow::maybeSave(DocumentTab *tab)
{
    if (!tab || tab->isReadOnly() || !tab->isModified())
        return true;
    QMessageBox::StandardButton answer;
    if (m_saveQuestion) {
        answer = m_saveQuestion(tab);
    } else {
        m_tabs->setCurrentWidget(tab); // the user sees what the question is about
        answer = QMessageBox::warning(this, tr("ProofDesk"), tr("%1 has unsaved changes. Save them?").arg(tab->title()),
                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    }
    if (answer == QMessageBox::Save)
        return saveTab(tab);
    return answer == QMessageBox::Discard;
}

void MainWindow::newFile()
{
    DocumentTab *tab = currentTab() && currentTab()->isPristine() ? currentTab() : newSketchTab();
    tab->load({}, {});
    m_tabs->setCurrentWidget(tab);
    m_central->setCurrentWidget(m_tabs);
    updateTitles();
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    DocumentTab *tab = nullptr;
    for (int i = 0; i < m_tabs->count() && !tab; ++i) {
        if (this->tab(i)->file() == path)
            tab = this->tab(i);
    }
    if (!tab || tab->savingSelf())
        return;
    // Some editors save by rename: keep watching the path.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    DiskCheck &check = m_diskChecks[path];
    // The question already open covers this change: its Yes reads the file as it is then.
    if (check.asking) {
        check.changedAgain = true;
        return;
    }
    // The file is read and compared on a pool thread (it may be large, or a pipe, or on a
    // slow disk). Only the newest read of a path answers: one started before the file
    // changed again is dropped, as is one whose tab was closed meanwhile.
    const quint64 serial = ++m_diskReads;
    check.serial = serial;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this,
            [this, watcher, path, serial, guard = QPointer<DocumentTab>(tab)] {
                watcher->deleteLater();
                const auto it = m_diskChecks.constFind(path);
                if (it == m_diskChecks.cend() || it->serial != serial)
                    return;
                m_diskChecks.erase(it);
                if (guard && guard->file() == path && !guard->savingSelf() && watcher->result())
                    askReload(guard, path);
            });
    watcher->setFuture(QtConcurrent::run(differsFromDisk, path, tab->text()));
}

void MainWindow::askReload(DocumentTab *tab, const QString &path)
{
    const QString question = tab->isModified()
                                 ? tr("%1 changed on disk, and you have unsaved changes. Reload it and lose them?")
                                 : tr("%1 changed on disk. Reload it?");
    QPointer<DocumentTab> guard(tab);
    m_diskChecks[path].asking = true;
    const auto answer = QMessageBox::question(this, tr("File Changed"), question.arg(QDir::toNativeSeparators(path)));
    const bool changedAgain = m_diskChecks.value(path).changedAgain;
    m_diskChecks.remove(path);
    if (!guard)
        return;
    if (answer != QMessageBox::Yes) {
        // Declined, but the file changed again while the question was open: ask about that.
        if (changedAgain)
            fileChangedOnDisk(path);
        return;
    }
    // The text as it is now, not as it was when the question was asked; read off the GUI
    // thread as an opened file is.
    const auto read = readFileKeepingGuiAlive(path);
    if (!guard)
        return;
    if (!read) {
        QMessageBox::warning(this, tr("Open Sketch"), read.error());
        return;
    }
    tab->load(path, QString::fromUtf8(*read));
    updateTitles();
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
    return currentTab()->recoveryPath();
}

void MainWindow::autosave()
{
    currentTab()->autosave();
}

bool MainWindow::recover(bool ask)
{
    DocumentTab *tab = currentTab();
    QFile file(tab->recoveryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
    if (ask && QMessageBox::question(this, tr("Recover Unsaved Changes"),
                                     tr("ProofDesk did not close normally. Restore the unsaved text of %1?")
                                         .arg(tab->file().isEmpty() ? tr("untitled") : QDir::toNativeSeparators(tab->file())))
                   != QMessageBox::Yes) {
        file.remove();
        return false;
    }
    // An edit like any other: undo takes it back to the file's text (once it is all in).
    tab->replaceText(text);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every document with unsaved changes is asked about; one Cancel keeps the window open.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!maybeSave(tab(i))) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/state"), saveState());
    // The session: every document that has a file, its cursor, and which tab was current.
    settings.remove(QStringLiteral("session"));
    settings.beginWriteArray(QStringLiteral("session/documents"));
    int saved = 0;
    int current = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentTab *t = tab(i);
        if (!t->isReadOnly())
            t->discardRecovery();
        if (t->isReadOnly() || t->file().isEmpty())
            continue;
        if (t == currentTab())
            current = saved;
        settings.setArrayIndex(saved++);
        settings.setValue(QStringLiteral("file"), t->file());
        settings.setValue(QStringLiteral("line"), t->cursorLine());
        settings.setValue(QStringLiteral("column"), t->cursorColumn());
    }
    settings.endArray();
    settings.setValue(QStringLiteral("session/current"), current);
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
        QStringList found;
        for (const auto &s : std::as_const(m_detected))
            found << s.version + QStringLiteral(" (") + s.program + QLatin1Char(')');
        log::get("ui")->info("external solvers on PATH: {}",
                             found.isEmpty() ? std::string("none") : found.join(QStringLiteral(", ")).toStdString());
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
    const engine::EngineOptions &old = m_engineOptions;
    const bool same = old.limits.timeoutMs == options.limits.timeoutMs &&
                      old.limits.memoryBytes == options.limits.memoryBytes &&
                      old.limits.maxOutputBytes == options.limits.maxOutputBytes && old.jobs == options.jobs &&
                      old.crossCheck == options.crossCheck && old.useCache == options.useCache &&
                      old.onlySolver == options.onlySolver && m_engineExternals == externalIds(options);
    if (same)
        return;
    m_engineExternals = externalIds(options);
    log::get("ui")->info("engine options changed: time limit {} ms, {} external solvers, cross-check {}",
                         options.limits.timeoutMs, options.externals.size(), options.crossCheck);
    m_engineOptions = options;
    // Every tab's engine anew; each document is checked again with the new options.
    for (int i = 0; i < m_tabs->count(); ++i)
        tab(i)->setEngineOptions(m_engineOptions);
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
    for (int i = 0; i < m_tabs->count(); ++i) {
        tab(i)->editor()->setFont(settings.editorFont());
        if (settings.allowOutsideImports != old.allowOutsideImports)
            tab(i)->setAllowOutsideImports(settings.allowOutsideImports);
    }
    if (GraphWindow *graphs = existingStructureGraphWindow(this))
        graphs->setMaxNodesWithoutLod(settings.maxGraphNodesWithoutLod);
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
        else if (name == QLatin1String("logDock"))
            dock->setWindowTitle(tr("Log"));
    }
    m_counterexample->setHeaderLabels({tr("Name"), tr("Sort"), tr("Value")});
    m_statusFilter->setItemText(0, tr("All steps"));
    for (std::size_t i = 0; i < filterStates.size(); ++i)
        m_statusFilter->setItemText(int(i) + 1, markLabel(filterStates[i]));
    m_logPanel->retranslate();
    updateTitles();
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
    const auto &module = currentTab()->analyzer()->lastResult().module;
    if (index.model() == currentTab()->diagnosticsModel() && module && file.isValid() &&
        file.toString() != QString::fromStdString(module->file))
        return;
    jumpTo(line.toInt(), column.isValid() ? column.toInt() : 1);
}

void MainWindow::jumpTo(int line, int column)
{
    currentTab()->editor()->goTo(line, column);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ProofDesk"),
                       tr("<h3>ProofDesk %1</h3><p>Sketch lemmas; every claimed step becomes a "
                          "proof obligation for an SMT solver.</p><p>GPL-3.0-or-later</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace proofdesk::ui
