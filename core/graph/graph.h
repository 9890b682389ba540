// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The structure graphs ProofDesk draws: one Boost.Graph type for all of them. No Qt here
// (architecture.md): the caller maps its own notions (engine standings) onto plain data.

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace proofdesk::graph {

enum class NodeKind {
    Variable,   // a CNF variable (VIG and incidence)
    Clause,     // a CNF clause (incidence)
    Symbol,     // an SMT user symbol
    Atom,       // an SMT atom: a maximal non-Boolean-connective subterm
    Lemma,
    Step,       // a proof obligation
    Fact,       // an assumption or a named fact of a lemma
    Definition, // a cited `f.def`
    ProofStep,  // a step of a solver's proof
};

// How a lemma or obligation stands; the caller maps engine::Status onto this.
enum class Standing { None, Proved, Failed, Unknown, Admitted, Error };

enum class EdgeKind {
    Interaction, // VIG: two variables share a clause (weight sums 1/C(k,2) per clause)
    Occurs,      // incidence: a variable or symbol occurs in a clause or atom
    Contains,    // a lemma contains a step
    Cites,       // a step cites a lemma, fact or definition
    Core,        // a fact is in the step's unsat core
    Premise,     // a proof step uses another step's conclusion
};

struct Node {
    std::string name;      // unique within a graph, used by "find"
    std::string label;     // shown; empty means `name`
    NodeKind kind = NodeKind::Variable;
    std::string file;      // source location, when there is one
    std::uint32_t line = 0; // 1-based; 0 = none
    Standing standing = Standing::None;
};

struct EdgeProps {
    double weight = 1.0;
    EdgeKind kind = EdgeKind::Interaction;
    bool negative = false; // incidence: the literal is negative
};

enum class GraphKind { Vig, Incidence, Dependencies, Proof };

struct GraphInfo {
    GraphKind kind = GraphKind::Vig;
    bool directed = false; // dependencies and proofs: edges point from user to used
    std::string source;    // file the graph was built from
    std::uint64_t skippedClauses = 0; // VIG: clauses longer than the limit (see cnfgraph.h)
    std::uint64_t truncatedAt = 0;    // proof DAG: the walk stopped after this many steps
};

// Bidirectional storage so that DAG algorithms can walk in-edges; undirected graphs store
// each edge once and every algorithm here treats it as undirected when !info.directed.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, EdgeProps, GraphInfo>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

std::string_view kindName(NodeKind k);
std::string_view kindName(GraphKind k);
std::string_view standingName(Standing s);
std::string_view edgeKindName(EdgeKind k);

inline const std::string &displayLabel(const Node &n) { return n.label.empty() ? n.name : n.label; }
// The label as drawn beside a node: at most about 40 characters, cut with "...".
std::string shortLabel(const Node &n);

// A compact adjacency view (CSR) used by metrics and layouts: undirected, merged parallel
// edges (weights summed), no self-loops. Built once; much faster to scan than adjacency_list.
struct Csr {
    std::vector<std::uint32_t> offsets; // size n + 1
    std::vector<std::uint32_t> targets;
    std::vector<double> weights;
    std::size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
    double totalWeight = 0; // sum of edge weights, each undirected edge once
};
Csr toCsr(const Graph &g);

} // namespace proofdesk::graph
