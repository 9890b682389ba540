// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The first way in which two analyses of a sketch differ (diagnostics, obligations with their
// printed SMT-LIB and ranges, lemma facts), in words; empty when they are the same. For the
// tests and the fuzz target that hold the incremental analysis to the full one. No Qt: the
// fuzz targets of the front end link core/lang alone.

#include "lang/module.h"

#include <algorithm>
#include <format>
#include <string>

namespace proofdesk::test {

inline std::string rangeText(const lang::SourceRange &r)
{
    return std::format("{}:{}({})-{}:{}({})", r.begin.line, r.begin.column, r.begin.offset, r.end.line, r.end.column,
                       r.end.offset);
}

inline std::string moduleDifference(const lang::Module &a, const lang::Module &b)
{
    if (a.file != b.file)
        return "file";
    for (std::size_t i = 0; i < std::min(a.diagnostics.size(), b.diagnostics.size()); ++i)
        if (!(a.diagnostics[i] == b.diagnostics[i]))
            return std::format("diagnostic {}: {} {} vs {} {}", i, lang::formatDiagnostic(a.diagnostics[i]),
                               rangeText(a.diagnostics[i].range), lang::formatDiagnostic(b.diagnostics[i]),
                               rangeText(b.diagnostics[i].range));
    if (a.diagnostics.size() != b.diagnostics.size())
        return std::format("{} diagnostics vs {}", a.diagnostics.size(), b.diagnostics.size());
    for (std::size_t i = 0; i < std::min(a.obligations.size(), b.obligations.size()); ++i) {
        const lang::Obligation &x = a.obligations[i];
        const lang::Obligation &y = b.obligations[i];
        const std::string which = std::format("obligation {} ({} vs {}): ", i, x.id, y.id);
        if (x.id != y.id || x.lemma != y.lemma || x.step != y.step || x.kind != y.kind || x.status != y.status ||
            x.file != y.file || x.error != y.error)
            return which + "names, kind, status or error";
        if (!(x.range == y.range))
            return which + rangeText(x.range) + " vs " + rangeText(y.range);
        if (x.facts != y.facts || x.citedLemmas != y.citedLemmas || x.citedDefinitions != y.citedDefinitions ||
            x.citedFacts != y.citedFacts)
            return which + "facts or citations";
        if (!(x.script == y.script))
            return which + "script";
        if (x.smt != y.smt)
            return which + "SMT-LIB:\n" + x.smt + "\nvs\n" + y.smt;
    }
    if (a.obligations.size() != b.obligations.size())
        return std::format("{} obligations vs {}", a.obligations.size(), b.obligations.size());
    for (std::size_t i = 0; i < std::min(a.lemmas.size(), b.lemmas.size()); ++i) {
        const lang::LemmaInfo &x = a.lemmas[i];
        const lang::LemmaInfo &y = b.lemmas[i];
        if (x.name != y.name || x.file != y.file || !(x.range == y.range) || !(x.nameRange == y.nameRange) ||
            x.assumptions != y.assumptions || x.citedLemmas != y.citedLemmas || x.hasErrors != y.hasErrors)
            return std::format("lemma {} ({} vs {})", i, x.name, y.name);
    }
    if (a.lemmas.size() != b.lemmas.size())
        return std::format("{} lemmas vs {}", a.lemmas.size(), b.lemmas.size());
    return {};
}

} // namespace proofdesk::test
