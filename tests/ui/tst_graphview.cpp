// SPDX-License-Identifier: GPL-3.0-or-later
// The structure graph view offscreen, on real graphs built and laid out by core/graph: fit,
// clicking a node, find, level of detail on a large graph, cancelling a layout, colouring by
// community, and screenshots of a real CNF and of the view opened from the main window.
#include "testutil.h"

#include "graph/export.h"
#include "graph/layout.h"
#include "graph/load.h"
#include "graph/metrics.h"
#include "lang/module.h"
#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/graphpanel.h"
#include "ui/graphview.h"
#include "ui/graphwindow.h"
#include "ui/mainwindow.h"

#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

#include <optional>
#include <set>

using namespace proofdesk;
using proofdesk::ui::GraphPanel;
using proofdesk::ui::GraphView;

namespace {

graph::Node node(std::string name, std::uint32_t line = 0)
{
    graph::Node n;
    n.name = std::move(name);
    n.line = line;
    return n;
}

constexpr int ReadyTimeoutMs = 60'000;

// Two cliques of `k` nodes joined by one edge: two communities everywhere in the literature.
graph::Graph twoCliques(int k)
{
    graph::Graph g;
    for (int i = 0; i < 2 * k; ++i)
        boost::add_vertex(node("n" + std::to_string(i), std::uint32_t(100 + i)), g);
    for (int c = 0; c < 2; ++c)
        for (int i = 0; i < k; ++i)
            for (int j = i + 1; j < k; ++j)
                boost::add_edge(c * k + i, c * k + j, g);
    boost::add_edge(0, k, g);
    return g;
}

std::shared_ptr<const ui::GraphScene> laidOut(const graph::Graph &g)
{
    auto layout = graph::autoLayout(g);
    if (!layout)
        return nullptr;
    const auto metrics = graph::computeMetrics(g);
    return ui::makeScene(g, *layout, metrics.communities.of);
}

int nodeNamed(const ui::GraphScene &s, const QString &name)
{
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.name[i] == name)
            return int(i);
    return -1;
}

// A CNF whose variables first occur on known lines: x1, x2 on 3, x3 on 4, x4 on 6.
const char *const kSmallCnf = "c a small formula\n"
                              "p cnf 4 4\n"
                              "1 2 0\n"
                              "-2 3 0\n"
                              "c a comment line in between\n"
                              "3 4 -1 0\n"
                              "-4 2 0\n";

// Shows the view at `size` offscreen with `scene` in it.
bool showScene(GraphView &view, QSize size, std::shared_ptr<const ui::GraphScene> scene)
{
    view.resize(size);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    view.setScene(std::move(scene));
    return view.scene() != nullptr;
}

