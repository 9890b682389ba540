// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental analysis (lang/incremental.h) against the full one: a sketch and an
// edited copy of it are analysed in turn by one IncrementalAnalyzer, as the window does
// when the user edits and undoes, and each result must be exactly the full analysis of
// the same text. The first three bytes choose the edit; the rest is the sketch.
#include "fuzz.h"
#include "fuzzlibrary.h"
#include "moduledifference.h"

#include "lang/incremental.h"

#include <cstdio>
#include <string>

using namespace proofdesk::lang;

namespace {

// The sketch with one edit at `at`: its line removed, doubled or preceded by a blank line,
// or `length` bytes cut out.
std::string edited(std::string text, unsigned kind, std::size_t at, std::size_t length)
{
    if (text.empty())
        return "lemma fresh:\n  show true\n";
    at %= text.size();
    const std::size_t previousNewline = at == 0 ? std::string::npos : text.rfind('\n', at - 1);
    const std::size_t lineStart = previousNewline == std::string::npos ? 0 : previousNewline + 1;
    const std::size_t newline = text.find('\n', at);
    const std::size_t lineEnd = newline == std::string::npos ? text.size() : newline + 1;
    switch (kind % 4) {
    case 0:
        return text.erase(lineStart, lineEnd - lineStart);
    case 1:
        return text.insert(lineStart, text.substr(lineStart, lineEnd - lineStart));
    case 2:
        return text.insert(lineStart, "\n");
    default:
        return text.erase(at, length);
    }
}

void expectSameAsFull(IncrementalAnalyzer &analyzer, const std::string &text, const AnalyzeOptions &options)
{
    const auto incremental = analyzer.analyze(text, "fuzz.pds", options);
    const std::string difference = proofdesk::test::moduleDifference(*incremental, analyze(text, "fuzz.pds", options));
    if (!difference.empty())
        std::fprintf(stderr, "incremental and full analysis differ: %s\n", difference.c_str());
    PROOFDESK_FUZZ_CHECK(difference.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    const std::string text(reinterpret_cast<const char *>(data + 3), size - 3);
    const std::string other = edited(text, data[0], std::size_t(data[1]) << 8 | data[2], data[0] >> 2);
    const AnalyzeOptions options = fuzzAnalyzeOptions();
    IncrementalAnalyzer analyzer;
    analyzer.analyze(text, "fuzz.pds", options);
    expectSameAsFull(analyzer, other, options); // the edit
    expectSameAsFull(analyzer, text, options);  // and its undo
    return 0;
}
