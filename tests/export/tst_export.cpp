// SPDX-License-Identifier: GPL-3.0-or-later
// Export then verify, tampering, reports: the built proofdesk-cli run as a process.
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <functional>

namespace {

const QString Cli = QStringLiteral(PROOFDESK_BINARY_DIR "/bin/proofdesk-cli");
const QString Examples = QStringLiteral(PROOFDESK_SOURCE_DIR "/resources/examples");

using Run = proofdesk::test::ProgramRun;
using proofdesk::test::readAll;
using proofdesk::test::runProgram;

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QJsonObject manifestOf(const QString &dir)
{
    return QJsonDocument::fromJson(readAll(dir + QStringLiteral("/manifest.json"))).object();
}

void writeManifest(const QString &dir, const QJsonObject &m)
{
    writeAll(dir + QStringLiteral("/manifest.json"), QJsonDocument(m).toJson());
}

// Rewrites the manifest's hash of `path` to match the file as it is now: the "fixed up"
// tampering that hashes alone cannot catch.
void fixUpHash(const QString &dir, const QString &path)
{
    QJsonObject m = manifestOf(dir);
    QJsonArray files = m.value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject e = files[i].toObject();
        if (e.value(QStringLiteral("path")).toString() == path) {
            e.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(readAll(dir + QLatin1Char('/') + path), QCryptographicHash::Sha256).toHex()));
            files[i] = e;
        }
    }
    m.insert(QStringLiteral("files"), files);
    writeManifest(dir, m);
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

QJsonObject firstClaim(const QJsonObject &m, const QString &evidence)
{
    for (const QJsonValue &v : m.value(QStringLiteral("claims")).toArray())
        if (v.toObject().value(QStringLiteral("evidence")).toString() == evidence)
            return v.toObject();
    return {};
}

} // namespace

class tst_Export : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportThenVerify_data();
    void exportThenVerify();
    void levelsAreEarned();
    void reportPdf();
    void reportHtmlWellFormed();
    void noAbsolutePaths();
    void tampering_data();
    void tampering();
    void hostileManifest_data();
    void hostileManifest();
    void refusesNonEmptyOutput();
    void documents();
    void documentTampering_data();
    void documentTampering();
    void smt2ChecksOnOneLineAndByAnotherStrategy();

private:
    Run cli(const QStringList &arguments) { return runProgram(Cli, arguments, m_home.path()); }
    QString tamperCopy(const QString &name, const QString &from = {});
    QString documentBundle();

    QTemporaryDir m_home;
    QTemporaryDir m_bundles;
    QString m_agents; // the agents bundle, made once
    QString m_documents; // .cnf and .smt2 documents, made by documents()
};

