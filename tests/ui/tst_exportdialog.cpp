// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export through the dialog, offscreen, with the real engine, cvc5 and z3: the bundle
// it writes is accepted by verify; a cancelled export leaves nothing behind.
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

using proofdesk::exporting::BundleResult;
using proofdesk::ui::ExportDialog;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsBasics();
    void cancels();

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

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
