// SPDX-License-Identifier: GPL-3.0-or-later
// Several documents in one window, offscreen, with the real engine and cvc5: tabs keep
// their own verdicts and the docks follow the current one; closing asks about unsaved
// changes (answered here, not by a modal box) and ends the tab's worker processes; drops
// open files; the session reopens every file at its cursor; the Log panel's model; the
// read-only SMT-LIB tab; undo/redo and the filter combo follow the tab and the language.
#include "testutil.h"
#include "uitestutil.h"

#include "log/log.h"
#include "ui/appsettings.h"
#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documentanalyzer.h"
#include "ui/documenttab.h"
#include "ui/logmodel.h"
#include "ui/mainwindow.h"
#include "ui/markstate.h"
#include "ui/obligationsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>
#include <thread>

using namespace proofdesk;
using proofdesk::ui::DocumentTab;
using proofdesk::ui::MainWindow;
using proofdesk::ui::MarkState;

namespace {

constexpr int CheckTimeoutMs = 120'000;

using proofdesk::test::example;
using proofdesk::test::lineOf;
using proofdesk::test::readAll;


// proofdesk-worker processes whose parent is this test: the workers of our engines only,
// not those of other programs running at the same time.
QStringList ourWorkers()
{
    return proofdesk::test::ourProcessesMatching(QStringLiteral("proofdesk-worker"));
}

QAction *menuAction(QMainWindow *window, const QString &menu, const QString &action)
{
    for (QAction *m : window->menuBar()->actions()) {
        if (!m->menu() || m->text().remove(QLatin1Char('&')) != menu)
            continue;
        for (QAction *a : m->menu()->actions()) {
            if (a->text().remove(QLatin1Char('&')) == action)
                return a;
        }
    }
    return nullptr;
}

} // namespace

class tst_Tabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoDocumentsKeepSeparateVerdicts();
    void openingAnOpenFileSwitchesToItsTab();
    void closingAModifiedTabAsks();
    void closingTabsEndsTheirWorkers();
    void closingTheWindowAsksPerDocument();
    void droppedFilesOpenInTabs();
    void sessionRestoresEveryFileAndCursor();
    void logReceivesCheckEvents();
    void logForwardsOtherThreadsAndStaysCapped();
    void smtLibTabIsReadOnly();
    void undoFollowsTheCurrentTab();
    void statusFilterFollowsTheLanguage();

private:
    QString copy(const char *name);
    void waitUntilChecked(DocumentTab *tab);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Tabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ProofDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_tabs"));
}

void tst_Tabs::init()
{
    proofdesk::test::useRealSolving();
    QSettings().setValue(QStringLiteral("general/configured"), true); // no welcome page
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
}

void tst_Tabs::cleanup()
{
    if (m_window) {
        for (int i = 0; i < m_window->tabCount(); ++i)
            QFile::remove(m_window->tab(i)->recoveryPath());
    }
    m_window.reset();
}

QString tst_Tabs::copy(const char *name)
{
    const QString path = m_dir->filePath(QLatin1String(name));
    if (!QFile::exists(path))
        QFile::copy(example(name), path);
    return path;
}

void tst_Tabs::waitUntilChecked(DocumentTab *tab)
{
    QVERIFY(tab && tab->session());
    QVERIFY(proofdesk::test::waitUntilChecked(tab->session(), tab->editor(), CheckTimeoutMs));
}

