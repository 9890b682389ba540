// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen: analysis off the GUI thread, panels, stale results, models.
#include "testutil.h"

#include "lang/module.h"
#include "ui/analysisresult.h"
#include "ui/codeeditor.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documentanalyzer.h"
#include "ui/mainwindow.h"
#include "ui/obligationsmodel.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QThread>
#include <QTreeView>

#include <atomic>
#include <memory>
#include <set>

using namespace proofdesk;
using proofdesk::ui::DiagnosticsModel;
using proofdesk::ui::MainWindow;
using proofdesk::ui::ObligationsModel;

namespace {

constexpr int AnalysisTimeoutMs = 20'000;

using proofdesk::test::example;
using proofdesk::test::readAll;

// Lines of a sketch that carry `-- expect: WHAT`.
QList<int> expectedLines(const QString &path, const QString &what)
{
    QList<int> lines;
    const QStringList text = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'));
    const QRegularExpression marker(QStringLiteral("--\\s*expect:\\s*") + what + QStringLiteral("\\b"));
    for (int i = 0; i < text.size(); ++i) {
        if (marker.match(text.at(i)).hasMatch())
            lines.append(i + 1);
    }
    return lines;
}

std::shared_ptr<const lang::Module> analyzeFile(const QString &path)
{
    lang::AnalyzeOptions options;
    return std::make_shared<lang::Module>(
        lang::analyze(readAll(path).toStdString(), path.toStdString(), options));
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_window.reset(); }

    void highlightsSketches();
    void problemsListTheErrors();
    void obligationsListTheLemmas();
    void doubleClickJumpsToTheSource();
    void editTriggersReanalysis();
    void staleResultIsDropped();
    void lateResultIsDroppedByRevision();
    void examplesMenuOpensBundledExamples();
    void missingFileIsReported();
    void obligationsModelPassesTester_data();
    void obligationsModelPassesTester();
    void modelsStayConsistentWhileEditing();
    void obligationRowsStayWhenAnEditKeepsTheSteps();
    void gutterMarksFollowVerdictsAndWriteTooltipsOnHover();
    void moduleLetGoOnTheGuiThreadIsFreedElsewhere();

private:
    // Opens a file and waits until the panels show the analysis of its current revision.
    void openAndWait(const QString &path);
    void waitForCurrentRevision();

    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
}

void tst_MainWindow::waitForCurrentRevision()
{
    auto *analyzer = m_window->analyzer();
    QTRY_VERIFY_WITH_TIMEOUT(analyzer->appliedRevision() > 0 &&
                                 analyzer->appliedRevision() == analyzer->revision(),
                             AnalysisTimeoutMs);
}

void tst_MainWindow::openAndWait(const QString &path)
{
    const auto opened = m_window->openFile(path);
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error()));
    waitForCurrentRevision();
}

void tst_MainWindow::highlightsSketches()
{
    openAndWait(example("basics.pds"));
    QCOMPARE(m_window->editor()->definitionName(), QStringLiteral("ProofDesk Sketch"));
    // Highlighting re-formats the document; that is not an edit and makes no revision.
    QCOMPARE(m_window->analyzer()->revision(), quint64(1));
    QVERIFY(!m_window->isWindowModified());
    QTest::qWait(2 * ui::DocumentAnalyzer::DefaultDebounceMs);
    QCOMPARE(m_window->analyzer()->revision(), quint64(1));
    QCOMPARE(m_window->analyzer()->appliedRevision(), quint64(1));
}

