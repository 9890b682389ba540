// SPDX-License-Identifier: GPL-3.0-or-later
// core/graph on graphs with known answers and on real CNFs from ../shared/corpora.

#include "cnf/dimacs.h"
#include "graph/builders.h"
#include "graph/cnfgraph.h"
#include "graph/export.h"
#include "graph/layout.h"
#include "graph/metrics.h"
#include "graph/proofdag.h"
#include "lang/module.h"
#include "testutil.h"

#include <boost/graph/graphml.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <set>
#include <sstream>

using namespace proofdesk;
using namespace proofdesk::graph;

namespace {

// Two K5 joined by one edge between vertex 4 and vertex 5.
Graph twoCliques()
{
    Graph g;
    for (int i = 0; i < 10; ++i)
        boost::add_vertex(Node{.name = "v" + std::to_string(i), .label = {}, .kind = NodeKind::Variable, .file = {}}, g);
    for (int base : {0, 5})
        for (int i = 0; i < 5; ++i)
            for (int j = i + 1; j < 5; ++j)
                boost::add_edge(static_cast<Vertex>(base + i), static_cast<Vertex>(base + j), g);
    boost::add_edge(4, 5, g);
    return g;
}

std::optional<cnf::Formula> loadCnf(const QString &relative)
{
    const std::string text = test::readFile(test::sharedDir() + QStringLiteral("/corpora/cnf/") + relative);
    if (text.empty())
        return std::nullopt;
    auto f = cnf::parseDimacs(text);
    if (!f)
        return std::nullopt;
    return std::move(*f);
}

void checkLayoutSane(const Layout &l, std::size_t n)
{
    QCOMPARE(l.position.size(), n);
    for (const auto &p : l.position) {
        QVERIFY(std::isfinite(p.x) && std::isfinite(p.y));
        QVERIFY(p.x >= l.minX && p.x <= l.maxX && p.y >= l.minY && p.y <= l.maxY);
    }
    QVERIFY(std::isfinite(l.minX) && std::isfinite(l.maxX) && std::isfinite(l.minY) && std::isfinite(l.maxY));
}

} // namespace

