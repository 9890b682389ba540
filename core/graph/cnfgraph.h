// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// VIG and clause–variable incidence graph of a CNF. The DIMACS reader lives in core/cnf;
// this file sees clauses through a small view so that it does not depend on how they are
// stored (cnf::Formula, or clauses built by hand in a test).

#include "graph.h"

#include <cstdint>
#include <functional>
#include <span>

namespace proofdesk::graph {

struct ClauseView {
    int variables = 0;       // nodes 1..variables (indices above it grow the graph)
    std::size_t clauseCount = 0;
    std::function<std::span<const int>(std::size_t)> clause;
    std::function<std::uint32_t(std::size_t)> line; // may be empty
};

// Adapter for cnf::Formula (or anything with the same members), kept a template so that
// core/graph needs no link dependency on core/cnf.
template<class Formula>
ClauseView clauseView(const Formula &f)
{
    return ClauseView{std::max(f.variables, f.maxVariable), f.clauseCount(),
                      [&f](std::size_t i) { return f.clause(i); },
                      [&f](std::size_t i) { return f.clauseLine(i); }};
}

struct CnfGraphOptions {
    // A clause of k literals adds k(k-1)/2 VIG edges; longer clauses are left out of the VIG
    // (counted in GraphInfo::skippedClauses) so that one hostile clause cannot take minutes.
    std::size_t maxClauseSize = 2000;
    std::string file;      // recorded in the nodes' source location
};

// Nodes: variables 1..n as vertices 0..n-1, named "x1".."xn", each with the line of the first
// clause it occurs in (when the view has lines); edge weights as interaction.h.
Graph variableInteractionGraph(const ClauseView &cnf, const CnfGraphOptions &options = {});
// Nodes: variables first (as in the VIG), then clauses "c1".. with their line; one Occurs
// edge per distinct variable of a clause, `negative` when it occurs only negated.
Graph clauseIncidenceGraph(const ClauseView &cnf, const CnfGraphOptions &options = {});

} // namespace proofdesk::graph