void tst_MainWindow::problemsListTheErrors()
{
    const QString path = example("errors.pds");
    // The example marks its erroneous lines; the panel must agree with the file.
    const QList<int> expected{7, 10, 13, 16};
    QCOMPARE(expectedLines(path, QStringLiteral("error")), expected);

    openAndWait(path);
    const DiagnosticsModel *model = m_window->diagnosticsModel();
    std::set<int> errorLines;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const lang::Diagnostic *d = model->diagnosticAt(index);
        QVERIFY(d);
        if (d->severity != lang::Severity::Error)
            continue;
        errorLines.insert(index.data(DiagnosticsModel::LineRole).toInt());
        const QString location = model->index(row, DiagnosticsModel::LocationColumn).data().toString();
        QVERIFY2(location.startsWith(QString::number(d->range.begin.line) + QLatin1Char(':')),
                 qPrintable(location));
        QVERIFY(!model->index(row, DiagnosticsModel::MessageColumn).data().toString().isEmpty());
    }
    QCOMPARE(QList<int>(errorLines.begin(), errorLines.end()), expected);
    QVERIFY(m_window->problemsView()->model() == model);

    const auto summary = ui::summarize(*m_window->analyzer()->lastResult().module);
    QVERIFY2(m_window->statusText().endsWith(ui::MainWindow::tr("%n error(s)", nullptr, summary.errors)),
             qPrintable(m_window->statusText()));
    QVERIFY(summary.errors >= 4);
    // Rows after the module's own diagnostics are warnings from checking (failed steps...).
    QCOMPARE(m_window->editor()->diagnosticCount(), model->rowCount() - model->checkWarningCount());
}

void tst_MainWindow::obligationsListTheLemmas()
{
    openAndWait(example("errors.pds"));
    const ObligationsModel *model = m_window->obligationsModel();
    const QModelIndex lemma = model->indexOfLemma(QStringLiteral("still_checked"));
    QVERIFY(lemma.isValid());
    QCOMPARE(lemma.data().toString(), QStringLiteral("still_checked"));
    QCOMPARE(model->rowCount(lemma), 1);
    const QModelIndex show = model->index(0, 0, lemma);
    const lang::Obligation *ob = model->obligationAt(show);
    QVERIFY(ob);
    QCOMPARE(ob->status, lang::ObligationStatus::ToSolve);
    QCOMPARE(show.data(ObligationsModel::LineRole).toInt(), 20);
    QCOMPARE(model->index(0, ObligationsModel::LineColumn, lemma).data().toInt(), 20);
    // A lemma row shows the worst state of its steps; this one has a single step.
    QCOMPARE(model->index(0, ObligationsModel::StatusColumn, lemma).data().toString(),
             lemma.siblingAtColumn(ObligationsModel::StatusColumn).data().toString());
    QCOMPARE(lemma.data(ObligationsModel::StateRole), show.data(ObligationsModel::StateRole));
    auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_window->obligationsView()->model());
    QVERIFY(proxy);
    QVERIFY(m_window->obligationsView()->isExpanded(proxy->mapFromSource(lemma)));
}

void tst_MainWindow::doubleClickJumpsToTheSource()
{
    openAndWait(example("errors.pds"));
    const DiagnosticsModel *problems = m_window->diagnosticsModel();
    QModelIndex atTen;
    for (int row = 0; row < problems->rowCount() && !atTen.isValid(); ++row) {
        if (problems->index(row, 0).data(DiagnosticsModel::LineRole).toInt() == 10)
            atTen = problems->index(row, DiagnosticsModel::MessageColumn);
    }
    QVERIFY(atTen.isValid());
    emit m_window->problemsView()->doubleClicked(atTen);
    QCOMPARE(m_window->editor()->textCursor().blockNumber() + 1, 10);
    QCOMPARE(m_window->editor()->textCursor().positionInBlock() + 1,
             atTen.data(DiagnosticsModel::ColumnRole).toInt());

    const ObligationsModel *obligations = m_window->obligationsModel();
    const QModelIndex show =
        obligations->index(0, ObligationsModel::KindColumn,
                           obligations->indexOfLemma(QStringLiteral("still_checked")));
    emit m_window->obligationsView()->doubleClicked(show);
    QCOMPARE(m_window->editor()->textCursor().blockNumber() + 1, 20);
}

void tst_MainWindow::editTriggersReanalysis()
{
    openAndWait(example("errors.pds"));
    auto *analyzer = m_window->analyzer();
    const quint64 before = analyzer->revision();
    QSignalSpy applied(m_window.get(), &MainWindow::analysisApplied);

    QTextCursor cursor(m_window->editor()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\nlemma added_later:\n  show x = x\n"));
    QVERIFY(analyzer->revision() > before);
    const quint64 edited = analyzer->revision();
    QVERIFY(analyzer->appliedRevision() < edited);

    QTRY_COMPARE_WITH_TIMEOUT(analyzer->appliedRevision(), edited, AnalysisTimeoutMs);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().value<quint64>(), edited);
    QVERIFY(m_window->obligationsModel()->indexOfLemma(QStringLiteral("added_later")).isValid());
    QVERIFY(m_window->isWindowModified());
}

