// SPDX-License-Identifier: GPL-3.0-or-later
// Syntax errors, recovery, and input designed to break a parser.
#include "module.h"
#include "parser.h"

#include <QtTest>

using namespace proofdesk::lang;

namespace {
Module run(const QByteArray &text)
{
    return analyze(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), "t.pds");
}
std::size_t count(const Module &m, ObligationStatus s)
{
    return static_cast<std::size_t>(std::count_if(m.obligations.begin(), m.obligations.end(),
                                                  [&](const Obligation &o) { return o.status == s; }));
}
} // namespace

class TestParser : public QObject
{
    Q_OBJECT

private slots:
    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing operand") << QByteArray("const x: Int\nlemma a:\n  show x + = 1") << 3 << 12 << "expected an expression, found `=`";
        QTest::newRow("missing show") << QByteArray("lemma a:\n  assume h: true\nlemma b: show true") << 3 << 1 << "the goal (`show`)";
        QTest::newRow("missing qed") << QByteArray("lemma a: show true\nproof\n  show\nlemma b: show true") << 4 << 1 << "expected `qed`";
        QTest::newRow("keyword as name") << QByteArray("const show: Int") << 1 << 7 << "`show` is a keyword";
        QTest::newRow("unknown sort syntax") << QByteArray("const x: BitVec[0]") << 1 << 17 << "between 1 and 65536";
        QTest::newRow("stray top level") << QByteArray("x = 1\nlemma a: show true") << 1 << 1 << "expected a declaration";
        QTest::newRow("case without cases") << QByteArray("lemma a: show true\nproof\n  case x:\n    show\nqed") << 3 << 3 << "`case` must follow";
        QTest::newRow("justified twice") << QByteArray("lemma a: show true by x\nproof\n show\nqed") << 2 << 1 << "already has a justification";
    }

    void syntaxErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        Module m = run(text);
        QVERIFY(!m.diagnostics.empty());
        const Diagnostic &d = m.diagnostics.front();
        QVERIFY2(QString::fromStdString(d.message).contains(message), d.message.c_str());
        QCOMPARE(int(d.range.begin.line), line);
        QCOMPARE(int(d.range.begin.column), column);
        QCOMPARE(QString::fromStdString(d.file), QStringLiteral("t.pds"));
    }

    // An error inside one lemma leaves every other lemma checked.
    void recoveryKeepsOtherLemmas()
    {
        Module m = run("const x: Int\n"
                       "lemma before: show x = x\n"
                       "lemma broken:\n  show x + * 2\nproof\n  have h: ((( by\nqed\n"
                       "lemma after(y: Int):\n  assume h: y > 0\n  show y >= 1\n");
        QCOMPARE(m.obligations.size(), std::size_t(3));
        QCOMPARE(m.obligations[0].lemma, std::string("before"));
        QCOMPARE(m.obligations[0].status, ObligationStatus::ToSolve);
        QCOMPARE(m.obligations[1].lemma, std::string("broken"));
        QCOMPARE(m.obligations[1].status, ObligationStatus::Error);
        QCOMPARE(int(m.obligations[1].range.begin.line), 4);
        QCOMPARE(m.obligations[2].lemma, std::string("after"));
        QCOMPARE(m.obligations[2].status, ObligationStatus::ToSolve);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QByteArray junk;
        for (int i = 0; i < 200000; ++i)
            junk.append(char((i * 7919 + 13) % 256));
        QTest::newRow("binary junk") << junk << "";
        QTest::newRow("10 MB line") << (QByteArray("lemma a: show ") + QByteArray(10 << 20, 'x')) << "unknown name";
        QTest::newRow("1 MB expression")
            << (QByteArray("const x: Int\nlemma a: show x") + QByteArray("+x").repeated(500000) + " > 0") << "";
        QTest::newRow("nesting 10,000 deep parens")
            << (QByteArray("lemma a: show ") + QByteArray(10000, '(') + "true" + QByteArray(10000, ')')) << "nested too deeply";
        QTest::newRow("nesting 10,000 deep not")
            << (QByteArray("lemma a: show ") + QByteArray("not ").repeated(10000) + "true") << "nested too deeply";
        QTest::newRow("nesting 10,000 deep minus")
            << (QByteArray("const x: Int\nlemma a: show ") + QByteArray("- ").repeated(10000) + "x > 0") << "nested too deeply";
        QTest::newRow("nesting 10,000 deep quantifiers")
            << (QByteArray("lemma a: show ") + QByteArray("forall x: Int. ").repeated(10000) + "true") << "nested too deeply";
        QTest::newRow("nesting 10,000 deep proofs")
            << (QByteArray("lemma a: show true\nproof\n") + QByteArray("have h: true proof\n").repeated(10000)) << "nested too deeply";
        QTest::newRow("alternating operators deep")
            << (QByteArray("const x: Int\nlemma a: show x") + QByteArray("+x-x").repeated(20000) + " = x") << "nested too deeply";
        QTest::newRow("invalid utf-8 in a name") << QByteArray("const a\xc3\x28: Int\nlemma l: show true") << "not valid UTF-8";
        QTest::newRow("nul bytes") << QByteArray("lemma a:\0 show true", 19) << "";
        QTest::newRow("unterminated everything") << QByteArray("lemma a: show \"abc /- ") << "unterminated";
    }

    // Hostile input yields diagnostics, never a crash, hang or stack overflow.
    void hostile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        Module m = run(text);
        if (!message.isEmpty()) {
            const bool found = std::any_of(m.diagnostics.begin(), m.diagnostics.end(), [&](const Diagnostic &d) {
                return QString::fromStdString(d.message).contains(message);
            });
            QVERIFY2(found, qPrintable(QStringLiteral("no diagnostic containing '%1' among %2").arg(message).arg(m.diagnostics.size())));
        }
        QVERIFY(m.diagnostics.size() <= 201);
        for (const auto &d : m.diagnostics)
            QVERIFY(d.range.begin.line >= 1 && d.range.begin.column >= 1);
        // No obligation is ever both an error and printed.
        for (const auto &o : m.obligations)
            QVERIFY(o.status != ObligationStatus::Error || o.smt.empty());
    }

    void longFlatSumsAreFine()
    {
        // A long sum is one n-ary node, not a deep tree: no nesting error.
        Module m = run(QByteArray("const x: Int\nlemma a: show x") + QByteArray(" + x").repeated(100000) + " >= 0");
        QVERIFY(m.diagnostics.empty());
        QCOMPARE(count(m, ObligationStatus::ToSolve), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
