// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Layouts: deterministic for a seed, cancellable, with progress. Plain std types so that the
// GUI can run them on a worker thread (QtConcurrent) and the CLI inline.

#include "graph.h"

#include <atomic>
#include <cstdint>
#include <expected>
#include <functional>
#include <string>
#include <vector>

namespace proofdesk::graph {

struct Point {
    double x = 0;
    double y = 0;
};

struct Layout {
    std::vector<Point> position; // per vertex
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    void updateBounds();
};

struct LayoutControl {
    std::uint64_t seed = 1;
    std::function<void(double)> progress;       // 0..1, called from the computing thread
    const std::atomic<bool> *cancel = nullptr;  // set to stop soon; the result is then an error
};

enum class LayoutError { Cancelled };

// Multilevel force-directed layout (Walshaw's scheme, Hu's sfdp without its quadtree):
// coarsen by heavy-edge matching (plus folding unmatched leaves into their neighbour so that
// stars shrink), lay out the coarsest graph with exact Fruchterman–Reingold forces, then
// prolong level by level and refine with repulsion limited to a grid whose cell is the
// cut-off radius 2k (k: ideal edge length, 1 here), so each node meets only a constant
// number of others. Boost's grid_force_pairs sizes cells from the area instead (see
// solver-notes.md), which degenerates to all pairs.
struct ForceOptions {
    std::uint32_t coarsestIterations = 300;
    std::uint32_t refineIterations = 40;
    std::uint32_t exactBelow = 1500; // levels with fewer nodes use exact all-pairs repulsion
};
std::expected<Layout, LayoutError> forceDirectedLayout(const Csr &g, const LayoutControl &control = {},
                                                       const ForceOptions &options = {});

// Sugiyama-style layered layout for directed graphs: cycles broken by reversing DFS back
// edges, longest-path layering (edge sources above targets), dummy nodes on long edges,
// barycentre sweeps for crossing reduction, then x coordinates pulled towards neighbours
// with order and unit spacing kept. Layers are 2 units apart.
std::expected<Layout, LayoutError> layeredLayout(const Graph &g, const LayoutControl &control = {});

// Directed graphs get the layered layout, the others the force-directed one.
std::expected<Layout, LayoutError> autoLayout(const Graph &g, const LayoutControl &control = {});

// Crossings between consecutive layers of a layered layout (for tests and reports).
std::uint64_t countCrossings(const Graph &g, const Layout &layout);

} // namespace proofdesk::graph
