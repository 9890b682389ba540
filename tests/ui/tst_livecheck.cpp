// SPDX-License-Identifier: GPL-3.0-or-later
// The window with the real engine and real cvc5 (proofdesk-worker beside the test), offscreen:
// live checking re-solves only what changed, F8, recovery, atomic saves, external changes.
#include "heartbeat.h"
#include "testutil.h"
#include "uitestutil.h"

#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documenttab.h"
#include "ui/mainwindow.h"
#include "ui/markstate.h"
#include "ui/obligationsmodel.h"
#include "ui/screenshotter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileSystemWatcher>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <QThreadPool>

#include <memory>

#include <sys/resource.h>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace proofdesk;
using proofdesk::ui::MainWindow;
using proofdesk::ui::MarkState;

namespace {

constexpr int CheckTimeoutMs = 120'000;

using proofdesk::test::example;
using proofdesk::test::lineOf;
using proofdesk::test::readAll;

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Answers the window's modal questions from a timer, as a person would, with `button`, and
// keeps what they asked.
class PromptAnswerer
{
public:
    explicit PromptAnswerer(QMessageBox::StandardButton button)
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                prompts << box->text();
                box->button(button)->click();
            }
        });
        m_timer.start();
    }

    QStringList prompts;

private:
    QTimer m_timer;
};


} // namespace

class tst_LiveCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checksTheDocument();
    void editRechecksOnlyTheTouchedStep();
    void analysisRunsBelowTheWindow();
    void f8MovesToTheFailedStep();
    void recoveryRestoresUnsavedText();
    void saveIsAtomic();
    void saveIntoReadOnlyDirectoryKeepsTheBuffer();
    void externalChangePromptsReload();
    void externalChangeIsReadOffGuiThread();
    void externalChangeOfAClosedTabAsksNothing();
    void newestReadOfAChangedFileAnswers();
    void guiThreadKeepsRunningWhileChecking();
    void provedStepShowsWhileItsVacuityCheckRuns();
    void checkLemmaAtCursorChecksOnlyThatLemma();
    void screenshotOfTheCheckedAgents();

private:
    void openAndCheck(const QString &path);
    void waitUntilChecked();

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_LiveCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ProofDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_livecheck"));
}

void tst_LiveCheck::init()
{
    proofdesk::test::useRealSolving();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
}

void tst_LiveCheck::cleanup()
{
    if (m_window)
        QFile::remove(m_window->recoveryPath());
    m_window.reset();
}

void tst_LiveCheck::waitUntilChecked()
{
    QVERIFY(proofdesk::test::waitUntilChecked(m_window->session(), m_window->editor(), CheckTimeoutMs));
}

void tst_LiveCheck::openAndCheck(const QString &path)
{
    const auto opened = m_window->openFile(path);
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error()));
    waitUntilChecked();
}