void tst_Tabs::twoDocumentsKeepSeparateVerdicts()
{
    const QString agents = copy("agents.pds");
    const QString lists = copy("lists.pds");
    QVERIFY(m_window->openFile(agents));
    // The untitled tab of a fresh window is taken over by the first file.
    QCOMPARE(m_window->tabCount(), 1);
    QVERIFY(m_window->openFile(lists));
    QCOMPARE(m_window->tabCount(), 2);
    DocumentTab *first = m_window->tab(0);
    DocumentTab *second = m_window->tab(1);
    QCOMPARE(first->file(), agents);
    QCOMPARE(second->file(), lists);
    QCOMPARE(m_window->currentTab(), second);
    waitUntilChecked(first);
    waitUntilChecked(second);

    // Each tab has its own session and its own verdicts.
    QVERIFY(first->session() != second->session());
    const QString agentsText = first->editor()->toPlainText();
    const int failedLine = lineOf(agentsText, QStringLiteral("show err(n) >= err(0)"));
    QVERIFY(failedLine > 0);
    QCOMPARE(first->editor()->shownState(failedLine), std::optional(MarkState::Failed));
    QVERIFY(first->session()->counts().failed >= 1);
    QCOMPARE(first->obligationsModel()->obligationCount(), int(first->session()->module()->obligations.size()));
    QCOMPARE(second->obligationsModel()->obligationCount(), int(second->session()->module()->obligations.size()));
    QVERIFY(first->obligationsModel()->obligationCount() != second->obligationsModel()->obligationCount());
    // Each session checked its own document, every step of it.
    for (DocumentTab *t : {first, second}) {
        const lang::Module *module = t->session()->module();
        QCOMPARE(QString::fromStdString(module->file), t->file());
        for (const auto &o : module->obligations) {
            const MarkState state = t->session()->state(QString::fromStdString(o.id));
            QVERIFY2(state != MarkState::Pending && state != MarkState::Running && state != MarkState::Stale,
                     qPrintable(t->file() + QLatin1Char(' ') + QString::fromStdString(o.id)));
        }
    }

    const auto docksShow = [this](DocumentTab *tab) {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->obligationsView()->model());
        return m_window->problemsView()->model() == tab->diagnosticsModel() && proxy &&
               proxy->sourceModel() == tab->obligationsModel() && m_window->session() == tab->session() &&
               m_window->editor() == tab->editor();
    };
    QVERIFY(docksShow(second));
    m_window->setCurrentTab(0);
    QVERIFY(docksShow(first));
    QCOMPARE(m_window->currentFile(), agents);
    // The status bar counts the current tab's verdicts.
    QVERIFY2(m_window->statusText().contains(QStringLiteral("%1 failed").arg(first->session()->counts().failed)),
             qPrintable(m_window->statusText()));
    // F8 works in the current tab and the Counterexample panel shows its model.
    m_window->jumpTo(1, 1);
    QVERIFY(m_window->nextFailed());
    QCOMPARE(first->cursorLine(), failedLine);
    QTRY_VERIFY(m_window->counterexampleView()->topLevelItemCount() >= 1);
    m_window->setCurrentTab(1);
    QVERIFY(docksShow(second));
    QCOMPARE(m_window->currentFile(), lists);
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("lists.pds")));
    QCOMPARE(m_window->counterexampleView()->topLevelItemCount(), 0);

    // An edit in one tab re-analyses that tab only.
    const quint64 firstRevision = first->analyzer()->revision();
    QTextCursor cursor(second->editor()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\n-- an edit\n"));
    QVERIFY(second->isModified());
    QVERIFY(!first->isModified());
    QCOMPARE(first->analyzer()->revision(), firstRevision);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->tabText(1).endsWith(QLatin1String(" *")));
    QVERIFY(!m_window->tabText(0).contains(QLatin1Char('*')));
    QCOMPARE(m_window->tabToolTip(1), QDir::toNativeSeparators(lists));
    m_window->setCurrentTab(0);
    QVERIFY(!m_window->isWindowModified());
}

void tst_Tabs::openingAnOpenFileSwitchesToItsTab()
{
    const QString a = copy("basics.pds");
    const QString b = copy("lists.pds");
    QVERIFY(m_window->openFile(a));
    QVERIFY(m_window->openFile(b));
    QCOMPARE(m_window->tabCount(), 2);
    // The same file by another spelling of its path.
    QVERIFY(m_window->openFile(m_dir->path() + QStringLiteral("/./basics.pds")));
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTab(), m_window->tab(0));
    QCOMPARE(m_window->currentFile(), a);
    // A file that cannot be read leaves the tabs as they were.
    QVERIFY(!m_window->openFile(m_dir->filePath(QStringLiteral("missing.pds"))));
    QCOMPARE(m_window->tabCount(), 2);
}

