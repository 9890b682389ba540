// SPDX-License-Identifier: GPL-3.0-or-later
// A large file opened in the window goes into the editor in slices (ui/textloader): the
// event loop keeps running during the load (a 10 ms heartbeat fires many times while the
// tab is loading; the longest gap is printed, not asserted: timing belongs in
// `./dev bench open`), the editor ends with the file's text, unmodified and with nothing to
// undo, and the analyzer sees the whole text (a diagnostic on the file's last line).
// Save in the middle of a load writes the whole text, never the part inserted so far;
// closing the tab or the window mid-load is clean; session restore puts the cursor back
// once the text is in. The window runs offscreen with the real engine.
#include "heartbeat.h"
#include "ui/codeeditor.h"
#include "ui/diagnosticsmodel.h"
#include "ui/documentanalyzer.h"
#include "ui/documenttab.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace proofdesk;
using proofdesk::ui::MainWindow;

namespace {

// About `bytes` of sketch: definitions (no obligations, so the engine stays idle) among
// comment lines with the language's operators, then a last line the checker rejects.
QByteArray largeSketch(int bytes, int *lastLine)
{
    QByteArray text = "-- a large sketch for tst_bigtext\nsort Agent\n";
    int lines = 2;
    for (int i = 0; text.size() < bytes; ++i, ++lines) {
        if (i % 8 == 0)
            text += QStringLiteral("def d%1(x: Int): Int = x * x + %1 -- square plus %1\n").arg(i).toUtf8();
        else
            text += QStringLiteral("-- step %1: ∀ x. d(x) ≥ 0 ∧ \"a note\" keeps the reader going\n").arg(i).toUtf8();
    }
    text += "const last_line_error: NoSuchSort\n";
    *lastLine = lines + 1;
    return text;
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lines of the Problems panel's rows.
QList<int> problemLines(const QAbstractItemModel *model)
{
    QList<int> lines;
    for (int r = 0; r < model->rowCount(); ++r)
        lines << model->index(r, 0).data(ui::DiagnosticsModel::LineRole).toInt();
    return lines;
}

} // namespace

class tst_BigText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ProofDeskTest"));
        QApplication::setApplicationName(QStringLiteral("tst_bigtext"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("large.pds"));
        m_text = largeSketch(3 * 1024 * 1024, &m_lastLine);
        QVERIFY(writeAll(m_path, m_text));
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("general/configured"), true); // no welcome page
        settings.setValue(QStringLiteral("check/useCache"), false);
        settings.setValue(QStringLiteral("solvers/disabled"), QStringList{QStringLiteral("z3")});
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        if (m_window) {
            m_window->setWindowModified(false);
            QFile::remove(m_window->recoveryPath());
        }
        m_window.reset();
    }

    // (a) the event loop runs during the load, (b) the editor ends with the file's text,
    // unmodified, nothing to undo, (e) the analyzer saw the whole text.
    void openingKeepsTheWindowRunning()
    {
        QTest::qWait(300); // the window's own start (engine, solver detection) is not measured
        qint64 worstLoading = 0;
        int ticksWhileLoading = 0;
        bool wasLoading = false;
        ui::DocumentTab *tab = nullptr;
        test::Heartbeat heartbeat([&](qint64 gapMs, qint64) {
            const bool loading = tab && tab->isLoading();
            // A gap that ends while loading, or with the tick right after the last slice.
            if (loading || wasLoading)
                worstLoading = qMax(worstLoading, gapMs);
            wasLoading = loading;
            if (loading)
                ++ticksWhileLoading;
        });
        heartbeat.start();
        QElapsedTimer loadClock;
        loadClock.start();
        const auto opened = m_window->openFile(m_path);
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error()));
        tab = m_window->currentTab();
        // openFile returned with the text still going in: the window was not held for it.
        QVERIFY(tab->isLoading());
        QVERIFY(tab->editor()->isReadOnly());
        QVERIFY(tab->text() == QString::fromUtf8(m_text)); // already the whole text
        // The status bar says what is happening: loading, not yet analysing.
        const auto statusTexts = [this] {
            QStringList texts;
            for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
                texts << label->text();
            return texts;
        };
        QVERIFY2(statusTexts().contains(QStringLiteral("Loading…")), qPrintable(statusTexts().join(QLatin1Char('|'))));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 60000);
        QTRY_VERIFY2(!statusTexts().contains(QStringLiteral("Loading…")), qPrintable(statusTexts().join(QLatin1Char('|'))));
        const qint64 loadMs = loadClock.elapsed();
        QTest::qWait(30); // the gap that ends after the load counts too
        heartbeat.stop();
        qInfo("%lld bytes loaded in %lld ms; longest event-loop gap %lld ms while slices went in, %lld ms from "
              "openFile on (reading, decoding, the first slice); %d heartbeats, %d of them while loading",
              qint64(m_text.size()), loadMs, worstLoading, heartbeat.longestGapMs(), heartbeat.ticks(), ticksWhileLoading);
        // One blocking setPlainText would let no heartbeat fire while the tab is loading.
        QVERIFY2(ticksWhileLoading >= 10, qPrintable(QString::number(ticksWhileLoading)));

        ui::CodeEditor *editor = tab->editor();
        QVERIFY(editor->toPlainText().toUtf8() == m_text);
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!tab->isModified());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(!editor->document()->isUndoAvailable());
        QCOMPARE(editor->document()->availableUndoSteps(), 0);

        // The analyzer had the whole text: the error on the last line is in Problems.
        QTRY_VERIFY_WITH_TIMEOUT(problemLines(m_window->diagnosticsModel()).contains(m_lastLine), 60000);
        QVERIFY(m_window->analyzer()->text() == QString::fromUtf8(m_text));
        QVERIFY(!tab->isModified());
    }

    // (c) Save in the middle of a load writes the whole text.
    void saveMidLoadWritesTheWholeText()
    {
        QVERIFY(m_window->openFile(m_path).has_value());
        ui::DocumentTab *tab = m_window->currentTab();
        QVERIFY(tab->isLoading());
        const QString copy = m_dir.filePath(QStringLiteral("copy.pds"));
        const auto saved = m_window->saveTo(copy);
        QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error()));
        QVERIFY(readAll(copy) == m_text);
        QCOMPARE(tab->file(), copy);
        QVERIFY(!tab->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 60000);
        QVERIFY(tab->editor()->toPlainText().toUtf8() == m_text);
        QVERIFY(!tab->isModified());
        // Nothing was autosaved of a text that was never edited.
        QVERIFY(!QFile::exists(tab->recoveryPath()));
        QFile::remove(copy);
    }

    // (d) Closing the tab, then the window, in the middle of a load.
    void closingMidLoadIsClean()
    {
        QVERIFY(m_window->openFile(m_path).has_value());
        QVERIFY(m_window->currentTab()->isLoading());
        QCOMPARE(m_window->tabCount(), 1);
        QVERIFY(m_window->closeTab(0)); // unmodified: no question
        QTest::qWait(100);             // no slice runs for the deleted tab
        QCOMPARE(m_window->tabCount(), 1);
        QVERIFY(m_window->currentTab()->isPristine());

        QVERIFY(m_window->openFile(m_path).has_value());
        QVERIFY(m_window->currentTab()->isLoading());
        QVERIFY(m_window->close());
        m_window.reset();
        QTest::qWait(100);
    }

    // Session restore puts the cursor where it was, once the text is in.
    void sessionRestoreWaitsForTheText()
    {
        QVERIFY(m_window->openFile(m_path).has_value());
        ui::DocumentTab *tab = m_window->currentTab();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 60000);
        const int line = m_lastLine - 5;
        m_window->jumpTo(line, 4);
        QVERIFY(m_window->close()); // writes the session
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->restoreSession());
        tab = m_window->currentTab();
        QVERIFY(tab->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 60000);
        QCOMPARE(tab->cursorLine(), line);
        QCOMPARE(tab->cursorColumn(), 4);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_text;
    int m_lastLine = 0;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_BigText)
#include "tst_bigtext.moc"