void tst_Export::initTestCase()
{
    QVERIFY2(QFile::exists(Cli), qPrintable(Cli + QStringLiteral(" is not built")));
    QVERIFY(m_home.isValid() && m_bundles.isValid());
    m_agents = m_bundles.filePath(QStringLiteral("agents"));
    const Run r = cli({QStringLiteral("export"), Examples + QStringLiteral("/agents.pds"), QStringLiteral("--out"), m_agents});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void tst_Export::exportThenVerify_data()
{
    QTest::addColumn<QString>("example");
    for (const QString &name : QDir(Examples).entryList({QStringLiteral("*.pds")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Export::exportThenVerify()
{
    QFETCH(QString, example);
    QString dir = m_agents;
    if (example != QLatin1String("agents.pds")) {
        dir = m_bundles.filePath(example);
        const Run r = cli({QStringLiteral("export"), Examples + QLatin1Char('/') + example, QStringLiteral("--out"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
    for (const char *file : {"manifest.json", "report.html", "report.pdf", "results.json", "results.sarif", "results.junit.xml"})
        QVERIFY2(QFile::exists(dir + QLatin1Char('/') + QLatin1String(file)), file);
    QVERIFY(QFile::exists(dir + QStringLiteral("/sources/") + example));
    const QJsonArray claims = manifestOf(dir).value(QStringLiteral("claims")).toArray();
    QVERIFY(!claims.isEmpty());
    const Run v = cli({QStringLiteral("verify"), dir});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    // One line per claim and a summary.
    const QRegularExpression ok(QStringLiteral("^ok "), QRegularExpression::MultilineOption);
    QCOMPARE(v.out.count(ok), claims.size());
    QVERIFY(v.out.contains(QStringLiteral(": verified")));
    // One claim at a time, in the verifier's own thread (no pool): the same verdicts.
    const Run one = cli({QStringLiteral("verify"), dir, QStringLiteral("--jobs"), QStringLiteral("1")});
    QVERIFY2(one.exitCode == 0, qPrintable(one.out + one.err));
    QCOMPARE(one.out.count(ok), claims.size());
    QVERIFY(one.out.contains(QStringLiteral(": verified")));
}

void tst_Export::levelsAreEarned()
{
    const QJsonObject m = manifestOf(m_agents);
    int certified = 0, failed = 0;
    for (const QJsonValue &value : m.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject c = value.toObject();
        const QString level = c.value(QStringLiteral("evidence")).toString();
        if (level == QLatin1String("certified")) {
            ++certified;
            QCOMPARE(c.value(QStringLiteral("checkerResult")).toString(), QStringLiteral("accepted"));
            const QString cert = c.value(QStringLiteral("certificate")).toString();
            QVERIFY(cert.startsWith(QStringLiteral("certificates/")));
            QVERIFY(!readAll(m_agents + QLatin1Char('/') + cert).isEmpty());
        }
        if (level == QLatin1String("failed")) {
            ++failed;
            QVERIFY(!c.value(QStringLiteral("counterexample")).toArray().isEmpty());
        }
        if (c.value(QStringLiteral("verdict")).toString() != QLatin1String("proved"))
            QVERIFY(level != QLatin1String("certified") && level != QLatin1String("cross-checked") && level != QLatin1String("proved"));
    }
    QVERIFY(certified > 0);
    QVERIFY(failed > 0); // agents.pds has a wrong step on purpose
    QVERIFY(!m.value(QStringLiteral("solvers")).toObject().value(QStringLiteral("cvc5")).toString().isEmpty());
}

void tst_Export::reportPdf()
{
    const Run info = runProgram(QStringLiteral("pdfinfo"), {m_agents + QStringLiteral("/report.pdf")}, m_home.path());
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    QVERIFY(pages.hasMatch());
    QVERIFY(pages.captured(1).toInt() >= 2); // summary, claims and the whole sketch do not fit one page
    const Run text = runProgram(QStringLiteral("pdftotext"), {m_agents + QStringLiteral("/report.pdf"), QStringLiteral("-")}, m_home.path());
    QCOMPARE(text.exitCode, 0);
    // Qt sets DejaVu with the "fi" ligature, which pdftotext returns as one character.
    const QString words = QString(text.out).replace(QChar(0xFB01), QStringLiteral("fi"));
    for (const char *expected : {"ProofDesk bundle report", "wrong_direction", "telescoping", "certified", "failed", "Counterexamples",
                                 "Dependency graph"})
        QVERIFY2(words.contains(QLatin1String(expected)), expected);
    // The graph is drawn into the PDF as an image.
    const Run images = runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_agents + QStringLiteral("/report.pdf")}, m_home.path());
    QCOMPARE(images.exitCode, 0);
    QVERIFY2(images.out.count(QRegularExpression(QStringLiteral("^\\s+\\d+\\s+\\d+\\s+image"), QRegularExpression::MultilineOption)) >= 1, qPrintable(images.out));
}

void tst_Export::reportHtmlWellFormed()
{
    const QString html = m_agents + QStringLiteral("/report.html");
    const Run lint = runProgram(QStringLiteral("xmllint"), {QStringLiteral("--html"), QStringLiteral("--noout"), html}, m_home.path());
    // libxml2's HTML parser knows HTML 4 only: it calls the inline SVG's elements invalid
    // tags (HTML5 allows them). Any other complaint fails the test.
    QString complaints;
    for (const QString &line : lint.err.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String("parser error")))
            continue;
        static const QRegularExpression svgTag(QStringLiteral("Tag (svg|defs|marker|path|g|line|circle|title|text|rect) invalid"));
        if (!svgTag.match(line).hasMatch())
            complaints += line + QLatin1Char('\n');
    }
    QVERIFY2(complaints.isEmpty(), qPrintable(complaints));
    // Also strict XML: every element closed.
    const Run xml = runProgram(QStringLiteral("xmllint"), {QStringLiteral("--noout"), html}, m_home.path());
    QVERIFY2(xml.exitCode == 0, qPrintable(xml.err));
    const QString text = QString::fromUtf8(readAll(html));
    QVERIFY(text.contains(QStringLiteral("wrong_direction")));
    QVERIFY(!text.contains(QStringLiteral("<script")));
    QVERIFY(!text.contains(QStringLiteral("src=\"http")));
    // The dependency graph: one inline SVG, a node (circle with its name as title) per
    // lemma, coloured by standing: the failed lemma red, the certified ones green.
    QCOMPARE(text.count(QStringLiteral("<svg ")), 1);
    QSet<QString> lemmas;
    for (const QJsonValue &c : manifestOf(m_agents).value(QStringLiteral("claims")).toArray())
        lemmas.insert(c.toObject().value(QStringLiteral("lemma")).toString());
    QVERIFY(lemmas.size() >= 3);
    const QString svg = text.mid(text.indexOf(QStringLiteral("<svg ")), text.indexOf(QStringLiteral("</svg>")) - text.indexOf(QStringLiteral("<svg ")));
    for (const QString &lemma : lemmas)
        QVERIFY2(QRegularExpression(QStringLiteral("<circle [^>]*><title>%1</title>").arg(QRegularExpression::escape(lemma))).match(svg).hasMatch(), qPrintable(lemma));
    QVERIFY(svg.contains(QStringLiteral("fill=\"#d7302a\""))); // failed
    QVERIFY(svg.contains(QStringLiteral("fill=\"#2e9d4a\""))); // proved
    // Arrowheads (triangles, "M tip L corner L corner z") point at what is rested on: a step
    // of small_drop cites telescoping, so a tip touches telescoping's rim; nothing cites
    // small_drop, so none touches its rim.
    const auto circle = [&](const QString &name) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("<circle cx=\"([\\d.]+)\" cy=\"([\\d.]+)\" r=\"([\\d.]+)\"[^>]*><title>%1</title>")
                                                                 .arg(QRegularExpression::escape(name))).match(svg);
        return std::array<double, 3>{m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble()};
    };
    const auto tipsOnRim = [&](const std::array<double, 3> &c) {
        int tips = 0;
        QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("<path d=\"M([\\d.]+),([\\d.]+)L")).globalMatch(svg);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            tips += std::abs(std::hypot(m.captured(1).toDouble() - c[0], m.captured(2).toDouble() - c[1]) - c[2]) < 0.3 ? 1 : 0;
        }
        return tips;
    };
    QVERIFY(circle(QStringLiteral("telescoping"))[2] > 0 && circle(QStringLiteral("small_drop"))[2] > 0);
    QVERIFY(svg.count(QStringLiteral("<path d=\"M")) >= lemmas.size());
    QVERIFY(tipsOnRim(circle(QStringLiteral("telescoping"))) >= 1);
    QCOMPARE(tipsOnRim(circle(QStringLiteral("small_drop"))), 0);
}

void tst_Export::noAbsolutePaths()
{
    QDirIterator it(m_agents, QDir::Files, QDirIterator::Subdirectories);
    const QByteArray home = QDir::homePath().toUtf8(), bundles = m_bundles.path().toUtf8(), source = PROOFDESK_SOURCE_DIR;
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(QLatin1String(".pdf")))
            continue; // compressed streams; its text is checked in reportPdf
        const QByteArray bytes = readAll(file);
        QVERIFY2(!bytes.contains(bundles) && !bytes.contains(source), qPrintable(file));
    }
    // Moved elsewhere, it still verifies.
    QTemporaryDir elsewhere;
    const QString moved = elsewhere.filePath(QStringLiteral("copied-bundle"));
    QVERIFY(copyTree(m_agents, moved));
    const Run v = cli({QStringLiteral("verify"), moved});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
}

