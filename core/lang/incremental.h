// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "module.h"

#include <memory>
#include <string>
#include <string_view>

namespace proofdesk::lang {

namespace detail {
struct ReuseState;
}

// Analyses the revisions of one document as an editor makes them. Each call gives exactly
// what analyze() gives for the same text (obligations, printed SMT-LIB, diagnostics,
// source ranges), but a lemma whose text is unchanged (wherever the edit moved it) and
// that reads the same of what is declared above it (declarations, axioms, imports, the
// statements of the lemmas it cites, the names it checks) is taken from the previous
// revision instead of being checked and elaborated again. The file is parsed whole every
// time. One analysis at a time: the object is not safe to use from two threads at once.
class IncrementalAnalyzer
{
public:
    IncrementalAnalyzer();
    ~IncrementalAnalyzer();
    IncrementalAnalyzer(IncrementalAnalyzer &&) noexcept;
    IncrementalAnalyzer &operator=(IncrementalAnalyzer &&) noexcept;

    struct Stats {
        int reusedLemmas = 0;     // of the document, taken from the previous revision
        int elaboratedLemmas = 0; // of the document, checked and elaborated
    };

    // The previous revision is the last text analysed for the same `file`.
    std::shared_ptr<const Module> analyze(std::string_view text, const std::string &file,
                                          const AnalyzeOptions &options = {});
    // Of the last analyze().
    Stats stats() const { return m_stats; }
    // Forgets the previous revision: the next analysis starts from scratch.
    void clear();

private:
    std::shared_ptr<const detail::ReuseState> m_state;
    Stats m_stats;
};

} // namespace proofdesk::lang
