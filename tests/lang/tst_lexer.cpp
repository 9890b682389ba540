// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexer.h"

#include <QtTest>

using namespace proofdesk::lang;

Q_DECLARE_METATYPE(std::string)

class TestLexer : public QObject
{
    Q_OBJECT

    static QString render(const std::vector<Token> &toks)
    {
        QStringList out;
        for (const auto &t : toks) {
            switch (t.kind) {
            case Tok::End: break;
            case Tok::Ident: out << QStringLiteral("id:") + QString::fromStdString(t.text); break;
            case Tok::Int: out << QStringLiteral("int:") + QString::fromStdString(t.text); break;
            case Tok::Decimal: out << QStringLiteral("dec:") + QString::fromStdString(t.text); break;
            case Tok::BitVec: out << QStringLiteral("bv:") + QString::fromStdString(t.text); break;
            case Tok::String: out << QStringLiteral("str:") + QString::fromStdString(t.text); break;
            case Tok::Keyword: out << QStringLiteral("kw:") + QString::fromStdString(t.text); break;
            case Tok::Op: out << QString::fromStdString(t.text); break;
            case Tok::Invalid: out << QStringLiteral("invalid"); break;
            }
        }
        return out.join(QLatin1Char(' '));
    }

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dotted names") << "str.len(s) sum.def" << "id:str.len ( id:s ) id:sum.def";
        QTest::newRow("binder dot ends a name") << "forall i: Int. p(i)" << "kw:forall id:i : id:Int . id:p ( id:i )";
        QTest::newRow("primes and unicode letters") << "x' α ε_0" << "id:x' id:α id:ε_0";
        QTest::newRow("smt-lib operator names") << "str.++(a, b) str.<=(a, b)" << "id:str.++ ( id:a , id:b ) id:str.<= ( id:a , id:b )";
        QTest::newRow("unicode operators") << "¬ a ∧ b ∨ c ⟹ d → e ⟺ f ↔ g ≠ h ≤ i ≥ j ∀ ∃"
                                           << "kw:not id:a kw:and id:b kw:or id:c ==> id:d ==> id:e <==> id:f <==> id:g != id:h <= id:i >= id:j kw:forall kw:exists";
        QTest::newRow("ascii operators") << "!a && b || c ==> d <==> e != f := g"
                                         << "kw:not id:a kw:and id:b kw:or id:c ==> id:d <==> id:e != id:f := id:g";
        QTest::newRow("numbers") << "0 42 3.14 1/3" << "int:0 int:42 dec:3.14 int:1 / int:3";
        QTest::newRow("bit-vectors") << "#b0101 #x1F" << "bv:#b0101 bv:#x1F";
        QTest::newRow("string escapes") << "\"a\\\"b\" \"x\\\\y\" \"\\u{3b1}\"" << "str:a\"b str:x\\y str:α";
        QTest::newRow("line comment") << "a -- comment ==> b\nc" << "id:a id:c";
        QTest::newRow("nested block comment") << "a /- x /- y -/ z -/ b" << "id:a id:b";
        QTest::newRow("keywords") << "lemma theorem qed sorry" << "kw:lemma kw:theorem kw:qed kw:sorry";
    }

    void tokens()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        std::vector<Diagnostic> diags;
        const QByteArray utf8 = input.toUtf8();
        auto toks = tokenize(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), "t.pds", diags);
        QVERIFY2(diags.empty(), diags.empty() ? "" : diags.front().message.c_str());
        QCOMPARE(render(toks), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid utf-8") << QByteArray("ok\n  \xff\xfe x") << 2 << 3 << "not valid UTF-8";
        QTest::newRow("overlong encoding") << QByteArray("a \xc0\xaf") << 1 << 3 << "not valid UTF-8";
        QTest::newRow("unterminated string") << QByteArray("x = \"abc\ny") << 1 << 5 << "unterminated string";
        QTest::newRow("unterminated comment") << QByteArray("a /- b /- c -/") << 1 << 3 << "unterminated block comment";
        QTest::newRow("stray character") << QByteArray("a ? b") << 1 << 3 << "unexpected character `?`";
        QTest::newRow("control character") << QByteArray("a \x01 b") << 1 << 3 << "U+0001";
        QTest::newRow("bad bit-vector") << QByteArray("#b012") << 1 << 1 << "only 0 and 1";
        QTest::newRow("digit-led name") << QByteArray("2x") << 1 << 1 << "cannot start with a digit";
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        std::vector<Diagnostic> diags;
        tokenize(std::string_view(input.constData(), static_cast<std::size_t>(input.size())), "t.pds", diags);
        QVERIFY(!diags.empty());
        QCOMPARE(int(diags.front().range.begin.line), line);
        QCOMPARE(int(diags.front().range.begin.column), column);
        QVERIFY2(QString::fromStdString(diags.front().message).contains(message), diags.front().message.c_str());
    }

    void columnsCountCodePoints()
    {
        std::vector<Diagnostic> diags;
        auto toks = tokenize("αβ ≤ x", "t.pds", diags);
        QCOMPARE(toks.size(), std::size_t(4));
        QCOMPARE(int(toks[1].range.begin.column), 4);
        QCOMPARE(int(toks[2].range.begin.column), 6);
    }

    void manyErrorsAreCapped()
    {
        std::string junk(100000, '?');
        std::vector<Diagnostic> diags;
        tokenize(junk, "t.pds", diags);
        QVERIFY(diags.size() <= 60);
        QVERIFY(QString::fromStdString(diags.back().message).contains("too many"));
    }
};

QTEST_GUILESS_MAIN(TestLexer)
#include "tst_lexer.moc"