QString tst_Export::tamperCopy(const QString &name, const QString &from)
{
    const QString dir = m_bundles.filePath(QStringLiteral("tamper-") + name);
    QDir(dir).removeRecursively();
    return copyTree(from.isEmpty() ? m_agents : from, dir) ? dir : QString();
}

void tst_Export::tampering_data()
{
    QTest::addColumn<QString>("expected"); // what verify must name
    QTest::newRow("edited obligation") << "SHA-256 differs";
    QTest::newRow("edited obligation, hash fixed up") << "not the obligation its source elaborates to";
    QTest::newRow("obligation made false, hash fixed up") << "not the obligation its source elaborates to";
    QTest::newRow("swapped certificate") << "SHA-256 differs";
    QTest::newRow("swapped certificate, hashes fixed up") << "not the proof cvc5 checked";
    QTest::newRow("promoted failed claim") << "level proved recorded for a failed verdict";
    QTest::newRow("promoted failed claim, verdict too") << "does not confirm the claim";
    QTest::newRow("removed claim") << "has no claim in the manifest";
    QTest::newRow("edited source") << "SHA-256 differs";
    QTest::newRow("path leaves bundle") << "leaves the bundle";
    QTest::newRow("absolute path") << "not a relative path";
    QTest::newRow("symlink out") << "outside the bundle";
    QTest::newRow("unlisted file") << "not in the manifest's hash list";
}

