// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental analysis (incremental.h) gives exactly what a full analysis gives, on
// every example under many edits, and really takes the unchanged lemmas from the previous
// revision (counted by its stats, not timed).
#include "incremental.h"
#include "linearlemma.h"
#include "module.h"
#include "moduledifference.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <format>
#include <functional>

using namespace proofdesk::lang;

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

// Analyses `text` with `analyzer` and from scratch; fails the test where they differ.
bool sameAsFull(IncrementalAnalyzer &analyzer, const std::string &text, const std::string &file,
                const AnalyzeOptions &options, const QString &what)
{
    const auto incremental = analyzer.analyze(text, file, options);
    const Module full = analyze(text, file, options);
    const QString diff = str(proofdesk::test::moduleDifference(*incremental, full));
    if (diff.isEmpty())
        return true;
    qWarning().noquote() << what << "\n--- text:\n" << str(text);
    QTest::qFail(qPrintable(what + QStringLiteral(": ") + diff), __FILE__, __LINE__);
    return false;
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos) {
            lines.push_back(text.substr(at));
            break;
        }
        lines.push_back(text.substr(at, nl - at + 1));
        at = nl + 1;
    }
    return lines;
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const auto &l : lines)
        out += l;
    return out;
}

// One edit of line `i`, or nothing when it does not apply to that line.
using Edit = std::function<std::optional<std::string>(std::vector<std::string> lines, std::size_t i)>;

std::vector<std::pair<const char *, Edit>> edits()
{
    auto replaceFirst = [](std::string line, std::string_view from, std::string_view to) -> std::optional<std::string> {
        const auto at = line.find(from);
        if (at == std::string::npos)
            return std::nullopt;
        line.replace(at, from.size(), to);
        return line;
    };
    std::vector<std::pair<const char *, Edit>> out;
    out.emplace_back("line removed", [](std::vector<std::string> lines, std::size_t i) -> std::optional<std::string> {
        lines.erase(lines.begin() + std::ptrdiff_t(i));
        return joined(lines);
    });
    out.emplace_back("line doubled", [](std::vector<std::string> lines, std::size_t i) -> std::optional<std::string> {
        std::string line = lines[i];
        lines.insert(lines.begin() + std::ptrdiff_t(i), std::move(line));
        return joined(lines);
    });
    out.emplace_back("blank line added before", [](std::vector<std::string> lines, std::size_t i) -> std::optional<std::string> {
        lines.insert(lines.begin() + std::ptrdiff_t(i), "\n");
        return joined(lines);
    });
    out.emplace_back("comment line added before", [](std::vector<std::string> lines, std::size_t i) -> std::optional<std::string> {
        lines.insert(lines.begin() + std::ptrdiff_t(i), "-- a note\n");
        return joined(lines);
    });
    out.emplace_back("indented", [](std::vector<std::string> lines, std::size_t i) -> std::optional<std::string> {
        lines[i] = "  " + lines[i];
        return joined(lines);
    });
    // A changed step or statement: other numbers, justifications, names and operators.
    for (const auto &[from, to] : std::initializer_list<std::pair<const char *, const char *>>{
             {"0", "1"}, {"1", "2"}, {" by ", " sorry -- by "}, {" by ", " by h, "}, {">", "<"}, {"and", "or"},
             {":", " :"}, {"have ", "have x"}, {"Int", "Real"}, {"lemma ", "lemma z"}, {"show", "show true and"}}) {
        out.emplace_back("changed", [=](std::vector<std::string> lines, std::size_t i) -> std::optional<std::string> {
            auto changed = replaceFirst(lines[i], from, to);
            if (!changed)
                return std::nullopt;
            lines[i] = *changed;
            return joined(lines);
        });
    }
    return out;
}