void tst_LiveCheck::checksTheDocument()
{
    // Every model of the window, checked on every change while a real check runs.
    QAbstractItemModelTester tester(m_window->obligationsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester problemsTester(m_window->diagnosticsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(m_window->obligationsView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    openAndCheck(example("agents.pds"));
    const auto counts = m_window->session()->counts();
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.proved, 9);
    const QString text = QString::fromUtf8(readAll(example("agents.pds")));
    const int failedLine = lineOf(text, QStringLiteral("show err(n) >= err(0)"));
    QTRY_COMPARE(m_window->editor()->shownState(failedLine), std::optional(MarkState::Failed));
    const auto prevState = m_window->editor()->shownState(lineOf(text, QStringLiteral("show by prev")));
    QVERIFY2(prevState == std::optional(MarkState::Proved),
             qPrintable(prevState ? ui::markKey(*prevState) : QStringLiteral("no mark")));
    // The failed claim is underlined and listed in Problems.
    QVERIFY(m_window->editor()->checkUnderlineCount() >= 1);
    QTRY_VERIFY(m_window->diagnosticsModel()->checkWarningCount() >= 1);
    // The tooltip tells strategy and counterexample.
    QCOMPARE(m_window->editor()->marksAt(failedLine).size(), 1);
    const QString tip = m_window->editor()->markToolTip(failedLine);
    QVERIFY2(tip.contains(QLatin1String("cvc5")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("err")), qPrintable(tip));
}

// The analysis of each revision runs on a thread with a higher nice value than the window's,
// so that a keystroke is painted before it (ui/documentanalyzer.cpp).
void tst_LiveCheck::analysisRunsBelowTheWindow()
{
    const int own = ::getpriority(PRIO_PROCESS, 0);
    if (own + 5 > 19)
        QSKIP("this test runs too nice already to see the analysis thread's niceness added");
    openAndCheck(example("agents.pds"));
    QStringList nice; // of every thread of this process
    bool found = false;
    for (const QString &tid : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QList<QByteArray> fields = test::procStatFields(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (fields.size() <= 16)
            continue;
        nice << QString::fromLatin1(fields[16]);
        found = found || fields[16].toInt() == own + 5;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("own nice %1, threads: %2").arg(own).arg(nice.join(QLatin1Char(' ')))));
}

void tst_LiveCheck::editRechecksOnlyTheTouchedStep()
{
    const QString path = m_dir->filePath(QStringLiteral("agents.pds"));
    QVERIFY(QFile::copy(example("agents.pds"), path));
    openAndCheck(path);
    auto *editor = m_window->editor();
    const QString text = editor->toPlainText();
    const int failedLine = lineOf(text, QStringLiteral("show err(n) >= err(0)"));
    QVERIFY(failedLine > 0);
    QCOMPARE(editor->shownState(failedLine), std::optional(MarkState::Failed));
    QHash<int, std::optional<MarkState>> before;
    for (int line = 1; line <= editor->blockCount(); ++line)
        before.insert(line, editor->shownState(line));
    const auto statsBefore = m_window->session()->stats();

    // Turn the failed claim into a true one by editing that line only.
    QTextCursor cursor(editor->document()->findBlockByNumber(failedLine - 1));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("  show err(n) <= err(n)"));
    QTRY_COMPARE_WITH_TIMEOUT(editor->shownState(failedLine), std::optional(MarkState::Proved), CheckTimeoutMs);
    waitUntilChecked();

    const auto statsAfter = m_window->session()->stats();
    QVERIFY(statsAfter.solverRuns > statsBefore.solverRuns);
    // The nine other steps came from memory, not from a solver.
    QCOMPARE(statsAfter.memoHits - statsBefore.memoHits, 9);
    for (int line = 1; line <= editor->blockCount(); ++line) {
        if (line != failedLine) {
            const auto now = editor->shownState(line);
            const auto was = before.value(line);
            QVERIFY2(now == was, qPrintable(QStringLiteral("line %1: %2 became %3").arg(line)
                                                .arg(was ? ui::markKey(*was) : QStringLiteral("none"),
                                                     now ? ui::markKey(*now) : QStringLiteral("none"))));
        }
    }
}

void tst_LiveCheck::f8MovesToTheFailedStep()
{
    openAndCheck(example("agents.pds"));
    const QString text = m_window->editor()->toPlainText();
    const int failedLine = lineOf(text, QStringLiteral("show err(n) >= err(0)"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->jumpTo(1, 1);
    QTest::keyClick(m_window->editor(), Qt::Key_F8);
    QCOMPARE(m_window->editor()->textCursor().blockNumber() + 1, failedLine);
    // Its counterexample is shown: a value for n with n >= 1.
    auto *cx = m_window->counterexampleView();
    QTRY_VERIFY(cx->topLevelItemCount() >= 1);
    const auto found = cx->findItems(QStringLiteral("n"), Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first()->text(2).toInt() >= 1);
    // Shift+F8 wraps around to the same (only) failed step.
    m_window->jumpTo(failedLine + 1, 1);
    QTest::keyClick(m_window->editor(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_window->editor()->textCursor().blockNumber() + 1, failedLine);
}

void tst_LiveCheck::recoveryRestoresUnsavedText()
{
    const QString path = m_dir->filePath(QStringLiteral("basics.pds"));
    QVERIFY(QFile::copy(example("basics.pds"), path));
    QVERIFY(m_window->openFile(path).has_value());
    m_window->editor()->moveCursor(QTextCursor::End);
    m_window->editor()->insertPlainText(QStringLiteral("\n-- typed but never saved\n"));
    const QString typed = m_window->editor()->toPlainText();
    // The autosave timer writes the recovery file a few seconds after the edit.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_window->recoveryPath()), 15000);
    // A crash: the window goes away without closing (closing would remove the file).
    const QString recovery = m_window->recoveryPath();
    m_window.reset();
    QVERIFY(QFile::exists(recovery));
    QCOMPARE(readAll(path), readAll(example("basics.pds")));

    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFile(path).has_value());
    QVERIFY(m_window->recover(false));
    QCOMPARE(m_window->editor()->toPlainText(), typed);
    QVERIFY(m_window->isWindowModified());
}

void tst_LiveCheck::saveIsAtomic()
{
    const QString path = m_dir->filePath(QStringLiteral("lists.pds"));
    QVERIFY(QFile::copy(example("lists.pds"), path));
    QVERIFY(m_window->openFile(path).has_value());
    m_window->editor()->moveCursor(QTextCursor::End);
    m_window->editor()->insertPlainText(QStringLiteral("\n-- saved\n"));
    QVERIFY(m_window->isWindowModified());
    const auto saved = m_window->saveTo(path);
    QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error()));
    QCOMPARE(QString::fromUtf8(readAll(path)), m_window->editor()->toPlainText());
    QVERIFY(!m_window->isWindowModified());
    // Nothing left behind beside the file.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("lists.pds")});

    // A place that cannot be written: an error naming it, and the old file stays whole.
    const QByteArray before = readAll(path);
    m_window->editor()->insertPlainText(QStringLiteral("-- typed after the save\n"));
    const QString typed = m_window->editor()->toPlainText();
    const QString blocked = m_dir->filePath(QStringLiteral("no-such-dir/x.pds"));
    const auto failed = m_window->saveTo(blocked);
    QVERIFY(!failed.has_value());
    QVERIFY2(failed.error().contains(QLatin1String("no-such-dir")), qPrintable(failed.error()));
    QCOMPARE(readAll(path), before);
    // The buffer keeps what was typed and still reads as unsaved.
    QCOMPARE(m_window->editor()->toPlainText(), typed);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->currentFile(), path);
}