void tst_Export::tampering()
{
    QFETCH(QString, expected);
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    const QString dir = tamperCopy(QString(row).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char(',')));
    QVERIFY(!dir.isEmpty());
    QJsonObject m = manifestOf(dir);
    QJsonArray claims = m.value(QStringLiteral("claims")).toArray();
    const QJsonObject checked = firstClaim(m, QStringLiteral("certified"));
    const QString obligation = checked.value(QStringLiteral("obligation")).toString();
    QVERIFY(!obligation.isEmpty());
    const auto replaceClaim = [&](const QString &id, const std::function<void(QJsonObject &)> &edit) {
        for (qsizetype i = 0; i < claims.size(); ++i) {
            QJsonObject c = claims[i].toObject();
            if (c.value(QStringLiteral("id")).toString() == id) {
                edit(c);
                claims[i] = c;
            }
        }
        m.insert(QStringLiteral("claims"), claims);
        writeManifest(dir, m);
    };

    if (row.startsWith(QLatin1String("edited obligation"))) {
        // Still unsat (a harmless extra assertion) — only the link to the source breaks.
        QByteArray text = readAll(dir + QLatin1Char('/') + obligation);
        text.replace("(check-sat)", "(assert true)\n(check-sat)");
        writeAll(dir + QLatin1Char('/') + obligation, text);
        if (row.contains(QLatin1String("fixed up")))
            fixUpHash(dir, obligation);
    } else if (row.startsWith(QLatin1String("obligation made false"))) {
        QByteArray text = readAll(dir + QLatin1Char('/') + obligation);
        const qsizetype at = text.lastIndexOf("(assert ");
        text.insert(at, "(push 1)\n");
        text.replace("(check-sat)", "(pop 1)\n(check-sat)");
        writeAll(dir + QLatin1Char('/') + obligation, text);
        fixUpHash(dir, obligation);
    } else if (row.startsWith(QLatin1String("swapped certificate"))) {
        QStringList certs;
        for (const QJsonValue &v : claims)
            if (!v.toObject().value(QStringLiteral("certificate")).toString().isEmpty())
                certs << v.toObject().value(QStringLiteral("certificate")).toString();
        QVERIFY(certs.size() >= 2);
        const QByteArray a = readAll(dir + QLatin1Char('/') + certs[0]), b = readAll(dir + QLatin1Char('/') + certs[1]);
        QVERIFY(a != b);
        writeAll(dir + QLatin1Char('/') + certs[0], b);
        writeAll(dir + QLatin1Char('/') + certs[1], a);
        if (row.contains(QLatin1String("fixed up"))) {
            fixUpHash(dir, certs[0]);
            fixUpHash(dir, certs[1]);
        }
    } else if (row.startsWith(QLatin1String("promoted failed claim"))) {
        const QJsonObject failed = firstClaim(m, QStringLiteral("failed"));
        QVERIFY(!failed.isEmpty());
        const bool verdictToo = row.contains(QLatin1String("verdict"));
        replaceClaim(failed.value(QStringLiteral("id")).toString(), [&](QJsonObject &c) {
            c.insert(QStringLiteral("evidence"), QStringLiteral("proved"));
            if (verdictToo)
                c.insert(QStringLiteral("verdict"), QStringLiteral("proved"));
        });
    } else if (row == QLatin1String("removed claim")) {
        const QString id = firstClaim(m, QStringLiteral("failed")).value(QStringLiteral("id")).toString();
        for (qsizetype i = 0; i < claims.size(); ++i)
            if (claims[i].toObject().value(QStringLiteral("id")).toString() == id)
                claims.removeAt(i--);
        m.insert(QStringLiteral("claims"), claims);
        writeManifest(dir, m);
    } else if (row == QLatin1String("edited source")) {
        const QString source = dir + QStringLiteral("/sources/agents.pds");
        writeAll(source, readAll(source).replace("err(n) >= err(0)", "err(n) <= err(0)"));
    } else if (row == QLatin1String("path leaves bundle") || row == QLatin1String("absolute path")) {
        const QString path = row.startsWith(QLatin1String("path")) ? QStringLiteral("../agents/") + obligation
                                                                   : m_agents + QLatin1Char('/') + obligation;
        replaceClaim(checked.value(QStringLiteral("id")).toString(), [&](QJsonObject &c) { c.insert(QStringLiteral("obligation"), path); });
    } else if (row == QLatin1String("symlink out")) {
        // The obligation replaced by a link to an identical file outside the bundle.
        QFile::remove(dir + QLatin1Char('/') + obligation);
        QVERIFY(QFile::link(m_agents + QLatin1Char('/') + obligation, dir + QLatin1Char('/') + obligation));
    } else if (row == QLatin1String("unlisted file")) {
        writeAll(dir + QStringLiteral("/certificates/extra.alf"), "(extra)");
    }

    const Run v = cli({QStringLiteral("verify"), dir});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.out.contains(expected), qPrintable(v.out + v.err));
    QVERIFY(v.out.contains(QStringLiteral("NOT verified")));
    // The same with one claim at a time in the verifier's own thread (the fuzz target's way).
    const Run one = cli({QStringLiteral("verify"), dir, QStringLiteral("--jobs"), QStringLiteral("1")});
    QCOMPARE(one.exitCode, 1);
    QVERIFY2(one.out.contains(expected), qPrintable(one.out + one.err));
}

