// SPDX-License-Identifier: GPL-3.0-or-later
// The syntax definitions in resources/syntax (style.md §12): they are packaged where
// KSyntaxHighlighting looks, found by name and file name, structurally valid, load without
// a word from the library, and highlight the examples and the solver corpora as intended.

#include "definitioncheck.h"
#include "resources/resources.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace KSH = KSyntaxHighlighting;
using Style = KSH::Theme::TextStyle;

namespace {

const QString kSketch = QStringLiteral("ProofDesk Sketch");
const QString kSmtLib = QStringLiteral("SMT-LIB");
const QString kDimacs = QStringLiteral("DIMACS CNF");

// Corpus files above this size are left out: the small ones already cover every shape,
// and the test should stay quick.
constexpr qint64 kCorpusFileLimit = 16 * 1024;

// What KSyntaxHighlighting says while the tests run: it reports broken definitions only
// through its logging categories.
struct LibraryMessages {
    QMutex mutex;
    QStringList messages;
    QtMessageHandler previous = nullptr;
};

LibraryMessages &libraryMessages()
{
    static LibraryMessages m;
    return m;
}

void collectLibraryMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArrayView(context.category).startsWith("kf.syntaxhighlighting")) {
        QMutexLocker lock(&libraryMessages().mutex);
        libraryMessages().messages << QString::fromLatin1(context.category) + QStringLiteral(": ") + text;
    }
    if (libraryMessages().previous)
        libraryMessages().previous(type, context, text);
}

QStringList takeLibraryMessages()
{
    QMutexLocker lock(&libraryMessages().mutex);
    return std::exchange(libraryMessages().messages, {});
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Highlighted {
    QStringList lines;
    QList<QList<KSH::Format>> formats; // one per character

    KSH::Format at(qsizetype line, qsizetype column) const
    {
        return formats.value(line).value(column);
    }
    // "line:column: text" of the first character marked as an error, or empty.
    QString firstError() const
    {
        for (qsizetype l = 0; l < formats.size(); ++l) {
            for (qsizetype c = 0; c < formats[l].size(); ++c) {
                const auto &f = formats[l][c];
                if (f.textStyle() == Style::Error || f.name() == QLatin1String("Error"))
                    return QStringLiteral("%1:%2: %3").arg(l + 1).arg(c + 1).arg(lines[l]);
            }
        }
        return {};
    }
};

// Runs the highlighter over a whole text and keeps the format of every character.
class FormatCollector : public KSH::AbstractHighlighter
{
public:
    FormatCollector(const KSH::Definition &definition, const KSH::Theme &theme)
    {
        setDefinition(definition);
        setTheme(theme);
    }

    Highlighted highlight(const QString &text)
    {
        m_result = {};
        KSH::State state;
        for (QString line : text.split(u'\n')) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            m_result.lines << line;
            m_result.formats << QList<KSH::Format>(line.size());
            state = highlightLine(line, state);
        }
        return std::move(m_result);
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        auto &line = m_result.formats.last();
        for (qsizetype i = offset; i < offset + length && i < line.size(); ++i)
            line[i] = format;
    }

private:
    Highlighted m_result;
};

// The single format over `length` characters from (line, column), or a description of
// the mixture, for readable failures.
QString formatName(const Highlighted &h, qsizetype line, qsizetype column, qsizetype length)
{
    QStringList names;
    for (qsizetype i = column; i < column + length; ++i) {
        const QString name = h.at(line, i).name();
        if (names.isEmpty() || names.last() != name)
            names << name;
    }
    return names.join(QStringLiteral(" + "));
}

QStringList corpusFiles(const QString &subdir, const QString &pattern)
{
    QStringList files;
    QDirIterator it(QStringLiteral(PROOFDESK_SHARED_DIR "/corpora/") + subdir, {pattern},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        if (info.size() <= kCorpusFileLimit)
            files << info.filePath();
    }
    files.sort();
    return files;
}

void addCorpusRows(const QString &subdir, const QString &pattern)
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(PROOFDESK_SHARED_DIR "/corpora/");
    const QStringList files = corpusFiles(subdir, pattern);
    if (files.isEmpty()) {
        QTest::newRow("corpus absent") << QString();
        return;
    }
    for (const auto &file : files)
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(file))) << file;
}

} // namespace

