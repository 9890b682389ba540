// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/script.h"
#include "solve/protocol.h"

#include <QString>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

// Cache by content (architecture.md): two obligations that differ only in the names their
// author chose share one cache entry. The key hashes the canonical text (every user symbol
// renamed s0, s1, ... and every fact f0, f1, ... in order of first occurrence); the entry
// stores the response in those canonical names, and each obligation maps it to and from
// the names its own printed script uses.
namespace proofdesk::engine {

struct CacheKey {
    QString hash; // SHA-256, lower-case hex, of canonical text, solver, version and options
    // Canonical mode: canonical symbol -> the author's name, for every user symbol and fact.
    std::map<std::string, std::string> names;
    // Canonical mode: fact name -> canonical :named symbol (f0, f1, ...).
    std::map<std::string, std::string> factSymbols;
    // Default mode (the text the solver reads): printed -> the author's name, only for the
    // symbols and facts the printer renamed or quoted; all others print as written.
    std::map<std::string, std::string> printedNames;
    // Default mode: fact name -> printed :named symbol, as the solver's unsat core names it.
    std::map<std::string, std::string> printedFactSymbols;

    bool operator==(const CacheKey &) const = default;
};

// The key of `script` for one solver configuration. `options` is whatever else changes the
// answer (strategy flags, logic tweaks); the time limit belongs there only if the caller
// wants separate entries per limit, since only definitive answers are cached.
// `contextOnly` keys the vacuity check (the script without its negated claim).
CacheKey makeKey(const lang::Script &script, const QString &solverId, const QString &solverVersion,
                 const QString &options, bool contextOnly = false);

// A response as the solver gave it (in the printed names of the default-mode script) to
// the canonical names the cache stores, and back. Core entries are fact symbols; model
// symbols, sorts and values are rewritten token by token, so a user symbol is renamed
// wherever it occurs as a symbol (also |quoted|) and nowhere else (not inside strings,
// longer symbols, keywords or literals); variables bound inside values (lambda, forall,
// exists, let, match) keep their names unless they would clash, then they get fresh ones.
// Names that belong to no user symbol or fact pass through unchanged.
solve::SolveResponse toCanonical(const solve::SolveResponse &response, const CacheKey &key);
solve::SolveResponse fromCanonical(const solve::SolveResponse &response, const CacheKey &key);

namespace detail {

// Renames symbols in SMT-LIB text (a term, a sort or a sequence of them). `renaming` maps
// a symbol's name without bars to the text that replaces it (a legal SMT-LIB symbol,
// quoted if need be). Whitespace, comments and everything that is not a free occurrence of
// a renamed symbol are copied unchanged. Never throws on malformed text: unbalanced
// parentheses and unterminated strings or |symbols| are copied as they are.
std::string renameSymbols(std::string_view text, const std::unordered_map<std::string, std::string> &renaming);

// `name` as an SMT-LIB symbol: unchanged if it is a legal simple symbol, else |quoted|.
std::string symbolText(const std::string &name);

// A symbol's name without its bars: "|x'|" -> "x'", "k" -> "k".
std::string unquoted(std::string_view symbol);

} // namespace detail

} // namespace proofdesk::engine
