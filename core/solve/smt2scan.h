// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Where the check-sat commands of an SMT-LIB document are. cvc5's parser library reports no
// positions for commands that parse, so the worker (which runs a document), verify (which
// runs it again with the cvc5 binary) and the editor (which marks a check's line before the
// solver has answered) all name a check by this scan: "check-sat@LINE".
// No cvc5 here, so that the exporter and the GUI can use it without linking the solver.
namespace proofdesk::solve {

// A top-level (check-sat) or (check-sat-assuming ...) command.
struct CheckSatCommand {
    int line = 0;           // 1-based line of its '('
    std::size_t offset = 0; // byte offset of its '(' in the text
    int column = 0;         // 1-based column of its '(' in characters (UTF-8 code points)
    std::size_t end = 0;    // byte offset one past its closing ')' (the text's end if unclosed)
    std::string status;     // the (set-info :status WORD) in force before it: "sat", "unsat", "unknown" or ""
};

// A command at depth 0: its first word ("assert", "set-info", ...) and where it is.
struct TopLevelCommand {
    std::string name;
    int line = 0;
    int column = 0;
    std::size_t offset = 0;
    std::size_t end = 0;
};
std::vector<TopLevelCommand> topLevelCommands(std::string_view text);

// The check-sat commands in document order, found by a scan over SMT-LIB tokens: comments,
// "strings" and |quoted symbols| are skipped, only commands at depth 0 count. The parser
// still decides what the document means; this only says where each check is.
std::vector<CheckSatCommand> checkSatCommands(std::string_view text);

// Their lines alone, in order.
std::vector<int> checkSatLines(std::string_view text);

// The name of each check, in order: "check-sat@LINE", or "check-sat@LINE:COLUMN" for the
// checks of a line that holds more than one, so that every check has a name of its own
// while the common case keeps the name that bundles and caches made before already use.
std::vector<std::string> checkSatIds(const std::vector<CheckSatCommand> &commands);
std::vector<std::string> checkSatIds(std::string_view text);

} // namespace proofdesk::solve
