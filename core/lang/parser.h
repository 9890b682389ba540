// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"
#include "lexer.h"

namespace proofdesk::lang {

// Expressions nested deeper than this are rejected with a message instead of risking the
// stack of a worker thread; written sketches stay far below it.
inline constexpr unsigned kMaxNesting = 200;

// Recovers at declaration boundaries: a syntax error inside one lemma marks that lemma
// broken and parsing goes on with the next declaration.
ast::File parse(std::string_view text, const std::string &file, std::vector<Diagnostic> &diagnostics);

} // namespace proofdesk::lang
