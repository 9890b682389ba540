// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection: solver processes that crash, hang, talk garbage, flood, exhaust memory or
// lie. Each case must end in a clear verdict, and no process may outlive the engine.
// The fakes in fakes/ are the only non-real solvers in the test suite.
#include "enginetestutil.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <format>
#include <sys/resource.h>

using namespace proofdesk;

namespace {
QString fake(const char *name)
{
    return QStringLiteral(PROOFDESK_SOURCE_DIR "/tests/engine/fakes/") + QLatin1String(name);
}

engine::ExternalSolver generic(const char *id, const QString &program)
{
    return engine::ExternalSolver{QLatin1String(id), program, {}, QLatin1String(id) + QStringLiteral(" 1"),
                                  engine::ExternalSolver::Flavor::Generic};
}

std::vector<lang::Obligation> oneObligation(const char *source = "lemma l(a: Int):\n  assume ha: a > 0\n  show a > 1")
{
    return lang::analyze(source, "t.pds").obligations;
}
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workerFaults_data()
    {
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("crash (SIGSEGV)") << fake("worker-crash") << "error" << "solver crashed (signal 11)";
        QTest::newRow("abort (SIGABRT)") << fake("worker-abort") << "error" << "solver crashed (signal 6)";
        QTest::newRow("hang") << fake("worker-hang") << "unknown" << "timeout after";
        QTest::newRow("garbage output") << fake("worker-garbage") << "error" << "malformed output";
        QTest::newRow("exits without answer") << fake("worker-exit") << "error" << "exited unexpectedly";
        QTest::newRow("floods stdout") << fake("worker-flood") << "error" << "malformed output";
        QTest::newRow("exhausts memory") << fake("worker-memory") << "error" << "memory limit";
        QTest::newRow("missing binary") << QStringLiteral("/nonexistent/proofdesk-worker") << "error" << "cannot start";
    }

