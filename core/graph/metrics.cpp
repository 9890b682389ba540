// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "jsonwriter.h"

#include <algorithm>
#include <cmath>
#include <format>
#include <map>
#include <numeric>
#include <random>

namespace proofdesk::graph {

Components components(const Csr &g)
{
    const std::size_t n = g.size();
    Components c;
    c.of.assign(n, UINT32_MAX);
    std::vector<std::uint32_t> stack;
    for (std::uint32_t s = 0; s < n; ++s) {
        if (c.of[s] != UINT32_MAX)
            continue;
        const std::uint32_t id = c.count++;
        std::uint32_t size = 0;
        stack.push_back(s);
        c.of[s] = id;
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            ++size;
            for (std::uint32_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
                const std::uint32_t t = g.targets[k];
                if (c.of[t] == UINT32_MAX) {
                    c.of[t] = id;
                    stack.push_back(t);
                }
            }
        }
        c.largest = std::max(c.largest, size);
    }
    return c;
}

DegreeStats degrees(const Csr &g)
{
    DegreeStats d;
    const std::size_t n = g.size();
    if (n == 0)
        return d;
    std::map<std::uint32_t, std::uint64_t> hist;
    d.min = UINT32_MAX;
    std::uint64_t sum = 0;
    for (std::size_t v = 0; v < n; ++v) {
        const std::uint32_t deg = g.offsets[v + 1] - g.offsets[v];
        d.min = std::min(d.min, deg);
        d.max = std::max(d.max, deg);
        sum += deg;
        ++hist[deg];
    }
    d.mean = double(sum) / double(n);
    d.histogram.assign(hist.begin(), hist.end());
    return d;
}

namespace {

// A level of Louvain: CSR plus the weight inside each (aggregated) node.
struct Level {
    std::vector<std::uint32_t> offsets, targets;
    std::vector<double> weights;
    std::vector<double> self; // internal weight, each internal edge once
    std::size_t size() const { return self.size(); }
};

// One seeded permutation; std::shuffle's algorithm is fixed by the standard library we
// build with, and mt19937_64's sequence by the standard, so a seed gives one order.
std::vector<std::uint32_t> permutation(std::size_t n, std::mt19937_64 &rng)
{
    std::vector<std::uint32_t> p(n);
    std::iota(p.begin(), p.end(), 0u);
    for (std::size_t i = n; i > 1; --i) {
        const std::size_t j = rng() % i;
        std::swap(p[i - 1], p[j]);
    }
    return p;
}

// Moves nodes between communities while Q rises; returns the community of each node,
// renumbered 0..k-1 in order of first node, and whether anything moved.
bool localMoving(const Level &L, double m2, std::mt19937_64 &rng, const LouvainOptions &o, std::vector<std::uint32_t> &comm)
{
    const std::size_t n = L.size();
    std::vector<double> k(n), tot(n);
    for (std::size_t i = 0; i < n; ++i) {
        double s = 2 * L.self[i];
        for (std::uint32_t e = L.offsets[i]; e < L.offsets[i + 1]; ++e)
            s += L.weights[e];
        k[i] = s;
        tot[i] = s;
    }
    comm.resize(n);
    std::iota(comm.begin(), comm.end(), 0u);
    std::vector<double> nbw(n, -1.0);
    std::vector<std::uint32_t> touched;
    const auto order = permutation(n, rng);
    bool movedAny = false;
    for (int pass = 0; pass < o.maxPasses; ++pass) {
        if (o.cancel && o.cancel->load(std::memory_order_relaxed))
            break;
        std::size_t moved = 0;
        for (const std::uint32_t i : order) {
            const std::uint32_t old = comm[i];
            touched.clear();
            nbw[old] = 0;
            touched.push_back(old);
            for (std::uint32_t e = L.offsets[i]; e < L.offsets[i + 1]; ++e) {
                const std::uint32_t c = comm[L.targets[e]];
                if (nbw[c] < 0) {
                    nbw[c] = 0;
                    touched.push_back(c);
                }
                nbw[c] += L.weights[e];
            }
            tot[old] -= k[i];
            std::uint32_t best = old;
            double bestGain = nbw[old] - tot[old] * k[i] / m2;
            for (const std::uint32_t c : touched) {
                const double gain = nbw[c] - tot[c] * k[i] / m2;
                if (gain > bestGain + o.minGain * m2) {
                    best = c;
                    bestGain = gain;
                }
            }
            tot[best] += k[i];
            comm[i] = best;
            if (best != old)
                ++moved;
            for (const std::uint32_t c : touched)
                nbw[c] = -1.0;
        }
        if (moved == 0)
            break;
        movedAny = true;
    }
    // renumber
    std::vector<std::uint32_t> id(n, UINT32_MAX);
    std::uint32_t next = 0;
    for (auto &c : comm) {
        if (id[c] == UINT32_MAX)
            id[c] = next++;
        c = id[c];
    }
    return movedAny;
}

Level aggregate(const Level &L, const std::vector<std::uint32_t> &comm, std::uint32_t count)
{
    std::vector<std::vector<std::uint32_t>> members(count);
    for (std::uint32_t i = 0; i < L.size(); ++i)
        members[comm[i]].push_back(i);
    Level out;
    out.self.assign(count, 0);
    out.offsets.push_back(0);
    std::vector<double> acc(count, 0);
    std::vector<std::uint32_t> touched;
    std::vector<bool> seen(count, false);
    for (std::uint32_t c = 0; c < count; ++c) {
        touched.clear();
        for (const std::uint32_t i : members[c]) {
            out.self[c] += L.self[i];
            for (std::uint32_t e = L.offsets[i]; e < L.offsets[i + 1]; ++e) {
                const std::uint32_t d = comm[L.targets[e]];
                if (d == c) {
                    out.self[c] += L.weights[e] / 2; // seen from both ends
                    continue;
                }
                if (!seen[d]) {
                    seen[d] = true;
                    touched.push_back(d);
                }
                acc[d] += L.weights[e];
            }
        }
        std::sort(touched.begin(), touched.end());
        for (const std::uint32_t d : touched) {
            out.targets.push_back(d);
            out.weights.push_back(acc[d]);
            acc[d] = 0;
            seen[d] = false;
        }
        out.offsets.push_back(static_cast<std::uint32_t>(out.targets.size()));
    }
    return out;
}

} // namespace

