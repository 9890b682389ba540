// SPDX-License-Identifier: GPL-3.0-or-later
#include "source.h"

#include "utf8.h"

namespace proofdesk::lang {

std::string formatDiagnostic(const Diagnostic &d)
{
    const char *sev = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
    return d.file + ":" + std::to_string(d.range.begin.line) + ":" + std::to_string(d.range.begin.column) + ": " +
           sev + ": " + d.message;
}

std::string quoteSource(std::string_view text, const SourceRange &range, std::size_t limit)
{
    if (range.begin.offset >= text.size() || range.end.offset < range.begin.offset)
        return {};
    const std::size_t end = std::min<std::size_t>(range.end.offset, text.size());
    std::string out;
    std::size_t count = 0;
    bool space = false;
    for (std::size_t i = range.begin.offset; i < end;) {
        std::size_t len = 1;
        const char32_t cp = detail::decodeUtf8(text, i, len);
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ') {
            space = true; // fold runs of white space so a multi-line expression reads as one line
        } else {
            if (space && !out.empty()) {
                out += ' ';
                ++count;
            }
            space = false;
            if (cp == detail::kInvalidCodePoint)
                out += "\xEF\xBF\xBD";
            else
                out.append(text.substr(i, len));
            ++count;
        }
        i += len;
        if (count >= limit) {
            if (i < end)
                out += "…";
            break;
        }
    }
    return out;
}

} // namespace proofdesk::lang