class TestGraph : public QObject {
    Q_OBJECT
private slots:
    void twoCliquesGiveTwoCommunities()
    {
        const Graph g = twoCliques();
        const Csr csr = toCsr(g);
        QCOMPARE(csr.size(), std::size_t{10});
        QCOMPARE(csr.totalWeight, 21.0);
        const Communities c = louvain(csr);
        QCOMPARE(c.count, 2u);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(c.of[i], c.of[0]);
            QCOMPARE(c.of[5 + i], c.of[5]);
        }
        QVERIFY(c.of[0] != c.of[5]);
        // By hand: m = 21; each side has 10 inner edges and degree sum 2*10 + 1 = 21.
        // Q = sum over communities of (inner/m - (degree/2m)^2) = 2 (10/21 - 1/4) = 20/21 - 1/2.
        const double expected = 2.0 * (10.0 / 21.0 - (21.0 / 42.0) * (21.0 / 42.0));
        QVERIFY(std::abs(c.modularity - expected) < 1e-12);
        QVERIFY(std::abs(modularity(csr, c.of) - expected) < 1e-12);
        // One community for everything has Q = 0.
        const std::vector<std::uint32_t> one(10, 0);
        QVERIFY(std::abs(modularity(csr, one)) < 1e-12);
    }

    void metricsOfTwoCliques()
    {
        const Graph g = twoCliques();
        const Metrics m = computeMetrics(g);
        QCOMPARE(m.nodes, std::uint64_t{10});
        QCOMPARE(m.edges, std::uint64_t{21});
        QCOMPARE(m.components.count, 1u);
        QCOMPARE(m.degrees.min, 4u);
        QCOMPARE(m.degrees.max, 5u);
        QCOMPARE(m.communities.count, 2u);
    }

    void louvainOnRealCnfs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Structured (bounded model checking, planning) vs uniform random 3-SAT; the ranges are
        // the reference values measured with igraph (0.69-0.95 and about 0.17).
        QTest::newRow("bmc-ibm-2") << QStringLiteral("satlib/bmc/bmc-ibm-2.cnf") << 0.69 << 0.95;
        QTest::newRow("hanoi4") << QStringLiteral("satlib/hanoi/hanoi4.cnf") << 0.69 << 0.95;
        QTest::newRow("uf250-02") << QStringLiteral("satlib/uf250-1065/uf250-02.cnf") << 0.10 << 0.30;
    }

    void louvainOnRealCnfs()
    {
        PROOFDESK_REQUIRE_SHARED();
        QFETCH(QString, file);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto f = loadCnf(file);
        if (!f)
            QSKIP(qPrintable(QStringLiteral("%1 is absent from ../shared/corpora/cnf").arg(file)));
        const Graph g = variableInteractionGraph(clauseView(*f));
        const Csr csr = toCsr(g);
        const Communities c = louvain(csr);
        qInfo("%s: %zu nodes, Q = %.4f, %u communities", qPrintable(file), csr.size(), c.modularity, c.count);
        QVERIFY2(c.modularity >= low && c.modularity <= high, qPrintable(QString::number(c.modularity)));
        // The reported Q is the Q of the reported partition.
        QVERIFY(std::abs(modularity(csr, c.of) - c.modularity) < 1e-9);
        // Deterministic for a seed.
        QCOMPARE(louvain(csr).of, c.of);
    }

    void forceLayoutIsBoundedAndDeterministic()
    {
        const Graph small = twoCliques();
        const auto a = forceDirectedLayout(toCsr(small));
        QVERIFY(a.has_value());
        checkLayoutSane(*a, 10);

        PROOFDESK_REQUIRE_SHARED();
        const auto f = loadCnf(QStringLiteral("satlib/bmc/bmc-ibm-2.cnf"));
        if (!f)
            QSKIP("bmc-ibm-2.cnf is absent from ../shared/corpora");
        const Csr csr = toCsr(variableInteractionGraph(clauseView(*f)));
        LayoutControl c1;
        c1.seed = 7;
        double lastProgress = -1;
        c1.progress = [&](double p) { QVERIFY(p >= lastProgress - 1e-12); lastProgress = p; };
        const auto l1 = forceDirectedLayout(csr, c1);
        QVERIFY(l1.has_value());
        checkLayoutSane(*l1, csr.size());
        QVERIFY(lastProgress > 0);
        LayoutControl c2;
        c2.seed = 7;
        const auto l2 = forceDirectedLayout(csr, c2);
        QVERIFY(l2.has_value());
        for (std::size_t i = 0; i < csr.size(); ++i) {
            QCOMPARE(l1->position[i].x, l2->position[i].x);
            QCOMPARE(l1->position[i].y, l2->position[i].y);
        }
        // Not all on one spot.
        QVERIFY(l1->maxX - l1->minX > 1.0 && l1->maxY - l1->minY > 1.0);
    }

    void layoutCancels()
    {
        const Graph g = twoCliques();
        std::atomic<bool> cancel{true};
        LayoutControl c;
        c.cancel = &cancel;
        const auto l = forceDirectedLayout(toCsr(g), c);
        QVERIFY(!l.has_value());
        QCOMPARE(l.error(), LayoutError::Cancelled);
    }

    void graphmlRoundTrip()
    {
        const Graph g = twoCliques();
        const auto c = louvain(toCsr(g));
        const auto layout = forceDirectedLayout(toCsr(g));
        QVERIFY(layout.has_value());
        const std::string xml = toGraphml(g, &*layout, c.of);

        struct V { std::string name, community, x; };
        using Back = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, boost::property<boost::edge_weight_t, std::string>>;
        Back back;
        boost::dynamic_properties dp(boost::ignore_other_properties);
        dp.property("name", boost::get(&V::name, back));
        dp.property("community", boost::get(&V::community, back));
        dp.property("x", boost::get(&V::x, back));
        dp.property("weight", boost::get(boost::edge_weight, back));
        std::istringstream in(xml);
        boost::read_graphml(in, back, dp);
        QCOMPARE(boost::num_vertices(back), std::size_t{10});
        QCOMPARE(boost::num_edges(back), std::size_t{21});
        std::set<std::pair<std::string, std::string>> edges;
        for (auto e : boost::make_iterator_range(boost::edges(back)))
            edges.emplace(back[boost::source(e, back)].name, back[boost::target(e, back)].name);
        QVERIFY(edges.contains({"v4", "v5"}));
        QVERIFY(edges.contains({"v0", "v1"}));
        QVERIFY(!edges.contains({"v0", "v5"}));
        for (std::size_t v = 0; v < 10; ++v) {
            QCOMPARE(back[v].name, g[v].name);
            QCOMPARE(back[v].community, std::to_string(c.of[v]));
            QVERIFY(std::abs(std::stod(back[v].x) - layout->position[v].x) < 1e-3);
        }
    }

    void dotAndJsonAreWellFormed()
    {
        const Graph g = twoCliques();
        const Metrics m = computeMetrics(g);
        const std::string json = toJson(g, nullptr, &m);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("nodes")).toArray().size(), 10);
        QCOMPARE(doc.object().value(QStringLiteral("edges")).toArray().size(), 21);

        const std::string dot = toDot(g);
        QVERIFY(dot.find("v4") != std::string::npos);
        const QString dotExe = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dotExe.isEmpty())
            QSKIP("graphviz `dot` is not on PATH; the DOT text was not validated by a reader");
        QProcess p;
        p.start(dotExe, {QStringLiteral("-Tplain")});
        QVERIFY(p.waitForStarted());
        p.write(QByteArray::fromStdString(dot));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray plain = p.readAllStandardOutput();
        QCOMPARE(plain.count("\nnode "), 10);
        QCOMPARE(plain.count("\nedge "), 21);
    }

    void dependencyGraphOfAgents()
    {
        const std::string text = test::readFile(test::sourceDir() + QStringLiteral("/resources/examples/agents.pds"));
        QVERIFY(!text.empty());
        const auto module = lang::analyze(text, "agents.pds");
        const Graph g = dependencyGraph(module);
        auto find = [&](const std::string &name) -> std::optional<Vertex> {
            for (auto v : boost::make_iterator_range(boost::vertices(g)))
                if (g[v].name == name)
                    return v;
            return std::nullopt;
        };
        // lemma -> lemma edges through the steps that cite them
        std::set<std::pair<std::string, std::string>> lemmaDeps;
        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            const auto &s = g[boost::source(e, g)];
            const auto &t = g[boost::target(e, g)];
            if (g[e].kind == EdgeKind::Cites && s.kind == NodeKind::Step && t.kind == NodeKind::Lemma)
                lemmaDeps.emplace(s.name.substr(0, s.name.find('/')), t.name);
        }
        QVERIFY(find("small_drop") && find("telescoping") && find("bounded") && find("wrong_direction"));
        QVERIFY(lemmaDeps.contains({"small_drop", "telescoping"}));
        // induction hypotheses cite the lemma itself: not a dependency edge
        QVERIFY(!lemmaDeps.contains({"telescoping", "telescoping"}));
        QVERIFY(!lemmaDeps.contains({"bounded", "bounded"}));
        for (const auto &[from, to] : lemmaDeps)
            QVERIFY2(from != "wrong_direction" && to != "wrong_direction", qPrintable(QString::fromStdString(from + "->" + to)));
        // Every step hangs under its lemma, with its source line.
        for (const auto &o : module.obligations) {
            const auto step = find(o.id);
            QVERIFY(step.has_value());
            QCOMPARE(g[*step].line, o.range.begin.line);
            bool contained = false;
            for (auto e : boost::make_iterator_range(boost::in_edges(*step, g)))
                contained |= g[e].kind == EdgeKind::Contains && g[boost::source(e, g)].name == o.lemma;
            QVERIFY(contained);
        }
        const auto dag = dagMetrics(g);
        QVERIFY(dag.has_value());
        // small_drop -> its step -> telescoping -> its step -> a fact: at least 4 nodes deep
        QVERIFY(dag->depth >= 4);
        const auto layered = layeredLayout(g);
        QVERIFY(layered.has_value());
        checkLayoutSane(*layered, boost::num_vertices(g));
    }

    void proofDumpBecomesDag()
    {
        // Two assumptions, a step using both, and the final step using that one and again
        // the first assumption: 4 steps, 4 premise edges, 3 layers deep.
        const auto g = proofGraph("N 0 ASSUME\t(> x 2)\nN 1 ASSUME\t(< x 0)\n"
                                  "N 2 MACRO_ARITH_SCALE_SUM_UB\tfalse\nN 3 SCOPE\t(not (and (> x 2) (< x 0) (= y (+ x 1))))\n"
                                  "E 2 0\nE 2 1\nE 3 2\nE 3 0\n",
                                  "p.smt2");
        QVERIFY2(g.has_value(), g ? "" : g.error().message.c_str());
        QCOMPARE(boost::num_vertices(*g), std::size_t{4});
        QCOMPARE(boost::num_edges(*g), std::size_t{4});
        QVERIFY((*g)[boost::graph_bundle].directed);
        QCOMPARE((*g)[0].kind, NodeKind::Fact);
        QCOMPARE((*g)[2].kind, NodeKind::ProofStep);
        QCOMPARE((*g)[2].name, std::string("2:MACRO_ARITH_SCALE_SUM_UB"));
        QCOMPARE((*g)[3].label, std::string("SCOPE: (not (and (> x 2) (< x 0) (= y (+ x 1))))"));
        QCOMPARE((*g)[boost::graph_bundle].truncatedAt, std::uint64_t{0});
        const auto dag = dagMetrics(*g);
        QVERIFY(dag.has_value());
        QCOMPARE(dag->depth, 3u);
        QVERIFY(shortLabel((*g)[3]).size() <= 40);
        QVERIFY(shortLabel((*g)[3]).ends_with("..."));
    }

    void proofDumpTruncatedAndMalformed_data()
    {
        QTest::addColumn<QString>("dump");
        QTest::addColumn<int>("line"); // 0: parses
        QTest::newRow("truncated marker") << QStringLiteral("N 0 ASSUME\tp\nT 200000\n") << 0;
        QTest::newRow("no steps") << QStringLiteral("T 5\n") << 0;
        QTest::newRow("unknown tag") << QStringLiteral("N 0 ASSUME\tp\nX 1\n") << 2;
        QTest::newRow("ids out of order") << QStringLiteral("N 0 ASSUME\tp\nN 2 SCOPE\tq\n") << 2;
        QTest::newRow("no conclusion") << QStringLiteral("N 0 ASSUME\n") << 1;
        QTest::newRow("dangling edge") << QStringLiteral("N 0 ASSUME\tp\n\nE 0 7\n") << 3;
        QTest::newRow("edge needs two ids") << QStringLiteral("N 0 ASSUME\tp\nE 0\n") << 2;
        QTest::newRow("not a number") << QStringLiteral("N x ASSUME\tp\n") << 1;
    }

    void proofDumpTruncatedAndMalformed()
    {
        QFETCH(QString, dump);
        QFETCH(int, line);
        const std::string text = dump.toStdString();
        const auto g = proofGraph(text);
        if (QByteArray(QTest::currentDataTag()) == "truncated marker") {
            QVERIFY(g.has_value());
            QCOMPARE((*g)[boost::graph_bundle].truncatedAt, std::uint64_t{200000});
            QVERIFY(metricsText(*g, computeMetrics(*g)).find("proof partial") != std::string::npos);
            return;
        }
        QVERIFY(!g.has_value());
        QCOMPARE(int(g.error().line), line);
        QVERIFY(!g.error().message.empty());
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