void waitComplete(GraphView &view)
{
    view.update();
    QTRY_VERIFY_WITH_TIMEOUT(view.isComplete(), 20'000);
}

QString outPath(const char *name)
{
    return QStringLiteral(PROOFDESK_BINARY_DIR "/") + QLatin1String(name);
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT
private slots:
    // The main window reads and writes settings: the test's own, not the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fitPutsEveryNodeInside();
    void clickEmitsSourceLine();
    void findSelectsAndCentres();
    void largeGraphUsesLevelOfDetail();
    void levelOfDetailLimitAtItsEdge();
    void tilesAreReusedWhilePanning();
    void cancelLeavesViewUsable();
    void colourByCommunity();
    void exportsWriteFiles();
    void screenshotOfRealCnf();
    void openedFromMainWindow();
    void proofGraphOfStepAtCursor();
};

void TestGraphView::fitPutsEveryNodeInside()
{
    auto g = graph::loadGraph("small.cnf", kSmallCnf, graph::GraphKind::Incidence);
    QVERIFY(g);
    GraphView view;
    QVERIFY(showScene(view, QSize(420, 300), laidOut(*g)));
    view.zoomBy(3); // away from the fit first
    view.fit();
    const auto &scene = *view.scene();
    QCOMPARE(scene.size(), std::size_t(8)); // 4 variables + 4 clauses
    for (std::size_t v = 0; v < scene.size(); ++v) {
        const QPointF p = view.nodeScreenPosition(int(v));
        QVERIFY2(QRectF(view.rect()).adjusted(4, 4, -4, -4).contains(p), qPrintable(scene.name[v]));
    }
    // And the fit is tight: the drawing spans most of the limiting side.
    double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
    for (std::size_t v = 0; v < scene.size(); ++v) {
        const QPointF p = view.nodeScreenPosition(int(v));
        x0 = std::min(x0, p.x()), x1 = std::max(x1, p.x()), y0 = std::min(y0, p.y()), y1 = std::max(y1, p.y());
    }
    QVERIFY(x1 - x0 > view.width() / 2.0 || y1 - y0 > view.height() / 2.0);
}

void TestGraphView::clickEmitsSourceLine()
{
    auto g = graph::loadGraph("small.cnf", kSmallCnf, graph::GraphKind::Vig);
    QVERIFY(g);
    GraphView view;
    QVERIFY(showScene(view, QSize(420, 300), laidOut(*g)));
    QSignalSpy spy(&view, &GraphView::nodeActivated);
    const std::pair<const char *, int> expected[] = {{"x1", 3}, {"x3", 4}, {"x4", 6}};
    for (const auto &[name, line] : expected) {
        const int node = nodeNamed(*view.scene(), QLatin1String(name));
        QVERIFY(node >= 0);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.nodeScreenPosition(node).toPoint());
        QCOMPARE(spy.count(), 1);
        const auto args = spy.takeFirst();
        QCOMPARE(args.at(0).toInt(), node);
        QCOMPARE(args.at(2).toInt(), line);
        QCOMPARE(view.selectedNode(), node);
    }
    // Hovering shows the node's name, degree and community.
    const int x3 = nodeNamed(*view.scene(), QStringLiteral("x3"));
    const QPoint at = view.nodeScreenPosition(x3).toPoint();
    QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
    QCoreApplication::sendEvent(&view, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("<b>x3</b>")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("degree %1").arg(view.scene()->degree[std::size_t(x3)])));
    QVERIFY(QToolTip::text().contains(QStringLiteral("community")));
    QToolTip::hideText();
    // A click on empty space clears the selection and activates nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(view.selectedNode(), -1);
}

void TestGraphView::findSelectsAndCentres()
{
    GraphView view;
    QVERIFY(showScene(view, QSize(500, 400), laidOut(twoCliques(6))));
    QVERIFY(!view.find(QStringLiteral("no such node")));
    QCOMPARE(view.selectedNode(), -1);
    QVERIFY(view.find(QStringLiteral("n7")));
    const int node = nodeNamed(*view.scene(), QStringLiteral("n7"));
    QCOMPARE(view.selectedNode(), node);
    const QPointF at = view.nodeScreenPosition(node);
    const QPointF centre = QRectF(view.rect()).center();
    QVERIFY2(std::abs(at.x() - centre.x()) < 1 && std::abs(at.y() - centre.y()) < 1,
             qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
    // And it is the node under the centre for a click.
    QCOMPARE(view.nodeAtScreen(centre), node);
}

void TestGraphView::largeGraphUsesLevelOfDetail()
{
    // 320 x 320 grid graph (102,400 nodes, ~204,000 edges) laid out on its own grid, in four
    // quadrant "communities": no force layout needed to test drawing.
    constexpr int side = 320;
    graph::Graph g;
    graph::Layout layout;
    std::vector<std::uint32_t> community;
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            boost::add_vertex(node("v" + std::to_string(y * side + x)), g);
            layout.position.push_back({double(x), double(y)});
            community.push_back(std::uint32_t((x >= side / 2) + 2 * (y >= side / 2)));
        }
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            if (x + 1 < side)
                boost::add_edge(y * side + x, y * side + x + 1, g);
            if (y + 1 < side)
                boost::add_edge(y * side + x, (y + 1) * side + x, g);
        }
    layout.updateBounds();
    GraphView view;
    QVERIFY(showScene(view, QSize(640, 480), ui::makeScene(g, layout, community)));
    QVERIFY(view.levelOfDetail());
    QVERIFY(view.edgeStride() > 1); // edges thinned out: 204k edges over a 60k budget
    waitComplete(view);
    const QImage shot = view.grab().toImage();
    // No object per node: the view holds a handful of helpers, not 10^5 items.
    QVERIFY(view.findChildren<QObject *>().size() < 50);
    // The density raster shows all four community colours (blended with the white
    // background, which keeps their hue).
    for (std::uint32_t c = 0; c < 4; ++c) {
        const QColor want = QColor::fromRgb(graph::communityColour(c));
        int found = 0;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3) {
                const QColor have = shot.pixelColor(x, y);
                const int dh = std::abs(have.hsvHue() - want.hsvHue());
                found += have.hsvSaturation() > 40 && std::min(dh, 360 - dh) < 12;
            }
        QVERIFY2(found > 100, qPrintable(QStringLiteral("community %1: %2 pixels").arg(c).arg(found)));
    }
    // Close in, nodes are discs again.
    QVERIFY(view.find(QStringLiteral("v51360")));
    QVERIFY(!view.levelOfDetail());
    QCOMPARE(view.edgeStride(), 1u);
    // A lower budget brings the level of detail back at the same zoom.
    view.setMaxNodesWithoutLod(10);
    QVERIFY(view.levelOfDetail());
}