void tst_LiveCheck::saveIntoReadOnlyDirectoryKeepsTheBuffer()
{
    const QString dir = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    // Restored at the end so that the temporary directory can be removed.
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    {
        QFile probe(dir + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("this user may write into a read-only directory (root?): nothing to test");
        }
    }
    QVERIFY(m_window->openFile(example("basics.pds")).has_value());
    m_window->editor()->moveCursor(QTextCursor::End);
    m_window->editor()->insertPlainText(QStringLiteral("\n-- not saved yet\n"));
    const QString typed = m_window->editor()->toPlainText();
    const QString target = dir + QStringLiteral("/basics.pds");
    const auto failed = m_window->saveTo(target);
    QVERIFY(!failed.has_value());
    QVERIFY2(failed.error().contains(QLatin1String("readonly")), qPrintable(failed.error()));
    QVERIFY(!QFile::exists(target));
    // Nothing typed is lost, and the document still reads as unsaved.
    QCOMPARE(m_window->editor()->toPlainText(), typed);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->currentFile(), example("basics.pds"));
}

void tst_LiveCheck::externalChangePromptsReload()
{
    const QString path = m_dir->filePath(QStringLiteral("basics.pds"));
    QVERIFY(QFile::copy(example("basics.pds"), path));
    QVERIFY(m_window->openFile(path).has_value());
    // The prompt is modal: answer it from a timer, as a person would.
    PromptAnswerer answer(QMessageBox::Yes);
    const QByteArray changed = readAll(path) + "\n-- changed by another program\n";
    QVERIFY(writeAll(path, changed));
    QTRY_VERIFY_WITH_TIMEOUT(!answer.prompts.isEmpty(), 15000);
    QVERIFY2(answer.prompts.first().contains(QLatin1String("basics.pds")), qPrintable(answer.prompts.first()));
    QTRY_COMPARE(m_window->editor()->toPlainText(), QString::fromUtf8(changed));
}