class TestSyntax : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void packaged();
    void definitions_data();
    void definitions();
    void schema_data();
    void schema();
    void checkerCatchesMistakes_data();
    void checkerCatchesMistakes();
    void loadsWithoutWarnings_data();
    void loadsWithoutWarnings();
    void libraryWarningsAreCaught();

    void tokens_data();
    void tokens();
    void examples_data();
    void examples();
    void smtCorpus_data();
    void smtCorpus();
    void cnfCorpus_data();
    void cnfCorpus();

private:
    Highlighted highlight(const QString &definitionName, const QString &text);

    std::unique_ptr<KSH::Repository> m_repository;
};

void TestSyntax::initTestCase()
{
    proofdesk::initResources();
    // "Invalid regexp" is only a debug message in the library: let it through.
    QLoggingCategory::setFilterRules(QStringLiteral("kf.syntaxhighlighting*.debug=true"));
    libraryMessages().previous = qInstallMessageHandler(collectLibraryMessages);

    m_repository = std::make_unique<KSH::Repository>();
    m_repository->addCustomSearchPath(proofdesk::syntaxSearchPath());
    const QStringList messages = takeLibraryMessages();
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
}

// Whatever a test function does, the library must not have complained about our files
// (definitions load lazily, at whichever call first needs them).
void TestSyntax::cleanup()
{
    const QStringList messages = takeLibraryMessages();
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
}

void TestSyntax::cleanupTestCase()
{
    m_repository.reset();
    qInstallMessageHandler(libraryMessages().previous);
}

Highlighted TestSyntax::highlight(const QString &definitionName, const QString &text)
{
    const auto definition = m_repository->definitionForName(definitionName);
    FormatCollector collector(definition, m_repository->defaultTheme());
    return collector.highlight(text);
}

void TestSyntax::packaged()
{
    QCOMPARE(proofdesk::syntaxSearchPath(), QStringLiteral(":/proofdesk"));
    const QDir syntax(proofdesk::syntaxSearchPath() + QStringLiteral("/syntax"));
    QCOMPARE(syntax.entryList(QDir::Files, QDir::Name),
             (QStringList{"dimacs.xml", "proofdesk.xml", "smtlib.xml"}));

    // Every example in the source tree is in the resources, and nothing else.
    const QDir examples(proofdesk::examplesPath());
    const QDir sources(QStringLiteral(PROOFDESK_SOURCE_DIR "/resources/examples"));
    const QStringList packagedExamples = examples.entryList({"*.pds"}, QDir::Files, QDir::Name);
    QVERIFY(packagedExamples.contains(QStringLiteral("agents.pds")));
    QCOMPARE(packagedExamples, sources.entryList({"*.pds"}, QDir::Files, QDir::Name));
}

void TestSyntax::definitions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mimeType");

    QTest::newRow("sketch") << kSketch << "x.pds" << "text/x-proofdesk-sketch";
    QTest::newRow("SMT-LIB") << kSmtLib << "x.smt2" << "text/x-smtlib2";
    QTest::newRow("DIMACS") << kDimacs << "x.cnf" << "text/x-dimacs-cnf";
}

void TestSyntax::definitions()
{
    QFETCH(QString, name);
    QFETCH(QString, fileName);
    QFETCH(QString, mimeType);

    const auto byName = m_repository->definitionForName(name);
    QVERIFY2(byName.isValid(), qPrintable(name));
    // Ours, from the resources, not some built-in of the same name.
    QVERIFY2(byName.filePath().startsWith(QStringLiteral(":/proofdesk/syntax/")),
             qPrintable(byName.filePath()));
    QCOMPARE(m_repository->definitionForFileName(fileName).name(), name);
    QCOMPARE(m_repository->definitionForFileName(QStringLiteral("/some/dir/") + fileName).name(),
             name);
    QCOMPARE(m_repository->definitionForMimeType(mimeType).name(), name);

    QVERIFY(byName.version() >= 1);
    QVERIFY(!byName.license().isEmpty());
    QVERIFY(!byName.author().isEmpty());
    QVERIFY2(byName.section() == QLatin1String("Scientific") ||
                 byName.section() == QLatin1String("Sources"),
             qPrintable(byName.section()));
    QVERIFY(!byName.isHidden());
    QVERIFY(!byName.singleLineCommentMarker().isEmpty());
}

void TestSyntax::schema_data()
{
    QTest::addColumn<QString>("path");
    const QDir syntax(proofdesk::syntaxSearchPath() + QStringLiteral("/syntax"));
    const auto files = syntax.entryList({"*.xml"}, QDir::Files, QDir::Name);
    for (const auto &file : files)
        QTest::newRow(qPrintable(file)) << syntax.filePath(file);
}

