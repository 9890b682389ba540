// SPDX-License-Identifier: GPL-3.0-or-later
// `proofdesk-cli graph` end to end: the built executable run as a process, and for
// --kind proof the real proofdesk-worker and cvc5 behind it.
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString Cli = QStringLiteral(PROOFDESK_BINARY_DIR "/bin/proofdesk-cli");

using proofdesk::test::example;
using Run = proofdesk::test::ProgramRun;

// A triangle on variables 1-3 and a separate edge 4-5: a VIG with 5 nodes, 4 edges and two
// components.
constexpr auto kCnf = "c two components\np cnf 5 4\n1 2 0\n2 3 0\n-3 -1 0\n4 -5 0\n";

// Unsat by arithmetic over an uninterpreted function: x > 2, f(x) < 0, f(x) = x + 1.
constexpr auto kUnsat = "(set-logic QF_UFLIA)\n(declare-const x Int)\n(declare-fun f (Int) Int)\n"
                        "(assert (> x 2))\n(assert (< (f x) 0))\n(assert (= (f x) (+ x 1)))\n(check-sat)\n";

} // namespace

class tst_CliGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cnfMetrics();
    void graphmlAndJsonAgree();
    void dependencyGraphOfExample();
    void proofOfUnsatScript();
    void proofOfSketchStep();
    void proofRefusedWithReason_data();
    void proofRefusedWithReason();

private:
    Run run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &text);
    static QJsonObject readJson(const QString &path);

    QTemporaryDir m_dir;
};

void tst_CliGraph::initTestCase()
{
    QVERIFY2(QFile::exists(Cli), qPrintable(Cli + QStringLiteral(" is not built")));
    QVERIFY(m_dir.isValid());
}

