// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include <memory>
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
    // The parser asks these of every token at every precedence level: lengths and first
    // bytes settle almost every comparison without a call to memcmp.
    bool textIs(std::string_view t) const
    {
        return text.size() == t.size() && (t.empty() || (text[0] == t[0] && std::string_view(text).substr(1) == t.substr(1)));
    }
    bool is(Tok k, std::string_view t) const { return kind == k && textIs(t); }
    bool isKeyword(std::string_view t) const { return is(Tok::Keyword, t); }
    bool isOp(std::string_view t) const { return is(Tok::Op, t); }
};

// Splits UTF-8 text into tokens. Never throws; lexical errors become diagnostics and
// Invalid tokens, so that a stray byte costs one message, not the rest of the file.
std::vector<Token> tokenize(std::string_view text, const std::string &file,
                            std::vector<Diagnostic> &diagnostics);

// The same tokens as tokenize(), pulled one at a time: a parser holds only the tokens it
// still needs instead of the whole file's (1.2 million for a 3 MB sketch). Lexical
// diagnostics go to `diagnostics` as the tokens are pulled. After End, next() returns End
// again. `text` and `file` must outlive the stream.
class TokenStream
{
public:
    TokenStream(std::string_view text, const std::string &file, std::vector<Diagnostic> &diagnostics);
    ~TokenStream();
    TokenStream(const TokenStream &) = delete;
    TokenStream &operator=(const TokenStream &) = delete;
    Token next();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

bool isKeyword(std::string_view word);

} // namespace proofdesk::lang