void TestSyntax::schema()
{
    QFETCH(QString, path);
    const QByteArray xml = readFile(path);
    QVERIFY(!xml.isEmpty());

    const auto isKnown = [this](const QString &name) {
        return m_repository->definitionForName(name).isValid();
    };
    const QStringList problems = proofdesk::test::checkDefinition(xml, isKnown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The header the project asks for (the checker only knows what the schema allows).
    QXmlStreamReader reader(xml);
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.name(), QLatin1String("language"));
    const auto attributes = reader.attributes();
    QCOMPARE(attributes.value(QLatin1String("kateversion")), QLatin1String("5.0"));
    for (const char *required : {"name", "section", "extensions", "mimetype", "version", "license"})
        QVERIFY2(!attributes.value(QLatin1String(required)).isEmpty(), required);
}

void TestSyntax::checkerCatchesMistakes_data()
{
    // A minimal valid definition; each row breaks it in one way.
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("with");
    QTest::addColumn<QString>("expected"); // empty: no problem at all

    QTest::newRow("valid") << "" << "" << "";
    QTest::newRow("unknown element") << "<!--RULE-->" << R"(<DetectString String="x"/>)"
                                     << "unknown element <DetectString>";
    QTest::newRow("misspelt attribute")
        << "<!--RULE-->" << R"(<DetectChar char="x" atribute="Word"/>)"
        << "unknown attribute atribute on <DetectChar>";
    QTest::newRow("missing required attribute")
        << R"( version="1")" << "" << "<language> lacks the attribute version";
    QTest::newRow("unknown itemData")
        << "<!--RULE-->" << R"(<DetectChar char="x" attribute="Nope"/>)" << "unknown itemData Nope";
    QTest::newRow("unknown context")
        << "<!--RULE-->" << R"(<DetectChar char="x" context="Nowhere"/>)"
        << "unknown context Nowhere";
    QTest::newRow("malformed pop") << "<!--RULE-->" << R"(<DetectChar char="x" context="#popx"/>)"
                                   << "malformed context switch #popx";
    QTest::newRow("unknown definition")
        << "<!--RULE-->" << R"(<IncludeRules context="##NoSuchLanguage"/>)"
        << "unknown definition NoSuchLanguage";
    QTest::newRow("unknown keyword list")
        << "<!--RULE-->" << R"(<keyword String="verbs" attribute="Word"/>)"
        << "unknown keyword list verbs";
    QTest::newRow("bad default style") << R"("dsKeyword")" << R"("dsKeywords")"
                                       << R"(defStyleNum="dsKeywords" on <itemData>)";
    QTest::newRow("bad boolean") << "<!--RULE-->"
                                 << R"(<DetectChar char="x" attribute="Word" lookAhead="yes" context="#pop"/>)"
                                 << R"(lookAhead="yes")";
    QTest::newRow("two characters in char")
        << "<!--RULE-->" << R"(<DetectChar char="xy" attribute="Word"/>)" << R"(char="xy")";
    QTest::newRow("invalid regexp") << "<!--RULE-->" << R"(<RegExpr String="(a" attribute="Word"/>)"
                                    << "invalid regular expression (a";
    QTest::newRow("regexp matching nothing")
        << "<!--RULE-->" << R"(<RegExpr String="a*" attribute="Word"/>)" << "can match empty text";
    QTest::newRow("lookAhead that stays")
        << "<!--RULE-->" << R"(<DetectChar char="x" lookAhead="true"/>)"
        << "<DetectChar lookAhead> without a context switch";
    QTest::newRow("unused itemData") << "<!--ITEMDATA-->"
                                     << R"(<itemData name="Spare" defStyleNum="dsOthers"/>)"
                                     << "itemData Spare is never used";
    QTest::newRow("duplicate keyword") << "<item>w</item>" << "<item>w</item><item>w</item>"
                                       << "w twice in list words";
    QTest::newRow("elements out of order")
        << "<list name=\"words\"><item>w</item></list>"
        << "" // moved after the contexts below
        << "<list> comes too late in <highlighting>";
}

void TestSyntax::checkerCatchesMistakes()
{
    QFETCH(QString, replace);
    QFETCH(QString, with);
    QFETCH(QString, expected);

    QString xml = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE language>
<language name="Checker Test" section="Sources" extensions="*.t" version="1" kateversion="5.0">
  <highlighting>
    <list name="words"><item>w</item></list>
    <contexts>
      <context name="Main" attribute="Text" lineEndContext="#stay">
        <keyword String="words" attribute="Word"/>
        <!--RULE-->
      </context>
    </contexts>
    <itemDatas>
      <itemData name="Text" defStyleNum="dsNormal"/>
      <itemData name="Word" defStyleNum="dsKeyword"/>
      <!--ITEMDATA-->
    </itemDatas>
  </highlighting>
</language>
)");
    if (!replace.isEmpty()) {
        QVERIFY2(xml.contains(replace), qPrintable(replace));
        xml.replace(replace, with);
    }
    if (QTest::currentDataTag() == QLatin1String("elements out of order"))
        xml.replace(QStringLiteral("</contexts>"),
                    QStringLiteral("</contexts><list name=\"words\"><item>w</item></list>"));

    const auto isKnown = [this](const QString &name) {
        return m_repository->definitionForName(name).isValid();
    };
    const QStringList problems = proofdesk::test::checkDefinition(xml.toUtf8(), isKnown);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QVERIFY2(problems.join(u'\n').contains(expected),
                 qPrintable(QStringLiteral("expected \"%1\", got:\n%2")
                                .arg(expected, problems.join(u'\n'))));
    }
}