void tst_Tabs::closingAModifiedTabAsks()
{
    const QString a = copy("basics.pds");
    const QString b = copy("lists.pds");
    QVERIFY(m_window->openFile(a));
    QVERIFY(m_window->openFile(b));
    DocumentTab *edited = m_window->tab(1);
    edited->editor()->moveCursor(QTextCursor::End);
    edited->editor()->insertPlainText(QStringLiteral("\n-- unsaved\n"));
    QVERIFY(edited->isModified());
    edited->autosave();
    QTRY_VERIFY(!edited->autosaving());
    QVERIFY(QFile::exists(edited->recoveryPath()));

    QList<DocumentTab *> asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    m_window->setSaveQuestion([&](DocumentTab *tab) {
        asked << tab;
        return answer;
    });
    // Cancel keeps the tab and its text.
    QVERIFY(!m_window->closeTab(1));
    QCOMPARE(asked, QList<DocumentTab *>{edited});
    QCOMPARE(m_window->tabCount(), 2);
    QVERIFY(edited->editor()->toPlainText().endsWith(QLatin1String("-- unsaved\n")));
    // An unmodified tab closes without a question.
    QVERIFY(m_window->closeTab(0));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(m_window->tabCount(), 1);
    // Save writes the file and closes.
    answer = QMessageBox::Save;
    const QString recovery = edited->recoveryPath();
    QVERIFY(m_window->closeTab(0));
    QCOMPARE(asked.size(), 2);
    QVERIFY(QString::fromUtf8(readAll(b)).endsWith(QLatin1String("-- unsaved\n")));
    QVERIFY(!QFile::exists(recovery));
    // The window keeps one (untitled) tab.
    QCOMPARE(m_window->tabCount(), 1);
    QVERIFY(m_window->currentFile().isEmpty());

    // Discard closes and forgets the text.
    QVERIFY(m_window->openFile(a));
    m_window->editor()->insertPlainText(QStringLiteral("-- thrown away\n"));
    answer = QMessageBox::Discard;
    QVERIFY(m_window->closeTab(0));
    QCOMPARE(asked.size(), 3);
    QVERIFY(!QString::fromUtf8(readAll(a)).contains(QLatin1String("thrown away")));
}

void tst_Tabs::closingTabsEndsTheirWorkers()
{
    QVERIFY(m_window->openFile(copy("basics.pds")));
    QVERIFY(m_window->openFile(copy("lists.pds")));
    waitUntilChecked(m_window->tab(0));
    waitUntilChecked(m_window->tab(1));
    const QStringList workers = ourWorkers();
    qInfo("worker processes of two tabs: %lld", qint64(workers.size()));
    QVERIFY2(!workers.isEmpty(), "the engines ran no worker process");
    // As a person closes them: in a shown window, from an editor that has the focus.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_window->editor()->setFocus();
    QTest::keyClick(m_window->editor(), Qt::Key_End);
    QVERIFY(m_window->closeTab(1));
    m_window->editor()->setFocus();
    QVERIFY(m_window->closeTab(0));
    // What replaces the last tab is untitled and empty: it has checked nothing, so no
    // worker may be left at all.
    QCOMPARE(m_window->tabCount(), 1);
    QTRY_VERIFY2_WITH_TIMEOUT(ourWorkers().isEmpty(), qPrintable(ourWorkers().join(QLatin1Char('\n'))), 10'000);
}

void tst_Tabs::closingTheWindowAsksPerDocument()
{
    QVERIFY(m_window->openFile(copy("basics.pds")));
    QVERIFY(m_window->openFile(copy("lists.pds")));
    QVERIFY(m_window->openFile(copy("policy.pds")));
    for (int i : {0, 2}) {
        m_window->tab(i)->editor()->moveCursor(QTextCursor::End);
        m_window->tab(i)->editor()->insertPlainText(QStringLiteral("\n-- edited\n"));
    }
    QList<DocumentTab *> asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    m_window->setSaveQuestion([&](DocumentTab *tab) {
        asked << tab;
        return answer;
    });
    m_window->show();
    // The first Cancel keeps the window open.
    QVERIFY(!m_window->close());
    QCOMPARE(asked, QList<DocumentTab *>{m_window->tab(0)});
    asked.clear();
    answer = QMessageBox::Discard;
    QVERIFY(m_window->close());
    // Only the two modified documents were asked about, each once.
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0)->file(), m_dir->filePath(QStringLiteral("basics.pds")));
    QCOMPARE(asked.at(1)->file(), m_dir->filePath(QStringLiteral("policy.pds")));
}

void tst_Tabs::droppedFilesOpenInTabs()
{
    const QString a = copy("basics.pds");
    const QString b = copy("lists.pds");
    const QString notes = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a sketch\n");
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(notes), QUrl::fromLocalFile(b)});
    const QPointF centre = QPointF(m_window->width() / 2.0, 10);
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->tab(0)->file(), a);
    QCOMPARE(m_window->tab(1)->file(), b);
    // The other file is named in the status bar and in the Log panel.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("notes.txt")),
             qPrintable(m_window->statusBar()->currentMessage()));
    m_window->logModel()->flush();
    bool logged = false;
    for (int row = 0; row < m_window->logModel()->rowCount(); ++row) {
        const auto &e = m_window->logModel()->entry(row);
        logged = logged || (e.level == ui::LogLevel::Warning && e.message.contains(QLatin1String("notes.txt")));
    }
    QVERIFY(logged);

    // Dropped on an editor: opened as well, not pasted into the text.
    const QString c = copy("policy.pds");
    QMimeData more;
    more.setUrls({QUrl::fromLocalFile(c)});
    const QString before = m_window->editor()->toPlainText();
    QWidget *viewport = m_window->editor()->viewport();
    QDragEnterEvent enterEditor(QPoint(20, 20), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enterEditor);
    QDropEvent dropEditor(QPointF(20, 20), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEditor);
    QCOMPARE(m_window->tabCount(), 3);
    QCOMPARE(m_window->currentFile(), c);
    QCOMPARE(m_window->tab(1)->editor()->toPlainText(), before);
}