void tst_MainWindow::staleResultIsDropped()
{
    openAndWait(example("errors.pds"));
    auto *analyzer = m_window->analyzer();
    QSignalSpy dropped(analyzer, &ui::DocumentAnalyzer::resultDropped);
    QSignalSpy applied(m_window.get(), &MainWindow::analysisApplied);

    // Start analysing the current text, then edit before the event loop can deliver the
    // result: it was computed for an older revision and must never reach the panels.
    const quint64 old = analyzer->revision();
    analyzer->analyzeNow();
    QTextCursor cursor(m_window->editor()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\nlemma newer:\n  show x = x\n"));
    const quint64 current = analyzer->revision();
    QCOMPARE(current, old + 1);

    QTRY_COMPARE_WITH_TIMEOUT(analyzer->appliedRevision(), current, AnalysisTimeoutMs);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().first().value<quint64>(), old);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().value<quint64>(), current);
    QVERIFY(m_window->obligationsModel()->indexOfLemma(QStringLiteral("newer")).isValid());
}

void tst_MainWindow::lateResultIsDroppedByRevision()
{
    openAndWait(example("errors.pds"));
    auto *analyzer = m_window->analyzer();
    QSignalSpy applied(m_window.get(), &MainWindow::analysisApplied);
    const int droppedBefore = analyzer->droppedCount();
    const int lemmasBefore = m_window->obligationsModel()->rowCount();

    // A result for an earlier revision, delivered late, changes nothing.
    ui::AnalysisResult late{analyzer->revision() - 1, std::make_shared<lang::Module>(), 0};
    QVERIFY(!analyzer->offer(late));
    QCOMPARE(analyzer->droppedCount(), droppedBefore + 1);
    QCOMPARE(applied.count(), 0);
    QCOMPARE(m_window->obligationsModel()->rowCount(), lemmasBefore);
    QVERIFY(lemmasBefore > 0);
}

void tst_MainWindow::examplesMenuOpensBundledExamples()
{
    QMenu *examples = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu() && action->text().remove(QLatin1Char('&')) == QLatin1String("Examples"))
            examples = action->menu();
    }
    QVERIFY(examples);
    QAction *basics = nullptr;
    QStringList names;
    for (QAction *action : examples->actions()) {
        names.append(action->text());
        if (action->text() == QLatin1String("basics"))
            basics = action;
    }
    QVERIFY2(names.contains(QLatin1String("agents")) && names.contains(QLatin1String("errors")),
             qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(basics);
    basics->trigger();
    QCOMPARE(m_window->currentFile(), QStringLiteral(":/proofdesk/examples/basics.pds"));
    waitForCurrentRevision();
    QVERIFY(m_window->obligationsModel()->indexOfLemma(QStringLiteral("sum_pos")).isValid());
    // The sketch has no source errors. The engine may already have added its verdicts
    // (basics.pds has a step meant to fail, and an unused fact): only those may show.
    const QAbstractItemModel *problems = m_window->diagnosticsModel();
    for (int row = 0; row < problems->rowCount(); ++row) {
        const QString message = problems->index(row, problems->columnCount() - 1).data().toString();
        QVERIFY2(message.contains(QLatin1String("does not follow")) || message.contains(QLatin1String("unused")),
                 qPrintable(message));
    }
}

void tst_MainWindow::missingFileIsReported()
{
    const QString missing = QStringLiteral(PROOFDESK_BINARY_DIR "/no-such-sketch.pds");
    const auto opened = m_window->openFile(missing);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("no-such-sketch.pds")), qPrintable(opened.error()));
    QVERIFY(m_window->currentFile().isEmpty());
}

