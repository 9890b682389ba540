// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small SMT-LIB s-expression reader for the graph builders: atoms, lists, |quoted|
// symbols, "strings" and ; comments. It keeps positions for error messages and bounds the
// nesting depth so that hostile input cannot exhaust the stack.

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace proofdesk::graph::sexpr {

struct Expr {
    bool list = false;
    std::string atom;        // !list: the token as written (quotes kept for |x| and "s")
    std::vector<Expr> items; // list
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    bool isAtom(std::string_view s) const { return !list && atom == s; }
};

struct Error {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string message;
};

inline constexpr int kMaxDepth = 10000;

// Every top-level expression of `text`.
std::expected<std::vector<Expr>, Error> read(std::string_view text);

} // namespace proofdesk::graph::sexpr
