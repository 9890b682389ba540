// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One entry point from a file's text to a structure graph, shared by the CLI and the view:
// .cnf (DIMACS) -> VIG or incidence; .smt2 -> VIG or incidence over symbols and atoms;
// .pds -> dependency DAG.

#include "graph.h"

#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace proofdesk::graph {

// "vig", "incidence", "deps", "proof"; nullopt for anything else.
std::optional<GraphKind> parseKind(std::string_view name);
// The kind a file's extension suggests: .pds -> deps, anything else -> vig.
GraphKind defaultKind(std::string_view path);

// The error carries its location when the input has one ("file:line:column: message").
std::expected<Graph, std::string> loadGraph(const std::string &path, std::string_view text, GraphKind kind);

} // namespace proofdesk::graph
