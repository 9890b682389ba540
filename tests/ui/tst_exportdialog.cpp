// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export through the dialog, offscreen, with the real engine, cvc5, z3 and kissat: the
// bundle it writes is accepted by verify; the source is read and analysed off the GUI
// thread; a cancelled export leaves nothing behind, not even a solver still running.
#include "export/verify.h"
#include "testutil.h"
#include "ui/exportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include <sys/stat.h>

using proofdesk::exporting::BundleResult;
using proofdesk::ui::ExportDialog;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsBasics();
    void cancels();
    void readsSourceOffGuiThread();
    void cancelsDocumentCheck_data();
    void cancelsDocumentCheck();

private:
    QTemporaryDir m_home;
};

void tst_ExportDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Result cache and log in a temporary home, never the user's.
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_STATE_HOME", m_home.filePath(QStringLiteral("state")).toUtf8());
}

void tst_ExportDialog::exportsBasics()
{
    QTemporaryDir out;
    ExportDialog dialog(proofdesk::test::example("basics.pds"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString bundle = out.filePath(QStringLiteral("basics-bundle"));
    dialog.setOutputDirectory(bundle);
    dialog.options().engine.useCache = false;
    QVERIFY(dialog.pdfBox()->isChecked() && dialog.certificatesBox()->isChecked());
    QVERIFY(!dialog.openReportButton()->isEnabled());
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QSignalSpy progressed(dialog.progressBar(), &QProgressBar::valueChanged);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(dialog.exporting());
    QVERIFY(!dialog.exportButton()->isEnabled()); // one export at a time
    QVERIFY(finished.wait(300'000));
    const auto result = finished.first().first().value<BundleResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(progressed.count() > 0);
    QVERIFY(dialog.openReportButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("claims")));
    QVERIFY(QFile::exists(bundle + QStringLiteral("/report.html")));
    QVERIFY(QFile::exists(bundle + QStringLiteral("/report.pdf")));
    const auto report = proofdesk::exporting::verifyBundle(bundle);
    QStringList failures = report.problems;
    for (const auto &c : report.claims)
        if (!c.confirmed)
            failures << c.id + QStringLiteral(": ") + c.detail;
    QVERIFY2(report.ok(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(!report.claims.isEmpty());
}

void tst_ExportDialog::cancels()
{
    QTemporaryDir out;
    ExportDialog dialog(proofdesk::test::example("agents.pds"));
    dialog.show();
    const QString bundle = out.filePath(QStringLiteral("agents-bundle"));
    dialog.setOutputDirectory(bundle);
    dialog.options().engine.useCache = false;
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(dialog.exporting());
    dialog.reject(); // Esc while exporting cancels instead of closing
    QVERIFY(finished.wait(60'000));
    const auto result = finished.first().first().value<BundleResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(!dialog.exporting());
    QVERIFY(dialog.exportButton()->isEnabled());
    QVERIFY(!dialog.openReportButton()->isEnabled());
    QVERIFY(!QFileInfo::exists(bundle + QStringLiteral("/manifest.json")));
    QVERIFY(!QDir(bundle).exists()); // the partial directory is removed
    QVERIFY(dialog.isVisible());     // still open, to try again
}

// The sketch comes through a named pipe, which blocks its reader until a writer opens it and
// ends only when the writer closes it. The writer is this (the GUI) thread, after the click:
// had the dialog read or analysed the source on the GUI thread, the click would never return.
void tst_ExportDialog::readsSourceOffGuiThread()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("piped.pds"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ExportDialog dialog(fifo);
    dialog.show();
    const QString bundle = dir.filePath(QStringLiteral("piped-bundle"));
    dialog.setOutputDirectory(bundle);
    dialog.options().engine.useCache = false;
    dialog.pdfBox()->setChecked(false);
    dialog.certificatesBox()->setChecked(false);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(dialog.exporting());
    QTest::qWait(100); // the GUI thread still turns its event loop while the exporter waits
    QVERIFY(finished.isEmpty());
    {
        QFile pipe(fifo);
        QVERIFY(pipe.open(QIODevice::WriteOnly));
        pipe.write("lemma piped(n: Int):\n  assume hn: n > 1\n  show n + n > n\n");
    }
    QVERIFY(finished.wait(300'000));
    const auto result = finished.first().first().value<BundleResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.claims.isEmpty());
    QCOMPARE(proofdesk::test::readAll(bundle + QStringLiteral("/sources/piped.pds")),
             QByteArray("lemma piped(n: Int):\n  assume hn: n > 1\n  show n + n > n\n"));
}

void tst_ExportDialog::cancelsDocumentCheck_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("solver"); // the process the check runs, as /proc names it
    // 13 pigeons in 12 holes: hours for kissat and for cvc5, far beyond the test.
    QTest::newRow("cnf (kissat)") << QStringLiteral("php12.cnf") << proofdesk::test::pigeonholeCnf(12) << QStringLiteral("kissat");
    QTest::newRow("smt2 (proofdesk-worker)") << QStringLiteral("php12.smt2") << proofdesk::test::pigeonholeSmt2(12)
                                             << QStringLiteral("proofdesk-worker");
}

// Cancel ends a document check that is running: the solver process goes at once, not when
// its time limit (here ten minutes) runs out.
void tst_ExportDialog::cancelsDocumentCheck()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    QFETCH(QString, solver);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(proofdesk::test::childProcesses().isEmpty(), qPrintable(proofdesk::test::childProcesses().join(QLatin1Char('\n'))), 30'000);
    ExportDialog dialog(path);
    dialog.show();
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    dialog.setOutputDirectory(bundle);
    dialog.options().engine.useCache = false;
    dialog.options().documents.limits.timeoutMs = 600'000;
    dialog.options().documents.limits.graceMs = 10'000;
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    // The solver at work, not a probe of its version (the worker is asked for cvc5's version
    // first, and that process ends at once).
    const auto solving = [&] {
        const QStringList found = proofdesk::test::childProcesses().filter(solver);
        return std::any_of(found.cbegin(), found.cend(), [](const QString &p) { return !p.contains(QLatin1String("--version")); });
    };
    // Wait for the solver, or for an export that ended without one (then say why). Once seen,
    // it stays seen: QTRY evaluates its condition again after the wait, and a condition that
    // turned false meanwhile fails it.
    bool seen = false;
    QTRY_VERIFY_WITH_TIMEOUT((seen = seen || solving()) || !finished.isEmpty(), 60'000);
    if (!finished.isEmpty()) {
        const auto early = finished.first().first().value<BundleResult>();
        QFAIL(qPrintable(QStringLiteral("the export ended before %1 ran: ok=%2 cancelled=%3 error=%4")
                             .arg(solver)
                             .arg(early.ok)
                             .arg(early.cancelled)
                             .arg(early.error)));
    }
    dialog.cancelExport();
    QVERIFY(finished.wait(60'000)); // far inside the check's ten minutes
    const auto result = finished.first().first().value<BundleResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(!QDir(bundle).exists());
    // Nothing of the export outlives it: no solver, no worker, no zombie.
    QTRY_VERIFY2_WITH_TIMEOUT(proofdesk::test::childProcesses().isEmpty(), qPrintable(proofdesk::test::childProcesses().join(QLatin1Char('\n'))), 10'000);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