void TestGraphView::levelOfDetailLimitAtItsEdge()
{
    // 60 nodes, all in view after a fit, with discs far above the minimum size: only the
    // node limit can switch the level of detail on, and it does so exactly above the limit.
    GraphView view;
    QVERIFY(showScene(view, QSize(600, 600), laidOut(twoCliques(30))));
    view.fit();
    const int nodes = int(view.scene()->size());
    QCOMPARE(nodes, 60);
    view.setMaxNodesWithoutLod(nodes);
    QVERIFY(!view.levelOfDetail());
    view.setMaxNodesWithoutLod(nodes - 1);
    QVERIFY(view.levelOfDetail());
    view.setMaxNodesWithoutLod(nodes);
    QVERIFY(!view.levelOfDetail());
}

void TestGraphView::tilesAreReusedWhilePanning()
{
    auto g = twoCliques(30);
    GraphView view;
    QVERIFY(showScene(view, QSize(512, 512), laidOut(g)));
    view.setLabelsShown(false);
    view.zoomBy(4);
    waitComplete(view);
    // Panning by less than a tile and back, twice: the second time every tile is cached.
    view.panBy(QPointF(40, 0));
    waitComplete(view);
    view.panBy(QPointF(-40, 0));
    waitComplete(view);
    const auto rendered = view.tilesRendered();
    QVERIFY(rendered > 0);
    view.panBy(QPointF(40, 0));
    waitComplete(view);
    view.panBy(QPointF(-40, 0));
    waitComplete(view);
    QCOMPARE(view.tilesRendered(), rendered);
    // The tiles make the same picture as a direct redraw (up to antialiasing at tile seams).
    view.panBy(QPointF(100, 50));
    waitComplete(view);
    // Only the tiles: the same view with the overlay would add the legend box.
    const QImage direct = view.renderDirect();
    const QImage grabbed = view.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    int differing = 0, compared = 0;
    for (int y = 120; y < direct.height(); y += 2) // below the legend
        for (int x = 0; x < direct.width(); x += 2) {
            ++compared;
            const QColor a = direct.pixelColor(x, y), b = grabbed.pixelColor(x, y);
            differing += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) > 60;
        }
    QVERIFY2(differing < compared / 100, qPrintable(QStringLiteral("%1 of %2").arg(differing).arg(compared)));
}