void tst_Export::hostileManifest_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << "invalid JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "expected an object";
    QTest::newRow("deeply nested") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << "invalid JSON";
    QTest::newRow("wrong format") << QByteArray("{\"format\": 7}") << "field \"format\"";
    QTest::newRow("claims not an array")
        << QByteArray("{\"format\": \"proofdesk-bundle/1\", \"files\": [], \"sources\": [], \"claims\": {}}") << "field \"claims\" must be an array";
    QTest::newRow("claim of wrong types")
        << QByteArray("{\"format\": \"proofdesk-bundle/1\", \"files\": [], \"sources\": [], \"claims\": [{\"id\": 5, \"verdict\": \"proved\", \"evidence\": \"proved\"}]}")
        << "field \"id\" must be a string";
    QTest::newRow("unknown level")
        << QByteArray("{\"format\": \"proofdesk-bundle/1\", \"files\": [], \"sources\": [], \"claims\": [{\"id\": \"x\", \"verdict\": \"proved\", \"evidence\": \"trust-me\"}]}")
        << "unknown level";
    QTest::newRow("huge") << QByteArray() << "larger than";
}

void tst_Export::hostileManifest()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    if (manifest.isEmpty()) {
        QFile f(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(65LL * 1024 * 1024)); // sparse: larger than the limit, cheap to make
    } else {
        writeAll(dir.filePath(QStringLiteral("manifest.json")), manifest);
    }
    const Run v = cli({QStringLiteral("verify"), dir.path()});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.out.contains(expected), qPrintable(v.out + v.err));
}

void tst_Export::refusesNonEmptyOutput()
{
    const Run r = cli({QStringLiteral("export"), Examples + QStringLiteral("/basics.pds"), QStringLiteral("--out"), m_agents});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("not empty")));
    QVERIFY(QFile::exists(m_agents + QStringLiteral("/manifest.json"))); // untouched
}


namespace {
QJsonObject claimOf(const QJsonObject &m, const QString &source)
{
    for (const QJsonValue &v : m.value(QStringLiteral("claims")).toArray())
        if (v.toObject().value(QStringLiteral("source")).toString() == source)
            return v.toObject();
    return {};
}
} // namespace

// Three documents in one bundle: an unsatisfiable CNF (DRAT proof checked by drat-trim), a
// satisfiable one in SATLIB's format (its header understates the clauses, '%' trailer),
// and an .smt2 file with two check-sats and their :status.
QString tst_Export::documentBundle()
{
    if (!m_documents.isEmpty())
        return m_documents;
    const QString in = m_bundles.filePath(QStringLiteral("documents-in"));
    QDir().mkpath(in);
    writeAll(in + QStringLiteral("/php5.cnf"), proofdesk::test::pigeonholeCnf(4));
    writeAll(in + QStringLiteral("/php4.cnf"), proofdesk::test::pigeonholeCnf(3));
    writeAll(in + QStringLiteral("/sat.cnf"), "c satisfiable\np cnf 3 2\n1 2 0\n-1 3 0\n-2 -3 0\n%\n0\n");
    writeAll(in + QStringLiteral("/two.smt2"),
             "(set-logic QF_LIA)\n(declare-const x Int)\n(set-info :status sat)\n(assert (> x 2))\n(check-sat)\n"
             "(get-model)\n(set-info :status unsat)\n(assert (< x 1))\n(check-sat)\n");
    const QString out = m_bundles.filePath(QStringLiteral("documents"));
    const Run r = cli({QStringLiteral("export"), in + QStringLiteral("/php5.cnf"), in + QStringLiteral("/php4.cnf"), in + QStringLiteral("/sat.cnf"),
                       in + QStringLiteral("/two.smt2"), QStringLiteral("--out"), out});
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.out + r.err));
        return {};
    }
    m_documents = out;
    return out;
}