void tst_MainWindow::obligationsModelPassesTester_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::newRow("basics") << QStringList{QStringLiteral("basics.pds")};
    QTest::newRow("errors then agents then lists")
        << QStringList{QStringLiteral("errors.pds"), QStringLiteral("agents.pds"),
                       QStringLiteral("lists.pds")};
    QTest::newRow("every example")
        << QStringList{QStringLiteral("agents.pds"), QStringLiteral("basics.pds"),
                       QStringLiteral("bitvectors.pds"), QStringLiteral("errors.pds"),
                       QStringLiteral("lists.pds"), QStringLiteral("policy.pds"),
                       QStringLiteral("vacuity.pds")};
}

void tst_MainWindow::obligationsModelPassesTester()
{
    QFETCH(QStringList, files);
    ObligationsModel obligations;
    DiagnosticsModel diagnostics;
    QAbstractItemModelTester obligationsTester(
        &obligations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester diagnosticsTester(
        &diagnostics, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &file : files) {
        const auto module = analyzeFile(example(file.toUtf8().constData()));
        obligations.setModule(module);
        diagnostics.setModule(module);
        QCOMPARE(obligations.obligationCount(), int(module->obligations.size()));
        int children = 0;
        for (int row = 0; row < obligations.rowCount(); ++row)
            children += obligations.rowCount(obligations.index(row, 0));
        QCOMPARE(children, obligations.obligationCount());
        QCOMPARE(diagnostics.rowCount(), int(module->diagnostics.size()));
    }
    obligations.setModule(nullptr);
    diagnostics.setModule(nullptr);
    QCOMPARE(obligations.rowCount(), 0);
    QCOMPARE(diagnostics.rowCount(), 0);
}

void tst_MainWindow::modelsStayConsistentWhileEditing()
{
    QAbstractItemModelTester obligationsTester(
        m_window->obligationsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester diagnosticsTester(
        m_window->diagnosticsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    openAndWait(example("basics.pds"));
    QCOMPARE(m_window->obligationsModel()->obligationCount(),
             int(expectedLines(example("basics.pds"), QStringLiteral("\\w+")).size()));
    openAndWait(example("errors.pds"));
    m_window->editor()->selectAll();
    m_window->editor()->insertPlainText(QStringLiteral("lemma broken:\n  show 1 +\n"));
    waitForCurrentRevision();
    QVERIFY(m_window->diagnosticsModel()->rowCount() > 0);
}

// Most keystrokes keep every lemma and step: the Obligations panel then changes its rows
// in place (what the user collapsed or selected stays), and announces the change once,
// after the event. A new step resets the rows: they are shown open again, except for the
// lemmas the user collapsed, with the same step selected.
void tst_MainWindow::obligationRowsStayWhenAnEditKeepsTheSteps()
{
    openAndWait(example("errors.pds"));
    const ObligationsModel *model = m_window->obligationsModel();
    QTreeView *view = m_window->obligationsView();
    auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
    QVERIFY(proxy);
    const QModelIndex lemma = model->indexOfLemma(QStringLiteral("still_checked"));
    QVERIFY(lemma.isValid());
    const QModelIndex step = model->index(0, 0, lemma);
    QCOMPARE(step.data(ObligationsModel::LineRole).toInt(), 20);
    // As the user would: in a shown window (a current row is scrolled to, which opens its
    // lemma), a lemma collapsed and a step of another one selected.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QModelIndex selected = model->index(0, 0, model->indexOfLemma(QStringLiteral("unknown_fact")));
    const QString id = selected.data(ObligationsModel::IdRole).toString();
    QVERIFY(!id.isEmpty());
    view->collapse(proxy->mapFromSource(lemma));
    view->setCurrentIndex(proxy->mapFromSource(selected));
    QVERIFY(!view->isExpanded(proxy->mapFromSource(lemma)));
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);

    QTextCursor cursor(m_window->editor()->document());
    cursor.insertText(QStringLiteral("-- a remark above everything\n"));
    waitForCurrentRevision();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model->indexOfLemma(QStringLiteral("still_checked")), lemma); // same row
    QCOMPARE(step.data(ObligationsModel::LineRole).toInt(), 21); // the new module's line
    QVERIFY(!view->isExpanded(proxy->mapFromSource(lemma)));
    QCOMPARE(view->currentIndex().data(ObligationsModel::IdRole).toString(), id);
    // Every row was announced as changed (its state and line did).
    QVERIFY(model->lemmaCount() > 1);
    const auto announcedAll = [](const QSignalSpy &spy, const QAbstractItemModel &m) {
        return std::ranges::count_if(spy, [&](const QList<QVariant> &args) {
            const auto from = args.at(0).value<QModelIndex>(), to = args.at(1).value<QModelIndex>();
            return !from.parent().isValid() && from.row() == 0 && to.row() == m.rowCount() - 1;
        });
    };
    QTRY_VERIFY(announcedAll(changes, *model) >= 1);

    // The same on a model of its own (no session whose resets would add announcements):
    // an edit that keeps the steps and a reset of the verdicts in one event are announced
    // once, after it.
    ObligationsModel alone;
    const QString path = example("errors.pds");
    const std::string text = readAll(path).toStdString();
    alone.setModule(analyzeFile(path));
    QSignalSpy aloneResets(&alone, &QAbstractItemModel::modelReset);
    QSignalSpy aloneChanges(&alone, &QAbstractItemModel::dataChanged);
    alone.setModule(std::make_shared<const lang::Module>(lang::analyze("-- remark\n" + text, path.toStdString())));
    alone.verdictsReset();
    QCOMPARE(aloneResets.count(), 0);
    QCOMPARE(aloneChanges.count(), 0); // after the event, not in it
    QTRY_COMPARE(announcedAll(aloneChanges, alone), 1);
    QTest::qWait(50);
    QCOMPARE(announcedAll(aloneChanges, alone), 1);
    QCOMPARE(alone.index(0, ObligationsModel::LineColumn, alone.indexOfLemma(QStringLiteral("still_checked")))
                 .data().toInt(), 21);
    alone.setModule(std::make_shared<const lang::Module>(
        lang::analyze(text + "\nlemma one_more:\n  show x = x\n", path.toStdString())));
    QCOMPARE(aloneResets.count(), 1);
    QVERIFY(alone.indexOfLemma(QStringLiteral("one_more")).isValid());

    // A new lemma resets the rows: they open again, but for the one the user collapsed, and
    // the same step stays selected.
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\nlemma one_more:\n  show x = x\n"));
    waitForCurrentRevision();
    QCOMPARE(resets.count(), 1);
    const QModelIndex again = model->indexOfLemma(QStringLiteral("still_checked"));
    QVERIFY(!view->isExpanded(proxy->mapFromSource(again)));
    QVERIFY(view->isExpanded(proxy->mapFromSource(model->indexOfLemma(QStringLiteral("one_more")))));
    QCOMPARE(view->currentIndex().data(ObligationsModel::IdRole).toString(), id);

    // Opened again by the user, it stays open through the next reset.
    view->expand(proxy->mapFromSource(again));
    cursor.insertText(QStringLiteral("\nlemma two_more:\n  show x = x\n"));
    waitForCurrentRevision();
    QCOMPARE(resets.count(), 2);
    QVERIFY(view->isExpanded(proxy->mapFromSource(model->indexOfLemma(QStringLiteral("still_checked")))));
    QVERIFY(view->isExpanded(proxy->mapFromSource(model->indexOfLemma(QStringLiteral("two_more")))));

    // Another document in another tab has its own rows: what was collapsed in one is not
    // collapsed in the other when the tab changes, though a lemma has the same name.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy.pds"));
    QVERIFY(QFile::copy(example("errors.pds"), copy));
    const int first = m_window->indexOfTab(m_window->currentTab());
    openAndWait(copy);
    const int second = m_window->indexOfTab(m_window->currentTab());
    QVERIFY(second != first);
    const ObligationsModel *other = m_window->obligationsModel();
    QVERIFY(other != model);
    view->collapse(proxy->mapFromSource(other->indexOfLemma(QStringLiteral("still_checked"))));
    m_window->setCurrentTab(first);
    QCOMPARE(m_window->obligationsModel(), model);
    QVERIFY(view->isExpanded(proxy->mapFromSource(model->indexOfLemma(QStringLiteral("still_checked")))));
}

// The gutter's marks as the tab sets them while verdicts arrive: the same steps again with
// one state changed updates that line only; another set of steps replaces them all; a
// tooltip is written by its source when asked for, for every step of the line.
void tst_MainWindow::gutterMarksFollowVerdictsAndWriteTooltipsOnHover()
{
    using ui::MarkState;
    using Mark = ui::CodeEditor::ObligationMark;
    KSyntaxHighlighting::Repository repository;
    ui::CodeEditor editor(&repository);
    editor.setPlainText(QStringLiteral("lemma a:\n  show true\nproof\n  have h: true\nqed\n"));
    const QString a = QStringLiteral("a/show");
    const QString h = QStringLiteral("a/have h");
    const QString s = QStringLiteral("a/show 2");
    QList<Mark> marks{{2, MarkState::Pending, a}, {4, MarkState::Pending, h},
                      {4, MarkState::Pending, s}};
    editor.setObligationMarks(marks);
    QCOMPARE(editor.shownState(2), std::optional(MarkState::Pending));
    QCOMPARE(editor.shownState(4), std::optional(MarkState::Pending));
    QCOMPARE(editor.shownState(1), std::nullopt);

    marks[1].state = MarkState::Failed; // a verdict for one step of line 4
    editor.setObligationMarks(marks);
    QCOMPARE(editor.shownState(4), std::optional(MarkState::Failed)); // the worst of the line
    QCOMPARE(editor.shownState(2), std::optional(MarkState::Pending));
    const QList<Mark> line4 = editor.marksAt(4);
    QCOMPARE(line4.size(), 2);
    QCOMPARE(line4.at(0).state, MarkState::Failed);
    QCOMPARE(line4.at(1).state, MarkState::Pending);

    marks[0].state = MarkState::Proved;
    marks[1].state = MarkState::Proved;
    marks[2].state = MarkState::Proved;
    editor.setObligationMarks(marks);
    QCOMPARE(editor.shownState(2), std::optional(MarkState::Proved));
    QCOMPARE(editor.shownState(4), std::optional(MarkState::Proved));

    // An edit moved the steps: the new set replaces the old one whole.
    editor.setObligationMarks({{3, MarkState::Running, a}});
    QCOMPARE(editor.shownState(3), std::optional(MarkState::Running));
    QCOMPARE(editor.shownState(2), std::nullopt);
    QCOMPARE(editor.shownState(4), std::nullopt);

    QVERIFY(editor.markToolTip(3).isEmpty()); // no source yet
    int asked = 0;
    editor.setMarkToolTipSource([&asked](const QString &id) {
        ++asked;
        return QStringLiteral("tip of ") + id;
    });
    QCOMPARE(asked, 0); // written on hover only
    editor.setObligationMarks(marks);
    QCOMPARE(asked, 0);
    QCOMPARE(editor.markToolTip(4), QStringLiteral("tip of a/have h\n\ntip of a/show 2"));
    QCOMPARE(editor.markToolTip(2), QStringLiteral("tip of a/show"));
    QCOMPARE(asked, 3);
    QVERIFY(editor.markToolTip(1).isEmpty());
}

// A module's obligations are freed off the GUI thread when the GUI thread lets go of it last
// (a long sketch's took tens of milliseconds), and where it is let go anywhere else.
void tst_MainWindow::moduleLetGoOnTheGuiThreadIsFreedElsewhere()
{
    std::atomic<QThread *> freedOn{nullptr};
    const auto tracked = [&freedOn] {
        return std::shared_ptr<const lang::Module>(new lang::Module, [&freedOn](const lang::Module *m) {
            freedOn = QThread::currentThread();
            delete m;
        });
    };
    {
        auto shown = ui::releasedOffGuiThread(tracked());
        const auto panelCopy = shown;
        shown.reset();
        QVERIFY(freedOn.load() == nullptr); // the panel still holds it
    } // the last copy goes, on the GUI thread
    QTRY_VERIFY(freedOn.load() != nullptr);
    QVERIFY(freedOn.load() != QThread::currentThread());

    freedOn = nullptr;
    std::unique_ptr<QThread> worker(QThread::create([m = ui::releasedOffGuiThread(tracked())]() mutable { m.reset(); }));
    worker->start();
    QVERIFY(worker->wait(10'000));
    QCOMPARE(freedOn.load(), worker.get());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
