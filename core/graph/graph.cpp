// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph.h"

#include <algorithm>

namespace proofdesk::graph {

std::string_view kindName(NodeKind k)
{
    switch (k) {
    case NodeKind::Variable: return "variable";
    case NodeKind::Clause: return "clause";
    case NodeKind::Symbol: return "symbol";
    case NodeKind::Atom: return "atom";
    case NodeKind::Lemma: return "lemma";
    case NodeKind::Step: return "step";
    case NodeKind::Fact: return "fact";
    case NodeKind::Definition: return "definition";
    case NodeKind::ProofStep: return "proof-step";
    }
    return "?";
}

std::string_view kindName(GraphKind k)
{
    switch (k) {
    case GraphKind::Vig: return "vig";
    case GraphKind::Incidence: return "incidence";
    case GraphKind::Dependencies: return "deps";
    case GraphKind::Proof: return "proof";
    }
    return "?";
}

std::string_view standingName(Standing s)
{
    switch (s) {
    case Standing::None: return "none";
    case Standing::Proved: return "proved";
    case Standing::Failed: return "failed";
    case Standing::Unknown: return "unknown";
    case Standing::Admitted: return "admitted";
    case Standing::Error: return "error";
    }
    return "?";
}

std::string shortLabel(const Node &n)
{
    constexpr std::size_t kMax = 40;
    const std::string &label = displayLabel(n);
    if (label.size() <= kMax)
        return label;
    std::size_t cut = kMax - 3;
    while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return label.substr(0, cut) + "...";
}

std::string_view edgeKindName(EdgeKind k)
{
    switch (k) {
    case EdgeKind::Interaction: return "interaction";
    case EdgeKind::Occurs: return "occurs";
    case EdgeKind::Contains: return "contains";
    case EdgeKind::Cites: return "cites";
    case EdgeKind::Core: return "core";
    case EdgeKind::Premise: return "premise";
    }
    return "?";
}

Csr toCsr(const Graph &g)
{
    const std::size_t n = boost::num_vertices(g);
    struct Half {
        std::uint32_t from, to;
        double w;
    };
    std::vector<Half> halves;
    halves.reserve(2 * boost::num_edges(g));
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        const auto s = static_cast<std::uint32_t>(boost::source(e, g));
        const auto t = static_cast<std::uint32_t>(boost::target(e, g));
        if (s == t)
            continue;
        const double w = g[e].weight > 0 ? g[e].weight : 1.0;
        halves.push_back({s, t, w});
        halves.push_back({t, s, w});
    }
    std::sort(halves.begin(), halves.end(),
              [](const Half &a, const Half &b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
    Csr csr;
    csr.offsets.assign(n + 1, 0);
    csr.targets.reserve(halves.size());
    csr.weights.reserve(halves.size());
    std::size_t i = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        csr.offsets[v] = static_cast<std::uint32_t>(csr.targets.size());
        while (i < halves.size() && halves[i].from == v) {
            const std::uint32_t t = halves[i].to;
            double w = 0;
            while (i < halves.size() && halves[i].from == v && halves[i].to == t)
                w += halves[i++].w;
            csr.targets.push_back(t);
            csr.weights.push_back(w);
            csr.totalWeight += w;
        }
    }
    csr.offsets[n] = static_cast<std::uint32_t>(csr.targets.size());
    csr.totalWeight /= 2;
    return csr;
}

} // namespace proofdesk::graph