void tst_Export::documents()
{
    const QString dir = documentBundle();
    QVERIFY(!dir.isEmpty());
    const QJsonObject m = manifestOf(dir);
    for (const char *name : {"sources/php5.cnf", "sources/php4.cnf"}) {
        const QJsonObject unsat = claimOf(m, QLatin1String(name));
        QCOMPARE(unsat.value(QStringLiteral("answer")).toString(), QStringLiteral("unsat"));
        QCOMPARE(unsat.value(QStringLiteral("evidence")).toString(), QStringLiteral("certified"));
        QCOMPARE(unsat.value(QStringLiteral("certificateFormat")).toString(), QStringLiteral("drat"));
        QVERIFY(unsat.value(QStringLiteral("certificate")).toString().endsWith(QStringLiteral(".drat")));
        QVERIFY(unsat.value(QStringLiteral("obligation")).toString().endsWith(QStringLiteral(".cnf")));
        QVERIFY(!readAll(dir + QLatin1Char('/') + unsat.value(QStringLiteral("certificate")).toString()).isEmpty());
        // drat-trim, run here on the bundled files, agrees.
        const Run drat = runProgram(QStringLiteral("drat-trim"), {dir + QLatin1Char('/') + unsat.value(QStringLiteral("obligation")).toString(),
                                                                   dir + QLatin1Char('/') + unsat.value(QStringLiteral("certificate")).toString()}, m_home.path());
        QVERIFY2(drat.out.contains(QStringLiteral("s VERIFIED")), qPrintable(drat.out));
    }
    const QJsonObject sat = claimOf(m, QStringLiteral("sources/sat.cnf"));
    QCOMPARE(sat.value(QStringLiteral("answer")).toString(), QStringLiteral("sat"));
    QCOMPARE(sat.value(QStringLiteral("evidence")).toString(), QStringLiteral("certified"));
    QCOMPARE(sat.value(QStringLiteral("certificateFormat")).toString(), QStringLiteral("dimacs-model"));
    // The bundled formula is the one the solver read: header repaired, trailer gone.
    QVERIFY(readAll(dir + QLatin1Char('/') + sat.value(QStringLiteral("obligation")).toString()).startsWith("p cnf 3 3\n"));
    QStringList answers;
    for (const QJsonValue &v : m.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("source")).toString() != QLatin1String("sources/two.smt2"))
            continue;
        QCOMPARE(c.value(QStringLiteral("evidence")).toString(), QStringLiteral("proved"));
        QCOMPARE(c.value(QStringLiteral("obligation")).toString(), QStringLiteral("sources/two.smt2"));
        answers << c.value(QStringLiteral("answer")).toString();
    }
    QCOMPARE(answers, (QStringList{QStringLiteral("sat"), QStringLiteral("unsat")}));
    const Run v = cli({QStringLiteral("verify"), dir});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    QCOMPARE(v.out.count(QRegularExpression(QStringLiteral("^ok "), QRegularExpression::MultilineOption)), 5);
    QVERIFY(v.out.contains(QStringLiteral("drat-trim verifies")));
    QVERIFY(v.out.contains(QStringLiteral("satisfies all 3 clauses")));
    // Each answer is tied to its check-sat by line (two.smt2 has them on lines 5 and 9).
    QVERIFY2(v.out.contains(QStringLiteral("cvc5 answers sat to check-sat@5 of the document")), qPrintable(v.out));
    QVERIFY(v.out.contains(QStringLiteral("cvc5 answers unsat to check-sat@9 of the document")));
    // The reports name the documents.
    const QString html = QString::fromUtf8(readAll(dir + QStringLiteral("/report.html")));
    QVERIFY(html.contains(QStringLiteral("php5.cnf")) && html.contains(QStringLiteral("two.smt2")));
}

void tst_Export::documentTampering_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("swapped DRAT proofs, hashes fixed up") << "does not verify";
    QTest::newRow("emptied DRAT proof, hash fixed up") << "does not verify";
    QTest::newRow("edited CNF obligation, hash fixed up") << "is not the formula of";
    QTest::newRow("edited model, hash fixed up") << "falsifies the clause on line 5";
    QTest::newRow("sat claim said unsat") << "certifies sat";
    QTest::newRow("smt2 answer flipped") << "cvc5 answers sat to check-sat@5, not unsat";
    QTest::newRow("smt2 claim removed") << "check-sat@9 has no claim in the manifest";
    // The document edited (its hash fixed up): the check-sat of line 5 moved to line 3, where
    // it still answers sat. Matched by order, the two answers would still fit the two claims.
    QTest::newRow("smt2 check moved, hash fixed up") << "has no check-sat at line 5 for this claim";
    QTest::newRow("smt2 check moved, hash fixed up (the new check)") << "check-sat@3 has no claim in the manifest";
    QTest::newRow("smt2 check removed, hash fixed up") << "has no check-sat at line 9 for this claim";
}