void TestSyntax::loadsWithoutWarnings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sample");

    QTest::newRow("sketch") << kSketch
                            << "/- a /- nested -/ block -/\nlemma l(x: Int):\n  show x >= 0 -- expect: "
                               "failed\nproof\n  have h: #b01 = #x1 by l sorry\nqed\n\"s\\\"\"";
    QTest::newRow("SMT-LIB") << kSmtLib
                             << "; EXPECT: sat\n(set-logic ALL)\n(assert (! (= |a b| 1.5) "
                                ":named n))\n(echo \"x\"\"y\")\n(check-sat)\n)";
    QTest::newRow("DIMACS") << kDimacs << "c TODO\np cnf 2 1\n1 -2 0\nx\n%\n0\n";
}

void TestSyntax::loadsWithoutWarnings()
{
    QFETCH(QString, name);
    QFETCH(QString, sample);

    // A repository of its own: the shared one has long loaded everything.
    KSH::Repository repository;
    repository.addCustomSearchPath(proofdesk::syntaxSearchPath());
    takeLibraryMessages();
    const auto definition = repository.definitionForName(name);
    QVERIFY(definition.isValid());
    // Loading is lazy: these force the whole file to be read, rules, formats and
    // included definitions resolved, and every regular expression compiled by use.
    QVERIFY(!definition.formats().isEmpty());
    QVERIFY(definition.includedDefinitions().size() >= 1); // ##Comments (alerts, modelines)
    QVERIFY(!definition.keywordLists().isEmpty() || name == kDimacs);
    FormatCollector collector(definition, repository.defaultTheme());
    const Highlighted h = collector.highlight(sample);
    QVERIFY(h.lines.size() > 1);

    const QStringList messages = takeLibraryMessages();
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
}

