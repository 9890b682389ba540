// SPDX-License-Identifier: GPL-3.0-or-later
// The DIMACS reader on arbitrary bytes, in all three strictness modes: every input is
// either a formula whose clauses are consistent, or an error with a position inside the
// text; a stricter mode never accepts what a laxer one refuses; and what is accepted,
// written back as plain DIMACS, reads back as the same clauses.
#include "fuzz.h"

#include "cnf/dimacs.h"

#include <algorithm>
#include <string>
#include <string_view>

using namespace proofdesk;

namespace {

std::uint32_t lineCount(std::string_view text)
{
    return static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

void checkFormula(const cnf::Formula &f, std::string_view text)
{
    std::size_t literals = 0;
    for (std::size_t i = 0; i < f.clauseCount(); ++i) {
        const auto clause = f.clause(i);
        literals += clause.size() + 1;
        PROOFDESK_FUZZ_CHECK(f.clauseLine(i) >= 1 && f.clauseLine(i) <= lineCount(text));
        for (const int lit : clause) {
            PROOFDESK_FUZZ_CHECK(lit != 0);
            PROOFDESK_FUZZ_CHECK(lit >= -cnf::kMaxVariable && lit <= cnf::kMaxVariable);
            PROOFDESK_FUZZ_CHECK(std::abs(lit) <= f.maxVariable);
        }
    }
    PROOFDESK_FUZZ_CHECK(literals == f.literals.size());
    for (const cnf::Warning &w : f.warnings)
        PROOFDESK_FUZZ_CHECK(w.line >= 1 && w.line <= lineCount(text) && !w.message.empty());
}

std::string writeBack(const cnf::Formula &f)
{
    std::string out = "p cnf " + std::to_string(std::max(f.variables, f.maxVariable)) + " "
                      + std::to_string(f.clauseCount()) + "\n";
    for (std::size_t i = 0; i < f.clauseCount(); ++i) {
        for (const int lit : f.clause(i))
            out += std::to_string(lit) + " ";
        out += "0\n";
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    bool laxerRefused = false;
    for (const auto mode : {cnf::Strictness::Relaxed, cnf::Strictness::Normal, cnf::Strictness::Pedantic}) {
        const auto parsed = cnf::parseDimacs(text, {mode});
        if (!parsed) {
            const cnf::ParseError &e = parsed.error();
            PROOFDESK_FUZZ_CHECK(e.line >= 1 && e.line <= lineCount(text));
            PROOFDESK_FUZZ_CHECK(e.column >= 1 && !e.message.empty());
            laxerRefused = true;
            continue;
        }
        PROOFDESK_FUZZ_CHECK(!laxerRefused);
        checkFormula(*parsed, text);
        if (mode != cnf::Strictness::Relaxed)
            continue;
        const std::string again = writeBack(*parsed);
        const auto reread = cnf::parseDimacs(again, {cnf::Strictness::Pedantic});
        PROOFDESK_FUZZ_CHECK(reread.has_value());
        PROOFDESK_FUZZ_CHECK(reread->literals == parsed->literals);
    }
    return 0;
}