double modularity(const Csr &g, std::span<const std::uint32_t> community)
{
    const double m2 = 2 * g.totalWeight;
    if (m2 <= 0)
        return 0;
    std::uint32_t count = 0;
    for (auto c : community)
        count = std::max(count, c + 1);
    std::vector<double> in(count, 0), tot(count, 0);
    for (std::size_t i = 0; i < g.size(); ++i)
        for (std::uint32_t e = g.offsets[i]; e < g.offsets[i + 1]; ++e) {
            tot[community[i]] += g.weights[e];
            if (community[g.targets[e]] == community[i])
                in[community[i]] += g.weights[e];
        }
    double q = 0;
    for (std::uint32_t c = 0; c < count; ++c)
        q += in[c] / m2 - (tot[c] / m2) * (tot[c] / m2);
    return q;
}

Communities louvain(const Csr &g, const LouvainOptions &options)
{
    Communities result;
    const std::size_t n = g.size();
    result.of.resize(n);
    std::iota(result.of.begin(), result.of.end(), 0u);
    result.count = static_cast<std::uint32_t>(n);
    const double m2 = 2 * g.totalWeight;
    if (n == 0 || m2 <= 0)
        return result;
    Level level{g.offsets, g.targets, g.weights, std::vector<double>(n, 0.0)};
    std::mt19937_64 rng(options.seed);
    std::vector<std::uint32_t> comm;
    for (;;) {
        const bool moved = localMoving(level, m2, rng, options, comm);
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        if (!moved)
            break;
        const std::uint32_t count = *std::max_element(comm.begin(), comm.end()) + 1;
        for (auto &c : result.of)
            c = comm[c];
        result.count = count;
        ++result.levels;
        if (count == level.size())
            break;
        level = aggregate(level, comm, count);
    }
    result.modularity = modularity(g, result.of);
    return result;
}