// Every edit of every line, one after the other with one analyzer (so that consecutive
// revisions differ in two places), going back to the original now and then.
void checkEdits(const QString &path)
{
    const std::string text = proofdesk::test::readFile(path);
    QVERIFY(!text.empty());
    const std::string file = QFileInfo(path).fileName().toStdString();
    AnalyzeOptions options;
    options.resolver = fileSystemResolver(QFileInfo(path).absolutePath().toStdString());
    IncrementalAnalyzer analyzer;
    QVERIFY(sameAsFull(analyzer, text, file, options, QStringLiteral("the original")));
    const auto lines = splitLines(text);
    int checked = 0;
    for (const auto &[name, edit] : edits()) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto edited = edit(lines, i);
            if (!edited)
                continue;
            const QString what = QStringLiteral("%1, line %2").arg(QLatin1String(name)).arg(i + 1);
            if (!sameAsFull(analyzer, *edited, file, options, what))
                return;
            ++checked;
            if (i % 5 == 0 && !sameAsFull(analyzer, text, file, options, what + QStringLiteral(", then undone")))
                return;
        }
    }
    QVERIFY(checked > int(lines.size()) * 5);
}

void addExamples(const QString &dir, const char *prefix)
{
    const auto files = QDir(dir).entryInfoList({QStringLiteral("*.pds")}, QDir::Files, QDir::Name);
    for (const auto &f : files)
        QTest::newRow(qPrintable(QLatin1String(prefix) + f.fileName())) << f.filePath();
}

