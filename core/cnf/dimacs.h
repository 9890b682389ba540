// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DIMACS CNF reader. No Qt: the engine, the CLI and the graph views share it.
//
// The three strictness modes follow kissat's: Relaxed (the default for users) accepts a
// header whose clause or variable count disagrees with the body and reports the mismatch
// as a warning; Normal rejects such mismatches; Pedantic additionally rejects tabs, extra
// spaces in the header, empty lines before the header and a missing final newline.
// SATLIB's end marker (a line starting with '%', after which uf/uuf files carry a lone
// "0") ends the formula in Relaxed and Normal mode, with a warning.

#include <cstddef>
#include <cstdint>
#include <expected>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace proofdesk::cnf {

enum class Strictness { Relaxed, Normal, Pedantic };

struct ParseOptions {
    Strictness strictness = Strictness::Relaxed;
};

// Lines and columns are 1-based; columns count bytes.
struct Warning {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string message;
};

struct ParseError {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string message;
    // "line 3, column 7: expected a literal or 0, found 'a'"
    std::string describe() const;
};

// The largest variable index accepted (kissat's external limit, 2^30 - 1): larger indices
// are rejected in every mode so that a hostile header cannot make a solver allocate.
inline constexpr int kMaxVariable = (1 << 30) - 1;

struct Formula {
    int variables = 0;              // as declared in the header
    std::uint64_t declaredClauses = 0;
    int maxVariable = 0;            // largest index used in a clause
    std::vector<int> literals;      // clauses, each ended by 0

    std::size_t clauseCount() const { return m_starts.size(); }
    std::span<const int> clause(std::size_t i) const; // without the terminating 0
    std::uint32_t clauseLine(std::size_t i) const { return m_lines[i]; } // where it starts

    std::vector<Warning> warnings;

    // Used by the parser; keeps the clause index in step with the literals.
    void addClauseStart(std::size_t offset, std::uint32_t line)
    {
        m_starts.push_back(offset);
        m_lines.push_back(line);
    }

private:
    std::vector<std::size_t> m_starts;
    std::vector<std::uint32_t> m_lines;
};

std::expected<Formula, ParseError> parseDimacs(std::string_view text, ParseOptions options = {});

// Whether `assignment` (indexed by variable, true = positive) satisfies every clause;
// returns the index of the first falsified clause, or clauseCount() when all hold.
// Variables beyond the assignment's size count as false.
std::size_t firstFalsifiedClause(const Formula &formula, const std::vector<bool> &assignment);

} // namespace proofdesk::cnf
