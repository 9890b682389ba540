// SPDX-License-Identifier: GPL-3.0-or-later
#include "module.h"

#include "elaborator.h"
#include "log/log.h"
#include "parser.h"

#include <algorithm>

namespace proofdesk::lang {

bool Module::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

namespace detail {

Module analyzeWith(std::string_view text, const std::string &file, const AnalyzeOptions &options,
                   const ReuseState *previous, ReuseState *next, int *reused, int *elaborated, bool *complete)
{
    Module m;
    m.file = file;
    ast::File tree = parse(text, file, m.diagnostics);
    {
        Elaborator elaborator(m, options);
        elaborator.setReuse(previous, next, reused, elaborated);
        elaborator.run(tree, text, file, true);
        if (next)
            next->log = elaborator.takeLog();
    }
    // Imported lemmas are known to the elaborator; the module lists this file's own.
    std::erase_if(m.lemmas, [&](const LemmaInfo &l) { return l.file != file; });
    if (complete)
        *complete = m.diagnostics.size() <= options.maxDiagnostics;
    if (m.diagnostics.size() > options.maxDiagnostics) {
        m.diagnostics.resize(options.maxDiagnostics);
        m.diagnostics.push_back({Severity::Note, file, m.diagnostics.back().range,
                                 "too many errors; only the first " + std::to_string(options.maxDiagnostics) +
                                     " are shown"});
    }
    log::get("lang")->debug("analyzed {}: {} obligations, {} diagnostics", file, m.obligations.size(),
                            m.diagnostics.size());
    return m;
}

} // namespace detail

Module analyze(std::string_view text, const std::string &file, const AnalyzeOptions &options)
{
    return detail::analyzeWith(text, file, options, nullptr, nullptr, nullptr, nullptr, nullptr);
}

std::string_view kindName(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::Goal: return "goal";
    case ObligationKind::Have: return "have";
    case ObligationKind::Show: return "show";
    case ObligationKind::Obtain: return "obtain";
    case ObligationKind::Cases: return "cases";
    case ObligationKind::Induction: return "induction";
    }
    return "?";
}

std::string_view statusName(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::ToSolve: return "to-solve";
    case ObligationStatus::Admitted: return "admitted";
    case ObligationStatus::Error: return "error";
    }
    return "?";
}

} // namespace proofdesk::lang
