// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace proofdesk::graph {

struct Components {
    std::uint32_t count = 0;
    std::uint32_t largest = 0;       // nodes in the largest component
    std::vector<std::uint32_t> of;   // component of each vertex, numbered by first vertex
};
Components components(const Csr &g);

struct DegreeStats {
    std::uint32_t min = 0;
    std::uint32_t max = 0;
    double mean = 0;
    // (degree, number of nodes with it), ascending; degree counts distinct neighbours
    std::vector<std::pair<std::uint32_t, std::uint64_t>> histogram;
};
DegreeStats degrees(const Csr &g);

// Louvain modularity optimisation (Blondel et al. 2008): local moving in a seeded random
// order, then aggregation, repeated until nothing moves. Weighted and undirected.
struct LouvainOptions {
    std::uint64_t seed = 1;
    double minGain = 1e-7;   // a move must raise Q by more than this (relative to 2m)
    int maxPasses = 100;     // local-moving passes per level
    const std::atomic<bool> *cancel = nullptr;
};
struct Communities {
    std::vector<std::uint32_t> of; // community of each vertex, 0..count-1
    std::uint32_t count = 0;
    double modularity = 0;
    int levels = 0;
    bool cancelled = false;
};
Communities louvain(const Csr &g, const LouvainOptions &options = {});
// Newman's Q of a partition; 0 for a graph without edges.
double modularity(const Csr &g, std::span<const std::uint32_t> community);

// Depth (nodes on the longest path) and one critical path (a longest path, from a source),
// for a directed graph; nullopt when it has a cycle.
struct DagMetrics {
    std::uint32_t depth = 0;
    std::vector<Vertex> criticalPath;
    std::vector<std::uint32_t> layer; // longest-path layer of each vertex, sources at 0
};
std::optional<DagMetrics> dagMetrics(const Graph &g);

struct Metrics {
    std::uint64_t nodes = 0;
    std::uint64_t edges = 0; // distinct undirected pairs, no self-loops
    Components components;
    DegreeStats degrees;
    Communities communities;
    std::optional<DagMetrics> dag; // directed graphs only
    bool cyclic = false;           // directed graph with a cycle
};
Metrics computeMetrics(const Graph &g, const LouvainOptions &options = {});
std::string metricsText(const Graph &g, const Metrics &m);
std::string metricsJson(const Graph &g, const Metrics &m); // one JSON object

} // namespace proofdesk::graph
