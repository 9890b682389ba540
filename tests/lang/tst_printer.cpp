// SPDX-License-Identifier: GPL-3.0-or-later
#include "module.h"

#include <QtTest>

using namespace proofdesk::lang;

namespace {
Module run(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return analyze(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), "t.pds");
}
QString smt(const QString &text, std::size_t i = 0)
{
    Module m = run(text);
    if (i >= m.obligations.size())
        return QStringLiteral("<no obligation %1; %2 diagnostics>").arg(i).arg(m.diagnostics.size());
    return QString::fromStdString(m.obligations[i].smt);
}
} // namespace

class TestPrinter : public QObject
{
    Q_OBJECT

private slots:
    void fragments_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("header") << "lemma l: show true"
                                << "(set-option :produce-models true)\n(set-option :produce-unsat-cores true)\n(set-logic ALL)\n";
        QTest::newRow("negated claim and check-sat") << "lemma l: show true" << "(assert (not true))\n(check-sat)\n";
        QTest::newRow("parameters become constants") << "lemma l(k: Int): show k = k" << "(declare-const k Int)";
        QTest::newRow("primed names are quoted") << "lemma l(x': Int): show x' = x'" << "(declare-const |x'| Int)";
        QTest::newRow("reserved words are quoted") << "lemma l(_: Int, lambda: Int): show _ = lambda" << "(declare-const |_| Int)\n(declare-const |lambda| Int)";
        QTest::newRow("unicode names are quoted") << "const α: Real\nlemma l: show α = α" << "(declare-const |α| Real)";
        QTest::newRow("z3's predefined List is renamed") << "datatype List = nil | cons(head: Int, tail: List)\nlemma l(x: List): show x = x"
                                                         << "(declare-datatypes ((List!u 0)) (((nil) (cons (head Int) (tail List!u)))))";
        QTest::newRow("testers") << "datatype L = e | c(h: Int)\nlemma l(x: L): show is_e(x) or is_c(x)" << "((_ is e) x)";
        QTest::newRow("named facts") << "lemma l(x: Int):\n  assume pos: x > 0\n  show x > 0" << "(assert (! (> x 0) :named pos))";
        QTest::newRow("chains are conjunctions") << "lemma l(i: Int, n: Int): show 0 <= i < n ==> i < n" << "(and (<= 0 i) (< i n))";
        QTest::newRow("disequality") << "lemma l(i: Int): show i != 1" << "(distinct i 1)";
        QTest::newRow("implication is n-ary right-associative") << "lemma l(a: Bool, b: Bool, c: Bool): show a ==> b ==> c" << "(=> a b c)";
        QTest::newRow("equivalence") << "lemma l(a: Bool): show a <==> a" << "(= a a)";
        QTest::newRow("subtraction left-associative") << "lemma l(a: Int): show a - a - a = 0 - a" << "(- a a a)";
        QTest::newRow("grouping kept") << "lemma l(a: Int): show a - (a - a) = a" << "(- a (- a a))";
        QTest::newRow("unary minus") << "lemma l(a: Int): show -a = 0 - a" << "(- a)";
        QTest::newRow("int division is real division") << "lemma l(a: Int): show a / 2 >= 0" << "(/ (to_real a) 2.0)";
        QTest::newRow("div and mod") << "lemma l(a: Int): show a div 2 + a mod 2 >= 0" << "(+ (div a 2) (mod a 2))";
        QTest::newRow("abs on reals") << "lemma l(x: Real): show abs(x) >= 0" << "(ite (>= x 0.0) x (- x))";
        QTest::newRow("quantifiers") << "lemma l: show forall x: Int, y: Real. x = x and y = y" << "(forall ((x Int) (y Real)) (and (= x x) (= y y)))";
        QTest::newRow("let") << "lemma l(a: Int): show let b = a + 1 in b > a" << "(let ((b (+ a 1))) (> b a))";
        QTest::newRow("arrays") << "lemma l(a: Array[Int, Real], i: Int): show a[i := 1.0][i] = 1.0" << "(= (select (store a i 1.0) i) 1.0)";
        QTest::newRow("bit-vector literals") << "lemma l(x: BitVec[8]): show bvand(x, #xFF) = x and #b0 = #b0" << "(bvand x #xff)";
        QTest::newRow("bit-vector sorts") << "lemma l(x: BitVec[8]): show x = x" << "(declare-const x (_ BitVec 8))";
        QTest::newRow("string literals escape quotes and non-ascii") << "lemma l(s: String): show s != \"a\\\"b\\\\é\""
                                                                     << "(distinct s \"a\"\"b\\u{5c}\\u{e9}\")";
        QTest::newRow("recursive definitions") << "def rec f(k: Int): Int = if k <= 0 then 0 else f(k - 1)\nlemma l: show f(1) = 0"
                                               << "(define-fun-rec f ((k Int)) Int (ite (<= k 0) 0 (f (- k 1))))";
        QTest::newRow("definitions") << "def sq(x: Real): Real = x * x\nlemma l: show sq(2) = 4" << "(define-fun sq ((x Real)) Real (* x x))";
        QTest::newRow("user sorts") << "sort Agent\nfun f(a: Agent): Int\nlemma l(a: Agent): show f(a) = f(a)"
                                    << "(declare-sort Agent 0)\n(declare-fun f (Agent) Int)\n(declare-const a Agent)";
        QTest::newRow("fact name clashing with a symbol is renamed") << "lemma l(h: Int):\n  assume h2: h > 0\n  show h > 0\nproof\n  have h: h > 0 by h2\n  show by h\nqed"
                                                                      << ":named h!f))";
    }

    void fragments()
    {
        QFETCH(QString, source);
        QFETCH(QString, fragment);
        // The row's last obligation is the one that shows the construct.
        const QString text = smt(source, std::size_t(run(source).obligations.size() - 1));
        QVERIFY2(text.contains(fragment), qPrintable(QStringLiteral("missing: %1\nin:\n%2").arg(fragment, text)));
    }

    void onlyUsedDeclarationsInSourceOrder()
    {
        const QString text = smt("sort S\nconst unused: Int\nconst a: S\nfun f(x: S): Int\nlemma l: show f(a) = f(a)");
        QVERIFY(!text.contains("unused"));
        QVERIFY(text.indexOf("(declare-sort S 0)") < text.indexOf("(declare-const a S)"));
        QVERIFY(text.indexOf("(declare-const a S)") < text.indexOf("(declare-fun f (S) Int)"));
    }

    void canonicalNamesDoNotDependOnSpelling()
    {
        Module a = run("const n: Int\nlemma l(k: Int):\n  assume h: k > n\n  show k >= n");
        Module b = run("const n: Int\nlemma l(j: Int):\n  assume hyp: j > n\n  show j >= n");
        QCOMPARE(a.obligations.size(), std::size_t(1));
        PrintOptions canon;
        canon.canonical = true;
        const PrintedScript pa = printScript(a.obligations[0].script, canon);
        const PrintedScript pb = printScript(b.obligations[0].script, canon);
        QCOMPARE(pa.text, pb.text);
        QVERIFY(a.obligations[0].smt != b.obligations[0].smt);
        // The renaming maps back to the author's names.
        QCOMPARE(pa.names.at("s1"), std::string("k"));
        QCOMPARE(pb.names.at("s1"), std::string("j"));
        QCOMPARE(pa.factSymbols.at("h"), std::string("f0"));
        // A different claim gives a different canonical text.
        Module c = run("const n: Int\nlemma l(k: Int):\n  assume h: k > n\n  show k > n");
        QVERIFY(printScript(c.obligations[0].script, canon).text != pa.text);
    }

    void contextOnlyAndGetModel()
    {
        Module m = run("lemma l(x: Int):\n  assume h: x > 0\n  show x > 0");
        PrintOptions o;
        o.contextOnly = true;
        o.withGetModel = true;
        const std::string text = printScript(m.obligations[0].script, o).text;
        QVERIFY(text.find("(assert (not") == std::string::npos);
        QVERIFY(text.find(":named h") != std::string::npos);
        QVERIFY(text.ends_with("(check-sat)\n(get-model)\n"));
    }

    void reprintingIsStable()
    {
        Module m = run("lemma l(x: Int): show x = x");
        QCOMPARE(printScript(m.obligations[0].script).text, m.obligations[0].smt);
    }
};

QTEST_GUILESS_MAIN(TestPrinter)
#include "tst_printer.moc"
