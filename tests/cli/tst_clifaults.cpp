// SPDX-License-Identifier: GPL-3.0-or-later
// Misbehaving solvers end to end through proofdesk-cli: each fault ends in a clear verdict
// and exit code, and no solver process outlives the command — not even when the command
// itself is killed. The fakes in tests/engine/fakes are the only non-real solvers used.
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using proofdesk::test::processesMatching;

namespace {

const QString Cli = QStringLiteral(PROOFDESK_BINARY_DIR "/bin/proofdesk-cli");

const QString FakesDir = QStringLiteral(PROOFDESK_SOURCE_DIR "/tests/engine/fakes");

} // namespace

class tst_CliFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(Cli), qPrintable(Cli + QStringLiteral(" is not built")));
        QVERIFY(m_dir.isValid());
        // Own copies of the fakes: the engine's fault test runs the same scripts at the same
        // time under ctest -j, and this test looks for leftover processes by path.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("fakes")));
        for (const QString &name : QDir(FakesDir).entryList(QDir::Files)) {
            const QString to = m_dir.filePath(QStringLiteral("fakes/") + name);
            QVERIFY(QFile::copy(FakesDir + QLatin1Char('/') + name, to));
            QVERIFY(QFile::setPermissions(to, QFile::permissions(FakesDir + QLatin1Char('/') + name)));
        }
        QFile f(m_dir.filePath(QStringLiteral("claim.pds")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("lemma l(a: Int):\n  assume ha: a > 0\n  show a > 1\n");
    }

    void faultyWorker_data()
    {
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("reason");
        QTest::newRow("crash (SIGSEGV)") << fake("worker-crash") << QStringList{} << "error" << "solver crashed (signal 11)";
        QTest::newRow("abort (SIGABRT)") << fake("worker-abort") << QStringList{} << "error" << "solver crashed (signal 6)";
        QTest::newRow("hang") << fake("worker-hang") << QStringList{} << "unknown" << "timeout after";
        QTest::newRow("garbage output") << fake("worker-garbage") << QStringList{} << "error" << "malformed output";
        QTest::newRow("exits without answer") << fake("worker-exit") << QStringList{} << "error" << "exited unexpectedly";
        QTest::newRow("floods stdout") << fake("worker-flood") << QStringList{} << "error" << "malformed output";
        QTest::newRow("floods stdout, --max-output 1") << fake("worker-flood") << QStringList{"--max-output", "1"} << "error"
                                                       << "malformed output";
        QTest::newRow("exhausts memory") << fake("worker-memory") << QStringList{"--memory", "256", "--timeout", "20"} << "error"
                                         << "memory limit";
        QTest::newRow("missing binary") << m_dir.filePath(QStringLiteral("no-such-worker")) << QStringList{} << "error"
                                        << "cannot start";
    }

    void faultyWorker()
    {
        QFETCH(QString, worker);
        QFETCH(QStringList, extra);
        QFETCH(QString, verdict);
        QFETCH(QString, reason);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(Cli, QStringList{"check", "--no-cache", "--solver", "cvc5", "--timeout", "1", "--worker", worker}
                         + extra + QStringList{m_dir.filePath(QStringLiteral("claim.pds"))});
        QVERIFY(p.waitForFinished(60'000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1); // not everything proved: never 0 on a fault
        QVERIFY2(out.contains(QStringLiteral(": ") + verdict), qPrintable(out));
        QVERIFY2(out.contains(reason), qPrintable(out));
        QTRY_VERIFY_WITH_TIMEOUT(processesMatching(worker).isEmpty(), 5000);
    }

    // The command is killed outright (SIGKILL: no handler runs) while its solvers hang: the
    // solvers must still go, by the parent-death signal they were started with.
    void killedCliLeavesNoSolver()
    {
        const QString worker = fake("worker-hang");
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(Cli, {"check", "--no-cache", "--solver", "cvc5", "--timeout", "60", "--jobs", "2", "--worker", worker,
                      m_dir.filePath(QStringLiteral("claim.pds"))});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!processesMatching(worker).isEmpty(), 10000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(processesMatching(worker).isEmpty(), 5000);
    }

    void memoryOptionIsChecked()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(Cli, {"check", "--memory", "12", m_dir.filePath(QStringLiteral("claim.pds"))});
        QVERIFY(p.waitForFinished(20'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--memory"));
    }

    void maxOutputOptionIsChecked_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0") << "0" << false;
        QTest::newRow("1") << "1" << true;
        QTest::newRow("4096") << "4096" << true;
        QTest::newRow("4097") << "4097" << false;
        QTest::newRow("not a number") << "lots" << false;
    }

    void maxOutputOptionIsChecked()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(Cli, {"check", "--no-cache", "--max-output", value, m_dir.filePath(QStringLiteral("claim.pds"))});
        QVERIFY(p.waitForFinished(60'000));
        const QByteArray err = p.readAllStandardError();
        if (accepted) {
            // Checked for real: the claim is false, and a = 1 shows it.
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(p.readAllStandardOutput().contains("failed"), err.constData());
        } else {
            QCOMPARE(p.exitCode(), 2);
            QVERIFY2(err.contains("--max-output"), err.constData());
        }
    }

    // A z3 on PATH that answers sat to every check (tests/engine/fakes/solver-says-sat): with
    // --cross-check it runs beside cvc5 on an .smt2 document, and where cvc5 proves unsat
    // the check is an error naming both, never a silent pick of the first answer.
    void lyingSolverInADocumentIsADisagreement()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("path")));
        const QString z3 = m_dir.filePath(QStringLiteral("path/z3"));
        QVERIFY(QFile::exists(z3) || QFile::link(fake("solver-says-sat"), z3));
        const QString document = m_dir.filePath(QStringLiteral("two.smt2"));
        {
            QFile f(document);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("(set-logic QF_LIA)\n(declare-const x Int)\n(assert (> x 2))\n(check-sat)\n(assert (< x 0))\n(check-sat)\n");
        }
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("path")) + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(Cli, {"check", "--no-cache", "--format", "json", "--cross-check", "--jobs", "2", document});
        QVERIFY(p.waitForFinished(120'000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QJsonArray obligations = QJsonDocument::fromJson(out).object().value(QStringLiteral("files")).toArray().at(0)
                                           .toObject().value(QStringLiteral("obligations")).toArray();
        QCOMPARE(obligations.size(), 2);
        const QJsonObject agreed = obligations.at(0).toObject();
        QCOMPARE(agreed.value(QStringLiteral("verdict")).toString(), QStringLiteral("proved"));
        // Which of cvc5's strategies (default, --mbqi) answers beside z3 depends on which run
        // is stopped first when two run side by side: any of them is cvc5's word.
        const QString crossChecker = agreed.value(QStringLiteral("crossCheckedBy")).toString();
        QVERIFY2(crossChecker == QLatin1String("z3") || crossChecker.startsWith(QLatin1String("cvc5")), out.constData());
        const QJsonObject lied = obligations.at(1).toObject();
        QCOMPARE(lied.value(QStringLiteral("id")).toString(), QStringLiteral("check-sat@6"));
        QCOMPARE(lied.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
        const QString disagreement = lied.value(QStringLiteral("disagreement")).toString();
        QVERIFY2(disagreement == QLatin1String("z3 said sat, but cvc5 said unsat") ||
                     disagreement == QLatin1String("z3 said sat, but cvc5-mbqi said unsat"),
                 out.constData());
        QVERIFY2(lied.value(QStringLiteral("reason")).toString().contains(QLatin1String("contradict")), out.constData());
        QCOMPARE(lied.value(QStringLiteral("strategy")).toString(), QStringLiteral("z3"));
        QTRY_VERIFY_WITH_TIMEOUT(processesMatching(fake("solver-says-sat")).isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(processesMatching(z3).isEmpty(), 5000);
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.path()); // the CLI's log goes here
        return env;
    }

    QTemporaryDir m_dir;
    QString fake(const char *name) const { return m_dir.filePath(QStringLiteral("fakes/") + QLatin1String(name)); }
};

QTEST_GUILESS_MAIN(tst_CliFaults)
#include "tst_clifaults.moc"