    void workerFaults()
    {
        QFETCH(QString, worker);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        engine::EngineOptions opts;
        opts.workerProgram = worker;
        opts.useCache = false;
        opts.onlySolver = QStringLiteral("cvc5");
        // Growing a string to the limit takes bash a few seconds: give that case room.
        const bool memory = worker.endsWith(QLatin1String("worker-memory"));
        opts.limits.timeoutMs = memory ? 20000 : 1000;
        opts.limits.graceMs = 500;
        opts.limits.memoryBytes = 64LL * 1024 * 1024;
        const auto obligations = oneObligation();
        QHash<QString, engine::Verdict> verdicts;
        {
            engine::Engine e(opts);
            verdicts = test::runEngine(e, obligations, 1, 60000);
            QVERIFY(e.idle());
        }
        QCOMPARE(verdicts.size(), 1);
        const engine::Verdict v = verdicts.begin().value();
        QCOMPARE(engine::statusName(v.status), status);
        QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(worker).isEmpty(), 5000);
    }

    void invalidModelIsAnError()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.externals << engine::ExternalSolver{QStringLiteral("liar"), fake("solver-wrong-model"), {}, QStringLiteral("liar 1"), engine::ExternalSolver::Flavor::Generic};
        opts.onlySolver = QStringLiteral("liar");
        engine::Engine e(opts);
        const auto verdicts = test::runEngine(e, oneObligation());
        QCOMPARE(verdicts.size(), 1);
        const engine::Verdict v = verdicts.begin().value();
        QCOMPARE(v.status, engine::Status::Error);
        QVERIFY2(v.reason.contains("invalid model"), qPrintable(v.reason));
    }

    // A solver that proves anything is caught only by asking an independent one: its unsat
    // must give way to a counterexample that evaluates the claim to false.
    void lyingUnsatIsCaughtByCrossCheck()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.externals << generic("yes-man", fake("solver-says-unsat"));
        opts.onlySolver = QStringLiteral("yes-man");
        opts.crossCheck = true;
        engine::Engine e(opts);
        const engine::Verdict v = test::runEngine(e, oneObligation()).begin().value();
        QCOMPARE(v.status, engine::Status::Failed);
        QVERIFY(v.modelConfirmed);
        QVERIFY2(v.disagreement.contains(QLatin1String("yes-man")), qPrintable(v.disagreement));
        QCOMPARE(v.model.size(), 1);
        QCOMPARE(v.model[0].value, QStringLiteral("1")); // a > 0 and not a > 1: only a = 1
        QVERIFY(v.strategy.startsWith(QLatin1String("cvc5")));
    }

    // Without a cross-check the liar's unsat stands: the option is what buys the check.
    void lyingUnsatWithoutCrossCheckIsNamed()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.externals << generic("yes-man", fake("solver-says-unsat"));
        opts.onlySolver = QStringLiteral("yes-man");
        opts.vacuityCheck = false;
        engine::Engine e(opts);
        const engine::Verdict v = test::runEngine(e, oneObligation()).begin().value();
        QCOMPARE(v.status, engine::Status::Proved);
        QCOMPARE(v.strategy, QStringLiteral("yes-man")); // the verdict says whom it trusts
        QVERIFY(v.crossCheckedBy.isEmpty());
    }

    void crossCheckAgreementIsRecorded()
    {
        const auto externals = engine::detectExternalSolvers();
        const bool haveZ3 = std::any_of(externals.begin(), externals.end(),
                                        [](const engine::ExternalSolver &s) { return s.id == QLatin1String("z3"); });
        if (!haveZ3)
            QSKIP("z3 is not installed: no independent solver to cross-check with");
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.externals = externals;
        opts.crossCheck = true;
        engine::Engine e(opts);
        const engine::Verdict v =
            test::runEngine(e, oneObligation("lemma l(a: Int):\n  assume ha: a > 1\n  show a > 0")).begin().value();
        QCOMPARE(v.status, engine::Status::Proved);
        QVERIFY2(!v.crossCheckedBy.isEmpty(), qPrintable(v.reason));
        // The cross-check comes from the other family than the proof.
        QCOMPARE(v.crossCheckedBy.startsWith(QLatin1String("cvc5")), !v.strategy.startsWith(QLatin1String("cvc5")));
        QVERIFY(v.disagreement.isEmpty());
    }

    // A wrong model must not decide while other strategies can: the liar is set aside and
    // the portfolio asked again, and the verdict names what happened.
    void wrongModelGivesWayToOtherSolvers()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.jobs = 4; // everyone starts at once; the script answers long before cvc5 starts
        opts.externals << generic("liar", fake("solver-wrong-model"));
        engine::Engine e(opts);
        // True claim; the liar's a = 5 satisfies it, so its "counterexample" is false.
        const engine::Verdict v =
            test::runEngine(e, oneObligation("lemma l(a: Int):\n  assume ha: a > 1\n  show a > 0")).begin().value();
        QCOMPARE(v.status, engine::Status::Proved);
        QVERIFY(v.strategy.startsWith(QLatin1String("cvc5")));
        QVERIFY2(v.disagreement.isEmpty() || v.disagreement.contains(QLatin1String("liar")), qPrintable(v.disagreement));
    }

    void slowStartingSolverStillAnswers()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        engine::ExternalSolver slow = generic("slow", fake("solver-slow-start"));
        slow.flavor = engine::ExternalSolver::Flavor::Z3;
        opts.externals << slow;
        opts.onlySolver = QStringLiteral("slow");
        engine::Engine e(opts);
        const engine::Verdict v = test::runEngine(e, oneObligation()).begin().value();
        QCOMPARE(v.status, engine::Status::Failed);
        QVERIFY(v.modelConfirmed);
        QCOMPARE(v.model[0].value, QStringLiteral("1"));
    }

    void floodingSolverIsStopped()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.limits.maxOutputBytes = 8 * 1024 * 1024;
        opts.externals << generic("flood", fake("solver-flood"));
        opts.onlySolver = QStringLiteral("flood");
        engine::Engine e(opts);
        const engine::Verdict v = test::runEngine(e, oneObligation()).begin().value();
        QCOMPARE(v.status, engine::Status::Error);
        QVERIFY2(v.reason.contains(QLatin1String("printed more than 8 MiB")), qPrintable(v.reason));
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(fake("solver-flood")).isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(QStringLiteral("head -c 1073741824")).isEmpty(), 5000);
    }

    // The output limit counts everything the solver printed: exactly the limit is read and
    // interpreted, one byte more ends the run.
    void outputLimitAtItsEdge_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<bool>("refused");
        QTest::newRow("at the limit") << 4096 << false;
        QTest::newRow("one byte over") << 4097 << true;
    }

    void outputLimitAtItsEdge()
    {
        QFETCH(int, bytes);
        QFETCH(bool, refused);
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.limits.maxOutputBytes = 4096;
        engine::ExternalSolver solver = generic("exact", fake("solver-prints-bytes"));
        solver.arguments << QString::number(bytes);
        opts.externals << solver;
        opts.onlySolver = QStringLiteral("exact");
        engine::Engine e(opts);
        const engine::Verdict v = test::runEngine(e, oneObligation()).begin().value();
        if (refused) {
            QCOMPARE(v.status, engine::Status::Error);
            QVERIFY2(v.reason.contains(QLatin1String("printed more than 4096 bytes")), qPrintable(v.reason));
        } else {
            QCOMPARE(v.status, engine::Status::Unknown);
            QVERIFY2(!v.reason.contains(QLatin1String("printed more than")), qPrintable(v.reason));
        }
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(fake("solver-prints-bytes")).isEmpty(), 5000);
    }

    // The solver's program is deleted while it runs (an upgrade, a cleanup): the run in
    // flight ends on its own, the next start fails with the path named, nothing lingers.
    void solverBinaryVanishesMidRun()
    {
        QTemporaryDir dir;
        const QString program = dir.filePath(QStringLiteral("vanishing-solver"));
        QVERIFY(QFile::copy(fake("solver-sleeps"), program));
        QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner | QFile::WriteOwner));
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.jobs = 1;
        opts.externals << generic("vanishing", program);
        opts.onlySolver = QStringLiteral("vanishing");
        engine::Engine e(opts);
        // Deleted once the first run is under way (its process has started by then).
        QObject::connect(&e, &engine::Engine::obligationStarted, &e, [&](quint64, const QString &) {
            QTimer::singleShot(300, &e, [program] { QFile::remove(program); });
        });
        const auto verdicts = test::runEngine(
            e, lang::analyze("lemma a(x: Int):\n  show x > 0\nlemma b(y: Int):\n  show y > 1", "t.pds").obligations);
        QCOMPARE(verdicts.size(), 2);
        QVERIFY2(verdicts.contains(QStringLiteral("a/show")) && verdicts.contains(QStringLiteral("b/show")),
                 qPrintable(verdicts.keys().join(QLatin1Char(' '))));
        const engine::Verdict second = verdicts.value(QStringLiteral("b/show"));
        QCOMPARE(second.status, engine::Status::Error);
        QVERIFY2(second.reason.contains(QLatin1String("cannot start")) && second.reason.contains(program),
                 qPrintable(second.reason));
        const engine::Verdict first = verdicts.value(QStringLiteral("a/show"));
        QVERIFY(first.status != engine::Status::Proved && first.status != engine::Status::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(program).isEmpty(), 5000);
    }

    // A shared cache is only a hint: a poisoned entry that claims a false step proved
    // (someone edited the file, or another user's solver lied) must not be shown as proved
    // unless the user marked that cache trusted.
    void poisonedSharedCacheIsRechecked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.cachePath = path;
        opts.onlySolver = QStringLiteral("cvc5");
        {
            engine::Engine e(opts);
            QCOMPARE(test::runEngine(e, oneObligation()).begin().value().status, engine::Status::Failed);
        }
        // Turn the stored counterexample into a proof.
        auto poison = [&path] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poison"));
                db.setDatabaseName(path);
                if (!db.open())
                    return false;
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("UPDATE results SET answer = 'unsat', "
                                           "response = replace(response, '\"answer\":\"sat\"', '\"answer\":\"unsat\"')")))
                    return false;
                if (q.numRowsAffected() < 1)
                    return false;
            }
            QSqlDatabase::removeDatabase(QStringLiteral("poison"));
            return true;
        };
        QVERIFY(poison());
        {
            opts.trustCache = false;
            engine::Engine e(opts);
            const engine::Verdict v = test::runEngine(e, oneObligation()).begin().value();
            QCOMPARE(v.status, engine::Status::Failed);
            QVERIFY(!v.fromCache);
            QCOMPARE(e.stats().solverRuns > 0, true);
        }
        {
            // The same file trusted: the poison shows, which is what trust means. (The
            // untrusted run above stored its own answer over the poisoned one.)
            QVERIFY(poison());
            opts.trustCache = true;
            opts.vacuityCheck = false;
            engine::Engine e(opts);
            const engine::Verdict v = test::runEngine(e, oneObligation()).begin().value();
            QCOMPARE(v.status, engine::Status::Proved);
            QVERIFY(v.fromCache);
        }
    }

    void errorLineMeansFailedRun()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.externals << engine::ExternalSolver{QStringLiteral("noisy"), fake("solver-error-then-sat"), {}, QStringLiteral("noisy 1"), engine::ExternalSolver::Flavor::Generic};
        opts.onlySolver = QStringLiteral("noisy");
        engine::Engine e(opts);
        const auto v = test::runEngine(e, oneObligation()).begin().value();
        QCOMPARE(v.status, engine::Status::Error);
        QVERIFY2(v.reason.contains("unknown constant"), qPrintable(v.reason));
    }

    void realSolverCounterexample()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        engine::Engine e(opts);
        const auto v = test::runEngine(e, oneObligation()).begin().value();
        QCOMPARE(v.status, engine::Status::Failed);
        QVERIFY(v.modelConfirmed);
        QCOMPARE(v.model.size(), 1);
        QCOMPARE(v.model[0].symbol, QStringLiteral("a"));
        QCOMPARE(v.model[0].value, QStringLiteral("1"));
        // Any strategy of the portfolio may win the race; it is named either way.
        QVERIFY2(engine::Engine(opts).strategyIds().contains(v.strategy), qPrintable(v.strategy));
        QVERIFY(v.solver.startsWith(QLatin1String("cvc5 ")) || v.solver.startsWith(QLatin1String("z3 ")));
    }

    void timeoutOfTheRealSolver()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.onlySolver = QStringLiteral("cvc5");
        opts.limits.timeoutMs = 300;
        engine::Engine e(opts);
        // Nonlinear real arithmetic without libpoly: cvc5 does not terminate on its own.
        const auto v = test::runEngine(e, oneObligation("lemma l(x: Real): show x * x != 2")).begin().value();
        QCOMPARE(v.status, engine::Status::Unknown);
        QVERIFY2(v.reason.contains("timeout", Qt::CaseInsensitive), qPrintable(v.reason));
    }

    void cancelLeavesNoProcess()
    {
        engine::EngineOptions opts;
        opts.workerProgram = fake("worker-hang");
        opts.useCache = false;
        opts.jobs = 2;
        opts.limits.timeoutMs = 60000;
        engine::Engine e(opts);
        QSignalSpy started(&e, &engine::Engine::obligationStarted);
        e.submit(1, lang::analyze("lemma a: show true\nlemma b: show 1 = 1\nlemma c: show 2 = 2", "t.pds").obligations);
        QTRY_COMPARE(started.size(), 2);
        QTRY_VERIFY(test::processesMatching(opts.workerProgram).size() >= 2);
        e.cancel();
        QVERIFY(e.idle());
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(opts.workerProgram).isEmpty(), 5000);
    }

    void destroyingTheEngineLeavesNoProcess()
    {
        engine::EngineOptions opts;
        opts.workerProgram = fake("worker-hang");
        opts.useCache = false;
        opts.limits.timeoutMs = 60000;
        {
            engine::Engine e(opts);
            QSignalSpy started(&e, &engine::Engine::obligationStarted);
            e.submit(1, oneObligation());
            QTRY_COMPARE(started.size(), 1);
            QTRY_VERIFY(!test::processesMatching(opts.workerProgram).isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(opts.workerProgram).isEmpty(), 5000);
    }

    // A new revision re-solves only what changed; identical obligations come from memory.
    void incrementalRevision()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.vacuityCheck = false;
        opts.onlySolver = QStringLiteral("cvc5");
        engine::Engine e(opts);
        const char *v1 = "lemma a(x: Int):\n  show x + 1 > x\nproof\n  have s: x + 0 = x\n  show\nqed\nlemma b: show 2 > 1";
        const char *v2 = "lemma a(x: Int):\n  show x + 1 > x\nproof\n  have s: x + 0 = x + 0\n  show\nqed\nlemma b: show 2 > 1";
        const auto first = test::runEngine(e, lang::analyze(v1, "t.pds").obligations, 1);
        QCOMPARE(first.size(), 3);
        const int runsBefore = e.stats().solverRuns;
        QCOMPARE(runsBefore, 3);
        const auto second = test::runEngine(e, lang::analyze(v2, "t.pds").obligations, 2);
        QCOMPARE(second.size(), 3);
        // The edited step changed its own script and the `show` after it (which sees it).
        QCOMPARE(e.stats().solverRuns - runsBefore, 2);
        QCOMPARE(e.stats().memoHits, 1);
        for (const auto &v : second)
            QCOMPARE(v.status, engine::Status::Proved);
    }

    // Obligations go to the worker nearest the focus line first, then in document order;
    // a new revision with another focus reorders what has not started yet.
    void nearFocusStartsFirst()
    {
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.vacuityCheck = false;
        opts.onlySolver = QStringLiteral("cvc5");
        opts.jobs = 1;
        std::string text;
        for (int i = 0; i < 6; ++i) // one obligation per line, lines 1..6
            text += std::format("lemma l{0}(x: Int): show x + {0} >= x + {0}\n", i);
        const auto obligations = lang::analyze(text, "t.pds").obligations;
        QCOMPARE(obligations.size(), std::size_t(6));
        auto startOrder = [&](engine::Engine &e, quint64 revision, int focusLine) {
            QStringList order;
            connect(&e, &engine::Engine::obligationStarted, this, [&](quint64 rev, const QString &id) {
                if (rev == revision)
                    order << id.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), -1);
            });
            QSignalSpy finished(&e, &engine::Engine::finished);
            e.submit(revision, obligations, focusLine);
            [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000); }();
            disconnect(&e, &engine::Engine::obligationStarted, this, nullptr);
            return order;
        };
        {
            engine::Engine e(opts);
            // Line 5 first, then 4 and 6 (distance 1, document order), then 3, 2, 1.
            QCOMPARE(startOrder(e, 1, 5), (QStringList{"l4", "l3", "l5", "l2", "l1", "l0"}));
        }
        {
            engine::Engine e(opts);
            QCOMPARE(startOrder(e, 1, -1), (QStringList{"l0", "l1", "l2", "l3", "l4", "l5"}));
        }
    }

    // The desktop app runs its solvers below itself (Limits::niceness), relative to its own
    // nice value.
    void workersRunAtTheGivenNiceness()
    {
        engine::EngineOptions opts;
        opts.workerProgram = fake("worker-hang");
        opts.useCache = false;
        opts.limits.timeoutMs = 60000;
        opts.limits.niceness = 7;
        const int expected = ::getpriority(PRIO_PROCESS, 0) + 7;
        if (expected > 19)
            QSKIP("this test runs too nice already to see a worker's niceness added");
        const auto pidOf = [](const QString &entry) { return entry.section(QLatin1Char(' '), 0, 0); };
        // This program's own workers running the fake (other test programs run it too);
        // workers of an earlier test's engine may still be on their way out, so only those
        // that appear from here on are this engine's.
        const auto ownWorkers = [&] {
            QStringList found;
            for (const QString &entry : test::childProcesses())
                if (entry.contains(opts.workerProgram))
                    found << entry;
            return found;
        };
        QSet<QString> before;
        for (const QString &entry : ownWorkers())
            before.insert(pidOf(entry));
        {
            engine::Engine e(opts);
            QSignalSpy started(&e, &engine::Engine::obligationStarted);
            e.submit(1, oneObligation());
            QTRY_COMPARE(started.size(), 1);
            // Each new worker's nice value, read from /proc.
            const auto niceValues = [&] {
                QList<int> values;
                for (const QString &entry : ownWorkers()) {
                    if (before.contains(pidOf(entry)))
                        continue;
                    // One that ends between the listing and the reading is passed over.
                    const QList<QByteArray> fields = test::procStatFields(QStringLiteral("/proc/%1/stat").arg(pidOf(entry)));
                    if (!fields.isEmpty())
                        values << (fields.size() > 16 ? fields[16].toInt() : -100);
                }
                return values;
            };
            // The worker running the obligation hangs until the engine ends, so it is seen.
            QList<int> values;
            QTRY_VERIFY(!(values = niceValues()).isEmpty());
            for (int value : std::as_const(values))
                QCOMPARE(value, expected);
        }
    }

    void staleRevisionIsDropped()
    {
        engine::EngineOptions opts;
        opts.workerProgram = fake("worker-hang");
        opts.useCache = false;
        opts.limits.timeoutMs = 60000;
        engine::Engine e(opts);
        QSignalSpy verdicts(&e, &engine::Engine::verdictReady);
        QSignalSpy started(&e, &engine::Engine::obligationStarted);
        e.submit(1, oneObligation("lemma a: show true"));
        QTRY_COMPARE(started.size(), 1);
        // Revision 2 no longer has that obligation: its work is abandoned, nothing reported.
        e.submit(2, oneObligation("lemma b: show false sorry"));
        QCOMPARE(verdicts.size(), 1);
        QCOMPARE(verdicts[0][0].toULongLong(), 2ull);
        QVERIFY(e.idle());
        QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(opts.workerProgram).isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
