// SPDX-License-Identifier: GPL-3.0-or-later
// SMT-LIB and DIMACS documents in tabs, offscreen, with the real worker (cvc5), kissat and
// drat-trim: their checks, not a sketch analysis, fill the Obligations panel, the gutter,
// Problems and the counts, and follow edits. Also: tabs of files with the same name get
// distinct titles, and the Log panel's level filter.
#include "testutil.h"
#include "uitestutil.h"

#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documentchecker.h"
#include "ui/documenttab.h"
#include "ui/logmodel.h"
#include "ui/logpanel.h"
#include "ui/mainwindow.h"
#include "ui/markstate.h"
#include "ui/obligationsmodel.h"
#include "ui/tabtitles.h"

#include "engine/cache.h"
#include "engine/documents.h"
#include "engine/workerprocess.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>

#include <memory>
#include <tuple>

using namespace proofdesk;
using proofdesk::ui::DocumentTab;
using proofdesk::ui::MainWindow;
using proofdesk::ui::MarkState;

namespace {

constexpr int CheckTimeoutMs = 120'000;

// Two checks with the :status each should have (check-sat on lines 5 and 8).
const char *const SatThenUnsat = "(set-logic QF_LIA)\n"
                                 "(set-info :status sat)\n"
                                 "(declare-const x Int)\n"
                                 "(assert (> x 2))\n"
                                 "(check-sat)\n"
                                 "(set-info :status unsat)\n"
                                 "(assert (< x 1))\n"
                                 "(check-sat)\n";

// The rows of the Obligations model under its single group, by id.
QStringList checkIds(const ui::ObligationsModel *model)
{
    QStringList ids;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r)
            ids << model->index(r, 0, group).data(ui::ObligationsModel::IdRole).toString();
    }
    return ids;
}

QModelIndex rowOf(const ui::ObligationsModel *model, const QString &id, int column)
{
    return model->indexOfObligation(id).siblingAtColumn(column);
}

// A menu action of the window, by its (untranslated) text.
QAction *menuAction(MainWindow *window, const char *text)
{
    const QString wanted = MainWindow::tr(text);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == wanted)
            return action;
    }
    return nullptr;
}

// Selects a check in the Obligations panel, as a click on its row does.
bool selectCheck(MainWindow *window, const QString &id)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(window->obligationsView()->model());
    if (!proxy)
        return false;
    const QModelIndex shown = proxy->mapFromSource(window->currentTab()->obligationsModel()->indexOfObligation(id));
    if (!shown.isValid())
        return false;
    window->obligationsView()->setCurrentIndex(shown);
    return window->obligationsView()->currentIndex().data(ui::ObligationsModel::IdRole).toString() == id;
}

bool haveSatSolver()
{
    return !QStandardPaths::findExecutable(QStringLiteral("kissat")).isEmpty() ||
           !QStandardPaths::findExecutable(QStringLiteral("cadical")).isEmpty();
}

} // namespace

class tst_DocTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void smt2ChecksShowAsObligations();
    void reopenedDocumentIsAnsweredFromTheCache();
    void statusDisagreementIsAProblemAtItsLine();
    void cnfIsProvedWithDratTrimAndRecheckedFromTheBuffer();
    void closingATabStopsItsDocumentCheck();
    void sameNamedFilesGetDistinctTitles();
    void smt2CheckScriptEndsAtItsCommand();
    void smt2CheckOpensAsTheScriptUpToIt();
    void sameNamedScriptsKeepTheirOwnSmtLibTabs();
    void cnfHasNoSeparateSmtLibAndIsCheckedWhole();
    void checkAtCursorChecksTheWholeScript();
    void statusBarCountsUseNumerusForms();
    void windowTitleTellsSameNamedDocumentsApart();
    void distinctTitlesUseTheFewestFolders();
    void logFilterHidesLowerLevels();
    void autosaveWritesOffTheGuiThreadAndCloseLeavesNoRecovery();
    void rerunInAnSmt2TabUsesTheChosenStrategy();
    void rerunInACnfTabUsesTheChosenSatSolver();

private:
    QString write(const QString &name, const QByteArray &text);
    // Selects the check in the Obligations panel and triggers a Check menu re-run action:
    // "Re-run Selected Step With" `solver`, or with the longer limit when `solver` is empty.
    bool rerun(DocumentTab *tab, const QString &id, const QString &solver);
    DocumentTab *openChecked(const QString &path);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DocTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ProofDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_doctabs"));
}

void tst_DocTabs::init()
{
    proofdesk::test::useRealSolving();
    QSettings().setValue(QStringLiteral("general/configured"), true); // no welcome page
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
}

void tst_DocTabs::cleanup()
{
    if (m_window) {
        for (int i = 0; i < m_window->tabCount(); ++i)
            QFile::remove(m_window->tab(i)->recoveryPath());
    }
    m_window.reset();
}

QString tst_DocTabs::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

