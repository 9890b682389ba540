// SPDX-License-Identifier: GPL-3.0-or-later
// One row per construct of the language: what obligations it elaborates into, with which
// context (sketch-language.md section 5), or which error it reports.
#include "module.h"

#include <QtTest>

using namespace proofdesk::lang;

namespace {
Module run(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return analyze(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), "t.pds");
}

// "id kind status line [facts]" per obligation, one per line.
QString describe(const Module &m)
{
    QStringList out;
    for (const auto &o : m.obligations) {
        QStringList facts;
        for (const auto &f : o.facts)
            facts << QString::fromStdString(f);
        out << QStringLiteral("%1 %2 %3 %4 [%5]")
                   .arg(QString::fromStdString(o.id), QString::fromStdString(std::string(kindName(o.kind))),
                        QString::fromStdString(std::string(statusName(o.status))))
                   .arg(o.range.end.line)
                   .arg(facts.join(QLatin1Char(',')));
    }
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestElaborator : public QObject
{
    Q_OBJECT

private slots:
    void obligations_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");

        QTest::newRow("lemma without proof: goal from local context and all axioms")
            << "const n: Int\naxiom pos: n > 0\nlemma l(k: Int):\n  assume h: k > n\n  show k > 0"
            << "l/show goal to-solve 5 [pos,h]";
        QTest::newRow("header by: local context plus cited only")
            << "const n: Int\naxiom pos: n > 0\naxiom other: n < 9\nlemma l:\n  show n > 0 by pos"
            << "l/show goal to-solve 5 [pos]";
        QTest::newRow("header sorry is admitted")
            << "lemma l: show false sorry" << "l/show goal admitted 1 []";
        QTest::newRow("steps see earlier steps without by, only cited with by")
            << "lemma l(x: Int):\n  assume h: x > 1\n  show x > 0\nproof\n  have a: x > 1\n  have b: x > 0 by h\n  show\nqed"
            << "l/have a have to-solve 5 [h]\nl/have b have to-solve 6 [h]\nl/show show to-solve 7 [h,a,b]";
        QTest::newRow("other lemmas only where cited, instances named by their text")
            << "const c: Int\nlemma base(k: Int):\n  assume h: k >= 0\n  show k + 1 > 0\nlemma use:\n  assume hc: c >= 0\n  show c + 1 > 0\nproof\n  have a: c + 1 > 0 by base(c)\n  show by a\nqed"
            << "base/show goal to-solve 4 [h]\nuse/have a have to-solve 9 [hc,base(c)]\nuse/show show to-solve 10 [hc,a]";
        QTest::newRow("fact instance of a forall assumption")
            << "fun f(i: Int): Int\nlemma l:\n  assume all: forall i: Int. f(i) > 0\n  show f(3) > 0 by all(3)"
            << "l/show goal to-solve 4 [all,all(3)]";
        QTest::newRow("cases: exhaustiveness then each case with its hypothesis")
            << "lemma l(x: Int):\n  show x * x >= 0\nproof\n  cases\n  case pos: x >= 0\n    show\n  case neg: x < 0\n    show\nqed"
            << "l/cases cases to-solve 4 []\nl/case pos/show show to-solve 6 [pos]\nl/case neg/show show to-solve 8 [neg]";
        QTest::newRow("induction on Int: range obligation, base and step with ih")
            << "fun f(i: Int): Int\nlemma l(k: Int):\n  assume r: k >= 2\n  show f(k) >= 0\nproof\n  induction k from 2\n  case base:\n    show sorry\n  case step:\n    show by ih\nqed"
            << "l/induction k induction to-solve 6 [r]\nl/case base/show show admitted 8 [r]\nl/case step/show show to-solve 10 [r,ih,ih_lo]";
        QTest::newRow("induction on a datatype binds fields and ih per recursive field")
            << "datatype T = leaf | node(left: T, v: Int, right: T)\nfun size(t: T): Int\nlemma l(t: T):\n  show size(t) >= 0\nproof\n  induction t\n  case leaf:\n    show sorry\n  case node(a, x, b):\n    show by ih_a, ih_b\nqed"
            << "l/case leaf/show show admitted 8 []\nl/case node/show show to-solve 10 [ih_a,ih_b]";
        QTest::newRow("obtain: existence claim, then a witness in scope")
            << "lemma l(x: Int):\n  assume h: x > 0\n  show x > 0\nproof\n  obtain y: Int where hy: y < x\n  show by hy, h\nqed"
            << "l/obtain y obtain to-solve 5 [h]\nl/show show to-solve 6 [h,hy]";
        QTest::newRow("nested proof of a step")
            << "lemma l(x: Int):\n  assume h: x > 0\n  show x >= 0\nproof\n  have a: x >= 1\n  proof\n    show by h\n  qed\n  show by a\nqed"
            << "l/have a/show show to-solve 7 [h]\nl/show show to-solve 9 [h,a]";
        QTest::newRow("citing a definition records it, asserts nothing new")
            << "def sq(x: Int): Int = x * x\nlemma l(y: Int):\n  show sq(y) >= 0 by sq.def"
            << "l/show goal to-solve 3 []";
        QTest::newRow("proof without show is an error at qed")
            << "lemma l:\n  show true\nproof\n  have a: true\nqed"
            << "l/have a have to-solve 4 []\nl/show show error 5 []";
        QTest::newRow("a step after show is an error")
            << "lemma l:\n  show true\nproof\n  show\n  have a: true\nqed"
            << "l/show show to-solve 4 []\nl/after show show error 5 []";
    }

    void obligations()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        Module m = run(source);
        QCOMPARE(describe(m), expected);
    }

    void showWithFormulaClaimsBoth()
    {
        Module m = run("lemma l(x: Int):\n  show x >= 0 ==> x + 1 > 0\nproof\n  show x > 5 ==> x > 0\nqed");
        QCOMPARE(m.obligations.size(), std::size_t(1));
        const std::string &smt = m.obligations[0].smt;
        QVERIFY2(smt.find("(assert (not (and (=> (> x 5) (> x 0)) (=> (>= x 0) (> (+ x 1) 0)))))") != std::string::npos, smt.c_str());
    }

    void inductionStatesAssumptionsAtTheCaseValue()
    {
        Module m = run("fun f(i: Int): Int\nlemma l(k: Int):\n  assume r: k >= 0\n  show f(k) >= k\nproof\n  induction k\n  case base:\n    show sorry\n  case step:\n    show by ih\nqed");
        const Obligation &step = m.obligations.back();
        QVERIFY2(step.smt.find("(assert (! (>= (+ k 1) 0) :named r))") != std::string::npos, step.smt.c_str());
        QVERIFY(step.smt.find("(assert (! (=> (>= k 0) (>= (f k) k)) :named ih))") != std::string::npos);
        QVERIFY(step.smt.find("(assert (! (>= k 0) :named ih_lo))") != std::string::npos);
        QVERIFY(step.smt.find("(assert (not (>= (f (+ k 1)) (+ k 1))))") != std::string::npos);
        const Obligation &base = m.obligations[1];
        QVERIFY2(base.smt.find("(assert (not (>= (f 0) 0)))") != std::string::npos, base.smt.c_str());
    }

    void intsPromoteToReals()
    {
        Module m = run("const n: Int\nconst e: Real\nfun g(r: Real): Real\nlemma l: show n * e >= g(n)");
        QVERIFY(m.diagnostics.empty());
        QVERIFY2(m.obligations[0].smt.find("(>= (* (to_real n) e) (g (to_real n)))") != std::string::npos, m.obligations[0].smt.c_str());
    }

    void sortErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("bool in arithmetic") << "const flag: Bool\nlemma l: show flag + 1 = 2" << "expected Int, found Bool in `flag + 1`";
        QTest::newRow("real where int") << "fun f(i: Int): Int\nlemma l: show f(1.5) = 0" << "expected Int, found Real in `1.5`";
        QTest::newRow("non-bool goal") << "const x: Int\nlemma l: show x + 1" << "expected Bool, found Int in `x + 1`";
        QTest::newRow("unknown name") << "lemma l: show y > 0" << "unknown name `y`";
        QTest::newRow("unknown fact") << "lemma l: show true by nowhere" << "unknown fact `nowhere`";
        QTest::newRow("arity") << "fun f(i: Int): Int\nlemma l: show f(1, 2) = 0" << "`f` takes 1 argument, found 2";
        QTest::newRow("function unapplied") << "fun f(i: Int): Int\nlemma l: show f = f" << "apply it";
        QTest::newRow("bit-vector widths") << "lemma l(a: BitVec[8], b: BitVec[4]): show bvult(a, b)" << "different widths";
        QTest::newRow("duplicate declaration") << "const x: Int\nconst x: Real" << "`x` is already declared (line 1)";
        QTest::newRow("builtin name") << "fun abs(x: Int): Int" << "built-in name";
        QTest::newRow("self citation") << "lemma l(k: Int): show k = k by l(k)" << "cannot cite itself";
        QTest::newRow("forward citation") << "lemma a: show true by b\nlemma b: show true" << "unknown fact `b`";
        QTest::newRow("induction on a real") << "lemma l(x: Real):\n  show x = x\nproof\n  induction x\n  case base:\n    show\n  case step:\n    show\nqed" << "an Int or a datatype";
        QTest::newRow("missing constructor case") << "datatype L = nil | cons(h: Int, t: L)\nlemma l(x: L):\n  show x = x\nproof\n  induction x\n  case nil:\n    show\nqed" << "missing the case for `cons`";
        QTest::newRow("datatype without base") << "datatype S = s(next: S)" << "no values";
        QTest::newRow("import without resolver") << "import \"other.pds\"" << "imports are not available";
        QTest::newRow("if branches differ") << "lemma l(b: Bool): show (if b then 1 else true) = 1" << "branches of `if` differ";
        QTest::newRow("instance of a non-quantified fact") << "lemma l(x: Int):\n  assume h: x > 0\n  show x > 0 by h(1)" << "not of the form `forall";
    }

    void sortErrors()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        Module m = run(source);
        QVERIFY(!m.diagnostics.empty());
        QVERIFY2(QString::fromStdString(m.diagnostics.front().message).contains(message), m.diagnostics.front().message.c_str());
    }

    void errorsMakeErrorObligationsAtTheirLine()
    {
        Module m = run("const flag: Bool\nlemma bad:\n  assume h: true\n  show flag + 1 = 2\nlemma good: show true");
        QCOMPARE(m.obligations.size(), std::size_t(2));
        QCOMPARE(m.obligations[0].status, ObligationStatus::Error);
        QCOMPARE(int(m.obligations[0].range.begin.line), 4);
        QVERIFY(m.obligations[0].smt.empty());
        QCOMPARE(m.obligations[1].status, ObligationStatus::ToSolve);
        QVERIFY(m.lemmas[0].hasErrors);
        QVERIFY(!m.lemmas[1].hasErrors);
    }

    void idsAreStableAcrossUnrelatedEdits()
    {
        Module a = run("lemma a(x: Int):\n  show x = x\nproof\n  have s: x = x\n  show\nqed\nlemma b: show true");
        Module b = run("const z: Int\n\nlemma a(x: Int):\n  show x = x\nproof\n  have s: x = x\n  show\nqed\nlemma b: show 1 = 1");
        QCOMPARE(a.obligations.size(), b.obligations.size());
        for (std::size_t i = 0; i < a.obligations.size(); ++i)
            QCOMPARE(a.obligations[i].id, b.obligations[i].id);
        // The unrelated constant is not declared in scripts that do not use it.
        QCOMPARE(a.obligations[0].smt, b.obligations[0].smt);
    }

    void citedLemmasAreRecorded()
    {
        Module m = run("lemma a: show true\nlemma b: show true by a\nlemma c: show true");
        QCOMPARE(m.lemmas.size(), std::size_t(3));
        QCOMPARE(m.lemmas[1].citedLemmas, std::vector<std::string>{"a"});
        QCOMPARE(m.obligations[1].citedLemmas, std::vector<std::string>{"a"});
        QVERIFY(m.lemmas[2].citedLemmas.empty());
    }

    void imports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile lib(dir.filePath("lib.pds"));
        QVERIFY(lib.open(QIODevice::WriteOnly));
        lib.write("const n: Int\nlemma n_pos:\n  assume h: n > 0\n  show n >= 1\n");
        lib.close();
        const std::string main = dir.filePath("main.pds").toStdString();
        AnalyzeOptions opts;
        opts.resolver = fileSystemResolver(dir.path().toStdString());
        Module m = analyze("import \"lib.pds\"\nlemma use:\n  assume h: n > 0\n  show n >= 1 by n_pos\n", main, opts);
        QVERIFY2(m.diagnostics.empty(), m.diagnostics.empty() ? "" : m.diagnostics[0].message.c_str());
        QCOMPARE(m.obligations.size(), std::size_t(1)); // the imported lemma is not re-checked here
        QVERIFY(m.obligations[0].smt.find("(declare-const n Int)") != std::string::npos);

        Module outside = analyze("import \"../elsewhere.pds\"\n", main, opts);
        QVERIFY(!outside.diagnostics.empty());
        QVERIFY(QString::fromStdString(outside.diagnostics[0].message).contains("outside the project folder"));

        QFile cyc(dir.filePath("cyc.pds"));
        QVERIFY(cyc.open(QIODevice::WriteOnly));
        cyc.write("import \"cyc.pds\"\n");
        cyc.close();
        Module cycle = analyze("import \"cyc.pds\"\n", dir.filePath("cyc.pds").toStdString(), opts);
        QVERIFY(!cycle.diagnostics.empty());
        QVERIFY(QString::fromStdString(cycle.diagnostics[0].message).contains("import cycle"));
    }
};

QTEST_GUILESS_MAIN(TestElaborator)
#include "tst_elaborator.moc"