void TestGraphView::cancelLeavesViewUsable()
{
    GraphPanel panel;
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy ready(&panel, &GraphPanel::graphReady);
    QSignalSpy failed(&panel, &GraphPanel::graphFailed);
    panel.showGraph([](graph::GraphKind) { return twoCliques(5); }, graph::GraphKind::Vig, {graph::GraphKind::Vig},
                    QStringLiteral("cliques"));
    QVERIFY(ready.wait(ReadyTimeoutMs));
    const auto before = panel.view()->scene();
    // A graph large enough that its layout takes far longer than the cancel takes to arrive.
    panel.showGraph(
        [](graph::GraphKind) {
            graph::Graph g;
            constexpr int n = 60000;
            for (int i = 0; i < n; ++i)
                boost::add_vertex(node("r" + std::to_string(i)), g);
            for (int i = 0; i < n; ++i) {
                boost::add_edge(i, (i * 7919 + 13) % n, g);
                boost::add_edge(i, (i + 1) % n, g);
            }
            return g;
        },
        graph::GraphKind::Vig, {graph::GraphKind::Vig}, QStringLiteral("big"));
    QVERIFY(panel.busy());
    QVERIFY(panel.progressBar()->isVisible());
    panel.cancel();
    QVERIFY(failed.wait(ReadyTimeoutMs));
    QCOMPARE(failed.first().at(1).toBool(), true);
    QCOMPARE(ready.count(), 1);
    QVERIFY(!panel.busy());
    QVERIFY(!panel.progressBar()->isVisible());
    // The previous graph is still shown, and still answers.
    QCOMPARE(panel.view()->scene(), before);
    QVERIFY(panel.view()->find(QStringLiteral("n3")));
    waitComplete(*panel.view());
    // A new graph after the cancel is laid out as usual.
    panel.showGraph([](graph::GraphKind) { return twoCliques(4); }, graph::GraphKind::Vig, {graph::GraphKind::Vig},
                    QStringLiteral("again"));
    QVERIFY(ready.wait(ReadyTimeoutMs));
    QCOMPARE(panel.view()->scene()->size(), std::size_t(8));
}

void TestGraphView::colourByCommunity()
{
    GraphPanel panel;
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy ready(&panel, &GraphPanel::graphReady);
    panel.showGraph([](graph::GraphKind) { return twoCliques(6); }, graph::GraphKind::Vig, {graph::GraphKind::Vig},
                    QStringLiteral("cliques"));
    QVERIFY(ready.wait(ReadyTimeoutMs));
    GraphView &view = *panel.view();
    // The metrics panel reports the two communities.
    const auto rows = panel.metricsView()->findItems(QStringLiteral("Communities"), Qt::MatchExactly, 0);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()->text(1), QStringLiteral("2"));
    const QImage image = view.renderDirect();
    std::set<QRgb> colours;
    for (std::size_t v = 0; v < view.scene()->size(); ++v)
        colours.insert(image.pixel(view.nodeScreenPosition(int(v)).toPoint()) | 0xff000000u);
    const std::set<QRgb> expected{0xff000000u | graph::communityColour(0), 0xff000000u | graph::communityColour(1)};
    QCOMPARE(colours, expected);
    // Each clique is one colour.
    QCOMPARE(image.pixel(view.nodeScreenPosition(1).toPoint()), image.pixel(view.nodeScreenPosition(2).toPoint()));
    QVERIFY(image.pixel(view.nodeScreenPosition(1).toPoint()) != image.pixel(view.nodeScreenPosition(7).toPoint()));
    // Colour by standing: nothing is checked here, so every node is the "not checked" grey.
    view.setColouring(ui::GraphColouring::Standing);
    const QImage grey = view.renderDirect();
    for (std::size_t v = 0; v < view.scene()->size(); ++v)
        QCOMPARE(grey.pixel(view.nodeScreenPosition(int(v)).toPoint()) | 0xff000000u,
                 0xff000000u | graph::standingColour(graph::Standing::None));
}

