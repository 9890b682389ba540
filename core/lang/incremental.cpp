// SPDX-License-Identifier: GPL-3.0-or-later
#include "incremental.h"

#include "elaborator.h"
#include "log/log.h"

namespace proofdesk::lang {

IncrementalAnalyzer::IncrementalAnalyzer() = default;
IncrementalAnalyzer::~IncrementalAnalyzer() = default;
IncrementalAnalyzer::IncrementalAnalyzer(IncrementalAnalyzer &&) noexcept = default;
IncrementalAnalyzer &IncrementalAnalyzer::operator=(IncrementalAnalyzer &&) noexcept = default;

std::shared_ptr<const Module> IncrementalAnalyzer::analyze(std::string_view text, const std::string &file,
                                                           const AnalyzeOptions &options)
{
    const detail::ReuseState *previous = m_state && m_state->file == file ? m_state.get() : nullptr;
    auto next = std::make_shared<detail::ReuseState>();
    next->file = file;
    next->text = std::string(text);
    m_stats = {};
    bool complete = true;
    auto module = std::make_shared<const Module>(
        detail::analyzeWith(text, file, options, previous, next.get(), &m_stats.reusedLemmas,
                            &m_stats.elaboratedLemmas, &complete));
    log::get("lang")->debug("analyzed {} incrementally: {} lemmas reused, {} elaborated", file, m_stats.reusedLemmas,
                            m_stats.elaboratedLemmas);
    // A result cut short by too many diagnostics is not one to build on.
    if (!complete) {
        m_state.reset();
        return module;
    }
    next->module = module;
    for (std::size_t i = 0; i < next->lemmas.size(); ++i) {
        const detail::LemmaMemo &memo = next->lemmas[i];
        next->byText[std::string_view(next->text).substr(memo.textBegin, memo.textEnd - memo.textBegin)].push_back(i);
    }
    m_state = std::move(next);
    return module;
}

void IncrementalAnalyzer::clear()
{
    m_state.reset();
    m_stats = {};
}

} // namespace proofdesk::lang