void tst_Tabs::sessionRestoresEveryFileAndCursor()
{
    const QString a = copy("agents.pds");
    const QString b = copy("lists.pds");
    QVERIFY(m_window->openFile(a));
    m_window->jumpTo(7, 3);
    QVERIFY(m_window->openFile(b));
    m_window->jumpTo(4, 2);
    // A read-only tab is not part of the session.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->module(), CheckTimeoutMs);
    QVERIFY(m_window->openObligationAsSmtLib(
        QString::fromStdString(m_window->session()->module()->obligations.front().id)));
    QCOMPARE(m_window->tabCount(), 3);
    m_window->setCurrentTab(0);
    QVERIFY(m_window->close());

    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->restoreSession());
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->tab(0)->file(), a);
    QCOMPARE(m_window->tab(1)->file(), b);
    QCOMPARE(m_window->currentTab(), m_window->tab(0));
    QCOMPARE(m_window->tab(0)->cursorLine(), 7);
    QCOMPARE(m_window->tab(0)->cursorColumn(), 3);
    QCOMPARE(m_window->tab(1)->cursorLine(), 4);
    QCOMPARE(m_window->tab(1)->cursorColumn(), 2);

    // A file gone since is skipped; the others still open.
    m_window->setCurrentTab(1);
    QVERIFY(m_window->close());
    QVERIFY(QFile::remove(a));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->restoreSession());
    QCOMPARE(m_window->tabCount(), 1);
    QCOMPARE(m_window->currentFile(), b);
}

void tst_Tabs::logReceivesCheckEvents()
{
    QAbstractItemModelTester tester(m_window->logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_window->openFile(copy("basics.pds")));
    waitUntilChecked(m_window->currentTab());
    ui::LogModel *log = m_window->logModel();
    QTRY_VERIFY(log->rowCount() > 0);
    log->flush();
    int finished = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        const auto &e = log->entry(row);
        QVERIFY(e.time.isValid());
        if (e.source == QLatin1String("check") && e.message.contains(QLatin1String("proved by cvc5")))
            ++finished;
    }
    // basics.pds has proved steps; each finished one is logged with strategy and time.
    QVERIFY2(finished >= 3, qPrintable(log->toText()));
    const QModelIndex message = log->index(log->rowCount() - 1, ui::LogModel::MessageColumn);
    QVERIFY(!message.data().toString().isEmpty());
    QVERIFY(!log->index(0, ui::LogModel::TimeColumn).data().toString().isEmpty());
    // Copy puts the lines on the clipboard as text; Clear empties the panel.
    QVERIFY(log->toText().contains(QLatin1String("proved by cvc5")));
    log->clear();
    QCOMPARE(log->rowCount(), 0);
}

void tst_Tabs::logForwardsOtherThreadsAndStaysCapped()
{
    ui::LogModel *log = m_window->logModel();
    QAbstractItemModelTester tester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Solver detection logs what it found when it ends: not among the lines counted here.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->solversDetected(), 30'000);
    QTest::qWait(ui::LogModel::BatchMs * 2);
    log->clear();
    log->setCapacity(5);
    // spdlog messages from another thread arrive queued on the GUI thread.
    std::thread other([] {
        for (int i = 0; i < 8; ++i)
            log::get("engine")->warn("tabs test message {}", i);
    });
    other.join();
    QTRY_VERIFY(log->rowCount() == 5);
    log->flush();
    QCOMPARE(log->rowCount(), 5);
    // The oldest went first.
    QCOMPARE(log->entry(0).message, QStringLiteral("tabs test message 3"));
    QCOMPARE(log->entry(4).message, QStringLiteral("tabs test message 7"));
    QCOMPARE(log->entry(4).source, QStringLiteral("engine"));
    QCOMPARE(log->entry(4).level, ui::LogLevel::Warning);
    QCOMPARE(log->toText({4}).count(QLatin1Char('\n')), 0);
    QVERIFY(log->toText({4}).endsWith(QLatin1String("\twarning\tengine\ttabs test message 7")));
}

