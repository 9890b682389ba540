// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace proofdesk::lang {

// Lines and columns are 1-based; columns count Unicode code points, as editors do.
struct SourcePos {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    std::uint32_t offset = 0; // byte offset into the UTF-8 text
    bool operator==(const SourcePos &) const = default;
};

struct SourceRange {
    SourcePos begin;
    SourcePos end; // one past the last character
    bool operator==(const SourceRange &) const = default;
    static SourceRange span(const SourceRange &a, const SourceRange &b) { return {a.begin, b.end}; }
};

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    SourceRange range;
    std::string message;
    bool operator==(const Diagnostic &) const = default;
};

// "file:line:col: error: message", the form compilers and editors understand.
std::string formatDiagnostic(const Diagnostic &d);

// A short quotation of source text for messages: one line, at most `limit` code points.
std::string quoteSource(std::string_view text, const SourceRange &range, std::size_t limit = 48);

} // namespace proofdesk::lang
