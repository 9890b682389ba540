// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve/smt2scan.h"

namespace proofdesk::solve {

std::vector<CheckSatCommand> checkSatCommands(std::string_view text)
{
    std::vector<CheckSatCommand> commands;
    int line = 1;
    int depth = 0;
    bool open = false; // the last command found has not been closed yet
    std::size_t i = 0;
    const auto skipTo = [&](char close, std::size_t from) {
        std::size_t j = from;
        while (j < text.size() && text[j] != close) {
            if (text[j] == '\n')
                ++line;
            ++j;
        }
        return j;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == ';') {
            while (i < text.size() && text[i] != '\n')
                ++i;
        } else if (c == '|') {
            i = skipTo('|', i + 1) + 1;
        } else if (c == '"') {
            // "" inside a string literal is an escaped quote: skipping twice handles it
            i = skipTo('"', i + 1) + 1;
        } else if (c == '(') {
            if (depth == 0) {
                std::size_t j = i + 1;
                while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'))
                    ++j;
                const std::string_view rest = text.substr(j);
                for (const std::string_view word : {"check-sat-assuming", "check-sat"}) {
                    if (rest.starts_with(word)) {
                        const std::size_t after = j + word.size();
                        const char n = after < text.size() ? text[after] : ')';
                        if (n == ')' || n == ' ' || n == '\t' || n == '\n' || n == '\r' || n == '(') {
                            commands.push_back({line, i, text.size()});
                            open = true;
                            break;
                        }
                    }
                }
            }
            ++depth;
            ++i;
        } else if (c == ')') {
            if (depth > 0)
                --depth;
            ++i;
            if (depth == 0 && open) {
                commands.back().end = i;
                open = false;
            }
        } else {
            ++i;
        }
    }
    return commands;
}

std::vector<int> checkSatLines(std::string_view text)
{
    std::vector<int> lines;
    for (const CheckSatCommand &c : checkSatCommands(text))
        lines.push_back(c.line);
    return lines;
}

} // namespace proofdesk::solve
