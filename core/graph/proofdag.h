// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The proof DAG of a proved obligation: cvc5's proof steps (rule and conclusion) with an
// edge from each step to the premises it uses. The worker walks the proof (a request with
// proofFormat "dag", solve/cvc5adapter.cpp) and prints it in a line format; this reads it.

#include "graph.h"

#include <expected>
#include <string>
#include <string_view>

namespace proofdesk::graph {

struct ProofDagError {
    std::uint32_t line = 0; // 1-based line of the dump
    std::string message;
};

// Lines: "N <id> <rule>\t<conclusion>", "E <from> <to>" (from uses to), "T <budget>" when the
// worker stopped walking (info.truncated). Ids are dense from 0. Steps are ProofStep nodes
// named "<id>:<rule>" (unique, what find matches) and labelled "<rule>: <conclusion>".
// ASSUME steps, the leaves that are the obligation's own assertions, are Fact nodes.
std::expected<Graph, ProofDagError> proofGraph(std::string_view dump, const std::string &file = {});

} // namespace proofdesk::graph
