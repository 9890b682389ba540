// SPDX-License-Identifier: GPL-3.0-or-later
// The DIMACS reader against kissat's parse tests (all three modes), every CNF file of the
// shared corpus, hand-written rows for the positions in error messages, and hostile input.
#include "cnf/dimacs.h"
#include "testutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>

using namespace proofdesk;
using cnf::Strictness;

Q_DECLARE_METATYPE(cnf::Strictness)

namespace {

const char *modeName(Strictness s)
{
    switch (s) {
    case Strictness::Relaxed: return "relaxed";
    case Strictness::Normal: return "normal";
    case Strictness::Pedantic: return "pedantic";
    }
    return "?";
}

QString corpora() { return test::sharedDir() + QStringLiteral("/corpora"); }

// Rows of a TSV file with a header line, as column-name → value maps.
QList<QHash<QString, QString>> readTsv(const QString &path)
{
    QList<QHash<QString, QString>> rows;
    const QString text = QString::fromStdString(test::readFile(path));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return rows;
    const QStringList names = lines.first().split(QLatin1Char('\t'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char('\t'));
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < names.size() && c < cells.size(); ++c)
            row.insert(names[c], cells[c]);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestDimacs : public QObject {
    Q_OBJECT
private slots:
    void kissatParseTests_data();
    void kissatParseTests();
    void errorPositions_data();
    void errorPositions();
    void formulaAccess();
    void relaxedMismatchWarns();
    void satlibEndMarker();
    void hostileInput();
    void modelEvaluation();
    void corpusFiles();
};

void TestDimacs::kissatParseTests_data()
{
    PROOFDESK_REQUIRE_SHARED();
    QTest::addColumn<QString>("file");
    QTest::addColumn<Strictness>("mode");
    QTest::addColumn<bool>("accepted");
    const auto rows = readTsv(corpora() + QStringLiteral("/cnf-parse/PARSE_TESTS.tsv"));
    QVERIFY2(rows.size() >= 60, "PARSE_TESTS.tsv has fewer rows than expected");
    for (const auto &row : rows) {
        const QString expected = row.value(QStringLiteral("expected_parse"));
        // The TSV's four outcome phrases, each mapped to acceptance per mode.
        bool relaxed = false, normal = false, pedantic = false;
        if (expected.startsWith(QLatin1String("parse-error (all modes)"))) {
        } else if (expected.startsWith(QLatin1String("parse-error in normal/pedantic mode"))) {
            relaxed = true;
        } else if (expected.startsWith(QLatin1String("parse-error only in pedantic mode"))) {
            relaxed = normal = true;
        } else if (expected.startsWith(QLatin1String("valid"))) {
            relaxed = normal = pedantic = true;
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown expected_parse '%1'").arg(expected)));
        }
        const QString file = row.value(QStringLiteral("file"));
        const std::pair<Strictness, bool> modes[] = {
            {Strictness::Relaxed, relaxed}, {Strictness::Normal, normal}, {Strictness::Pedantic, pedantic}};
        for (const auto &[mode, ok] : modes)
            QTest::addRow("%s %s", qPrintable(file.section(QLatin1Char('/'), -1)), modeName(mode))
                << file << mode << ok;
    }
}

void TestDimacs::kissatParseTests()
{
    QFETCH(QString, file);
    QFETCH(Strictness, mode);
    QFETCH(bool, accepted);
    const QString path = corpora() + QLatin1Char('/') + file;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const std::string text = test::readFile(path);
    const auto result = cnf::parseDimacs(text, {mode});
    if (accepted) {
        QVERIFY2(result.has_value(), result ? "" : result.error().describe().c_str());
    } else {
        QVERIFY2(!result.has_value(), "accepted input that must be rejected");
        const auto &e = result.error();
        QVERIFY(e.line >= 1);
        QVERIFY(e.column >= 1);
        QVERIFY(!e.message.empty());
        qInfo("%s: %s", modeName(mode), e.describe().c_str());
    }
}

void TestDimacs::errorPositions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Strictness>("mode");
    QTest::addColumn<QString>("message");
    const auto R = Strictness::Relaxed;
    const auto N = Strictness::Normal;
    const auto P = Strictness::Pedantic;
    QTest::newRow("letter instead of literal")
        << QByteArray("c x\np cnf 2 1\n1 -2 a 0\n") << R
        << QStringLiteral("line 3, column 6: expected a literal or 0, found 'a'");
    QTest::newRow("letter glued to literal")
        << QByteArray("p cnf 2 1\n  12x 0\n") << R
        << QStringLiteral("line 2, column 5: expected a space, a new line or a comment after the literal, found 'x'");
    QTest::newRow("minus zero")
        << QByteArray("p cnf 1 1\n1 -0\n") << R
        << QStringLiteral("line 2, column 4: expected a digit 1-9 after '-', found '0'");
    QTest::newRow("no cnf") << QByteArray("p cnF 1 1\n") << R
                            << QStringLiteral("line 1, column 5: expected 'cnf' after 'p', found 'F'");
    QTest::newRow("unterminated clause") << QByteArray("p cnf 1 1\n1\n") << R
        << QStringLiteral("line 3, column 1: end of file inside a clause: the last clause is not ended by 0");
    QTest::newRow("variable beyond header (normal)") << QByteArray("p cnf 3 1\n1 -2\n  17 0\n") << N
        << QStringLiteral("line 3, column 3: variable 17 exceeds the 3 declared in the header (line 1)");
    QTest::newRow("extra clause (normal)") << QByteArray("c\np cnf 1 1\n1 0\n -1 0\n") << N
        << QStringLiteral("line 4, column 2: more clauses than the 1 declared in the header (line 2)");
    QTest::newRow("missing clause (normal)") << QByteArray("p cnf 1 2\n1 0\n") << N
        << QStringLiteral("line 3, column 1: the header (line 1) declares 2 clauses but the file holds 1");
    QTest::newRow("tab (pedantic)") << QByteArray("p cnf 1 1\n1\t0\n") << P
        << QStringLiteral("line 2, column 2: tab (not allowed in pedantic mode)");
    QTest::newRow("double space (pedantic)") << QByteArray("p cnf  1 1\n1 0\n") << P
        << QStringLiteral("line 1, column 7: extra space in the header (pedantic mode allows single spaces only)");
    QTest::newRow("no final newline (pedantic)") << QByteArray("p cnf 1 1\n1 0") << P
        << QStringLiteral("line 2, column 4: the file does not end with a new line");
    QTest::newRow("lone carriage return") << QByteArray("p cnf 1 1\n1 0\rc\n") << R
        << QStringLiteral("line 2, column 4: carriage return not followed by a new line");
    QTest::newRow("NUL byte") << QByteArray("p cnf 1 1\n1 \0 0\n", 16) << R
        << QStringLiteral("line 2, column 3: expected a literal or 0, found byte 0x00");
    QTest::newRow("huge variable index") << QByteArray("p cnf 1 1\n1 99999999999999999999999999999 0\n") << R
        << QStringLiteral("line 2, column 3: variable index 99999999999999999999… (29 digits) exceeds the limit 1073741823");
    QTest::newRow("huge header") << QByteArray("p cnf 1073741824 0\n") << R
        << QStringLiteral("line 1, column 7: the number of variables 1073741824 exceeds the limit 1073741823");
    QTest::newRow("no header") << QByteArray("c only a comment\n") << R
        << QStringLiteral("line 2, column 1: end of file before the 'p cnf' header");
}

void TestDimacs::errorPositions()
{
    QFETCH(QByteArray, text);
    QFETCH(Strictness, mode);
    QFETCH(QString, message);
    const auto result = cnf::parseDimacs(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), {mode});
    QVERIFY(!result.has_value());
    QCOMPARE(QString::fromStdString(result.error().describe()), message);
}