void tst_Export::documentTampering()
{
    QFETCH(QString, expected);
    const QString source = documentBundle();
    QVERIFY(!source.isEmpty());
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    const QString dir = tamperCopy(QStringLiteral("doc-") + QString(row).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char(',')), source);
    QVERIFY(!dir.isEmpty());
    QJsonObject m = manifestOf(dir);
    QJsonArray claims = m.value(QStringLiteral("claims")).toArray();
    const QJsonObject php5 = claimOf(m, QStringLiteral("sources/php5.cnf")), php4 = claimOf(m, QStringLiteral("sources/php4.cnf"));
    const QJsonObject sat = claimOf(m, QStringLiteral("sources/sat.cnf"));
    const auto path = [&](const QJsonObject &c, const char *key) { return c.value(QLatin1String(key)).toString(); };
    const auto editClaims = [&](const std::function<bool(QJsonObject &)> &edit) {
        for (qsizetype i = 0; i < claims.size(); ++i) {
            QJsonObject c = claims[i].toObject();
            if (edit(c))
                claims[i] = c;
        }
        m.insert(QStringLiteral("claims"), claims);
        writeManifest(dir, m);
    };
    if (row.startsWith(QLatin1String("swapped DRAT"))) {
        const QByteArray a = readAll(dir + QLatin1Char('/') + path(php5, "certificate")), b = readAll(dir + QLatin1Char('/') + path(php4, "certificate"));
        QVERIFY(a != b);
        writeAll(dir + QLatin1Char('/') + path(php5, "certificate"), b);
        writeAll(dir + QLatin1Char('/') + path(php4, "certificate"), a);
        fixUpHash(dir, path(php5, "certificate"));
        fixUpHash(dir, path(php4, "certificate"));
    } else if (row.startsWith(QLatin1String("emptied DRAT"))) {
        writeAll(dir + QLatin1Char('/') + path(php5, "certificate"), {});
        fixUpHash(dir, path(php5, "certificate"));
    } else if (row.startsWith(QLatin1String("edited CNF"))) {
        // Drop the last clause: the proof may still verify, but it is not the source's formula.
        QByteArray text = readAll(dir + QLatin1Char('/') + path(php5, "obligation"));
        text.chop(1);
        text = text.left(text.lastIndexOf('\n') + 1);
        writeAll(dir + QLatin1Char('/') + path(php5, "obligation"), text);
        fixUpHash(dir, path(php5, "obligation"));
    } else if (row.startsWith(QLatin1String("edited model"))) {
        // x2 and x3 both true falsify the third clause (-2 -3), on line 5 of the source.
        writeAll(dir + QLatin1Char('/') + path(sat, "certificate"), "v 1 2 3 0\n");
        fixUpHash(dir, path(sat, "certificate"));
    } else if (row == QLatin1String("sat claim said unsat")) {
        editClaims([&](QJsonObject &c) {
            if (c.value(QStringLiteral("id")) != sat.value(QStringLiteral("id")))
                return false;
            c.insert(QStringLiteral("answer"), QStringLiteral("unsat"));
            return true;
        });
    } else if (row == QLatin1String("smt2 answer flipped")) {
        editClaims([&](QJsonObject &c) {
            if (c.value(QStringLiteral("answer")).toString() != QLatin1String("sat") || !c.value(QStringLiteral("source")).toString().endsWith(QLatin1String(".smt2")))
                return false;
            c.insert(QStringLiteral("answer"), QStringLiteral("unsat"));
            return true;
        });
    } else if (row == QLatin1String("smt2 claim removed")) {
        for (qsizetype i = 0; i < claims.size(); ++i)
            if (claims[i].toObject().value(QStringLiteral("answer")).toString() == QLatin1String("unsat") &&
                claims[i].toObject().value(QStringLiteral("source")).toString().endsWith(QLatin1String(".smt2"))) {
                claims.removeAt(i);
                break;
            }
        m.insert(QStringLiteral("claims"), claims);
        writeManifest(dir, m);
    } else if (row.startsWith(QLatin1String("smt2 check moved")) || row.startsWith(QLatin1String("smt2 check removed"))) {
        // Line by line, so that the other lines keep their numbers.
        const QString document = dir + QStringLiteral("/sources/two.smt2");
        QList<QByteArray> lines = readAll(document).split('\n');
        QCOMPARE(lines[4], QByteArray("(check-sat)"));
        QCOMPARE(lines[8], QByteArray("(check-sat)"));
        if (row.startsWith(QLatin1String("smt2 check moved"))) {
            lines[2] += " (check-sat)"; // x is still unconstrained: sat, as claimed of line 5
            lines[4] = "; moved";
        } else {
            lines[8] = "; removed";
        }
        writeAll(document, lines.join('\n'));
        fixUpHash(dir, QStringLiteral("sources/two.smt2"));
    }
    const Run v = cli({QStringLiteral("verify"), dir});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.out.contains(expected), qPrintable(v.out + v.err));
    QVERIFY(v.out.contains(QStringLiteral("NOT verified")));
    // The same with one claim at a time in the verifier's own thread (the fuzz target's way).
    const Run one = cli({QStringLiteral("verify"), dir, QStringLiteral("--jobs"), QStringLiteral("1")});
    QCOMPARE(one.exitCode, 1);
    QVERIFY2(one.out.contains(expected), qPrintable(one.out + one.err));
}

