// SPDX-License-Identifier: GPL-3.0-or-later
// Every `-- expect:` of the example sketches, checked end to end with the real solvers:
// verdicts, the vacuity warning exactly where annotated, and every counterexample really
// falsifying its claim (re-evaluated by z3, a solver other than the one that found it).
#include "engine/counterexample.h"
#include "enginetestutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace proofdesk;

class TestConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void examples_data()
    {
        QTest::addColumn<QString>("path");
        PROOFDESK_REQUIRE_SHARED();
        const auto files = QDir(test::sharedDir() + QStringLiteral("/examples")).entryInfoList({QStringLiteral("*.pds")}, QDir::Files, QDir::Name);
        for (const auto &f : files)
            QTest::newRow(qPrintable(f.fileName())) << f.filePath();
    }

    void examples()
    {
        QFETCH(QString, path);
        const lang::Module m = test::analyzeExample(path);
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.jobs = 2;
        for (const auto &s : engine::detectExternalSolvers())
            if (s.id == QLatin1String("z3"))
                opts.externals << s;
        engine::Engine e(opts);
        const auto verdicts = test::runEngine(e, m.obligations);

        const QStringList lines = QString::fromStdString(test::readFile(path)).split(QLatin1Char('\n'));
        static const QRegularExpression re(QStringLiteral("--\\s*expect:\\s*([a-z-]+)(,\\s*warning:\\s*([a-z]+))?"));
        int checked = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto match = re.match(lines[i]);
            if (!match.hasMatch())
                continue;
            const QString expect = match.captured(1);
            const bool vacuous = match.captured(3) == QLatin1String("vacuous");
            const lang::Obligation *o = nullptr;
            for (const auto &ob : m.obligations)
                if (int(ob.range.end.line) == i + 1)
                    o = &ob;
            QVERIFY2(o, qPrintable(QStringLiteral("line %1: no obligation").arg(i + 1)));
            engine::Verdict v;
            if (o->status == lang::ObligationStatus::Error) {
                v.status = engine::Status::Error;
            } else if (o->status == lang::ObligationStatus::Admitted) {
                v.status = engine::Status::Admitted;
            } else {
                QVERIFY2(verdicts.contains(QString::fromStdString(o->id)), o->id.c_str());
                v = verdicts.value(QString::fromStdString(o->id));
            }
            const QString got = engine::statusName(v.status);
            const QString where = QStringLiteral("%1:%2 %3: expected %4, got %5 (%6 %7)")
                                      .arg(QFileInfo(path).fileName()).arg(i + 1)
                                      .arg(QString::fromStdString(o->id), expect, got, v.strategy, v.reason);
            if (expect == QLatin1String("not-proved"))
                QVERIFY2(v.status == engine::Status::Failed || v.status == engine::Status::Unknown, qPrintable(where));
            else
                QVERIFY2(got == expect, qPrintable(where));
            QVERIFY2(v.vacuous == vacuous, qPrintable(where + QStringLiteral(" vacuous=%1").arg(v.vacuous)));
            if (v.status == engine::Status::Proved)
                QVERIFY2(!v.solver.isEmpty() && !v.strategy.isEmpty(), qPrintable(where));
            if (v.status == engine::Status::Failed) {
                QVERIFY2(v.modelConfirmed && !v.model.isEmpty(), qPrintable(where));
                verifyRefutes(*o, v, where);
            }
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // Reopening asks no solver; an edit re-solves only the edited step; renaming a parameter
    // keeps the key, and the cached counterexample comes back in the new name.
    void cacheAcrossEngines()
    {
        QTemporaryDir dir;
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        opts.onlySolver = QStringLiteral("cvc5");
        const char *v1 = "lemma l(k: Int):\n  assume h: k > 0\n  show k > 1\nlemma m(x: Int):\n  assume hx: x > 2\n  show x > 1";
        const char *v2 = "lemma l(j: Int):\n  assume h: j > 0\n  show j > 1\nlemma m(x: Int):\n  assume hx: x > 3\n  show x > 1";
        {
            engine::Engine e(opts);
            const auto first = test::runEngine(e, lang::analyze(v1, "t.pds").obligations);
            QCOMPARE(first.value(QStringLiteral("l/show")).status, engine::Status::Failed);
            QCOMPARE(first.value(QStringLiteral("m/show")).status, engine::Status::Proved);
            QVERIFY(e.stats().solverRuns > 0);
        }
        {
            engine::Engine e(opts);
            const auto again = test::runEngine(e, lang::analyze(v1, "t.pds").obligations);
            QCOMPARE(e.stats().solverRuns, 0);
            QVERIFY(again.value(QStringLiteral("m/show")).fromCache);
        }
        {
            engine::Engine e(opts);
            const auto edited = test::runEngine(e, lang::analyze(v2, "t.pds").obligations);
            const engine::Verdict l = edited.value(QStringLiteral("l/show"));
            QVERIFY(l.fromCache);
            QCOMPARE(l.status, engine::Status::Failed);
            QCOMPARE(l.model.size(), 1);
            QCOMPARE(l.model[0].symbol, QStringLiteral("j"));
            QVERIFY(!edited.value(QStringLiteral("m/show")).fromCache);
            QVERIFY(e.stats().solverRuns >= 1 && e.stats().solverRuns <= 2); // the step and its vacuity check
        }
    }

    // With provisional verdicts (the app's setting) a proof is reported as soon as it is found
    // and again when its vacuity check has ended: first provisional, then final, the vacuous
    // flag only on the final one. A failed step is reported once. Without the setting (the
    // CLI's), every step is reported once, never provisional.
    void provisionalProofThenFinalVerdict_data()
    {
        QTest::addColumn<bool>("provisional");
        QTest::newRow("app") << true;
        QTest::newRow("cli") << false;
    }

    void provisionalProofThenFinalVerdict()
    {
        QFETCH(bool, provisional);
        const std::string text = "const x: Int\n"
                                 "lemma vacuous:\n  assume h1: x > 5\n  assume h2: x < 3\n  show x = 42\n"
                                 "lemma honest:\n  assume h1: x > 5\n  show x > 4\n"
                                 "lemma wrong:\n  assume h1: x > 5\n  show x > 6\n";
        const lang::Module m = lang::analyze(text, "p.pds");
        QCOMPARE(m.obligations.size(), std::size_t(3));
        engine::EngineOptions opts;
        opts.workerProgram = test::workerPath();
        opts.useCache = false;
        opts.jobs = 1;
        opts.provisionalVerdicts = provisional;
        engine::Engine e(opts);
        QHash<QString, QList<engine::Verdict>> reports;
        connect(&e, &engine::Engine::verdictReady, this,
                [&](quint64, const QString &id, const engine::Verdict &v) { reports[id].append(v); });
        const auto final = test::runEngine(e, m.obligations);
        QCOMPARE(final.size(), 3);
        const QString vacuous = QStringLiteral("vacuous/show"), honest = QStringLiteral("honest/show"),
                      wrong = QStringLiteral("wrong/show");
        QCOMPARE(final.value(vacuous).status, engine::Status::Proved);
        QVERIFY(final.value(vacuous).vacuous);
        QCOMPARE(final.value(honest).status, engine::Status::Proved);
        QVERIFY(!final.value(honest).vacuous);
        QCOMPARE(final.value(wrong).status, engine::Status::Failed);
        for (const QString &id : {vacuous, honest, wrong})
            QVERIFY2(!final.value(id).provisional, qPrintable(id));
        QCOMPARE(reports.value(wrong).size(), 1);
        for (const QString &id : {vacuous, honest}) {
            const QList<engine::Verdict> r = reports.value(id);
            QCOMPARE(r.size(), provisional ? 2 : 1);
            QCOMPARE(r.last(), final.value(id));
            if (provisional) {
                QVERIFY2(r.first().provisional, qPrintable(id));
                QCOMPARE(r.first().status, engine::Status::Proved);
                QVERIFY(!r.first().vacuous); // not known yet
                QCOMPARE(r.first().core, r.last().core);
            }
        }
    }

private:
    // The counterexample falsifies the claim: z3 evaluates the claim under the model.
    void verifyRefutes(const lang::Obligation &o, const engine::Verdict &v, const QString &where)
    {
        const QString z3 = QStandardPaths::findExecutable(QStringLiteral("z3"));
        if (z3.isEmpty())
            QSKIP("z3 is not installed: cannot re-evaluate counterexamples independently");
        // Model entries are in the author's names; the printed script uses printed names.
        const lang::PrintedScript printed = lang::printScript(o.script);
        QList<solve::ModelEntry> model = v.model;
        for (auto &e : model)
            for (const auto &[p, orig] : printed.names)
                if (QString::fromStdString(orig) == e.symbol)
                    e.symbol = QString::fromStdString(p);
        const QString script = engine::validationScript(QString::fromStdString(o.smt), model);
        QProcess p;
        p.start(z3, {QStringLiteral("-in"), QStringLiteral("-T:20")});
        QVERIFY(p.waitForStarted());
        p.write(script.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        QVERIFY2(out == QLatin1String("sat"), qPrintable(where + QStringLiteral(": z3 says the counterexample does not refute the claim: ") + out + QLatin1Char('\n') + script));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