// The file is swapped for a named pipe, which holds a reader in open() until a writer opens
// it. The writer is a timer of this (the GUI) thread that opens and closes the pipe whenever
// a reader waits (a non-blocking open succeeds only then): had the window read the changed
// file on the GUI thread, no timer could fire and the read would never end. The reader finds
// the file empty, unlike the text: the question comes, and No keeps the text.
void tst_LiveCheck::externalChangeIsReadOffGuiThread()
{
    const QString path = m_dir->filePath(QStringLiteral("piped.pds"));
    const QByteArray text = "lemma piped:\n  show 1 + 1 = 2\n";
    QVERIFY(writeAll(path, text));
    QVERIFY(m_window->openFile(path).has_value());
    int readersServed = 0;
    QTimer writer;
    writer.setInterval(10);
    connect(&writer, &QTimer::timeout, this, [&] {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            ::close(fd);
            ++readersServed;
        }
    });
    PromptAnswerer answer(QMessageBox::No);
    const QStringList &prompts = answer.prompts;
    QVERIFY(QFile::remove(path));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!prompts.isEmpty(), 15000);
    QVERIFY(readersServed >= 1);
    QVERIFY2(prompts.first().contains(QLatin1String("piped.pds")), qPrintable(prompts.first()));
    QCOMPARE(m_window->editor()->toPlainText(), QString::fromUtf8(text));
    QVERIFY(!m_window->isWindowModified());
    // The window goes while the writer still serves any read left waiting.
    m_window.reset();
    QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 15000);
}

// A tab closed while its file is being read asks nothing when the read ends. The read is
// held in flight by a pipe whose writer (this thread) stays open until the tab is closed.
void tst_LiveCheck::externalChangeOfAClosedTabAsksNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("closed.pds"));
    QVERIFY(writeAll(path, "lemma closed:\n  show 2 = 2\n"));
    QVERIFY(m_window->openFile(path).has_value());
    QCOMPARE(m_window->tabCount(), 1);
    PromptAnswerer answer(QMessageBox::No);
    const QStringList &prompts = answer.prompts;
    QVERIFY(QFile::remove(path));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    int fd = -1;
    const auto readerWaiting = [&] {
        if (fd < 0)
            fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        return fd >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(readerWaiting(), 15000); // the window's read has the pipe open
    QVERIFY(m_window->closeTab(0));
    QVERIFY(m_window->currentTab()->isPristine());
    QCOMPARE(::write(fd, "changed\n", 8), ssize_t(8));
    ::close(fd); // the read ends now, its tab gone
    QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 15000);
    QTest::qWait(100); // the read's end reaches the window
    QVERIFY2(prompts.isEmpty(), qPrintable(prompts.join(QLatin1Char('|'))));
}