// A sketch like the engine benchmark's: `lemmas` lemmas of three steps each, all but the
// edited one alike, with constants that differ per lemma.
std::string generated(int lemmas, int edited = -1, int k = 7)
{
    std::string text = "-- generated\nconst c: Int\naxiom c_pos: c > 0\n\n";
    for (int i = 0; i < lemmas; ++i)
        text += proofdesk::test::linearLemma(i, i == edited ? k : 7);
    return text;
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT

private slots:
    void resourceExamples_data()
    {
        QTest::addColumn<QString>("path");
        addExamples(proofdesk::test::sourceDir() + QStringLiteral("/resources/examples"), "resources/");
    }
    void resourceExamples()
    {
        QFETCH(QString, path);
        checkEdits(path);
    }

    void sharedExamples_data()
    {
        QTest::addColumn<QString>("path");
        if (proofdesk::test::haveShared())
            addExamples(proofdesk::test::sharedDir() + QStringLiteral("/examples"), "shared/");
        else
            QTest::newRow("absent") << QString();
    }
    void sharedExamples()
    {
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("../shared/examples is absent: only the examples the app ships were checked");
        checkEdits(path);
    }

    // The edit the engine benchmark makes: one step of one lemma.
    void oneStepEditReusesTheOtherLemmas()
    {
        IncrementalAnalyzer analyzer;
        QVERIFY(sameAsFull(analyzer, generated(40), "g.pds", {}, QStringLiteral("opened")));
        QCOMPARE(analyzer.stats().reusedLemmas, 0);
        QCOMPARE(analyzer.stats().elaboratedLemmas, 40);
        QVERIFY(sameAsFull(analyzer, generated(40, 20, 11), "g.pds", {}, QStringLiteral("one step changed")));
        QCOMPARE(analyzer.stats().reusedLemmas, 39);
        QCOMPARE(analyzer.stats().elaboratedLemmas, 1);
        // The same text again: nothing to do.
        QVERIFY(sameAsFull(analyzer, generated(40, 20, 11), "g.pds", {}, QStringLiteral("unchanged")));
        QCOMPARE(analyzer.stats().reusedLemmas, 40);
        // Another file is another document.
        QVERIFY(sameAsFull(analyzer, generated(40, 20, 11), "h.pds", {}, QStringLiteral("other file")));
        QCOMPARE(analyzer.stats().reusedLemmas, 0);
    }

    // Lines added above move the lemmas below: they are reused with their ranges moved.
    void linesAddedAboveMoveReusedLemmas()
    {
        IncrementalAnalyzer analyzer;
        const std::string text = generated(10);
        QVERIFY(sameAsFull(analyzer, text, "g.pds", {}, QStringLiteral("opened")));
        std::string moved = text;
        moved.insert(moved.find("\nconst"), "\n-- two more\n-- lines");
        QVERIFY(sameAsFull(analyzer, moved, "g.pds", {}, QStringLiteral("lines added at the top")));
        QCOMPARE(analyzer.stats().reusedLemmas, 10);
        // A lemma's text runs up to the next lemma: lines added before l5 change l4's alone.
        moved.insert(moved.find("lemma l5"), "\n\n");
        QVERIFY(sameAsFull(analyzer, moved, "g.pds", {}, QStringLiteral("lines added before l5")));
        QCOMPARE(analyzer.stats().reusedLemmas, 9);
        QCOMPARE(analyzer.stats().elaboratedLemmas, 1);
        // A line removed.
        moved.erase(moved.find("-- two more\n"), std::string_view("-- two more\n").size());
        QVERIFY(sameAsFull(analyzer, moved, "g.pds", {}, QStringLiteral("a line removed at the top")));
        QCOMPARE(analyzer.stats().reusedLemmas, 10);
    }

    // An unnamed `have` is named after its line: a lemma with one that moved is elaborated.
    void unnamedStepsFollowTheirLine()
    {
        const std::string text = "const c: Int\n"
                                 "lemma a:\n  assume h: c > 1\n  show c > 0\nproof\n  have c > 1 by h\n  show\nqed\n"
                                 "lemma b:\n  assume h: c > 2\n  show c > 0\nproof\n  have c > 2 by h\n  show\nqed\n";
        IncrementalAnalyzer analyzer;
        QVERIFY(sameAsFull(analyzer, text, "u.pds", {}, QStringLiteral("opened")));
        std::string moved = text;
        moved.insert(moved.find("lemma a"), "-- moved\n");
        QVERIFY(sameAsFull(analyzer, moved, "u.pds", {}, QStringLiteral("moved down")));
        QCOMPARE(analyzer.stats().reusedLemmas, 0);
        QCOMPARE(analyzer.stats().elaboratedLemmas, 2);
        // Not moved: reused although line-sensitive.
        moved.replace(moved.find("c > 2 by"), 5, "c > 3");
        QVERIFY(sameAsFull(analyzer, moved, "u.pds", {}, QStringLiteral("b changed")));
        QCOMPARE(analyzer.stats().reusedLemmas, 1);
    }

    // What every lemma sees changed: nothing below it is reused.
    void changedDeclarationAnalysesEverythingBelow_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("constant's sort") << "const c: Int" << "const c: Real";
        QTest::newRow("axiom") << "axiom c_pos: c > 0" << "axiom c_pos: c > 1";
        QTest::newRow("axiom renamed") << "axiom c_pos:" << "axiom c_big:";
        QTest::newRow("declaration added") << "const c: Int\n" << "const c: Int\nconst d: Int\n";
        QTest::newRow("declaration removed") << "axiom c_pos: c > 0\n" << "\n";
    }
    void changedDeclarationAnalysesEverythingBelow()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        IncrementalAnalyzer analyzer;
        const std::string text = generated(12);
        QVERIFY(sameAsFull(analyzer, text, "g.pds", {}, QStringLiteral("opened")));
        std::string changed = text;
        changed.replace(changed.find(from.toStdString()), from.toStdString().size(), to.toStdString());
        QVERIFY(sameAsFull(analyzer, changed, "g.pds", {}, QStringLiteral("declaration changed")));
        QCOMPARE(analyzer.stats().reusedLemmas, 0);
        QCOMPARE(analyzer.stats().elaboratedLemmas, 12);
    }

    // A lemma's statement changed: the lemmas that cite it are elaborated again, the others
    // not; a change inside its proof leaves its citers alone.
    void citedLemmaChanged()
    {
        const std::string text = "const c: Int\n"
                                 "lemma base(k: Int):\n  assume h: k >= 0\n  show k + 1 > 0\n"
                                 "lemma other:\n  assume h: c > 0\n  show c >= 0\n"
                                 "lemma user:\n  assume hc: c >= 0\n  show c + 1 > 0\nproof\n"
                                 "  have a: c + 1 > 0 by base(c)\n  show by a\nqed\n"
                                 "lemma whole:\n  show true by base\n";
        IncrementalAnalyzer analyzer;
        QVERIFY(sameAsFull(analyzer, text, "c.pds", {}, QStringLiteral("opened")));
        std::string statement = text;
        statement.replace(statement.find("k + 1 > 0"), 9, "k + 2 > 0");
        QVERIFY(sameAsFull(analyzer, statement, "c.pds", {}, QStringLiteral("statement changed")));
        QCOMPARE(analyzer.stats().elaboratedLemmas, 3); // base, user, whole
        QCOMPARE(analyzer.stats().reusedLemmas, 1);     // other
        std::string renamed = statement;
        renamed.replace(renamed.find("lemma base"), 10, "lemma bass");
        QVERIFY(sameAsFull(analyzer, renamed, "c.pds", {}, QStringLiteral("renamed: the citers have an error")));
        QCOMPARE(analyzer.stats().elaboratedLemmas, 3);
        QVERIFY(sameAsFull(analyzer, statement, "c.pds", {}, QStringLiteral("renamed back")));
        std::string proof = statement;
        proof.replace(proof.find("show by a"), 9, "show by a, hc");
        QVERIFY(sameAsFull(analyzer, proof, "c.pds", {}, QStringLiteral("a proof changed")));
        QCOMPARE(analyzer.stats().elaboratedLemmas, 1);
        QCOMPARE(analyzer.stats().reusedLemmas, 3);
    }

    // Two lemmas of one name: the second's obligations are numbered after the first's.
    void duplicateNames()
    {
        const std::string text = "lemma l:\n  show true\nlemma m:\n  show true\nlemma l:\n  show 1 > 0\n";
        IncrementalAnalyzer analyzer;
        QVERIFY(sameAsFull(analyzer, text, "d.pds", {}, QStringLiteral("opened")));
        std::string changed = text;
        changed.replace(changed.find("lemma m"), 7, "lemma l");
        QVERIFY(sameAsFull(analyzer, changed, "d.pds", {}, QStringLiteral("a third l")));
        QVERIFY(sameAsFull(analyzer, text, "d.pds", {}, QStringLiteral("back")));
        changed = text;
        changed.erase(0, changed.find("lemma m"));
        QVERIFY(sameAsFull(analyzer, changed, "d.pds", {}, QStringLiteral("the first l removed")));
    }

    // An imported file that changes on disk while the document does not.
    void importedFileChanged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const char *name, const std::string &text) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text.data(), qint64(text.size()));
        };
        write("lib.pds", "const c: Int\nlemma lib(k: Int):\n  assume h: k > 0\n  show k >= 1\n");
        const std::string main = "import \"lib.pds\"\n"
                                 "lemma own:\n  show true\n"
                                 "lemma user:\n  assume h: c > 0\n  show c >= 1 by lib(c), h\n";
        const std::string file = dir.filePath(QStringLiteral("main.pds")).toStdString();
        AnalyzeOptions options;
        options.resolver = fileSystemResolver(dir.path().toStdString());
        IncrementalAnalyzer analyzer;
        QVERIFY(sameAsFull(analyzer, main, file, options, QStringLiteral("opened")));
        QVERIFY(analyzer.stats().elaboratedLemmas == 2);
        write("lib.pds", "const c: Int\nlemma lib(k: Int):\n  assume h: k > 1\n  show k >= 2\n");
        QVERIFY(sameAsFull(analyzer, main, file, options, QStringLiteral("lemma of the import changed")));
        QCOMPARE(analyzer.stats().reusedLemmas, 1);
        write("lib.pds", "const c: Real\nlemma lib(k: Int):\n  assume h: k > 1\n  show k >= 2\n");
        QVERIFY(sameAsFull(analyzer, main, file, options, QStringLiteral("declaration of the import changed")));
        QCOMPARE(analyzer.stats().reusedLemmas, 0);
        QFile::remove(dir.filePath(QStringLiteral("lib.pds")));
        QVERIFY(sameAsFull(analyzer, main, file, options, QStringLiteral("import gone")));
    }

    // More diagnostics than shown: nothing is kept from a result cut short.
    void tooManyDiagnostics()
    {
        std::string text;
        for (int i = 0; i < 30; ++i)
            text += std::format("lemma e{}:\n  show nope{} > 0\n", i, i);
        AnalyzeOptions options;
        options.maxDiagnostics = 10;
        IncrementalAnalyzer analyzer;
        QVERIFY(sameAsFull(analyzer, text, "e.pds", options, QStringLiteral("opened")));
        QVERIFY(sameAsFull(analyzer, text, "e.pds", options, QStringLiteral("again")));
        QCOMPARE(analyzer.stats().reusedLemmas, 0);
        options.maxDiagnostics = 200;
        QVERIFY(sameAsFull(analyzer, text, "e.pds", options, QStringLiteral("all shown")));
        QVERIFY(sameAsFull(analyzer, text + "lemma ok:\n  show true\n", "e.pds", options, QStringLiteral("one more")));
        QCOMPARE(analyzer.stats().reusedLemmas, 29); // the last one's text now ends at `lemma ok`
    }
};

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
