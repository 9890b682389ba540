// SPDX-License-Identifier: GPL-3.0-or-later
#include "cnfgraph.h"

#include "interaction.h"

#include <algorithm>
#include <cstdlib>

namespace proofdesk::graph {

namespace {

int maxVariable(const ClauseView &cnf)
{
    int n = std::max(cnf.variables, 0);
    for (std::size_t i = 0; i < cnf.clauseCount; ++i)
        for (int lit : cnf.clause(i))
            n = std::max(n, std::abs(lit));
    return n;
}

void addVariables(Graph &g, int n, const std::string &file)
{
    for (int v = 1; v <= n; ++v)
        boost::add_vertex(Node{.name = "x" + std::to_string(v), .kind = NodeKind::Variable, .file = file}, g);
}

// A variable's source line is that of the first clause it occurs in: clicking it in the view
// then shows the variable where it first constrains anything.
void setFirstLines(Graph &g, const ClauseView &cnf)
{
    if (!cnf.line)
        return;
    for (std::size_t i = 0; i < cnf.clauseCount; ++i)
        for (int lit : cnf.clause(i)) {
            auto &node = g[static_cast<Vertex>(std::abs(lit) - 1)];
            if (node.line == 0)
                node.line = cnf.line(i);
        }
}

} // namespace

Graph variableInteractionGraph(const ClauseView &cnf, const CnfGraphOptions &options)
{
    Graph g;
    auto &info = g[boost::graph_bundle];
    info.kind = GraphKind::Vig;
    info.source = options.file;
    addVariables(g, maxVariable(cnf), options.file);
    InteractionAccumulator acc;
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < cnf.clauseCount; ++i) {
        const auto c = cnf.clause(i);
        if (c.size() > options.maxClauseSize) {
            ++info.skippedClauses;
            continue;
        }
        ids.clear();
        for (int lit : c)
            ids.push_back(static_cast<std::uint32_t>(std::abs(lit) - 1));
        acc.addGroup(ids);
    }
    acc.addEdgesTo(g);
    setFirstLines(g, cnf);
    return g;
}

Graph clauseIncidenceGraph(const ClauseView &cnf, const CnfGraphOptions &options)
{
    Graph g;
    auto &info = g[boost::graph_bundle];
    info.kind = GraphKind::Incidence;
    info.source = options.file;
    const int n = maxVariable(cnf);
    addVariables(g, n, options.file);
    std::vector<int> lits;
    for (std::size_t i = 0; i < cnf.clauseCount; ++i) {
        const Vertex c = boost::add_vertex(Node{.name = "c" + std::to_string(i + 1), .kind = NodeKind::Clause,
                                                .file = options.file, .line = cnf.line ? cnf.line(i) : 0},
                                           g);
        const auto clause = cnf.clause(i);
        lits.assign(clause.begin(), clause.end());
        // by variable, negative first: a variable in both polarities gets one positive edge
        std::sort(lits.begin(), lits.end(), [](int a, int b) { return std::abs(a) != std::abs(b) ? std::abs(a) < std::abs(b) : a < b; });
        for (std::size_t k = 0; k < lits.size(); ++k) {
            const int var = std::abs(lits[k]);
            if (k + 1 < lits.size() && std::abs(lits[k + 1]) == var)
                continue; // keep the last of a run: positive if any occurrence is positive
            boost::add_edge(static_cast<Vertex>(var - 1), c, EdgeProps{1.0, EdgeKind::Occurs, lits[k] < 0}, g);
        }
    }
    setFirstLines(g, cnf);
    return g;
}

} // namespace proofdesk::graph