// A file that changes again while its first read is in flight is read again, and the newest
// read answers even when the older one ends first. The first read is held by a pipe that
// this thread writes: it reads the tab's own text (nothing to ask) and ends first; the second
// read, of the file's second change, finds the pipe empty (a change) and asks. Were the
// first read's end taken as the answer, nothing would be asked. The second change is the
// window's file watcher reporting the path again, sent while it does not watch the pipe, so
// that no real event of the pipe's writes adds a third read. The pipe's write ends are
// close-on-exec: a solver started meanwhile must not hold one, or no read would see its end.
void tst_LiveCheck::newestReadOfAChangedFileAnswers()
{
    const QString path = m_dir->filePath(QStringLiteral("twice.pds"));
    const QByteArray text = "lemma twice:\n  show 3 = 3\n";
    QVERIFY(writeAll(path, text));
    QVERIFY(m_window->openFile(path).has_value());
    auto *watcher = m_window->findChild<QFileSystemWatcher *>();
    QVERIFY(watcher);
    PromptAnswerer answer(QMessageBox::No);
    const QStringList &prompts = answer.prompts;
    QVERIFY(QFile::remove(path));
    const QByteArray name = QFile::encodeName(path);
    QCOMPARE(::mkfifo(name.constData(), 0600), 0);
    int fd = -1;
    // Any read left waiting for a writer is served (it reads nothing): no read stays blocked
    // on the pipe, to hang this test's end or the next test, whatever fails below.
    const auto serveReaders = [&] {
        const int w = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (w >= 0)
            ::close(w);
    };
    const auto unblock = qScopeGuard([&] {
        if (fd >= 0)
            ::close(fd);
        for (int i = 0; i < 500 && QThreadPool::globalInstance()->activeThreadCount() > 0; ++i) {
            serveReaders();
            QTest::qWait(10);
        }
    });
    // The first read (of the deletion's change) has the pipe open; it gets the tab's text.
    QTRY_VERIFY_WITH_TIMEOUT((fd = fd >= 0 ? fd : ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC)) >= 0, 15000);
    QTest::qWait(200); // the deletion's other events, if any, arrive
    QVERIFY(prompts.isEmpty());
    watcher->removePath(path);
    QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
    int unread = -1;
    QTRY_VERIFY_WITH_TIMEOUT(::ioctl(fd, FIONREAD, &unread) == 0 && unread == 0, 15000);
    // The second change, while the first read waits for the end of its file.
    QVERIFY(QMetaObject::invokeMethod(watcher, "fileChanged", Q_ARG(QString, path)));
    ::close(fd); // the first read ends now
    fd = -1;
    QTimer writer;
    writer.setInterval(10);
    connect(&writer, &QTimer::timeout, this, serveReaders);
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!prompts.isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 15000);
    QTest::qWait(200); // every read's end has reached the window, and no other question follows
    QCOMPARE(prompts.size(), 1);
    QVERIFY2(prompts.first().contains(QLatin1String("twice.pds")), qPrintable(prompts.first()));
    QCOMPARE(m_window->editor()->toPlainText(), QString::fromUtf8(text)); // No keeps the text
}

