// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout.h"

#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace proofdesk::graph {

void Layout::updateBounds()
{
    if (position.empty()) {
        minX = minY = maxX = maxY = 0;
        return;
    }
    minX = minY = std::numeric_limits<double>::infinity();
    maxX = maxY = -std::numeric_limits<double>::infinity();
    for (const auto &p : position) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
}

namespace {

bool cancelled(const LayoutControl &c)
{
    return c.cancel && c.cancel->load(std::memory_order_relaxed);
}

// Uniform in [0, 1) from the raw 64-bit sequence: std::uniform_real_distribution may differ
// between standard libraries, mt19937_64 may not.
double unit(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

struct Level {
    std::vector<std::uint32_t> offsets, targets;
    std::vector<double> weights;
    std::vector<double> mass;
    std::vector<std::uint32_t> parent; // index in the next coarser level (empty at the coarsest)
    std::size_t size() const { return mass.size(); }
};

// Heavy-edge matching in a seeded order; unmatched leaves then join their neighbour's group.
// Returns false when the graph barely shrinks (then it is the coarsest level).
bool coarsen(Level &fine, Level &coarse, std::mt19937_64 &rng)
{
    const std::size_t n = fine.size();
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    for (std::size_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[rng() % i]);
    constexpr std::uint32_t none = UINT32_MAX;
    std::vector<std::uint32_t> group(n, none);
    std::uint32_t groups = 0;
    for (const std::uint32_t u : order) {
        if (group[u] != none)
            continue;
        std::uint32_t best = none;
        double bestW = -1;
        for (std::uint32_t e = fine.offsets[u]; e < fine.offsets[u + 1]; ++e) {
            const std::uint32_t v = fine.targets[e];
            // prefer light partners so that groups stay balanced in mass
            const double w = fine.weights[e] / (fine.mass[u] + fine.mass[v]);
            if (group[v] == none && v != u && w > bestW) {
                bestW = w;
                best = v;
            }
        }
        if (best == none) {
            // a leaf whose neighbour is taken joins that neighbour's group
            if (fine.offsets[u + 1] - fine.offsets[u] == 1 && group[fine.targets[fine.offsets[u]]] != none) {
                group[u] = group[fine.targets[fine.offsets[u]]];
                continue;
            }
            group[u] = groups++;
            continue;
        }
        group[u] = group[best] = groups++;
    }
    if (groups > 0.95 * double(n))
        return false;
    fine.parent = group;
    coarse = Level{};
    coarse.mass.assign(groups, 0);
    std::vector<std::vector<std::uint32_t>> members(groups);
    for (std::uint32_t i = 0; i < n; ++i) {
        members[group[i]].push_back(i);
        coarse.mass[group[i]] += fine.mass[i];
    }
    coarse.offsets.push_back(0);
    std::vector<double> acc(groups, 0);
    std::vector<std::uint32_t> touched;
    for (std::uint32_t c = 0; c < groups; ++c) {
        touched.clear();
        for (const std::uint32_t i : members[c])
            for (std::uint32_t e = fine.offsets[i]; e < fine.offsets[i + 1]; ++e) {
                const std::uint32_t d = group[fine.targets[e]];
                if (d == c)
                    continue;
                if (acc[d] == 0)
                    touched.push_back(d);
                acc[d] += fine.weights[e];
            }
        std::sort(touched.begin(), touched.end());
        for (const std::uint32_t d : touched) {
            coarse.targets.push_back(d);
            coarse.weights.push_back(acc[d]);
            acc[d] = 0;
        }
        coarse.offsets.push_back(static_cast<std::uint32_t>(coarse.targets.size()));
    }
    return true;
}

// One Fruchterman–Reingold step with ideal length k = 1: repulsion mass_j / d, attraction
// d² along edges, each move capped at `temperature`. Repulsion is exact or limited to
// distance 2 through a grid of cell size 2.
void forceStep(const Level &L, std::vector<Point> &pos, double temperature, bool exact, std::vector<Point> &disp)
{
    const std::size_t n = L.size();
    disp.assign(n, Point{});
    constexpr double minD2 = 1e-6;
    auto repel = [&](std::uint32_t i, std::uint32_t j) {
        double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        double d2 = dx * dx + dy * dy;
        if (d2 < minD2) { // coincident: push apart along a direction fixed by the indices
            dx = 0.01 * std::cos(double(i * 7 + j));
            dy = 0.01 * std::sin(double(i * 7 + j));
            d2 = dx * dx + dy * dy;
        }
        const double f = 1.0 / d2; // (k²/d) along the unit vector = k² * (dx,dy) / d²
        disp[i].x += dx * f * L.mass[j];
        disp[i].y += dy * f * L.mass[j];
        disp[j].x -= dx * f * L.mass[i];
        disp[j].y -= dy * f * L.mass[i];
    };
    if (exact) {
        for (std::uint32_t i = 0; i < n; ++i)
            for (std::uint32_t j = i + 1; j < n; ++j)
                repel(i, j);
    } else {
        constexpr double cell = 2.0; // the cut-off radius 2k: neighbours lie in the 3×3 block
        double minX = pos[0].x, minY = pos[0].y, maxX = pos[0].x, maxY = pos[0].y;
        for (const auto &p : pos) {
            minX = std::min(minX, p.x);
            minY = std::min(minY, p.y);
            maxX = std::max(maxX, p.x);
            maxY = std::max(maxY, p.y);
        }
        const auto cols = static_cast<std::size_t>(std::floor((maxX - minX) / cell)) + 1;
        const auto rows = static_cast<std::size_t>(std::floor((maxY - minY) / cell)) + 1;
        // counting sort of nodes into cells
        std::vector<std::uint32_t> cellOf(n), start(cols * rows + 1, 0), items(n);
        for (std::uint32_t i = 0; i < n; ++i) {
            const auto cx = static_cast<std::size_t>((pos[i].x - minX) / cell);
            const auto cy = static_cast<std::size_t>((pos[i].y - minY) / cell);
            cellOf[i] = static_cast<std::uint32_t>(std::min(cy, rows - 1) * cols + std::min(cx, cols - 1));
            ++start[cellOf[i] + 1];
        }
        for (std::size_t c = 0; c < cols * rows; ++c)
            start[c + 1] += start[c];
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (std::uint32_t i = 0; i < n; ++i)
            items[fill[cellOf[i]]++] = i;
        constexpr double cut2 = cell * cell;
        for (std::size_t cy = 0; cy < rows; ++cy)
            for (std::size_t cx = 0; cx < cols; ++cx) {
                const std::size_t c = cy * cols + cx;
                // this cell with itself, then with the four "forward" neighbours: each pair once
                for (std::uint32_t a = start[c]; a < start[c + 1]; ++a)
                    for (std::uint32_t b = a + 1; b < start[c + 1]; ++b)
                        repel(items[a], items[b]);
                const std::ptrdiff_t nb[4][2] = {{1, 0}, {-1, 1}, {0, 1}, {1, 1}};
                for (const auto &o : nb) {
                    const std::ptrdiff_t nx = std::ptrdiff_t(cx) + o[0], ny = std::ptrdiff_t(cy) + o[1];
                    if (nx < 0 || ny < 0 || nx >= std::ptrdiff_t(cols) || ny >= std::ptrdiff_t(rows))
                        continue;
                    const std::size_t d = std::size_t(ny) * cols + std::size_t(nx);
                    for (std::uint32_t a = start[c]; a < start[c + 1]; ++a)
                        for (std::uint32_t b = start[d]; b < start[d + 1]; ++b) {
                            const std::uint32_t i = items[a], j = items[b];
                            const double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
                            if (dx * dx + dy * dy < cut2)
                                repel(i, j);
                        }
                }
            }
    }
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::uint32_t e = L.offsets[i]; e < L.offsets[i + 1]; ++e) {
            const std::uint32_t j = L.targets[e];
            if (j <= i)
                continue;
            const double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
            const double d = std::sqrt(dx * dx + dy * dy);
            const double f = d; // d²/k along the unit vector
            disp[i].x -= dx * f;
            disp[i].y -= dy * f;
            disp[j].x += dx * f;
            disp[j].y += dy * f;
        }
    for (std::uint32_t i = 0; i < n; ++i) {
        const double len = std::sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y);
        if (len <= 0 || !std::isfinite(len))
            continue;
        const double step = std::min(len, temperature) / len;
        pos[i].x += disp[i].x * step;
        pos[i].y += disp[i].y * step;
    }
}

} // namespace

