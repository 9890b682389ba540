// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve/smt2scan.h"

namespace proofdesk::solve {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The word at `from` (after blanks): up to a blank or a parenthesis.
std::string_view wordAt(std::string_view text, std::size_t from, std::size_t *after = nullptr)
{
    while (from < text.size() && isSpace(text[from]))
        ++from;
    std::size_t to = from;
    while (to < text.size() && !isSpace(text[to]) && text[to] != '(' && text[to] != ')')
        ++to;
    if (after)
        *after = to;
    return text.substr(from, to - from);
}

} // namespace

std::vector<TopLevelCommand> topLevelCommands(std::string_view text)
{
    std::vector<TopLevelCommand> commands;
    int line = 1;
    int depth = 0;
    std::size_t i = 0;
    std::size_t lineStart = 0; // byte offset where the current line begins
    // Columns count code points from the line's start, continuing from the last one counted
    // on the same line, so that a long line with many commands is read once.
    std::size_t countedTo = 0;
    int countedColumn = 1;
    const auto columnAt = [&](std::size_t at) {
        if (countedTo < lineStart) {
            countedTo = lineStart;
            countedColumn = 1;
        }
        for (; countedTo < at; ++countedTo)
            countedColumn += (static_cast<unsigned char>(text[countedTo]) & 0xC0) != 0x80;
        return countedColumn;
    };
    const auto skipTo = [&](char close, std::size_t from) {
        std::size_t j = from;
        while (j < text.size() && text[j] != close) {
            if (text[j] == '\n') {
                ++line;
                lineStart = j + 1;
            }
            ++j;
        }
        return j;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            ++i;
            lineStart = i;
        } else if (c == ';') {
            while (i < text.size() && text[i] != '\n')
                ++i;
        } else if (c == '|') {
            i = skipTo('|', i + 1) + 1;
        } else if (c == '"') {
            // "" inside a string literal is an escaped quote: skipping twice handles it
            i = skipTo('"', i + 1) + 1;
        } else if (c == '(') {
            if (depth == 0)
                commands.push_back({std::string(wordAt(text, i + 1)), line, columnAt(i), i, text.size()});
            ++depth;
            ++i;
        } else if (c == ')') {
            if (depth > 0 && --depth == 0)
                commands.back().end = i + 1;
            ++i;
        } else {
            ++i;
        }
    }
    return commands;
}

std::vector<CheckSatCommand> checkSatCommands(std::string_view text)
{
    std::vector<CheckSatCommand> checks;
    std::string status;
    for (const TopLevelCommand &c : topLevelCommands(text)) {
        if (c.name == "check-sat" || c.name == "check-sat-assuming") {
            checks.push_back({c.line, c.offset, c.column, c.end, status});
        } else if (c.name == "set-info") {
            std::size_t after = 0;
            wordAt(text, c.offset + 1, &after); // set-info
            if (wordAt(text, after, &after) == ":status")
                status = std::string(wordAt(text, after));
        }
    }
    return checks;
}

std::vector<int> checkSatLines(std::string_view text)
{
    std::vector<int> lines;
    for (const CheckSatCommand &c : checkSatCommands(text))
        lines.push_back(c.line);
    return lines;
}

std::vector<std::string> checkSatIds(const std::vector<CheckSatCommand> &commands)
{
    std::vector<std::string> ids;
    ids.reserve(commands.size());
    for (std::size_t k = 0; k < commands.size(); ++k) {
        const int line = commands[k].line;
        const bool shared = (k > 0 && commands[k - 1].line == line) ||
                            (k + 1 < commands.size() && commands[k + 1].line == line);
        std::string id = "check-sat@" + std::to_string(line);
        if (shared)
            id += ':' + std::to_string(commands[k].column);
        ids.push_back(std::move(id));
    }
    return ids;
}

std::vector<std::string> checkSatIds(std::string_view text)
{
    return checkSatIds(checkSatCommands(text));
}

} // namespace proofdesk::solve