void TestGraphView::exportsWriteFiles()
{
    GraphPanel panel;
    QSignalSpy ready(&panel, &GraphPanel::graphReady);
    QSignalSpy exported(&panel, &GraphPanel::exportFinished);
    panel.showFile(QStringLiteral("small.cnf"), kSmallCnf, graph::GraphKind::Vig);
    QVERIFY(ready.wait(ReadyTimeoutMs));
    const std::pair<GraphPanel::ExportFormat, const char *> formats[] = {
        {GraphPanel::ExportFormat::Svg, "<svg"},        {GraphPanel::ExportFormat::Png, "\x89PNG"},
        {GraphPanel::ExportFormat::Dot, "graph"},       {GraphPanel::ExportFormat::Graphml, "<graphml"},
        {GraphPanel::ExportFormat::Json, "\"nodes\""}};
    for (const auto &[format, marker] : formats) {
        const QString path = outPath("tst_graphview-export.") + QString::number(int(format));
        QFile::remove(path);
        QVERIFY(panel.exportTo(path, format));
        QVERIFY(exported.wait(ReadyTimeoutMs));
        QCOMPARE(exported.takeFirst().at(1).toString(), QString());
        const QByteArray data = test::readAll(path);
        QVERIFY2(data.contains(marker), qPrintable(path));
        if (format != GraphPanel::ExportFormat::Png)
            QVERIFY(data.contains("x4"));
    }
    // An unwritable path is an error naming it, not a crash.
    const QString bad = QStringLiteral("/nonexistent-dir/graph.svg");
    QVERIFY(panel.exportTo(bad, GraphPanel::ExportFormat::Svg));
    QVERIFY(exported.wait(ReadyTimeoutMs));
    QVERIFY(exported.takeFirst().at(1).toString().contains(bad));
}

void TestGraphView::screenshotOfRealCnf()
{
    PROOFDESK_REQUIRE_SHARED();
    const QString path = test::sharedDir() + QStringLiteral("/corpora/cnf/satlib/bmc/bmc-ibm-2.cnf");
    const QByteArray text = test::readAll(path);
    QVERIFY2(!text.isEmpty(), qPrintable(path));
    GraphPanel panel;
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy ready(&panel, &GraphPanel::graphReady);
    panel.showFile(path, text, graph::GraphKind::Vig);
    QVERIFY(ready.wait(ReadyTimeoutMs));
    const auto &scene = *panel.view()->scene();
    QVERIFY(scene.size() > 1000);
    QVERIFY(scene.communityCount > 1);
    waitComplete(*panel.view());
    const QString out = outPath("tst_graphview-bmc-ibm-2.png");
    QVERIFY(panel.grab().save(out));
    qInfo("screenshot: %s", qPrintable(out));
    // Not blank: many pixels are neither white nor the window's background.
    const QImage shot = panel.view()->grab().toImage();
    int coloured = 0;
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2) {
            const QColor c = shot.pixelColor(x, y);
            coloured += c.saturation() > 80;
        }
    QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
}