std::expected<Layout, LayoutError> forceDirectedLayout(const Csr &g, const LayoutControl &control, const ForceOptions &options)
{
    Layout out;
    const std::size_t n = g.size();
    if (n == 0)
        return out;
    std::mt19937_64 rng(control.seed);
    std::vector<Level> levels(1);
    levels[0].offsets = g.offsets;
    levels[0].targets = g.targets;
    levels[0].weights = g.weights;
    levels[0].mass.assign(n, 1.0);
    while (levels.back().size() > 50 && levels.size() < 60) {
        Level coarse;
        if (!coarsen(levels.back(), coarse, rng))
            break;
        levels.push_back(std::move(coarse));
        if (cancelled(control))
            return std::unexpected(LayoutError::Cancelled);
    }

    // Work in node-iterations, so progress moves evenly whatever the level sizes.
    double total = 0, done = 0;
    for (std::size_t l = 0; l < levels.size(); ++l)
        total += double(levels[l].size()) * (l + 1 == levels.size() ? options.coarsestIterations : options.refineIterations);
    auto report = [&](double work) {
        done += work;
        if (control.progress)
            control.progress(std::min(1.0, done / total));
    };

    std::vector<Point> pos(levels.back().size()), disp;
    {
        const double side = std::sqrt(double(pos.size())) * 2;
        for (auto &p : pos)
            p = Point{unit(rng) * side, unit(rng) * side};
        const Level &L = levels.back();
        const bool exact = L.size() < options.exactBelow;
        double t = side / 4;
        for (std::uint32_t it = 0; it < options.coarsestIterations; ++it) {
            if (cancelled(control))
                return std::unexpected(LayoutError::Cancelled);
            forceStep(L, pos, t, exact, disp);
            t = std::max(0.02, t * 0.98);
            report(double(L.size()));
        }
    }
    for (std::size_t l = levels.size() - 1; l-- > 0;) {
        const Level &fine = levels[l];
        // Area grows with the node count at fixed k: scale, then place children at their
        // parent with a small seeded jitter so that siblings do not coincide.
        const double scale = std::sqrt(double(fine.size()) / double(levels[l + 1].size()));
        std::vector<Point> finePos(fine.size());
        for (std::uint32_t i = 0; i < fine.size(); ++i) {
            const Point &p = pos[fine.parent[i]];
            finePos[i] = Point{p.x * scale + (unit(rng) - 0.5) * 0.5, p.y * scale + (unit(rng) - 0.5) * 0.5};
        }
        pos = std::move(finePos);
        const bool exact = fine.size() < options.exactBelow;
        double t = 1.5;
        for (std::uint32_t it = 0; it < options.refineIterations; ++it) {
            if (cancelled(control))
                return std::unexpected(LayoutError::Cancelled);
            forceStep(fine, pos, t, exact, disp);
            t = std::max(0.02, t * 0.93);
            report(double(fine.size()));
        }
    }
    out.position = std::move(pos);
    out.updateBounds();
    return out;
}