std::optional<DagMetrics> dagMetrics(const Graph &g)
{
    const std::size_t n = boost::num_vertices(g);
    std::vector<std::uint32_t> indeg(n, 0);
    for (auto e : boost::make_iterator_range(boost::edges(g)))
        ++indeg[boost::target(e, g)];
    std::vector<Vertex> order;
    order.reserve(n);
    for (Vertex v = 0; v < n; ++v)
        if (indeg[v] == 0)
            order.push_back(v);
    for (std::size_t i = 0; i < order.size(); ++i)
        for (auto e : boost::make_iterator_range(boost::out_edges(order[i], g)))
            if (--indeg[boost::target(e, g)] == 0)
                order.push_back(boost::target(e, g));
    if (order.size() != n)
        return std::nullopt;
    DagMetrics d;
    d.layer.assign(n, 0);
    std::vector<Vertex> pred(n, n);
    for (const Vertex v : order)
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            const Vertex t = boost::target(e, g);
            if (d.layer[v] + 1 > d.layer[t]) {
                d.layer[t] = d.layer[v] + 1;
                pred[t] = v;
            }
        }
    if (n == 0)
        return d;
    Vertex end = 0;
    for (Vertex v = 0; v < n; ++v)
        if (d.layer[v] > d.layer[end])
            end = v;
    d.depth = d.layer[end] + 1;
    for (Vertex v = end; v != n; v = pred[v])
        d.criticalPath.push_back(v);
    std::reverse(d.criticalPath.begin(), d.criticalPath.end());
    return d;
}

Metrics computeMetrics(const Graph &g, const LouvainOptions &options)
{
    Metrics m;
    const Csr csr = toCsr(g);
    m.nodes = csr.size();
    m.edges = csr.targets.size() / 2;
    m.components = components(csr);
    m.degrees = degrees(csr);
    m.communities = louvain(csr, options);
    if (g[boost::graph_bundle].directed) {
        m.dag = dagMetrics(g);
        m.cyclic = !m.dag;
    }
    return m;
}

std::string metricsText(const Graph &g, const Metrics &m)
{
    std::string s;
    s += std::format("graph: {} ({})\n", kindName(g[boost::graph_bundle].kind), g[boost::graph_bundle].source);
    s += std::format("nodes: {}\nedges: {}\n", m.nodes, m.edges);
    s += std::format("components: {} (largest {} nodes)\n", m.components.count, m.components.largest);
    s += std::format("degree: min {} max {} mean {:.3f}\n", m.degrees.min, m.degrees.max, m.degrees.mean);
    s += std::format("communities: {} (Louvain, {} levels)\nmodularity Q: {:.4f}\n", m.communities.count,
                     m.communities.levels, m.communities.modularity);
    if (g[boost::graph_bundle].skippedClauses)
        s += std::format("clauses left out of the VIG (too long): {}\n", g[boost::graph_bundle].skippedClauses);
    if (g[boost::graph_bundle].truncatedAt)
        s += std::format("proof partial: the walk stopped after {} steps\n", g[boost::graph_bundle].truncatedAt);
    if (m.cyclic)
        s += "cycle: the dependency graph is not a DAG\n";
    if (m.dag) {
        s += std::format("depth: {}\ncritical path:", m.dag->depth);
        for (std::size_t i = 0; i < m.dag->criticalPath.size(); ++i)
            s += (i ? " -> " : " ") + g[m.dag->criticalPath[i]].name;
        s += '\n';
    }
    return s;
}

std::string metricsJson(const Graph &g, const Metrics &m)
{
    JsonWriter j;
    j.beginObject();
    j.key("kind").value(kindName(g[boost::graph_bundle].kind));
    j.key("nodes").value(m.nodes);
    j.key("edges").value(m.edges);
    j.key("components").value(std::uint64_t(m.components.count));
    j.key("largestComponent").value(std::uint64_t(m.components.largest));
    j.key("degree").beginObject();
    j.key("min").value(std::uint64_t(m.degrees.min)).key("max").value(std::uint64_t(m.degrees.max)).key("mean").value(m.degrees.mean);
    j.key("histogram").beginArray();
    for (auto [d, c] : m.degrees.histogram)
        j.beginArray().value(std::uint64_t(d)).value(c).endArray();
    j.endArray().endObject();
    j.key("communities").value(std::uint64_t(m.communities.count));
    j.key("modularity").value(m.communities.modularity);
    j.key("skippedClauses").value(g[boost::graph_bundle].skippedClauses);
    j.key("truncatedAt").value(g[boost::graph_bundle].truncatedAt);
    if (g[boost::graph_bundle].directed) {
        j.key("acyclic").value(!m.cyclic);
        if (m.dag) {
            j.key("depth").value(std::uint64_t(m.dag->depth));
            j.key("criticalPath").beginArray();
            for (auto v : m.dag->criticalPath)
                j.value(g[v].name);
            j.endArray();
        }
    }
    j.endObject();
    return j.take();
}

} // namespace proofdesk::graph
