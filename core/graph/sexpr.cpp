// SPDX-License-Identifier: GPL-3.0-or-later
#include "sexpr.h"

namespace proofdesk::graph::sexpr {

namespace {

class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    std::expected<std::vector<Expr>, Error> all()
    {
        std::vector<Expr> out;
        // An explicit stack instead of recursion: depth is bounded by kMaxDepth, not by the C++ stack.
        std::vector<Expr> stack;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size())
                break;
            const char c = m_text[m_pos];
            if (c == '(') {
                if (static_cast<int>(stack.size()) >= kMaxDepth)
                    return fail("nesting deeper than " + std::to_string(kMaxDepth));
                Expr e;
                e.list = true;
                e.line = m_line;
                e.column = m_column;
                advance();
                stack.push_back(std::move(e));
                continue;
            }
            Expr done;
            if (c == ')') {
                if (stack.empty())
                    return fail("unexpected ')'");
                advance();
                done = std::move(stack.back());
                stack.pop_back();
            } else {
                auto atom = readAtom();
                if (!atom)
                    return std::unexpected(atom.error());
                done = std::move(*atom);
            }
            if (stack.empty())
                out.push_back(std::move(done));
            else
                stack.back().items.push_back(std::move(done));
        }
        if (!stack.empty()) {
            Error e{stack.back().line, stack.back().column, "'(' is never closed"};
            return std::unexpected(e);
        }
        return out;
    }

private:
    std::unexpected<Error> fail(std::string message) const { return std::unexpected(Error{m_line, m_column, std::move(message)}); }

    void advance()
    {
        if (m_text[m_pos] == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ';') {
                while (m_pos < m_text.size() && m_text[m_pos] != '\n')
                    advance();
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else {
                break;
            }
        }
    }

    std::expected<Expr, Error> readAtom()
    {
        Expr e;
        e.line = m_line;
        e.column = m_column;
        const std::size_t start = m_pos;
        const char c = m_text[m_pos];
        if (c == '|' || c == '"') {
            advance();
            for (;;) {
                if (m_pos >= m_text.size())
                    return std::unexpected(Error{e.line, e.column, c == '|' ? "'|' is never closed" : "string is never closed"});
                if (m_text[m_pos] == c) {
                    advance();
                    // "" inside a string is an escaped quote
                    if (c == '"' && m_pos < m_text.size() && m_text[m_pos] == '"') {
                        advance();
                        continue;
                    }
                    break;
                }
                advance();
            }
        } else {
            while (m_pos < m_text.size()) {
                const char d = m_text[m_pos];
                if (d == '(' || d == ')' || d == ';' || d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '"' || d == '|')
                    break;
                advance();
            }
        }
        e.atom = std::string(m_text.substr(start, m_pos - start));
        return e;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::uint32_t m_line = 1;
    std::uint32_t m_column = 1;
};

} // namespace

std::expected<std::vector<Expr>, Error> read(std::string_view text)
{
    return Reader(text).all();
}

} // namespace proofdesk::graph::sexpr
