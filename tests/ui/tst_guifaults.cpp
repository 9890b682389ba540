// SPDX-License-Identifier: GPL-3.0-or-later
// Misbehaving solvers through the window (issue 7): a solver command line the user set in
// Settings that crashes, hangs or lies (sat with a model under which the claim holds). The
// check ends in a clear verdict in the Obligations panel, no solver process outlives it, and
// the event loop keeps running; its longest gap is printed for the record (timing is not
// asserted in tests: it depends on the machine's load; see docs/reliability.md). The fakes
// (tests/ui/fakes, tests/engine/fakes) are the only non-real solvers, used only here.
#include "testutil.h"

#include "ui/checksession.h"
#include "ui/mainwindow.h"
#include "ui/obligationsmodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace proofdesk;
using proofdesk::ui::MainWindow;

namespace {

// One step whose claim is false (a = 1 falsifies it) and that a = 5 does not falsify.
const QByteArray Sketch = "lemma l(a: Int):\n  assume ha: a > 0\n  show a > 1\n";

// The step's row in the Obligations panel: the lemma's first child.
QModelIndex stepRow(const QAbstractItemModel *model)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex lemma = model->index(r, 0);
        if (model->rowCount(lemma) > 0)
            return model->index(0, 0, lemma);
    }
    return {};
}

} // namespace

class tst_GuiFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ProofDeskTest"));
        QApplication::setApplicationName(QStringLiteral("tst_guifaults"));
    }

    void misbehavingSolverEndsInAVerdict_data()
    {
        QTest::addColumn<QString>("fake");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("crash (SIGSEGV)") << "ui/fakes/solver-crash" << "error" << "crashed (signal 11)";
        QTest::newRow("hang") << "ui/fakes/solver-hang" << "unknown" << "timeout after";
        QTest::newRow("sat with a model that does not falsify") << "engine/fakes/solver-wrong-model" << "error"
                                                                << "invalid model";
    }

    void misbehavingSolverEndsInAVerdict()
    {
        QFETCH(QString, fake);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // An own copy: other tests run the same scripts at the same time, and the orphan
        // check looks for this copy's path.
        const QString program = dir.filePath(QFileInfo(fake).fileName());
        QVERIFY(QFile::copy(test::sourceDir() + QStringLiteral("/tests/") + fake, program));
        QVERIFY(QFile::setPermissions(program, QFile::permissions(test::sourceDir() + QStringLiteral("/tests/") + fake)));
        const QString sketch = dir.filePath(QStringLiteral("one.pds"));
        {
            QFile f(sketch);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(Sketch) == Sketch.size());
        }

        // As the Settings dialog stores a solver the user added, and "only this solver".
        QSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("check/useCache"), false);
        settings.setValue(QStringLiteral("check/timeoutMs"), 1500);
        settings.setValue(QStringLiteral("check/onlySolver"), QStringLiteral("fake"));
        settings.setValue(QStringLiteral("solvers/disabled"), QStringList{QStringLiteral("z3")});
        settings.beginWriteArray(QStringLiteral("solvers/user"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("id"), QStringLiteral("fake"));
        settings.setValue(QStringLiteral("command"), program);
        settings.setValue(QStringLiteral("enabled"), true);
        settings.endArray();
        settings.sync();

        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // The event loop's heartbeat during the check: a 10 ms timer records the longest gap.
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = qMax(worst, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        tick.start();
        const auto opened = window->openFile(sketch);
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error()));
        auto *session = window->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->module() && !session->busy() && session->counts().pending == 0 &&
                                     session->counts().running == 0,
                                 120000);
        tick.stop();

        const QAbstractItemModel *model = window->obligationsModel();
        const QModelIndex step = stepRow(model);
        QVERIFY(step.isValid());
        QCOMPARE(step.data(ui::ObligationsModel::StateRole).toString(), state);
        const QString tip = step.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(reason), qPrintable(tip));
        // Never proved on a liar's word, never a failure without a counterexample.
        QVERIFY(state != QLatin1String("proved") && state != QLatin1String("failed"));

        // No solver process outlives the check (the engine kills what timed out).
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(program).isEmpty(), 10000);
        qInfo("%s: %s; longest event-loop gap %lld ms over %d heartbeats", qPrintable(QString::fromLatin1(QTest::currentDataTag())),
              qPrintable(tip.section(QLatin1Char('\n'), -1)), worst, ticks);
        QVERIFY2(ticks > 0, "the event loop did not run during the check");
        window->close();
        window.reset();
        QVERIFY(test::processesMatching(program).isEmpty());
    }
};

QTEST_MAIN(tst_GuiFaults)
#include "tst_guifaults.moc"