DocumentTab *tst_DocTabs::openChecked(const QString &path)
{
    if (!m_window->openFile(path))
        return nullptr;
    DocumentTab *tab = m_window->currentTab();
    if (!tab || tab->file() != path ||
        !proofdesk::test::waitUntilChecked(tab->session(), tab->editor(), CheckTimeoutMs))
        return nullptr;
    return tab;
}

void tst_DocTabs::smt2ChecksShowAsObligations()
{
    const QString path = write(QStringLiteral("two.smt2"), SatThenUnsat);
    QVERIFY(!path.isEmpty());
    DocumentTab *tab = openChecked(path);
    QVERIFY(tab);
    ui::ObligationsModel *obligations = tab->obligationsModel();
    QAbstractItemModelTester tester(obligations, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // One row per (check-sat), under the file's name; no sketch analysis ran.
    QCOMPARE(checkIds(obligations), (QStringList{QStringLiteral("check-sat@5"), QStringLiteral("check-sat@8")}));
    QCOMPARE(obligations->index(0, 0).data().toString(), QStringLiteral("two.smt2"));
    QCOMPARE(tab->diagnosticsModel()->rowCount(), 0);
    QVERIFY(tab->session()->module()->diagnostics.empty());

    for (const auto &[id, answer, line] : {std::tuple{QStringLiteral("check-sat@5"), QStringLiteral("sat"), 5},
                                           std::tuple{QStringLiteral("check-sat@8"), QStringLiteral("unsat"), 8}}) {
        QCOMPARE(tab->session()->state(id), MarkState::Proved);
        const engine::DocumentCheck *check = tab->session()->documentCheck(id);
        QVERIFY(check);
        QCOMPARE(check->answer, answer);
        QCOMPARE(check->expected, answer);
        QCOMPARE(rowOf(obligations, id, ui::ObligationsModel::StatusColumn).data().toString(),
                 ui::markLabel(MarkState::Proved));
        QCOMPARE(rowOf(obligations, id, ui::ObligationsModel::KindColumn).data().toString(),
                 ui::ObligationsModel::documentAnswer(*check));
        QVERIFY(rowOf(obligations, id, ui::ObligationsModel::KindColumn).data().toString().contains(answer));
        QVERIFY(!rowOf(obligations, id, ui::ObligationsModel::TimeColumn).data().toString().isEmpty());
        QCOMPARE(rowOf(obligations, id, ui::ObligationsModel::LineColumn).data().toInt(), line);
        // The gutter marks the (check-sat) line.
        QCOMPARE(tab->editor()->shownState(line), std::optional(MarkState::Proved));
    }
    QCOMPARE(obligations->headerData(ui::ObligationsModel::KindColumn, Qt::Horizontal).toString(),
             ui::ObligationsModel::tr("Answer"));
    const auto counts = tab->session()->counts();
    QCOMPARE(counts.proved, 2);
    QCOMPARE(counts.errors, 0);
}

void tst_DocTabs::reopenedDocumentIsAnsweredFromTheCache()
{
    // The result cache on: the default one, which in test mode is this test's own; emptied
    // so that an earlier run cannot answer first.
    m_window.reset();
    {
        auto cache = engine::ResultCache::open(engine::ResultCache::defaultPath());
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error()));
        (*cache)->clear();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("check/useCache"), true);
    settings.sync();
    const QString path = write(QStringLiteral("two.smt2"), SatThenUnsat);
    QVERIFY(!path.isEmpty());
    for (const bool again : {false, true}) {
        m_window = std::make_unique<MainWindow>();
        DocumentTab *tab = openChecked(path);
        QVERIFY(tab);
        for (const QString &id : {QStringLiteral("check-sat@5"), QStringLiteral("check-sat@8")}) {
            QCOMPARE(tab->session()->state(id), MarkState::Proved);
            const engine::DocumentCheck *check = tab->session()->documentCheck(id);
            QVERIFY(check);
            QCOMPARE(check->verdict.fromCache, again);
        }
        m_window.reset();
    }
}