std::expected<Layout, LayoutError> layeredLayout(const Graph &g, const LayoutControl &control)
{
    const std::size_t n = boost::num_vertices(g);
    Layout out;
    out.position.resize(n);
    if (n == 0)
        return out;
    // 1. Cycle breaking: an iterative DFS marks back edges, which are then ignored.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    {
        std::vector<char> state(n, 0); // 0 new, 1 on stack, 2 done
        using OutIt = boost::graph_traits<Graph>::out_edge_iterator;
        std::vector<std::pair<Vertex, std::pair<OutIt, OutIt>>> stack;
        for (Vertex s = 0; s < n; ++s) {
            if (state[s])
                continue;
            state[s] = 1;
            stack.push_back({s, boost::out_edges(s, g)});
            while (!stack.empty()) {
                auto &[v, range] = stack.back();
                if (range.first == range.second) {
                    state[v] = 2;
                    stack.pop_back();
                    continue;
                }
                const Vertex t = boost::target(*range.first, g);
                ++range.first;
                if (t == v || state[t] == 1)
                    continue; // self-loop or back edge
                edges.push_back({static_cast<std::uint32_t>(v), static_cast<std::uint32_t>(t)});
                if (state[t] == 0) {
                    state[t] = 1;
                    stack.push_back({t, boost::out_edges(t, g)});
                }
            }
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    // 2. Longest-path layering over the acyclic edges.
    std::vector<std::vector<std::uint32_t>> out_(n);
    std::vector<std::uint32_t> indeg(n, 0), layer(n, 0);
    for (auto [a, b] : edges) {
        out_[a].push_back(b);
        ++indeg[b];
    }
    std::vector<std::uint32_t> topo;
    for (std::uint32_t v = 0; v < n; ++v)
        if (!indeg[v])
            topo.push_back(v);
    for (std::size_t i = 0; i < topo.size(); ++i)
        for (auto t : out_[topo[i]]) {
            layer[t] = std::max(layer[t], layer[topo[i]] + 1);
            if (--indeg[t] == 0)
                topo.push_back(t);
        }
    if (control.progress)
        control.progress(0.2);
    // 3. Dummy nodes: every edge becomes a chain of unit-span edges.
    std::vector<std::uint32_t> nodeLayer(layer);
    std::vector<std::vector<std::uint32_t>> down(n), up(n); // neighbours in the next / previous layer
    auto link = [&](std::uint32_t a, std::uint32_t b) {
        down[a].push_back(b);
        up[b].push_back(a);
    };
    for (auto [a, b] : edges) {
        std::uint32_t prev = a;
        for (std::uint32_t l = layer[a] + 1; l < layer[b]; ++l) {
            const auto d = static_cast<std::uint32_t>(nodeLayer.size());
            nodeLayer.push_back(l);
            down.emplace_back();
            up.emplace_back();
            link(prev, d);
            prev = d;
        }
        link(prev, b);
    }
    const std::size_t total = nodeLayer.size();
    const std::uint32_t layers = *std::max_element(nodeLayer.begin(), nodeLayer.end()) + 1;
    std::vector<std::vector<std::uint32_t>> order(layers);
    for (std::uint32_t v = 0; v < total; ++v)
        order[nodeLayer[v]].push_back(v);
    std::vector<double> rank(total);
    auto renumber = [&](std::uint32_t l) {
        for (std::size_t i = 0; i < order[l].size(); ++i)
            rank[order[l][i]] = double(i);
    };
    for (std::uint32_t l = 0; l < layers; ++l)
        renumber(l);
    // 4. Barycentre sweeps, down then up; stable sort keeps ties in their order.
    auto sweep = [&](std::uint32_t l, const std::vector<std::vector<std::uint32_t>> &nb) {
        std::vector<std::pair<double, std::uint32_t>> keyed;
        for (auto v : order[l]) {
            double bc = rank[v];
            if (!nb[v].empty()) {
                bc = 0;
                for (auto u : nb[v])
                    bc += rank[u];
                bc /= double(nb[v].size());
            }
            keyed.push_back({bc, v});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](auto &a, auto &b) { return a.first < b.first; });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            order[l][i] = keyed[i].second;
        renumber(l);
    };
    for (int pass = 0; pass < 12; ++pass) {
        if (cancelled(control))
            return std::unexpected(LayoutError::Cancelled);
        if (pass % 2 == 0)
            for (std::uint32_t l = 1; l < layers; ++l)
                sweep(l, up);
        else
            for (std::uint32_t l = layers - 1; l-- > 0;)
                sweep(l, down);
        if (control.progress)
            control.progress(0.2 + 0.6 * (pass + 1) / 12.0);
    }
    // 5. Coordinates: start packed and centred, then pull each node towards the mean of its
    // neighbours while keeping the order and a spacing of 1.
    std::vector<double> x(total);
    for (std::uint32_t l = 0; l < layers; ++l)
        for (std::size_t i = 0; i < order[l].size(); ++i)
            x[order[l][i]] = double(i) - double(order[l].size() - 1) / 2;
    for (int pass = 0; pass < 8; ++pass) {
        for (std::uint32_t l = 0; l < layers; ++l) {
            auto &ord = order[l];
            std::vector<double> want(ord.size());
            for (std::size_t i = 0; i < ord.size(); ++i) {
                const auto v = ord[i];
                double s = 0;
                std::size_t c = 0;
                for (auto u : up[v]) { s += x[u]; ++c; }
                for (auto u : down[v]) { s += x[u]; ++c; }
                want[i] = c ? s / double(c) : x[v];
            }
            // left to right keeps spacing, right to left spreads the overflow back
            for (std::size_t i = 1; i < ord.size(); ++i)
                want[i] = std::max(want[i], want[i - 1] + 1);
            for (std::size_t i = ord.size() - 1; i-- > 0;)
                want[i] = std::min(want[i], want[i + 1] - 1);
            for (std::size_t i = 0; i < ord.size(); ++i)
                x[ord[i]] = want[i];
        }
    }
    for (std::uint32_t v = 0; v < n; ++v)
        out.position[v] = Point{x[v], 2.0 * nodeLayer[v]};
    out.updateBounds();
    if (control.progress)
        control.progress(1.0);
    return out;
}

std::expected<Layout, LayoutError> autoLayout(const Graph &g, const LayoutControl &control)
{
    if (g[boost::graph_bundle].directed)
        return layeredLayout(g, control);
    return forceDirectedLayout(toCsr(g), control);
}

std::uint64_t countCrossings(const Graph &g, const Layout &layout)
{
    struct Seg {
        double y0, x0, x1;
    };
    std::vector<Seg> segs;
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        Point a = layout.position[boost::source(e, g)], b = layout.position[boost::target(e, g)];
        if (a.y > b.y)
            std::swap(a, b);
        if (std::abs(b.y - a.y - 2.0) < 1e-9) // edges between adjacent layers only
            segs.push_back({a.y, a.x, b.x});
    }
    std::uint64_t c = 0;
    for (std::size_t i = 0; i < segs.size(); ++i)
        for (std::size_t j = i + 1; j < segs.size(); ++j)
            if (segs[i].y0 == segs[j].y0 && (segs[i].x0 - segs[j].x0) * (segs[i].x1 - segs[j].x1) < 0)
                ++c;
    return c;
}

} // namespace proofdesk::graph