void tst_LiveCheck::guiThreadKeepsRunningWhileChecking()
{
    // The event loop's latency while the engine solves a whole document: a timer that
    // should fire every 10 ms records the longest gap. A behaviour check, not a benchmark:
    // blocking on a solver or a file would show as gaps of seconds.
    // The assertion is on behaviour, not on time (timing belongs in ./dev bench gui): the
    // heartbeat must keep firing while a solver is running, which it cannot if the GUI
    // thread waits on the engine. The longest gap is printed for the record.
    int ticksWhileSolving = 0;
    test::Heartbeat heartbeat([&](qint64 gapMs, qint64 nowMs) {
        if (gapMs > 50)
            qInfo("gap of %lld ms ending at %lld ms (module %d, running %d, done %d)", gapMs, nowMs,
                  m_window->session()->module() != nullptr, m_window->session()->counts().running,
                  m_window->session()->counts().done());
        if (m_window->session()->counts().running > 0)
            ++ticksWhileSolving;
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(200);
    heartbeat.start();
    openAndCheck(example("agents.pds"));
    heartbeat.stop();
    QVERIFY(m_window->session()->stats().solverRuns > 0);
    qInfo("longest event-loop gap while checking: %lld ms", heartbeat.longestGapMs());
    qInfo("heartbeats while a solver was running: %d", ticksWhileSolving);
    QVERIFY2(ticksWhileSolving >= 3, "the event loop did not run while the solvers worked");
}

// Check Lemma at Cursor: the engine gets the steps of that lemma only (it picks them out of
// the shared module in its own thread); the other lemmas' verdicts stay, shown as stale.
void tst_LiveCheck::checkLemmaAtCursorChecksOnlyThatLemma()
{
    openAndCheck(example("agents.pds"));
    const lang::Module *module = m_window->session()->module();
    QVERIFY(module);
    // The lemma of the last step: agents.pds has steps in several lemmas before it.
    const auto last = std::ranges::find_last_if(module->obligations, [](const lang::Obligation &o) {
                          return o.status == lang::ObligationStatus::ToSolve;
                      }).begin();
    QVERIFY(last != module->obligations.end());
    const std::string lemma = last->lemma;
    m_window->editor()->goTo(int(last->range.begin.line), int(last->range.begin.column));
    m_window->checkLemmaAtCursor();
    waitUntilChecked();
    module = m_window->session()->module();
    int inLemma = 0, elsewhere = 0;
    for (const auto &o : module->obligations) {
        if (o.status != lang::ObligationStatus::ToSolve)
            continue;
        const MarkState state = m_window->session()->state(QString::fromStdString(o.id));
        if (o.lemma == lemma) {
            ++inLemma;
            QVERIFY2(state != MarkState::Stale && state != MarkState::Pending, o.id.c_str());
        } else {
            ++elsewhere;
            QVERIFY2(state == MarkState::Stale, o.id.c_str());
        }
    }
    QVERIFY(inLemma >= 1);
    QVERIFY(elsewhere >= 1);
}

// The induction step of `bounded` is proved at once, but the check that its assumptions are
// consistent runs to its 2 s limit (cvc5 finds no model of the monotone `err`). Meanwhile the
// step shows as proved, with a hover that says what still runs, and the final verdict then
// replaces that hover.
void tst_LiveCheck::provedStepShowsWhileItsVacuityCheckRuns()
{
    const QString text = QString::fromUtf8(readAll(example("agents.pds")));
    const int line = lineOf(text, QStringLiteral("show by ih, monotone"));
    QVERIFY(m_window->openFile(example("agents.pds")).has_value());
    const QString checking = QStringLiteral("Checking that the assumptions");
    const auto tooltip = [&] {
        const ui::CodeEditor *editor = m_window->editor();
        return editor->marksAt(line).size() == 1 ? editor->markToolTip(line) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(m_window->editor()->shownState(line) == std::optional(MarkState::Proved), CheckTimeoutMs);
    QVERIFY(m_window->session()->busy()); // the vacuity checks still run
    QVERIFY2(tooltip().contains(checking), qPrintable(tooltip()));
    QVERIFY(m_window->session()->counts().proved >= 1);
    waitUntilChecked();
    QCOMPARE(m_window->editor()->shownState(line), std::optional(MarkState::Proved));
    QTRY_VERIFY2(!tooltip().contains(checking), qPrintable(tooltip()));
    QVERIFY2(tooltip().contains(QLatin1String("cvc5")), qPrintable(tooltip()));
}

void tst_LiveCheck::screenshotOfTheCheckedAgents()
{
    // The picture CI keeps (and a person looks at): the agents example checked, the failed
    // step selected with its counterexample. Saved beside the test for inspection.
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString png = QDir::current().absoluteFilePath(QStringLiteral("tst_livecheck-agents.png"));
    QFile::remove(png);
    // As in `proofdesk --screenshot`: the screenshotter waits for the check to finish and
    // selects the first failed step itself.
    ui::Screenshotter shot(m_window.get(), png);
    QSignalSpy done(&shot, &ui::Screenshotter::finished);
    openAndCheck(example("agents.pds"));
    shot.start(CheckTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, CheckTimeoutMs);
    QVERIFY(m_window->counterexampleView()->topLevelItemCount() >= 1);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
    qInfo("screenshot: %s", qPrintable(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Both a failed and a proved mark are drawn: their colours appear in the picture.
    const auto hasColour = [&image](const QColor &c) {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y).rgb() == c.rgb())
                    return true;
        return false;
    };
    QVERIFY(hasColour(ui::markColor(MarkState::Failed)));
    QVERIFY(hasColour(ui::markColor(MarkState::Proved)));
}

QTEST_MAIN(tst_LiveCheck)
#include "tst_livecheck.moc"
