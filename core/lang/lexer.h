// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include <string>
#include <string_view>
#include <vector>

namespace proofdesk::lang {

enum class Tok {
    End,
    Ident,
    Int,      // 42
    Decimal,  // 3.14
    BitVec,   // #b0101, #x1F (text keeps the prefix)
    String,   // text holds the decoded value
    Keyword,  // text holds the keyword
    Op,       // text holds the canonical ASCII spelling of an operator or punctuation
    Invalid,  // a lexical error, already reported
};

struct Token {
    Tok kind = Tok::End;
    std::string text;
    SourceRange range;
    bool is(Tok k, std::string_view t) const { return kind == k && text == t; }
    bool isKeyword(std::string_view t) const { return is(Tok::Keyword, t); }
    bool isOp(std::string_view t) const { return is(Tok::Op, t); }
};

// Splits UTF-8 text into tokens. Never throws; lexical errors become diagnostics and
// Invalid tokens, so that a stray byte costs one message, not the rest of the file.
std::vector<Token> tokenize(std::string_view text, const std::string &file,
                            std::vector<Diagnostic> &diagnostics);

bool isKeyword(std::string_view word);

} // namespace proofdesk::lang