void TestDimacs::formulaAccess()
{
    const auto f = cnf::parseDimacs("c hi\np cnf 4 3\n1 -2 0\n\n3 4\n -1 0 0\n");
    QVERIFY(f.has_value());
    QCOMPARE(f->variables, 4);
    QCOMPARE(f->clauseCount(), std::size_t(3));
    QCOMPARE(std::vector<int>(f->clause(0).begin(), f->clause(0).end()), (std::vector<int>{1, -2}));
    QCOMPARE(std::vector<int>(f->clause(1).begin(), f->clause(1).end()), (std::vector<int>{3, 4, -1}));
    QVERIFY(f->clause(2).empty()); // the empty clause
    QCOMPARE(f->clauseLine(0), 3u);
    QCOMPARE(f->clauseLine(1), 5u);
    QCOMPARE(f->clauseLine(2), 6u);
    QCOMPARE(f->literals, (std::vector<int>{1, -2, 0, 3, 4, -1, 0, 0}));
    QVERIFY(f->warnings.empty());
}

void TestDimacs::relaxedMismatchWarns()
{
    const std::string text = "p cnf 2 1\n1 0\n2 3 0\n";
    const auto relaxed = cnf::parseDimacs(text);
    QVERIFY(relaxed.has_value());
    QCOMPARE(relaxed->clauseCount(), std::size_t(2));
    QCOMPARE(relaxed->variables, 2);
    QCOMPARE(relaxed->maxVariable, 3);
    QCOMPARE(relaxed->warnings.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(relaxed->warnings[0].message),
             QStringLiteral("the header (line 1) declares 1 clauses but the file holds 2"));
    QCOMPARE(relaxed->warnings[1].line, 3u);
    QCOMPARE(relaxed->warnings[1].column, 3u);
    QVERIFY(!cnf::parseDimacs(text, {Strictness::Normal}).has_value());
}

void TestDimacs::satlibEndMarker()
{
    const std::string text = "c uf\np cnf  3  2\n 1 -2 3 0\n-1 2 0\n%\n0\n\n";
    const auto f = cnf::parseDimacs(text, {Strictness::Normal});
    QVERIFY(f.has_value());
    QCOMPARE(f->clauseCount(), std::size_t(2));
    QCOMPARE(f->warnings.size(), std::size_t(1));
    QCOMPARE(f->warnings[0].line, 5u);
    QVERIFY(!cnf::parseDimacs(text, {Strictness::Pedantic}).has_value());
}