void TestGraphView::openedFromMainWindow()
{
    ui::MainWindow window;
    window.resize(1100, 750);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(test::example("basics.pds")));
    QAction *action = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == ui::GraphWindow::tr("Structure &Graph"))
                    action = a;
    QVERIFY(action);
    action->trigger();
    ui::GraphWindow *graphWindow = ui::structureGraphWindow(&window);
    QVERIFY(graphWindow->isVisible());
    GraphPanel &panel = *graphWindow->panel();
    QSignalSpy ready(&panel, &GraphPanel::graphReady);
    QVERIFY(ready.count() > 0 || ready.wait(ReadyTimeoutMs));
    QCOMPARE(panel.kind(), graph::GraphKind::Dependencies);
    const auto &scene = *panel.view()->scene();
    QVERIFY(scene.directed);
    // A lemma node: clicking it moves the editor to the lemma's line.
    int lemma = -1;
    for (std::size_t v = 0; v < scene.size(); ++v)
        if (scene.nodeKind[v] == graph::NodeKind::Lemma && scene.line[v] > 3)
            lemma = int(v);
    QVERIFY(lemma >= 0);
    panel.view()->centreOn(scene.position[std::size_t(lemma)]);
    QTest::mouseClick(panel.view(), Qt::LeftButton, {}, panel.view()->nodeScreenPosition(lemma).toPoint());
    QCOMPARE(window.editor()->textCursor().blockNumber() + 1, int(scene.line[std::size_t(lemma)]));
    panel.view()->fit();
    waitComplete(*panel.view());
    const QString deps = outPath("tst_graphview-mainwindow-deps.png");
    QVERIFY(graphWindow->grab().save(deps));
    qInfo("screenshot: %s", qPrintable(deps));

    // At the cursor, in a step: the SMT VIG of that step's obligation.
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->module() != nullptr, ReadyTimeoutMs);
    std::optional<lang::Obligation> step; // a copy: a new analysis would replace the module
    for (const auto &o : window.session()->module()->obligations)
        if (!step && o.status != lang::ObligationStatus::Error && !o.script.declarations.empty())
            step = o;
    QVERIFY(step);
    window.jumpTo(int(step->range.begin.line), 1);
    const int readyBefore = int(ready.count());
    graphWindow->showAtCursor();
    QVERIFY(ready.wait(ReadyTimeoutMs));
    QCOMPARE(int(ready.count()), readyBefore + 1);
    QCOMPARE(panel.kind(), graph::GraphKind::Vig);
    const auto &vig = *panel.view()->scene();
    QVERIFY(!vig.directed);
    QVERIFY(vig.size() > 0);
    for (std::size_t v = 0; v < vig.size(); ++v) {
        QCOMPARE(vig.nodeKind[v], graph::NodeKind::Symbol);
        // The innermost step around the cursor's line begins on it or above it.
        QVERIFY(vig.line[v] > 0 && vig.line[v] <= step->range.begin.line);
    }
    waitComplete(*panel.view());
    const QString out = outPath("tst_graphview-mainwindow.png");
    QVERIFY(graphWindow->grab().save(out));
    qInfo("screenshot: %s", qPrintable(out));
}

// View → Proof Graph of Step at Cursor: a real proofdesk-worker proves the step and the view
// draws the proof's rules as a DAG whose leaves assume the step's facts; a step that does
// not hold has no proof, and the panel says why.
void TestGraphView::proofGraphOfStepAtCursor()
{
    ui::MainWindow window;
    window.resize(1100, 750);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(test::example("basics.pds")));
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->module() != nullptr, ReadyTimeoutMs);
    std::optional<lang::Obligation> proved, failed;
    for (const auto &o : window.session()->module()->obligations) {
        if (o.lemma == "sum_pos")
            proved = o;
        if (o.lemma == "too_strong")
            failed = o;
    }
    QVERIFY(proved && failed);
    ui::GraphWindow *graphWindow = ui::structureGraphWindow(&window);
    GraphPanel &panel = *graphWindow->panel();
    QSignalSpy ready(&panel, &GraphPanel::graphReady);
    QSignalSpy failedSpy(&panel, &GraphPanel::graphFailed);

    window.jumpTo(int(proved->range.end.line), 1);
    graphWindow->showProofAtCursor();
    graphWindow->show();
    QVERIFY(ready.wait(ReadyTimeoutMs));
    QCOMPARE(panel.kind(), graph::GraphKind::Proof);
    const auto &scene = *panel.view()->scene();
    QVERIFY(scene.directed);
    QVERIFY(scene.size() >= 3);
    std::size_t assumptions = 0;
    for (std::size_t v = 0; v < scene.size(); ++v)
        assumptions += scene.nodeKind[v] == graph::NodeKind::Fact;
    // sum_pos needs both of its assumptions (a > 0, b > 0).
    QVERIFY(assumptions >= 2);
    waitComplete(*panel.view());
    const QString out = outPath("tst_graphview-proof.png");
    QVERIFY(graphWindow->grab().save(out));
    qInfo("screenshot: %s", qPrintable(out));

    window.jumpTo(int(failed->range.end.line), 1);
    graphWindow->showProofAtCursor();
    QVERIFY(failedSpy.wait(ReadyTimeoutMs));
    const QString message = failedSpy.last().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("no proof")) && message.contains(QLatin1String("sat")), qPrintable(message));
    QVERIFY(!failedSpy.last().at(1).toBool());
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