Run tst_CliGraph::run(const QStringList &arguments)
{
    return proofdesk::test::runProgram(Cli, QStringList{QStringLiteral("graph")} + arguments, m_dir.path(), 180'000);
}

QString tst_CliGraph::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

QJsonObject tst_CliGraph::readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void tst_CliGraph::cnfMetrics()
{
    const QString cnf = write(QStringLiteral("two.cnf"), kCnf);
    const Run r = run({cnf, QStringLiteral("--metrics")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("nodes: 5\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("edges: 4\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("components: 2 ")), qPrintable(r.out));
    // The incidence graph: 5 variables + 4 clauses, one edge per literal (8).
    const Run i = run({cnf, QStringLiteral("--kind"), QStringLiteral("incidence"), QStringLiteral("--metrics")});
    QCOMPARE(i.exitCode, 0);
    QVERIFY2(i.out.contains(QLatin1String("nodes: 9\n")), qPrintable(i.out));
    QVERIFY2(i.out.contains(QLatin1String("edges: 8\n")), qPrintable(i.out));
}

void tst_CliGraph::graphmlAndJsonAgree()
{
    const QString cnf = write(QStringLiteral("agree.cnf"), kCnf);
    const QString graphml = m_dir.filePath(QStringLiteral("agree.graphml"));
    const QString json = m_dir.filePath(QStringLiteral("agree.json"));
    QCOMPARE(run({cnf, QStringLiteral("--out"), graphml}).exitCode, 0);
    QCOMPARE(run({cnf, QStringLiteral("--out"), json}).exitCode, 0);
    QFile f(graphml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int nodes = 0, edges = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            nodes += xml.name() == QLatin1String("node");
            edges += xml.name() == QLatin1String("edge");
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QJsonObject o = readJson(json);
    QCOMPARE(o.value(QLatin1String("nodes")).toArray().size(), nodes);
    QCOMPARE(o.value(QLatin1String("edges")).toArray().size(), edges);
    QCOMPARE(nodes, 5);
    QCOMPARE(edges, 4);
}

void tst_CliGraph::dependencyGraphOfExample()
{
    const QString json = m_dir.filePath(QStringLiteral("agents-deps.json"));
    const Run r = run({example("agents.pds"), QStringLiteral("--out"), json, QStringLiteral("--metrics")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("graph: deps")), qPrintable(r.out));
    const QJsonObject o = readJson(json);
    QVERIFY(o.value(QLatin1String("directed")).toBool());
    QSet<QString> lemmas;
    for (const QJsonValue &n : o.value(QLatin1String("nodes")).toArray()) {
        if (n.toObject().value(QLatin1String("kind")).toString() == QLatin1String("lemma"))
            lemmas.insert(n.toObject().value(QLatin1String("name")).toString());
    }
    // The lemmas of the chain of learning agents, each a node.
    for (const char *lemma : {"bounded", "telescoping", "small_drop"})
        QVERIFY2(lemmas.contains(QLatin1String(lemma)), lemma);
}

void tst_CliGraph::proofOfUnsatScript()
{
    const QString smt = write(QStringLiteral("unsat.smt2"), kUnsat);
    const QString json = m_dir.filePath(QStringLiteral("proof.json"));
    const Run r = run({smt, QStringLiteral("--kind"), QStringLiteral("proof"), QStringLiteral("--metrics"),
                       QStringLiteral("--out"), json});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("graph: proof")), qPrintable(r.out));
    const QJsonObject o = readJson(json);
    QVERIFY(o.value(QLatin1String("directed")).toBool());
    const QJsonArray nodes = o.value(QLatin1String("nodes")).toArray();
    QVERIFY(nodes.size() > 3);
    // Each of the three assertions is needed for unsat, so each is an ASSUME leaf (other
    // ASSUME steps are local hypotheses that a SCOPE step discharges); each node is one
    // distinct step (names are unique).
    const QSet<QString> asserted{QStringLiteral("ASSUME: (> x 2)"), QStringLiteral("ASSUME: (< (f x) 0)"),
                                 QStringLiteral("ASSUME: (= (f x) (+ x 1))")};
    QSet<QString> names, assumed;
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        names.insert(n.value(QLatin1String("name")).toString());
        if (n.value(QLatin1String("kind")).toString() == QLatin1String("fact"))
            assumed.insert(n.value(QLatin1String("label")).toString());
    }
    QCOMPARE(names.size(), nodes.size());
    QVERIFY(!assumed.isEmpty());
    QVERIFY2(assumed.contains(asserted), qPrintable(QStringList(assumed.values()).join(QLatin1Char('|'))));
    // Edges point from a step to its premises: ids within range, and some step has two.
    QHash<int, int> premises;
    for (const QJsonValue &v : o.value(QLatin1String("edges")).toArray()) {
        const QJsonObject e = v.toObject();
        const int s = e.value(QLatin1String("source")).toInt(-1), t = e.value(QLatin1String("target")).toInt(-1);
        QVERIFY(s >= 0 && s < nodes.size() && t >= 0 && t < nodes.size());
        ++premises[s];
    }
    QVERIFY(std::ranges::any_of(premises, [](int c) { return c >= 2; }));
}

void tst_CliGraph::proofOfSketchStep()
{
    const Run r = run({example("agents.pds"), QStringLiteral("--kind"), QStringLiteral("proof"),
                       QStringLiteral("--obligation"), QStringLiteral("telescoping/case base/show"),
                       QStringLiteral("--metrics")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("graph: proof")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("critical path:")), qPrintable(r.out));
}

void tst_CliGraph::proofRefusedWithReason_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString sat = write(QStringLiteral("sat.smt2"), "(declare-const x Int)\n(assert (> x 2))\n(check-sat)\n");
    const QString cnf = write(QStringLiteral("p.cnf"), kCnf);
    QTest::newRow("satisfiable script") << QStringList{sat} << QStringLiteral("no proof: cvc5: sat");
    QTest::newRow("cnf") << QStringList{cnf} << QStringLiteral("DRAT");
    QTest::newRow("several steps, none chosen") << QStringList{example("agents.pds")} << QStringLiteral("--obligation");
    QTest::newRow("no such step") << QStringList{example("agents.pds"), QStringLiteral("--obligation"), QStringLiteral("nope/x")}
                                  << QStringLiteral("no obligation 'nope/x'");
}

void tst_CliGraph::proofRefusedWithReason()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run r = run(arguments + QStringList{QStringLiteral("--kind"), QStringLiteral("proof"), QStringLiteral("--metrics")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliGraph)
#include "tst_cligraph.moc"