void TestDimacs::hostileInput()
{
    // A 10 MB comment line, a 10 MB line of one clause, NULs and a 10 MB run of digits:
    // each parses or fails with a message, and none takes long or crashes.
    std::string longComment = "p cnf 1 1\nc " + std::string(10'000'000, 'x') + "\n1 0\n";
    auto f = cnf::parseDimacs(longComment);
    QVERIFY(f.has_value());
    QCOMPARE(f->clauseCount(), std::size_t(1));

    std::string longClause = "p cnf 9 1\n";
    longClause.reserve(10'100'000);
    while (longClause.size() < 10'000'000)
        longClause += "1 -2 3 -4 5 ";
    longClause += "0\n";
    f = cnf::parseDimacs(longClause);
    QVERIFY(f.has_value());
    QVERIFY(f->clause(0).size() > 4'000'000);

    std::string nuls = "p cnf 1 1\n" + std::string(1000, '\0');
    auto bad = cnf::parseDimacs(nuls);
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().line, 2u);

    std::string digits = "p cnf 1 1\n" + std::string(10'000'000, '7') + " 0\n";
    bad = cnf::parseDimacs(digits);
    QVERIFY(!bad.has_value());
    QVERIFY(bad.error().message.size() < 200);

    std::string hugeClauses = "p cnf 1 99999999999999999999999\n";
    bad = cnf::parseDimacs(hugeClauses);
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().column, 9u);

    // A header announcing 2^64-1 clauses must not make the reader allocate for them.
    f = cnf::parseDimacs("p cnf 1 18446744073709551615\n1 0\n");
    QVERIFY(f.has_value());
    QCOMPARE(f->declaredClauses, std::uint64_t(18446744073709551615ull));
    QCOMPARE(f->warnings.size(), std::size_t(1));
}

void TestDimacs::modelEvaluation()
{
    const auto f = cnf::parseDimacs("p cnf 3 3\n1 2 0\n-1 3 0\n-3 -2 0\n");
    QVERIFY(f.has_value());
    // x1 = true, x2 = false, x3 = true satisfies all three clauses.
    QCOMPARE(cnf::firstFalsifiedClause(*f, {false, true, false, true}), std::size_t(3));
    // x1 = true, x3 = false falsifies clause 2 (index 1).
    QCOMPARE(cnf::firstFalsifiedClause(*f, {false, true, false, false}), std::size_t(1));
    // An empty assignment makes everything false: clause 1 fails first.
    QCOMPARE(cnf::firstFalsifiedClause(*f, {}), std::size_t(0));
}

void TestDimacs::corpusFiles()
{
    PROOFDESK_REQUIRE_SHARED();
    const auto rows = readTsv(corpora() + QStringLiteral("/MANIFEST.tsv"));
    static const QRegularExpression headerRe(QStringLiteral("p cnf +(\\d+) +(\\d+)"));
    int files = 0;
    qint64 bytes = 0;
    qint64 nanos = 0;
    QSet<QString> listed;
    for (const auto &row : rows) {
        if (row.value(QStringLiteral("kind")) != QLatin1String("cnf"))
            continue;
        const QString file = row.value(QStringLiteral("file"));
        listed.insert(file);
        const std::string text = test::readFile(corpora() + QLatin1Char('/') + file);
        QVERIFY2(!text.empty(), qPrintable(file));
        QElapsedTimer timer;
        timer.start();
        const auto f = cnf::parseDimacs(text);
        nanos += timer.nsecsElapsed();
        bytes += static_cast<qint64>(text.size());
        QVERIFY2(f.has_value(), qPrintable(file + QStringLiteral(": ") +
                                           QString::fromStdString(f ? std::string() : f.error().describe())));
        const auto m = headerRe.match(row.value(QStringLiteral("notes")));
        QVERIFY2(m.hasMatch(), qPrintable(file + QStringLiteral(": no 'p cnf' in the manifest's notes")));
        QCOMPARE(f->variables, m.captured(1).toInt());
        QVERIFY2(f->maxVariable <= f->variables || !f->warnings.empty(), qPrintable(file));
        ++files;
    }
    // Every .cnf on disk is in the manifest (and so was parsed above).
    QDirIterator it(corpora() + QStringLiteral("/cnf"), {QStringLiteral("*.cnf")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(corpora()).relativeFilePath(it.next());
        QVERIFY2(listed.contains(rel), qPrintable(rel + QStringLiteral(" is not in MANIFEST.tsv")));
    }
    QVERIFY(files >= 300);
    qInfo("parsed %d CNF files, %.1f MB in %.1f ms: %.0f MB/s", files, double(bytes) / 1e6, double(nanos) / 1e6,
          double(bytes) / 1e6 / (double(nanos) / 1e9));
}

QTEST_GUILESS_MAIN(TestDimacs)
#include "tst_dimacs.moc"
