// SPDX-License-Identifier: GPL-3.0-or-later
// bench_graphview: drawing a large laid-out graph in the structure graph view, offscreen.
// Side by side in one run, on the same view of the same graph:
//  - a pan frame from cached tiles (the view moved by a few pixels and repainted; every tile
//    it needs is already rendered), median and 95th percentile;
//  - a full redraw of the same view without tiles (GraphView::renderDirect, one thread);
//  - the ratio of the two, and the time to fill an empty cache for one view (worker threads).
// The graph: a jittered grid with local random edges (about 4 edges per node), default
// 250,000 nodes and 1,000,000 edges. A measurement: exits 0 whatever the figures.
#include "measure.h"

#include "graph/layout.h"
#include "ui/graphscene.h"
#include "ui/graphview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace proofdesk;
using proofdesk::bench::percentile;

namespace {

std::shared_ptr<const ui::GraphScene> makeLargeScene(int side)
{
    graph::Graph g;
    graph::Layout layout;
    std::vector<std::uint32_t> community;
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> jitter(-0.35, 0.35);
    std::uniform_int_distribution<int> near(-4, 4);
    const int n = side * side;
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            graph::Node node;
            node.name = "v" + std::to_string(y * side + x);
            boost::add_vertex(std::move(node), g);
            layout.position.push_back({x + jitter(rng), y + jitter(rng)});
            community.push_back(std::uint32_t((x / 50) + (y / 50) * ((side + 49) / 50)));
        }
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int v = y * side + x;
            if (x + 1 < side)
                boost::add_edge(v, v + 1, g);
            if (y + 1 < side)
                boost::add_edge(v, v + side, g);
            if (x + 1 < side && y + 1 < side)
                boost::add_edge(v, v + side + 1, g);
            const int tx = std::clamp(x + near(rng), 0, side - 1), ty = std::clamp(y + near(rng), 0, side - 1);
            if (ty * side + tx != v)
                boost::add_edge(v, ty * side + tx, g);
        }
    layout.updateBounds();
    std::printf("graph: %d nodes, %zu edges (jittered grid, local random edges)\n", n, boost::num_edges(g));
    return ui::makeScene(g, layout, community);
}

} // namespace

int main(int argc, char **argv)
{
    int side = 500;
    int frames = 60;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--side") && i + 1 < argc)
            side = std::max(10, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--frames") && i + 1 < argc)
            frames = std::max(5, std::atoi(argv[++i]));
        else {
            std::printf("usage: bench_graphview [--side N (grid side, default 500)] [--frames N]\n");
            return std::strcmp(argv[i], "--help") ? 2 : 0;
        }
    }
    QApplication app(argc, argv);
    QElapsedTimer t;
    t.start();
    auto scene = makeLargeScene(side);
    std::printf("graph generation + scene build:       %8.1f ms\n", double(t.nsecsElapsed()) / 1e6);

    ui::GraphView view;
    view.resize(1200, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    view.setScene(scene);

    const auto measure = [&](const char *what) {
        // Fill the cache for the view and its surroundings (a pan of a tile each way).
        t.restart();
        view.repaint();
        while (!view.isComplete())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const double fill = double(t.nsecsElapsed()) / 1e6;
        for (const QPointF d : {QPointF(100, 0), QPointF(-200, 0), QPointF(100, 100), QPointF(0, -200), QPointF(0, 100)}) {
            view.panBy(d);
            view.repaint();
            while (!view.isComplete())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        const auto rendered = view.tilesRendered();
        std::vector<double> pan;
        for (int i = 0; i < frames; ++i) {
            const double dx = 6 * std::sin(i * 0.7), dy = 6 * std::cos(i * 0.5);
            t.restart();
            view.panBy(QPointF(dx, dy));
            view.repaint(); // synchronous paint from cached tiles
            pan.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const bool allCached = view.tilesRendered() == rendered;
        std::vector<double> full;
        for (int i = 0; i < std::max(3, frames / 10); ++i) {
            t.restart();
            const QImage image = view.renderDirect();
            full.push_back(double(t.nsecsElapsed()) / 1e6);
            if (image.isNull())
                return;
        }
        const double panMedian = percentile(pan, 0.5), fullMedian = percentile(full, 0.5);
        std::printf("\n%s (level of detail %s, 1 edge in %u drawn)\n", what, view.levelOfDetail() ? "on" : "off",
                    view.edgeStride());
        std::printf("  fill an empty tile cache (%d threads): %8.1f ms\n", 2, fill);
        std::printf("  pan frame from cached tiles:         %8.2f ms median, %.2f ms p95 (target <= 33 ms)%s\n",
                    panMedian, percentile(pan, 0.95), allCached ? "" : "  [some tiles were re-rendered]");
        std::printf("  full redraw, no tiles (1 thread):    %8.1f ms median (target <= 1000 ms)\n", fullMedian);
        std::printf("  ratio full redraw / cached pan frame: %7.1f x\n", fullMedian / std::max(1e-6, panMedian));
    };
    measure("whole graph in view");
    view.zoomBy(8);
    measure("zoomed in 8x");
    view.setMaxNodesWithoutLod(100'000'000);
    view.setEdgeBudget(100'000'000);
    view.fit();
    measure("whole graph, level of detail limited to the 2-pixel rule, every edge");
    return 0;
}