void tst_DocTabs::statusDisagreementIsAProblemAtItsLine()
{
    const QString path = write(QStringLiteral("wrong.smt2"), SatThenUnsat);
    QVERIFY(!path.isEmpty());
    DocumentTab *tab = openChecked(path);
    QVERIFY(tab);
    QCOMPARE(tab->session()->state(QStringLiteral("check-sat@8")), MarkState::Proved);

    // An edit: the second check now claims sat; the debounced re-check disagrees.
    QTextCursor cursor(tab->editor()->document());
    cursor.movePosition(QTextCursor::Start);
    cursor = tab->editor()->document()->find(QStringLiteral(":status unsat"), cursor);
    QVERIFY(!cursor.isNull());
    cursor.insertText(QStringLiteral(":status sat"));
    QVERIFY(tab->isModified());
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(QStringLiteral("check-sat@8")), MarkState::Error, CheckTimeoutMs);
    QCOMPARE(tab->session()->state(QStringLiteral("check-sat@5")), MarkState::Proved);
    QCOMPARE(tab->session()->documentCheck(QStringLiteral("check-sat@8"))->answer, QStringLiteral("unsat"));
    QCOMPARE(tab->session()->counts().errors, 1);

    // Problems: one error, at the (check-sat) line, naming both words.
    ui::DiagnosticsModel *problems = tab->diagnosticsModel();
    QAbstractItemModelTester tester(problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(problems->rowCount(), 1, 10'000);
    const lang::Diagnostic *d = problems->diagnosticAt(problems->index(0, 0));
    QVERIFY(d);
    QCOMPARE(d->severity, lang::Severity::Error);
    QCOMPARE(int(d->range.begin.line), 8);
    QCOMPARE(int(d->range.begin.column), 1);
    const QString message = QString::fromStdString(d->message);
    QVERIFY2(message.contains(QStringLiteral("unsat")) && message.contains(QStringLiteral("sat")), qPrintable(message));
    QCOMPARE(tab->editor()->shownState(8), std::optional(MarkState::Error));

    // A parse error is a problem at its line and column, and the check after it never ran.
    tab->editor()->setPlainText(QStringLiteral("(set-logic QF_LIA)\n(declare-const x Int)\n(assert (> y 2))\n(check-sat)\n"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->documentCheck(QStringLiteral("parse@3")) != nullptr, CheckTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->session()->busy(), CheckTimeoutMs);
    QCOMPARE(tab->session()->state(QStringLiteral("parse@3")), MarkState::Error);
    QCOMPARE(tab->session()->state(QStringLiteral("check-sat@4")), MarkState::Unknown);
    QVERIFY(tab->obligationsModel()->indexOfObligation(QStringLiteral("parse@3")).isValid());
    bool found = false;
    QTRY_VERIFY_WITH_TIMEOUT(problems->rowCount() >= 1, 10'000);
    for (int r = 0; r < problems->rowCount(); ++r) {
        const lang::Diagnostic *p = problems->diagnosticAt(problems->index(r, 0));
        found = found || (p && p->severity == lang::Severity::Error && p->range.begin.line == 3);
    }
    QVERIFY(found);
}

void tst_DocTabs::cnfIsProvedWithDratTrimAndRecheckedFromTheBuffer()
{
    if (QStandardPaths::findExecutable(QStringLiteral("kissat")).isEmpty() &&
        QStandardPaths::findExecutable(QStringLiteral("cadical")).isEmpty())
        QSKIP("neither kissat nor cadical is on PATH");
    if (QStandardPaths::findExecutable(QStringLiteral("drat-trim")).isEmpty())
        QSKIP("drat-trim is not on PATH");
    // x and not x: unsat, the solver's DRAT proof checked by drat-trim.
    const QString path = write(QStringLiteral("tiny.cnf"), "c a contradiction\np cnf 2 3\n1 2 0\n-1 0\n-2 0\n");
    QVERIFY(!path.isEmpty());
    DocumentTab *tab = openChecked(path);
    QVERIFY(tab);
    QCOMPARE(checkIds(tab->obligationsModel()), QStringList{QStringLiteral("cnf")});
    QCOMPARE(tab->diagnosticsModel()->rowCount(), 0);
    QCOMPARE(tab->session()->state(QStringLiteral("cnf")), MarkState::Proved);
    const engine::Verdict *v = tab->session()->verdict(QStringLiteral("cnf"));
    QVERIFY(v);
    QVERIFY2(v->strategy.endsWith(QStringLiteral("+drat-trim")), qPrintable(v->strategy));
    QCOMPARE(tab->session()->documentCheck(QStringLiteral("cnf"))->answer, QStringLiteral("unsat"));
    QCOMPARE(tab->editor()->shownState(1), std::optional(MarkState::Proved));

    // Unsaved edits are checked, not the file: drop the last clause, the formula is sat.
    QTextCursor cursor(tab->editor()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::PreviousBlock);
    cursor.select(QTextCursor::BlockUnderCursor);
    QCOMPARE(cursor.selectedText().trimmed(), QStringLiteral("-2 0"));
    cursor.removeSelectedText();
    QVERIFY(tab->isModified());
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->documentCheck(QStringLiteral("cnf"))->answer, QStringLiteral("sat"),
                              CheckTimeoutMs);
    QCOMPARE(tab->session()->state(QStringLiteral("cnf")), MarkState::Proved);
    QVERIFY2(tab->session()->verdict(QStringLiteral("cnf"))->strategy.endsWith(QStringLiteral("+model-check")),
             qPrintable(tab->session()->verdict(QStringLiteral("cnf"))->strategy));
    // The file on disk still holds the contradiction.
    QVERIFY(proofdesk::test::readAll(path).contains("-2 0"));
}

void tst_DocTabs::closingATabStopsItsDocumentCheck()
{
    // A pigeonhole formula (11 pigeons, 10 holes) keeps a CDCL solver busy far longer than
    // this test waits; closing the tab must not wait for it.
    const QString path = write(QStringLiteral("pigeons.cnf"), proofdesk::test::pigeonholeCnf(10));
    QVERIFY(m_window->openFile(path));
    DocumentTab *tab = m_window->currentTab();
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->state(QStringLiteral("cnf")) == MarkState::Running, 10'000);
    const auto solvers = [] {
        return proofdesk::test::ourProcessesMatching(QStringLiteral("kissat")) +
               proofdesk::test::ourProcessesMatching(QStringLiteral("cadical"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(!solvers().isEmpty(), 10'000);
    QVERIFY(m_window->closeTab(m_window->indexOfTab(tab)));
    // Deleting the tab stopped the run and killed its solver; it reports nothing.
    QTRY_VERIFY2_WITH_TIMEOUT(solvers().isEmpty(), qPrintable(solvers().join(QLatin1Char('\n'))), 10'000);
}

void tst_DocTabs::sameNamedFilesGetDistinctTitles()
{
    const QString a = write(QStringLiteral("a/main.pds"), "");
    const QString b = write(QStringLiteral("b/main.pds"), "");
    const QString other = write(QStringLiteral("a/other.pds"), "");
    QVERIFY(m_window->openFile(a));
    QCOMPARE(m_window->tabText(0), QStringLiteral("main.pds"));
    QVERIFY(m_window->openFile(b));
    QVERIFY(m_window->openFile(other));
    QCOMPARE(m_window->tabCount(), 3);
    QCOMPARE(m_window->tabText(0), QStringLiteral("main.pds — a/"));
    QCOMPARE(m_window->tabText(1), QStringLiteral("main.pds — b/"));
    QCOMPARE(m_window->tabText(2), QStringLiteral("other.pds"));
    QCOMPARE(m_window->tabToolTip(0), QDir::toNativeSeparators(a));
    QCOMPARE(m_window->tabToolTip(1), QDir::toNativeSeparators(b));
    // Modified keeps the folder and adds the star.
    m_window->tab(1)->editor()->insertPlainText(QStringLiteral("-- note\n"));
    QCOMPARE(m_window->tabText(1), QStringLiteral("main.pds — b/ *"));
    m_window->tab(1)->setModified(false);
    // Alone again: the name suffices.
    QVERIFY(m_window->closeTab(1));
    QCOMPARE(m_window->tabText(0), QStringLiteral("main.pds"));
}

void tst_DocTabs::smt2CheckScriptEndsAtItsCommand()
{
    // The command's end is found by the same token scan as its start: a ')' in a comment,
    // a |quoted symbol| or a "string" does not close it, nested parentheses do not either.
    const QString text = QStringLiteral("(set-logic QF_UF)\n"
                                        "(declare-const |a)b| Bool) ; (check-sat) in a comment\n"
                                        "(echo \"(check-sat)\")\n"
                                        "(check-sat-assuming (|a)b| (not |a)b|)) ) ; tail)\n"
                                        "(push 1) (check-sat) (pop 1)\n"
                                        "(check-sat");
    QCOMPARE(ui::smt2CheckScript(text, 4), text.left(text.indexOf(QStringLiteral(" ; tail)"))) + QLatin1Char('\n'));
    QCOMPARE(ui::smt2CheckScript(text, 5),
             text.left(text.indexOf(QStringLiteral(" (pop 1)"))) + QLatin1Char('\n'));
    // Unclosed at the end of the text: all of it.
    QCOMPARE(ui::smt2CheckScript(text, 6), text + QLatin1Char('\n'));
    // No check starts on lines 1 to 3 (the comment and the string do not count).
    for (const int line : {1, 2, 3, 7})
        QVERIFY2(ui::smt2CheckScript(text, line).isEmpty(), qPrintable(QString::number(line)));
    // Offsets are of UTF-8 bytes; the text is cut at characters all the same.
    const QString wide = QStringLiteral("; Größe ∀x\n(check-sat)\n(exit)\n");
    QCOMPARE(ui::smt2CheckScript(wide, 2), QStringLiteral("; Größe ∀x\n(check-sat)\n"));
}

void tst_DocTabs::smt2CheckOpensAsTheScriptUpToIt()
{
    const QString path = write(QStringLiteral("two.smt2"), SatThenUnsat);
    QVERIFY(!path.isEmpty());
    DocumentTab *document = openChecked(path);
    QVERIFY(document);
    QAction *show = menuAction(m_window.get(), "Show Selected Step as &SMT-LIB");
    QVERIFY(show);
    const QStringList lines = QString::fromLatin1(SatThenUnsat).split(QLatin1Char('\n'));

    for (const auto &[id, line, answer] : {std::tuple{QStringLiteral("check-sat@5"), 5, QStringLiteral("sat")},
                                           std::tuple{QStringLiteral("check-sat@8"), 8, QStringLiteral("unsat")}}) {
        m_window->setCurrentTab(m_window->indexOfTab(document));
        const int before = m_window->tabCount();
        QVERIFY(selectCheck(m_window.get(), id));
        show->trigger();
        QCOMPARE(m_window->tabCount(), before + 1);
        DocumentTab *shown = m_window->currentTab();
        QVERIFY(shown != document);
        QVERIFY(shown->isReadOnly());
        QVERIFY(shown->editor()->isReadOnly());
        QCOMPARE(shown->title(), QStringLiteral("two@%1.smt2").arg(line));
        // The script's commands up to and including that (check-sat), on the same lines.
        const QString text = shown->editor()->toPlainText();
        QCOMPARE(text, lines.mid(0, line).join(QLatin1Char('\n')) + QLatin1Char('\n'));
        QVERIFY(text.trimmed().endsWith(QStringLiteral("(check-sat)")));

        // What that check asks, asked again on its own: its last check is the same check
        // with the same answer.
        engine::DocumentOptions options;
        options.workerProgram = engine::defaultWorkerProgram();
        const QList<engine::DocumentCheck> checks = engine::checkSmt2Document(text, options);
        QVERIFY(!checks.isEmpty());
        QCOMPARE(checks.last().id, id);
        QCOMPARE(checks.last().answer, answer);
        QCOMPARE(checks.last().answer, document->session()->documentCheck(id)->answer);
    }

    // Asked again: the tab already open comes forward, none is added.
    m_window->setCurrentTab(m_window->indexOfTab(document));
    const int tabs = m_window->tabCount();
    QVERIFY(selectCheck(m_window.get(), QStringLiteral("check-sat@8")));
    show->trigger();
    QCOMPARE(m_window->tabCount(), tabs);
    QCOMPARE(m_window->currentTab()->title(), QStringLiteral("two@8.smt2"));

    // Seen as a user sees it: the document's tab and the two read-only ones in the tab bar.
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString png = QDir::current().absoluteFilePath(QStringLiteral("tst_doctabs-check-as-smtlib.png"));
    QVERIFY(m_window->grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
    m_window->setCurrentTab(m_window->indexOfTab(document));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the status bar's new text laid out
    const QString documentPng = QDir::current().absoluteFilePath(QStringLiteral("tst_doctabs-smt2-document.png"));
    QVERIFY(m_window->grab().save(documentPng));
    qInfo("screenshot: %s", qPrintable(documentPng));

    // A check the scan did not foresee (a parse error) starts no (check-sat): no tab, and
    // the status bar says why.
    document->editor()->setPlainText(QStringLiteral("(set-logic QF_LIA)\n(declare-const x Int)\n(assert (> y 2))\n(check-sat)\n"));
    QTRY_VERIFY_WITH_TIMEOUT(document->session()->documentCheck(QStringLiteral("parse@3")) != nullptr, CheckTimeoutMs);
    const int before = m_window->tabCount();
    QVERIFY(!m_window->openObligationAsSmtLib(QStringLiteral("parse@3")));
    QCOMPARE(m_window->tabCount(), before);
    QCOMPARE(m_window->currentTab(), document);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("parse@3")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

// Two open files of one name: the check of each opens as a tab of its own with its own
// script, and asking again for the first brings back the first's tab, its text unchanged.
void tst_DocTabs::sameNamedScriptsKeepTheirOwnSmtLibTabs()
{
    QByteArray other = SatThenUnsat;
    other.replace("(> x 2)", "(> x 7)");
    const QString a = write(QStringLiteral("a/main.smt2"), SatThenUnsat);
    const QString b = write(QStringLiteral("b/main.smt2"), other);
    DocumentTab *first = openChecked(a);
    QVERIFY(first);
    DocumentTab *second = openChecked(b);
    QVERIFY(second);
    const auto show = [&](DocumentTab *document) -> DocumentTab * {
        m_window->setCurrentTab(m_window->indexOfTab(document));
        return selectCheck(m_window.get(), QStringLiteral("check-sat@5")) ? m_window->openObligationAsSmtLib(QStringLiteral("check-sat@5"))
                                                                          : nullptr;
    };
    DocumentTab *fromFirst = show(first);
    QVERIFY(fromFirst);
    DocumentTab *fromSecond = show(second);
    QVERIFY(fromSecond);
    QVERIFY(fromFirst != fromSecond);
    QVERIFY(fromFirst->editor()->toPlainText().contains(QLatin1String("(> x 2)")));
    QVERIFY(fromSecond->editor()->toPlainText().contains(QLatin1String("(> x 7)")));
    const int tabs = m_window->tabCount();
    QCOMPARE(show(first), fromFirst);
    QCOMPARE(m_window->tabCount(), tabs);
    QVERIFY(fromFirst->editor()->toPlainText().contains(QLatin1String("(> x 2)")));
    QCOMPARE(m_window->currentTab(), fromFirst);
}

void tst_DocTabs::cnfHasNoSeparateSmtLibAndIsCheckedWhole()
{
    if (!haveSatSolver())
        QSKIP("neither kissat nor cadical is on PATH");
    const QString path = write(QStringLiteral("tiny.cnf"), "p cnf 2 3\n1 2 0\n-1 0\n-2 0\n");
    QVERIFY(!path.isEmpty());
    DocumentTab *document = openChecked(path);
    QVERIFY(document);
    QCOMPARE(document->session()->state(QStringLiteral("cnf")), MarkState::Proved);

    // No SMT-LIB text of its own: no tab, and the status bar says why.
    const int tabs = m_window->tabCount();
    QVERIFY(selectCheck(m_window.get(), QStringLiteral("cnf")));
    m_window->statusBar()->clearMessage();
    menuAction(m_window.get(), "Show Selected Step as &SMT-LIB")->trigger();
    QCOMPARE(m_window->tabCount(), tabs);
    QCOMPARE(m_window->currentTab(), document);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("DIMACS")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->openObligationAsSmtLib(QStringLiteral("cnf")));
    QCOMPARE(m_window->tabCount(), tabs);

    // Check at the cursor: the formula, whole.
    QSignalSpy finished(document->session(), &ui::CheckSession::finished);
    const quint64 revision = document->session()->revision();
    document->editor()->goTo(3, 1);
    menuAction(m_window.get(), "Check &Lemma at Cursor")->trigger();
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("formula")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(document->session()->revision(), revision + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), CheckTimeoutMs);
    QCOMPARE(finished.last().at(0).toULongLong(), revision + 1);
    QCOMPARE(document->session()->state(QStringLiteral("cnf")), MarkState::Proved);
}

void tst_DocTabs::checkAtCursorChecksTheWholeScript()
{
    const QString path = write(QStringLiteral("two.smt2"), SatThenUnsat);
    QVERIFY(!path.isEmpty());
    DocumentTab *document = openChecked(path);
    QVERIFY(document);
    ui::CheckSession *session = document->session();
    QSignalSpy finished(session, &ui::CheckSession::finished);
    const quint64 revision = session->revision();

    // The cursor on the second check: the first one runs again too, since the second is
    // asked after every command before it.
    document->editor()->goTo(8, 1);
    m_window->statusBar()->clearMessage();
    menuAction(m_window.get(), "Check &Lemma at Cursor")->trigger();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             MainWindow::tr("Checking the whole script: each (check-sat) depends on every command before it."));
    QCOMPARE(session->revision(), revision + 1);
    QVERIFY(session->busy());
    for (const QString &id : {QStringLiteral("check-sat@5"), QStringLiteral("check-sat@8")})
        QCOMPARE(session->state(id), MarkState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), CheckTimeoutMs);
    QCOMPARE(finished.last().at(0).toULongLong(), revision + 1);
    for (const QString &id : {QStringLiteral("check-sat@5"), QStringLiteral("check-sat@8")})
        QCOMPARE(session->state(id), MarkState::Proved);

    // A read-only tab is not checked, and says so instead of pretending.
    QVERIFY(selectCheck(m_window.get(), QStringLiteral("check-sat@5")));
    QVERIFY(m_window->openObligationAsSmtLib(QStringLiteral("check-sat@5")));
    QVERIFY(m_window->currentTab()->isReadOnly());
    menuAction(m_window.get(), "Check &Lemma at Cursor")->trigger();
    QCOMPARE(m_window->statusBar()->currentMessage(), MainWindow::tr("A read-only tab is not checked."));
}

void tst_DocTabs::statusBarCountsUseNumerusForms()
{
    // One check agrees with its :status, one does not (an error): every count in the status
    // bar is in its own numerus form, never "1 errors".
    QByteArray text = SatThenUnsat;
    text.replace(":status unsat", ":status sat");
    const QString path = write(QStringLiteral("wrong.smt2"), text);
    QVERIFY(!path.isEmpty());
    DocumentTab *document = openChecked(path);
    QVERIFY(document);
    QCOMPARE(document->session()->state(QStringLiteral("check-sat@8")), MarkState::Error);
    const auto counts = document->session()->counts();
    QCOMPARE(counts.proved, 1);
    QCOMPARE(counts.errors, 1);
    const QString status = m_window->statusText();
    QVERIFY2(status.contains(MainWindow::tr("%n proved", nullptr, 1)), qPrintable(status));
    QVERIFY2(status.contains(MainWindow::tr("%n failed", nullptr, 0)), qPrintable(status));
    QVERIFY2(status.endsWith(MainWindow::tr("%n error(s)", nullptr, 1)), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("1 errors")), qPrintable(status));
    QVERIFY2(!status.contains(QLatin1String("%n")) && !status.contains(QLatin1String("%1")), qPrintable(status));
}

void tst_DocTabs::windowTitleTellsSameNamedDocumentsApart()
{
    const QString a = write(QStringLiteral("a/main.smt2"), SatThenUnsat);
    const QString b = write(QStringLiteral("b/main.smt2"), SatThenUnsat);
    QVERIFY(m_window->openFile(a));
    // Alone: the name and its folder, with the modified marker's place.
    const QString folderA = QDir::toNativeSeparators(QFileInfo(a).absolutePath());
    const QString folderB = QDir::toNativeSeparators(QFileInfo(b).absolutePath());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("main.smt2 (%1)[*] — ProofDesk").arg(folderA));
    QVERIFY(m_window->openFile(b));
    // Two of that name: the tab's own distinct title, as the tab bar shows it.
    QCOMPARE(m_window->tabText(1), QStringLiteral("main.smt2 — b/"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("main.smt2 — b/ (%1)[*] — ProofDesk").arg(folderB));
    QVERIFY(!m_window->isWindowModified());
    m_window->setCurrentTab(0);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("main.smt2 — a/ (%1)[*] — ProofDesk").arg(folderA));
    // An edit: the marker shows.
    m_window->tab(0)->editor()->insertPlainText(QStringLiteral("; note\n"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("[*]")));
    m_window->tab(0)->setModified(false);
    QVERIFY(!m_window->isWindowModified());
    // The namesake closed: the title needs no folder in front any more.
    QVERIFY(m_window->closeTab(1));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("main.smt2 (%1)[*] — ProofDesk").arg(folderA));
}

void tst_DocTabs::distinctTitlesUseTheFewestFolders()
{
    const QStringList titles = ui::distinctTitles({QStringLiteral("/p/a/x/main.pds"), QStringLiteral("/p/b/x/main.pds"),
                                                   QStringLiteral("/p/b/y/main.pds"), QString(),
                                                   QStringLiteral("/q/lone.pds")});
    QCOMPARE(titles, (QStringList{QStringLiteral("main.pds — a/x/"), QStringLiteral("main.pds — b/x/"),
                                  QStringLiteral("main.pds — y/"), QString(), QStringLiteral("lone.pds")}));
}

void tst_DocTabs::logFilterHidesLowerLevels()
{
    ui::LogModel model;
    auto panel = std::make_unique<ui::LogPanel>(&model);
    QAbstractItemModelTester tester(panel->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto add = [&](ui::LogLevel level, const char *message) {
        model.append({QDateTime::currentDateTime(), level, QStringLiteral("test"), QString::fromUtf8(message)});
    };
    add(ui::LogLevel::Debug, "d");
    add(ui::LogLevel::Info, "i");
    add(ui::LogLevel::Warning, "w");
    add(ui::LogLevel::Error, "e");
    model.flush();
    QCOMPARE(panel->view()->model()->rowCount(), 4);

    QComboBox *box = panel->levelBox();
    box->setCurrentIndex(box->findData(int(ui::LogLevel::Warning)));
    QCOMPARE(panel->view()->model()->rowCount(), 2);
    QStringList shown;
    for (int r = 0; r < panel->view()->model()->rowCount(); ++r)
        shown << panel->view()->model()->index(r, ui::LogModel::MessageColumn).data().toString();
    QCOMPARE(shown, (QStringList{QStringLiteral("w"), QStringLiteral("e")}));
    // New lines are filtered as they come.
    add(ui::LogLevel::Info, "i2");
    add(ui::LogLevel::Error, "e2");
    model.flush();
    QCOMPARE(panel->view()->model()->rowCount(), 3);
    QCOMPARE(model.rowCount(), 6);

    // Remembered: a new panel starts at the same level.
    panel.reset();
    ui::LogPanel again(&model);
    QCOMPARE(again.levelBox()->currentData().toInt(), int(ui::LogLevel::Warning));
    QCOMPARE(again.view()->model()->rowCount(), 3);
    again.levelBox()->setCurrentIndex(again.levelBox()->findData(int(ui::LogLevel::Debug)));
    QCOMPARE(again.view()->model()->rowCount(), 6);
}

void tst_DocTabs::autosaveWritesOffTheGuiThreadAndCloseLeavesNoRecovery()
{
    const QString a = write(QStringLiteral("a.pds"), "-- a\n");
    const QString b = write(QStringLiteral("b.pds"), "-- b\n");
    QVERIFY(m_window->openFile(a));
    QVERIFY(m_window->openFile(b));
    DocumentTab *first = m_window->tab(0);
    DocumentTab *second = m_window->tab(1);
    first->editor()->moveCursor(QTextCursor::End);
    first->editor()->insertPlainText(QStringLiteral("-- typed, not saved\n"));
    QVERIFY(first->isModified());
    const QString recovery = first->recoveryPath();
    QFile::remove(recovery);

    // autosave() hands the write to a worker thread and returns before it ends.
    first->autosave();
    QVERIFY(first->autosaving());
    QTRY_VERIFY_WITH_TIMEOUT(!first->autosaving(), 10'000);
    QVERIFY(QString::fromUtf8(proofdesk::test::readAll(recovery)).endsWith(QStringLiteral("-- typed, not saved\n")));

    // Closed (changes discarded) while a write is still under way: no recovery file may
    // come back after the close removed it.
    m_window->setSaveQuestion([](DocumentTab *) { return QMessageBox::Discard; });
    first->autosave();
    QVERIFY(first->autosaving());
    QVERIFY(m_window->closeTab(m_window->indexOfTab(first)));
    // Recovery files are written in order on one thread: once a later write has ended,
    // the closed tab's write and removal have too.
    second->editor()->insertPlainText(QStringLiteral("-- b edited\n"));
    second->autosave();
    QTRY_VERIFY_WITH_TIMEOUT(!second->autosaving(), 10'000);
    QVERIFY(QFile::exists(second->recoveryPath()));
    QVERIFY2(!QFile::exists(recovery), qPrintable(recovery));
}

bool tst_DocTabs::rerun(DocumentTab *tab, const QString &id, const QString &solver)
{
    auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_window->obligationsView()->model());
    if (!proxy)
        return false;
    const QModelIndex row = proxy->mapFromSource(tab->obligationsModel()->indexOfObligation(id));
    if (!row.isValid())
        return false;
    m_window->obligationsView()->setCurrentIndex(row);
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const auto *menu = qobject_cast<const QMenu *>(action->parent());
        const bool match = solver.isEmpty()
                               ? action->text() == MainWindow::tr("Re-run Selected Step With a &Longer Time Limit")
                               : menu && menu->title() == MainWindow::tr("&Re-run Selected Step With") && action->text() == solver;
        if (match) {
            action->trigger();
            return true;
        }
    }
    return false;
}

void tst_DocTabs::rerunInAnSmt2TabUsesTheChosenStrategy()
{
    // One job: the portfolio in its order (side by side, z3 may answer before mbqi).
    QSettings().setValue(QStringLiteral("check/jobs"), 1);
    m_window = std::make_unique<MainWindow>();
    const auto restore = qScopeGuard([] { QSettings().remove(QStringLiteral("check/jobs")); });
    // cvc5's default answers unknown; the portfolio's cvc5-mbqi answers sat.
    const QString path = write(QStringLiteral("mbqi.smt2"), "(set-logic ALL)\n(set-info :status sat)\n(declare-fun f (Int) Int)\n"
                                                            "(declare-const c Int)\n(assert (forall ((x Int)) (>= (f x) 0)))\n"
                                                            "(assert (> (f c) 5))\n(check-sat)\n");
    QVERIFY(!path.isEmpty());
    DocumentTab *tab = openChecked(path);
    QVERIFY(tab);
    const QString id = QStringLiteral("check-sat@7");
    const auto strategy = [&] {
        const engine::Verdict *v = tab->session()->verdict(id);
        return v && tab->session()->state(id) != MarkState::Running ? v->strategy : QString();
    };
    QCOMPARE(strategy(), QStringLiteral("cvc5-mbqi"));
    QCOMPARE(tab->session()->state(id), MarkState::Proved);

    // With cvc5 alone the document is checked again by that strategy only: unknown.
    QVERIFY(rerun(tab, id, QStringLiteral("cvc5")));
    QTRY_COMPARE_WITH_TIMEOUT(strategy(), QStringLiteral("cvc5"), CheckTimeoutMs);
    QCOMPARE(tab->session()->state(id), MarkState::Unknown);
    QCOMPARE(tab->session()->documentCheck(id)->answer, QStringLiteral("unknown"));

    // A longer limit keeps the whole portfolio: cvc5-mbqi answers again.
    QVERIFY(rerun(tab, id, {}));
    QTRY_COMPARE_WITH_TIMEOUT(strategy(), QStringLiteral("cvc5-mbqi"), CheckTimeoutMs);
    QCOMPARE(tab->session()->state(id), MarkState::Proved);

    // A SAT solver is no choice for SMT-LIB: nothing runs, the status bar says why.
    QVERIFY(rerun(tab, id, QStringLiteral("kissat")));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("SAT solver")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!tab->session()->busy());
    QCOMPARE(strategy(), QStringLiteral("cvc5-mbqi"));
}

void tst_DocTabs::rerunInACnfTabUsesTheChosenSatSolver()
{
    for (const char *tool : {"kissat", "cadical", "drat-trim"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not on PATH").arg(QLatin1String(tool))));
    const QString path = write(QStringLiteral("small.cnf"), "p cnf 2 3\n1 2 0\n-1 0\n-2 0\n");
    QVERIFY(!path.isEmpty());
    DocumentTab *tab = openChecked(path);
    QVERIFY(tab);
    const QString id = QStringLiteral("cnf");
    const auto solver = [&] {
        const engine::Verdict *v = tab->session()->verdict(id);
        return v && tab->session()->state(id) != MarkState::Running ? v->solver : QString();
    };
    QCOMPARE(solver(), QStringLiteral("kissat")); // the first SAT solver found
    QVERIFY(rerun(tab, id, QStringLiteral("cadical")));
    QTRY_COMPARE_WITH_TIMEOUT(solver(), QStringLiteral("cadical"), CheckTimeoutMs);
    QCOMPARE(tab->session()->state(id), MarkState::Proved);
    QVERIFY2(tab->session()->verdict(id)->strategy.startsWith(QStringLiteral("cadical+drat-trim")),
             qPrintable(tab->session()->verdict(id)->strategy));
    // An SMT strategy is no choice for DIMACS: nothing runs.
    QVERIFY(rerun(tab, id, QStringLiteral("cvc5-mbqi")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("kissat or cadical")));
    QVERIFY(!tab->session()->busy());
    QCOMPARE(solver(), QStringLiteral("cadical"));
}

QTEST_MAIN(tst_DocTabs)
#include "tst_doctabs.moc"