void TestSyntax::libraryWarningsAreCaught()
{
    // The check above is only worth something if a broken definition does get noticed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("syntax")));
    QFile file(dir.filePath(QStringLiteral("syntax/broken.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<language name="Broken For Test" section="Other" extensions="*.broken" version="1" kateversion="5.0">
  <highlighting>
    <contexts>
      <context name="Main" attribute="Text" lineEndContext="#stay">
        <DetectChar char="x" attribute="No Such Format"/>
      </context>
    </contexts>
    <itemDatas><itemData name="Text" defStyleNum="dsNormal"/></itemDatas>
  </highlighting>
</language>
)");
    file.close();

    KSH::Repository repository;
    repository.addCustomSearchPath(dir.path());
    takeLibraryMessages();
    const auto definition = repository.definitionForName(QStringLiteral("Broken For Test"));
    QVERIFY(definition.isValid());
    // Expected, so keep it out of the test output; QtTest also fails if it never comes.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Unknown format.*No Such Format")));
    FormatCollector collector(definition, repository.defaultTheme());
    collector.highlight(QStringLiteral("x y"));
    const QStringList messages = takeLibraryMessages();
    QVERIFY2(messages.join(u'\n').contains(QStringLiteral("No Such Format")),
             qPrintable(messages.join(u'\n')));
}

void TestSyntax::tokens_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("occurrence"); // of the token in the text, from 0
    QTest::addColumn<QString>("format");
    QTest::addColumn<Style>("style");

    const auto row = [](const char *tag, const QString &def, const QString &text,
                        const QString &token, int occurrence, const QString &format, Style style) {
        QTest::newRow(tag) << def << text << token << occurrence << format << style;
    };
    // Sketches.
    const QString lemma = QStringLiteral("lemma sum_pos:\n  assume ha: a > 0\n  show a + 1 > 0");
    row("pds lemma", kSketch, lemma, "lemma", 0, "Declaration", Style::Keyword);
    row("pds lemma name", kSketch, lemma, "sum_pos", 0, "Declared Name", Style::Function);
    row("pds assume", kSketch, lemma, "assume", 0, "Proof Step", Style::ControlFlow);
    row("pds theorem", kSketch, "theorem t: show true", "theorem", 0, "Declaration", Style::Keyword);
    row("pds def rec", kSketch, "def rec sum(k: Int): Int = k", "rec", 0, "Declaration",
        Style::Keyword);
    row("pds def rec name", kSketch, "def rec sum(k: Int): Int = k", "sum", 0, "Declared Name",
        Style::Function);
    row("pds sort", kSketch, "const n: Int", "Int", 0, "Sort", Style::DataType);
    const QString proof = QStringLiteral("proof\n  have s1: x > 0 by hx\n  show sorry\nqed");
    row("pds proof", kSketch, proof, "proof", 0, "Proof Step", Style::ControlFlow);
    row("pds have", kSketch, proof, "have", 0, "Proof Step", Style::ControlFlow);
    row("pds by", kSketch, proof, "by", 0, "Proof Step", Style::ControlFlow);
    row("pds sorry", kSketch, proof, "sorry", 0, "Admitted", Style::Alert);
    row("pds qed", kSketch, proof, "qed", 0, "Proof Step", Style::ControlFlow);
    row("pds line comment", kSketch, "  show x > 0   -- a plain comment", "-- a plain comment", 0,
        "Comment", Style::Comment);
    row("pds expectation", kSketch, "  show x > 0   -- expect: proved", "-- expect: proved", 0,
        "Expectation", Style::Annotation);
    row("pds keyword in comment", kSketch, "-- lemma inside a comment", "lemma", 0, "Comment",
        Style::Comment);
    row("pds nested block comment", kSketch, "/- outer /- inner -/ still outer -/ const c: Int",
        "still outer", 0, "Comment", Style::Comment);
    row("pds after nested block comment", kSketch,
        "/- outer /- inner -/ still outer -/ const c: Int", "const", 0, "Declaration",
        Style::Keyword);
    row("pds multi-line block comment", kSketch, "/- first\nsecond -/ axiom a: true", "second", 0,
        "Comment", Style::Comment);
    row("pds after multi-line block comment", kSketch, "/- first\nsecond -/ axiom a: true",
        "axiom", 0, "Declaration", Style::Keyword);
    const QString formula = QStringLiteral("show ∀ x: Int. x ≤ x ∧ ¬ false ⟹ x ≠ 1 ∨ x ↔ y");
    for (const char *op : {"∀", "≤", "∧", "¬", "⟹", "≠", "∨", "↔"})
        QTest::newRow(qPrintable(QStringLiteral("pds operator %1").arg(QString::fromUtf8(op))))
            << kSketch << formula << QString::fromUtf8(op) << 0 << "Operator" << Style::Operator;
    row("pds false", kSketch, formula, "false", 0, "Constant", Style::Constant);
    row("pds ascii implication", kSketch, "show a ==> b <==> c", "<==>", 0, "Operator",
        Style::Operator);
    row("pds forall", kSketch, "have h: forall i: Int. err(i) >= 0", "forall", 0,
        "Expression Keyword", Style::Keyword);
    row("pds not", kSketch, "show not a and b", "not", 0, "Operator", Style::Operator);
    row("pds binary bit-vector", kSketch, "show x = #b0101", "#b0101", 0, "Bit-Vector",
        Style::BaseN);
    row("pds hex bit-vector", kSketch, "show x = #x1F", "#x1F", 0, "Bit-Vector", Style::BaseN);
    row("pds decimal", kSketch, "show x < 3.14", "3.14", 0, "Decimal", Style::Float);
    row("pds integer", kSketch, "show x < 42", "42", 0, "Integer", Style::DecVal);
    row("pds string", kSketch, R"(import "chains.pds")", R"("chains.pds")", 0, "String",
        Style::String);
    row("pds string escape", kSketch, R"(show s = "a\"b")", R"(\")", 0, "String Escape",
        Style::SpecialChar);
    row("pds dotted identifier", kSketch, "show by sum.def, x'", "sum.def", 0, "Normal Text",
        Style::Normal);
    row("pds primed identifier", kSketch, "show by sum.def, x'", "x'", 0, "Normal Text",
        Style::Normal);
    row("pds keyword prefix", kSketch, "show rec.x > 0", "rec.x", 0, "Normal Text", Style::Normal);
    row("pds stray comment end", kSketch, "show x -/ y", "-/", 0, "Error", Style::Error);

    // SMT-LIB.
    row("smt check-sat", kSmtLib, "(check-sat)", "check-sat", 0, "Command", Style::Keyword);
    row("smt check-sat-assuming", kSmtLib, "(check-sat-assuming (p))", "check-sat-assuming", 0,
        "Command", Style::Keyword);
    row("smt declare-fun", kSmtLib, "(declare-fun f (Int) Bool)", "declare-fun", 0, "Command",
        Style::Keyword);
    row("smt sort", kSmtLib, "(declare-fun f (Int) Bool)", "Bool", 0, "Sort", Style::DataType);
    row("smt define-fun-rec", kSmtLib, "(define-fun-rec len ((l Int)) Int 0)", "define-fun-rec",
        0, "Command", Style::Keyword);
    row("smt declare-datatypes", kSmtLib,
        "(declare-datatypes ((L 0)) (((nil) (cons (hd Int) (tl L)))))", "declare-datatypes", 0,
        "Command", Style::Keyword);
    row("smt pop", kSmtLib, "(push 1)\n(pop 1)", "pop", 0, "Command", Style::Keyword);
    row("smt option keyword", kSmtLib, "(set-option :produce-models true)", ":produce-models", 0,
        "Keyword", Style::Attribute);
    row("smt true", kSmtLib, "(set-option :produce-models true)", "true", 0, "Constant",
        Style::Constant);
    const QString named = QStringLiteral("(assert (! (> x 0) :named pos))");
    row("smt bang", kSmtLib, named, "!", 0, "Reserved Word", Style::ControlFlow);
    row("smt named", kSmtLib, named, ":named", 0, "Keyword", Style::Attribute);
    row("smt arithmetic", kSmtLib, named, ">", 0, "Theory Function", Style::BuiltIn);
    row("smt comment", kSmtLib, "(check-sat) ; a comment", "; a comment", 0, "Comment",
        Style::Comment);
    row("smt test directive", kSmtLib, "; EXPECT: unsat\n(check-sat)", "; EXPECT: unsat", 0,
        "Directive", Style::Annotation);
    row("smt quoted symbol", kSmtLib, "(set-info :source |multi word; symbol|)",
        "|multi word; symbol|", 0, "Quoted Symbol", Style::VerbatimString);
    row("smt string escape", kSmtLib, R"((echo "say ""hi"""))", R"("")", 0, "String Escape",
        Style::SpecialChar);
    row("smt multi-line string", kSmtLib, "(echo \"line one\nline two\")", "line two", 0,
        "String", Style::String);
    row("smt binary", kSmtLib, "(assert (= x #b0101))", "#b0101", 0, "Binary", Style::BaseN);
    row("smt equality", kSmtLib, "(assert (= x #b0101))", "=", 0, "Core Function",
        Style::Operator);
    row("smt hexadecimal", kSmtLib, "(assert (= y #x1F))", "#x1F", 0, "Hexadecimal",
        Style::BaseN);
    row("smt decimal", kSmtLib, "(assert (< 1.5 x))", "1.5", 0, "Decimal", Style::Float);
    row("smt numeral", kSmtLib, "(push 12)", "12", 0, "Numeral", Style::DecVal);
    row("smt string function", kSmtLib, "(assert (str.in_re s (re.* (str.to_re \"a\"))))",
        "str.in_re", 0, "Theory Function", Style::BuiltIn);
    row("smt regex star", kSmtLib, "(assert (str.in_re s (re.* (str.to_re \"a\"))))", "re.*", 0,
        "Theory Function", Style::BuiltIn);
    row("smt symbol with minus", kSmtLib, "(declare-const x-1 Int)", "x-1", 0, "Normal Text",
        Style::Normal);
    row("smt command name as symbol part", kSmtLib, "(declare-const my-assert Bool)",
        "my-assert", 0, "Normal Text", Style::Normal);
    row("smt unbalanced parenthesis", kSmtLib, "(check-sat)\n)", ")", 1, "Error", Style::Error);

    // DIMACS.
    const QString cnf = QStringLiteral("c a comment\np cnf 3 2\n1 -2 0\n2 3\n 10 0\n");
    row("cnf comment", kDimacs, cnf, "c a comment", 0, "Comment", Style::Comment);
    row("cnf header", kDimacs, cnf, "p cnf", 0, "Header", Style::Keyword);
    row("cnf header count", kDimacs, cnf, "3", 0, "Header Count", Style::Constant);
    row("cnf literal", kDimacs, cnf, "1", 0, "Literal", Style::DecVal);
    row("cnf negation", kDimacs, cnf, "-", 0, "Negation", Style::Operator);
    row("cnf clause end", kDimacs, cnf, "0", 0, "Clause End", Style::Others);
    row("cnf literal with a zero", kDimacs, cnf, "10", 0, "Literal", Style::DecVal);
    row("cnf comment without space", kDimacs, "c13 43 85\n1 0", "c13 43 85", 0, "Comment",
        Style::Comment);
    row("cnf header double space", kDimacs, "p cnf 200  860 \n", "860", 0, "Header Count",
        Style::Constant);
    row("cnf SATLIB end marker", kDimacs, "1 0\n%\n0\n", "%", 0, "End Marker",
        Style::Preprocessor);
    row("cnf after the end marker", kDimacs, "1 0\n%\n0\n", "0", 1, "Ignored", Style::Comment);
    row("cnf garbage", kDimacs, "1 x 0", "x", 0, "Error", Style::Error);
}

void TestSyntax::tokens()
{
    QFETCH(QString, definition);
    QFETCH(QString, text);
    QFETCH(QString, token);
    QFETCH(int, occurrence);
    QFETCH(QString, format);
    QFETCH(Style, style);

    const Highlighted h = highlight(definition, text);
    // Locate the token (lines of the text are the lines of the highlighter).
    qsizetype seen = 0;
    qsizetype line = -1, column = -1;
    for (qsizetype l = 0; l < h.lines.size() && line < 0; ++l) {
        for (qsizetype c = h.lines[l].indexOf(token); c >= 0; c = h.lines[l].indexOf(token, c + 1)) {
            if (seen++ == occurrence) {
                line = l;
                column = c;
                break;
            }
        }
    }
    QVERIFY2(line >= 0, qPrintable(QStringLiteral("\"%1\" not in the text").arg(token)));

    QCOMPARE(formatName(h, line, column, token.size()), format);
    QCOMPARE(h.at(line, column).textStyle(), style);
}

void TestSyntax::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(proofdesk::examplesPath());
    const auto files = examples.entryList({"*.pds"}, QDir::Files, QDir::Name);
    for (const auto &file : files)
        QTest::newRow(qPrintable(file)) << examples.filePath(file);
}

void TestSyntax::examples()
{
    QFETCH(QString, path);
    const Highlighted h = highlight(kSketch, QString::fromUtf8(readFile(path)));
    QVERIFY(h.lines.size() > 1);
    QVERIFY2(h.firstError().isEmpty(), qPrintable(h.firstError()));

    static const QRegularExpression declaration(QStringLiteral(R"(^\s*(lemma|theorem)\b)"));
    int lemmas = 0;
    for (qsizetype l = 0; l < h.lines.size(); ++l) {
        const QString &line = h.lines[l];
        const QString where = QStringLiteral("%1:%2: %3").arg(path).arg(l + 1).arg(line);
        if (const auto m = declaration.match(line); m.hasMatch()) {
            QVERIFY2(formatName(h, l, m.capturedStart(1), m.capturedLength(1)) ==
                         QLatin1String("Declaration"),
                     qPrintable(where));
            ++lemmas;
        }
        // A "--" outside a string starts a comment; an "expect:" right after it is an
        // expectation for the conformance tests.
        const auto dashes = line.indexOf(QLatin1String("--"));
        if (dashes >= 0 && !line.left(dashes).contains(u'"')) {
            static const QRegularExpression expect(QStringLiteral(R"(^--\s*expect:)"));
            const bool isExpectation = expect.match(line.mid(dashes)).hasMatch();
            const QString name = formatName(h, l, dashes, line.size() - dashes);
            QVERIFY2(name == QLatin1String(isExpectation ? "Expectation" : "Comment") ||
                         (!isExpectation && name.startsWith(QLatin1String("Comment"))),
                     qPrintable(where + QStringLiteral(" -> ") + name));
        }
    }
    QVERIFY2(lemmas > 0, "an example without a lemma or theorem");
}

void TestSyntax::smtCorpus_data()
{
    addCorpusRows(QStringLiteral("smt2"), QStringLiteral("*.smt2"));
}

void TestSyntax::smtCorpus()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no SMT-LIB corpus in " PROOFDESK_SHARED_DIR "/corpora/smt2");

    const Highlighted h = highlight(kSmtLib, QString::fromUtf8(readFile(path)));
    QVERIFY2(h.firstError().isEmpty(), qPrintable(h.firstError()));

    // Every corpus file has exactly one (check-sat): the command must stand out.
    int checkSats = 0;
    for (qsizetype l = 0; l < h.lines.size(); ++l) {
        const QString &line = h.lines[l];
        const QString where = QStringLiteral("%1:%2: %3").arg(path).arg(l + 1).arg(line);
        qsizetype first = 0;
        while (first < line.size() && line.at(first).isSpace())
            ++first;
        if (first < line.size() && line.at(first) == u';' &&
            h.at(l, first).name() != QLatin1String("String") &&
            h.at(l, first).name() != QLatin1String("Quoted Symbol")) {
            QVERIFY2(h.at(l, first).textStyle() == Style::Comment ||
                         h.at(l, first).name() == QLatin1String("Directive"),
                     qPrintable(where));
        }
        const auto at = line.indexOf(QLatin1String("(check-sat)"));
        if (at >= 0 && h.at(l, at).textStyle() != Style::Comment) {
            QCOMPARE(formatName(h, l, at + 1, 9), QStringLiteral("Command"));
            ++checkSats;
        }
    }
    QCOMPARE(checkSats, 1);
}

void TestSyntax::cnfCorpus_data()
{
    addCorpusRows(QStringLiteral("cnf"), QStringLiteral("*.cnf"));
}

void TestSyntax::cnfCorpus()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no DIMACS corpus in " PROOFDESK_SHARED_DIR "/corpora/cnf");

    const Highlighted h = highlight(kDimacs, QString::fromUtf8(readFile(path)));
    QVERIFY2(h.firstError().isEmpty(), qPrintable(h.firstError()));

    static const QRegularExpression header(QStringLiteral(R"(^\s*(p\s+cnf)\s+(\d+)\s+(\d+)\s*$)"));
    static const QRegularExpression number(QStringLiteral(R"(-?\d+)"));
    bool headerSeen = false;
    bool afterEnd = false;
    for (qsizetype l = 0; l < h.lines.size(); ++l) {
        const QString &line = h.lines[l];
        const QString where = QStringLiteral("%1:%2: %3").arg(path).arg(l + 1).arg(line);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto first = line.indexOf(trimmed.at(0));
        const QString firstFormat = h.at(l, first).name();
        if (afterEnd) {
            QVERIFY2(formatName(h, l, first, trimmed.size()) == QLatin1String("Ignored"),
                     qPrintable(where));
        } else if (trimmed.startsWith(u'c')) {
            QVERIFY2(formatName(h, l, first, trimmed.size()) == QLatin1String("Comment") ||
                         firstFormat == QLatin1String("Comment"),
                     qPrintable(where));
        } else if (trimmed.startsWith(u'%')) {
            QVERIFY2(firstFormat == QLatin1String("End Marker"), qPrintable(where));
            afterEnd = true;
        } else if (const auto m = header.match(line); m.hasMatch()) {
            QVERIFY2(formatName(h, l, m.capturedStart(1), m.capturedLength(1)) ==
                         QLatin1String("Header"),
                     qPrintable(where));
            for (int group : {2, 3})
                QVERIFY2(formatName(h, l, m.capturedStart(group), m.capturedLength(group)) ==
                             QLatin1String("Header Count"),
                         qPrintable(where));
            headerSeen = true;
        } else {
            // A (part of a) clause: literals, each clause ended by a 0.
            for (auto it = number.globalMatch(line); it.hasNext();) {
                const auto literal = it.next();
                const bool end = literal.captured() == QLatin1String("0");
                const qsizetype digits =
                    literal.capturedStart() + (literal.captured().startsWith(u'-') ? 1 : 0);
                QVERIFY2(formatName(h, l, digits, literal.capturedEnd() - digits) ==
                             QLatin1String(end ? "Clause End" : "Literal"),
                         qPrintable(where));
                if (digits > literal.capturedStart())
                    QVERIFY2(h.at(l, literal.capturedStart()).name() == QLatin1String("Negation"),
                             qPrintable(where));
            }
        }
    }
    QVERIFY2(headerSeen, "no p cnf header recognised");
}

QTEST_GUILESS_MAIN(TestSyntax)
#include "tst_syntax.moc"