// Two check-sats on one line keep two claims (their ids carry the column), and a check
// that only cvc5 --mbqi answers (cvc5's default says unknown) is claimed with that
// strategy and re-run with it by verify.
void tst_Export::smt2ChecksOnOneLineAndByAnotherStrategy()
{
    const QString in = m_bundles.filePath(QStringLiteral("shared-line-in"));
    QDir().mkpath(in);
    writeAll(in + QStringLiteral("/shared.smt2"),
             "(set-logic ALL)\n(declare-fun f (Int) Int)\n(declare-const c Int)\n(assert (forall ((x Int)) (>= (f x) 0)))\n"
             "(assert (> (f c) 5))\n(check-sat) (push 1) (assert (< (f c) 0)) (check-sat) (pop 1)\n");
    const QString out = m_bundles.filePath(QStringLiteral("shared-line"));
    const Run r = cli({QStringLiteral("export"), in + QStringLiteral("/shared.smt2"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QJsonObject m = manifestOf(out);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : m.value(QStringLiteral("claims")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("obligationId")).toString(), v.toObject());
    QCOMPARE(byId.size(), 2);
    const QJsonObject first = byId.value(QStringLiteral("check-sat@6:1")), second = byId.value(QStringLiteral("check-sat@6:43"));
    QCOMPARE(first.value(QStringLiteral("answer")).toString(), QStringLiteral("sat"));
    QCOMPARE(first.value(QStringLiteral("strategy")).toString(), QStringLiteral("cvc5-mbqi"));
    QCOMPARE(first.value(QStringLiteral("evidence")).toString(), QStringLiteral("proved"));
    QCOMPARE(second.value(QStringLiteral("answer")).toString(), QStringLiteral("unsat"));
    QCOMPARE(second.value(QStringLiteral("evidence")).toString(), QStringLiteral("proved"));
    const Run v = cli({QStringLiteral("verify"), out});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    QVERIFY2(v.out.contains(QStringLiteral("cvc5-mbqi answers sat to check-sat@6:1 of the document")), qPrintable(v.out));
    QVERIFY2(v.out.contains(QStringLiteral("answers unsat to check-sat@6:43 of the document")), qPrintable(v.out));

    // The two claims' ids exchanged: each is now checked against the other check-sat.
    const QString dir = tamperCopy(QStringLiteral("shared-line-swapped"), out);
    QVERIFY(!dir.isEmpty());
    m = manifestOf(dir);
    QJsonArray claims = m.value(QStringLiteral("claims")).toArray();
    for (qsizetype i = 0; i < claims.size(); ++i) {
        QJsonObject c = claims[i].toObject();
        const bool isFirst = c.value(QStringLiteral("obligationId")).toString() == QLatin1String("check-sat@6:1");
        const QString other = isFirst ? QStringLiteral("check-sat@6:43") : QStringLiteral("check-sat@6:1");
        c.insert(QStringLiteral("obligationId"), other);
        c.insert(QStringLiteral("id"), QStringLiteral("shared.smt2#") + other);
        claims[i] = c;
    }
    m.insert(QStringLiteral("claims"), claims);
    writeManifest(dir, m);
    const Run swapped = cli({QStringLiteral("verify"), dir});
    QCOMPARE(swapped.exitCode, 1);
    QVERIFY2(swapped.out.contains(QStringLiteral("cvc5-mbqi answers unsat to check-sat@6:43, not sat")), qPrintable(swapped.out));

    // As an older ProofDesk wrote it: both claims with the line's id, in the document's
    // order. They take the line's checks in that order; in the other order, each meets the
    // other check and fails.
    for (const bool reversed : {false, true}) {
        const QString old = tamperCopy(reversed ? QStringLiteral("shared-line-old-reversed") : QStringLiteral("shared-line-old"), out);
        QVERIFY(!old.isEmpty());
        m = manifestOf(old);
        claims = m.value(QStringLiteral("claims")).toArray();
        QCOMPARE(claims.size(), 2);
        QCOMPARE(claims[0].toObject().value(QStringLiteral("obligationId")).toString(), QStringLiteral("check-sat@6:1"));
        QJsonArray oldClaims;
        for (const QJsonValue &value : claims) {
            QJsonObject c = value.toObject();
            c.insert(QStringLiteral("obligationId"), QStringLiteral("check-sat@6"));
            c.insert(QStringLiteral("id"), QStringLiteral("shared.smt2#check-sat@6"));
            if (reversed)
                oldClaims.prepend(c);
            else
                oldClaims.append(c);
        }
        m.insert(QStringLiteral("claims"), oldClaims);
        writeManifest(old, m);
        const Run o = cli({QStringLiteral("verify"), old});
        if (reversed) {
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(o.out.contains(QStringLiteral("NOT verified")), qPrintable(o.out));
        } else {
            QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
            QVERIFY2(o.out.contains(QStringLiteral("cvc5-mbqi answers sat to check-sat@6:1 of the document")), qPrintable(o.out));
            QVERIFY2(o.out.contains(QStringLiteral("answers unsat to check-sat@6:43 of the document")), qPrintable(o.out));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Export)
#include "tst_export.moc"