void tst_Tabs::smtLibTabIsReadOnly()
{
    QVERIFY(m_window->openFile(copy("basics.pds")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->module(), CheckTimeoutMs);
    DocumentTab *sketch = m_window->currentTab();
    const auto &obligation = m_window->session()->module()->obligations.front();
    const QString id = QString::fromStdString(obligation.id);
    DocumentTab *smt = m_window->openObligationAsSmtLib(id);
    QVERIFY(smt);
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTab(), smt);
    QCOMPARE(smt->title(), id + QStringLiteral(".smt2"));
    QCOMPARE(m_window->tabText(1), id + QStringLiteral(".smt2"));
    QVERIFY(smt->isReadOnly());
    QVERIFY(smt->editor()->isReadOnly());
    QCOMPARE(smt->editor()->definitionName(), QStringLiteral("SMT-LIB"));
    QCOMPARE(smt->editor()->toPlainText(), QString::fromStdString(obligation.smt));
    QVERIFY(smt->editor()->toPlainText().contains(QLatin1String("(check-sat)")));
    // Not checked: no session; not editable.
    QVERIFY(!smt->session());
    QVERIFY(!m_window->session());
    smt->editor()->setFocus();
    QTest::keyClicks(smt->editor(), QStringLiteral("typed"));
    QCOMPARE(smt->editor()->toPlainText(), QString::fromStdString(obligation.smt));
    QVERIFY(!smt->isModified());
    // Opening it again reuses the tab.
    QCOMPARE(m_window->openObligationAsSmtLib(id), smt);
    QCOMPARE(m_window->tabCount(), 2);
    // Not saved: closing neither asks nor writes anything.
    int asked = 0;
    m_window->setSaveQuestion([&](DocumentTab *) {
        ++asked;
        return QMessageBox::Save;
    });
    QVERIFY(m_window->closeTab(1));
    QCOMPARE(asked, 0);
    QCOMPARE(m_window->currentTab(), sketch);
}

void tst_Tabs::undoFollowsTheCurrentTab()
{
    QVERIFY(m_window->openFile(copy("basics.pds")));
    QVERIFY(m_window->openFile(copy("lists.pds")));
    QAction *undo = menuAction(m_window.get(), QStringLiteral("Edit"), QStringLiteral("Undo"));
    QAction *redo = menuAction(m_window.get(), QStringLiteral("Edit"), QStringLiteral("Redo"));
    QVERIFY(undo && redo);
    const QString original = m_window->editor()->toPlainText();
    QVERIFY(!undo->isEnabled());
    m_window->editor()->moveCursor(QTextCursor::End);
    m_window->editor()->insertPlainText(QStringLiteral("-- typed\n"));
    QVERIFY(undo->isEnabled());
    m_window->setCurrentTab(0); // nothing typed there
    QVERIFY(!undo->isEnabled());
    m_window->setCurrentTab(1);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(m_window->editor()->toPlainText(), original);
    QCOMPARE(m_window->tab(0)->editor()->toPlainText(), QString::fromUtf8(readAll(m_window->tab(0)->file())));
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(m_window->editor()->toPlainText().endsWith(QLatin1String("-- typed\n")));
}

void tst_Tabs::statusFilterFollowsTheLanguage()
{
    QComboBox *filter = nullptr;
    for (auto *box : m_window->findChildren<QComboBox *>()) {
        if (box->findData(ui::markKey(MarkState::Failed)) >= 0)
            filter = box;
    }
    QVERIFY(filter);
    const int failed = filter->findData(ui::markKey(MarkState::Failed));
    QCOMPARE(filter->itemText(failed), QStringLiteral("failed"));
    ui::AppSettings settings = m_window->settings();
    settings.language = QStringLiteral("de");
    m_window->applySettings(settings);
    QCOMPARE(filter->itemText(failed), QStringLiteral("fehlgeschlagen"));
    QCOMPARE(filter->itemText(failed), ui::markLabel(MarkState::Failed));
    auto *logDock = m_window->findChild<QDockWidget *>(QStringLiteral("logDock"));
    QVERIFY(logDock);
    QCOMPARE(logDock->windowTitle(), QStringLiteral("Protokoll"));
    QCOMPARE(m_window->logModel()->headerData(ui::LogModel::TimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Zeit"));
    settings.language = QStringLiteral("en");
    m_window->applySettings(settings);
    QCOMPARE(filter->itemText(failed), QStringLiteral("failed"));
}

QTEST_MAIN(tst_Tabs)
#include "tst_tabs.moc"
