// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Graphs built from a sketch (lang::Module) and from SMT obligations.

#include "graph.h"

#include "lang/module.h"

#include <expected>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace proofdesk::graph {

// What the caller knows from checking, in plain data (engine standings and verdicts are Qt
// types; the caller maps them). Keys: obligation ids and lemma names.
struct DependencyInput {
    std::map<std::string, Standing> obligations;
    std::map<std::string, Standing> lemmas;
    std::map<std::string, std::vector<std::string>> cores; // obligation id -> fact names in its unsat core
};

// The proof dependency DAG: lemma -> its steps (Contains), step -> cited lemma / fact /
// definition (Cites), step -> fact in its unsat core (Core). Lemma nodes carry the line
// of their name, steps the line of the step, facts the line of their lemma.
Graph dependencyGraph(const lang::Module &module, const DependencyInput &input = {});

// Structure of one SMT obligation from its structured script: atoms are the maximal
// subterms under Boolean connectives (and, or, not, =>, xor, Boolean = and ite), symbols
// the free user symbols.
// Vig: symbols, joined when they share an atom (weight 1/C(k,2) per atom, as for clauses).
// Incidence: atoms and symbols, an Occurs edge per occurrence.
Graph smtGraph(const lang::Script &script, GraphKind kind);

// The same from printed SMT-LIB text (e.g. an exported .smt2), through the small
// s-expression reader in sexpr.h; symbols are those declared by declare-fun, declare-const
// and define-fun.
struct SmtTextError {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string message;
};
std::expected<Graph, SmtTextError> smtGraph(std::string_view smtText, GraphKind kind);

} // namespace proofdesk::graph
