// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "script.h"
#include "source.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace proofdesk::lang {

enum class ObligationKind {
    Goal,      // a lemma without a proof block, or `show F by ...` in its header
    Have,      // `have name: F`
    Show,      // `show [F]` inside a proof
    Obtain,    // `obtain x: S where name: F` (claims the existence)
    Cases,     // the `cases` line: the cases are exhaustive
    Induction, // the `induction v from lo` line: the assumptions imply v >= lo
};

enum class ObligationStatus {
    ToSolve,  // goes to a solver
    Admitted, // `sorry`: not checked
    Error,    // a source error: never solved; `error` says why
};

struct Obligation {
    std::string id;     // stable across edits elsewhere: "lemma/case step/have prev"
    std::string lemma;
    std::string step;   // for people: "have prev", "show", "cases", "induction k"
    ObligationKind kind = ObligationKind::Goal;
    ObligationStatus status = ObligationStatus::ToSolve;
    std::string file;
    SourceRange range;  // the step's own text (its last line carries `-- expect:`)
    std::vector<std::string> facts;        // names of the context facts, in order
    std::vector<std::string> citedLemmas;  // lemmas this step depends on (incl. through instances)
    std::vector<std::string> citedDefinitions; // `f.def` citations (dependency only)
    std::vector<std::string> citedFacts;   // facts named after `by` (instances by their text)
    std::string error;  // status == Error
    Script script;      // structured form: what the printer printed
    std::string smt;    // the printed SMT-LIB script (empty for errors)
};

struct LemmaInfo {
    std::string name;
    std::string file;
    SourceRange range;  // the whole lemma
    SourceRange nameRange;
    std::vector<std::string> assumptions;
    std::vector<std::string> citedLemmas;  // union over its obligations
    bool hasErrors = false;
};

struct Module {
    std::string file;
    std::vector<Diagnostic> diagnostics;
    std::vector<Obligation> obligations;
    std::vector<LemmaInfo> lemmas;
    bool hasErrors() const;
};

// Loads an imported file: given the importing file and the path written in `import "..."`,
// returns the canonical name and the text, or an error message.
struct ImportedText {
    std::string file;
    std::string text;
};
struct ImportError {
    std::string message;
};
using ImportResolver =
    std::function<std::variant<ImportedText, ImportError>(const std::string &fromFile, const std::string &path)>;

// The default resolver reads files relative to the importing file and refuses paths that
// leave `root` (the folder of the top-level document) unless `allowOutside`.
ImportResolver fileSystemResolver(std::string root, bool allowOutside = false);

struct AnalyzeOptions {
    ImportResolver resolver;        // empty: imports are reported as errors
    std::size_t maxDiagnostics = 200;
};

// Parse, check and elaborate one document into obligations. Never throws on user input.
Module analyze(std::string_view text, const std::string &file, const AnalyzeOptions &options = {});

std::string_view kindName(ObligationKind kind);
std::string_view statusName(ObligationStatus status);

} // namespace proofdesk::lang
