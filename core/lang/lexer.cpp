// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexer.h"

#include "utf8.h"

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

namespace proofdesk::lang {

using detail::decodeUtf8;
using detail::kInvalidCodePoint;

namespace {

constexpr std::array<std::string_view, 36> kKeywords = {
    "sort",   "const",  "fun",    "def",   "rec",   "datatype", "axiom",  "lemma",
    "theorem", "assume", "show",  "proof", "qed",   "have",     "obtain", "where",
    "by",     "sorry",  "cases",  "case",  "induction", "from", "on",     "forall",
    "exists", "if",     "then",   "else",  "let",   "in",       "not",    "and",
    "or",     "true",   "false",  "import",
};

// Unicode spellings of operators, mapped to their ASCII form.
struct UnicodeOp {
    char32_t cp;
    const char *ascii;
};
constexpr std::array kUnicodeOps = {
    UnicodeOp{U'¬', "not"}, UnicodeOp{U'∧', "and"},  UnicodeOp{U'∨', "or"},
    UnicodeOp{U'⟹', "==>"}, UnicodeOp{U'→', "==>"},  UnicodeOp{U'⟺', "<==>"},
    UnicodeOp{U'↔', "<==>"}, UnicodeOp{U'≠', "!="},  UnicodeOp{U'≤', "<="},
    UnicodeOp{U'≥', ">="},  UnicodeOp{U'∀', "forall"}, UnicodeOp{U'∃', "exists"},
};

// Non-ASCII letters: everything outside the punctuation, symbol and space blocks. Without
// ICU this is a block-level approximation, documented in docs/language.md.
bool isUnicodeLetter(char32_t cp)
{
    if (cp < 0x80 || cp > 0x10FFFF) // also rejects kInvalidCodePoint
        return false;
    if (cp == 0xA0 || cp == 0xAD || (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) ||
        cp == 0xD7 || cp == 0xF7)
        return false;
    if ((cp >= 0x2000 && cp <= 0x2BFF) || // punctuation, arrows, math operators, symbols
        (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || (cp >= 0xFFF0 && cp <= 0xFFFF) ||
        (cp >= 0x1F000 && cp <= 0x1FAFF))
        return false;
    // Subscripts and primes used in names are letters; U+2080.. are in the excluded block
    // above, so allow them back.
    return true;
}

bool isSubscriptDigit(char32_t cp) { return (cp >= 0x2080 && cp <= 0x2089) || cp == 0x2071 || (cp >= 0x2090 && cp <= 0x209C); }

bool isIdentStart(char32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || isUnicodeLetter(cp);
}

bool isIdentChar(char32_t cp)
{
    return isIdentStart(cp) || (cp >= '0' && cp <= '9') || cp == '\'' || isSubscriptDigit(cp);
}

// isIdentChar restricted to ASCII, for scanning runs of plain bytes without decoding.
bool isAsciiIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '\'';
}

bool isAscii(char c)
{
    return static_cast<unsigned char>(c) < 0x80;
}

class Lexer
{
public:
    Lexer(std::string_view text, const std::string &file, std::vector<Diagnostic> &diags)
        : m_text(text), m_file(file), m_diags(diags)
    {
    }

    // The next token; End at the end of the text (and again on every later call). Pulled
    // one at a time so that the parser needs no vector of the whole file's tokens.
    Token pull()
    {
        if (m_ended)
            return endToken();
        if (!m_started && m_text.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3; // a byte order mark
        m_started = true;
        skipSpaceAndComments();
        if (m_pos >= m_text.size()) {
            m_ended = true;
            return endToken();
        }
        Token t = next();
        if (m_errors > kMaxErrors) {
            // Reported before End, right after the token that made one error too many.
            error(here(), here(), "too many lexical errors; the rest of the file is ignored");
            m_ended = true;
        }
        return t;
    }

private:
    static constexpr int kMaxErrors = 50;

    Token endToken() const
    {
        Token end;
        end.kind = Tok::End;
        end.range = {here(), here()};
        return end;
    }

    SourcePos here() const { return {m_line, m_col, static_cast<std::uint32_t>(m_pos)}; }

    char32_t peek(std::size_t ahead = 0, std::size_t *len = nullptr) const
    {
        if (ahead == 0 && m_pos < m_text.size() && isAscii(m_text[m_pos])) {
            if (len)
                *len = 1;
            return static_cast<unsigned char>(m_text[m_pos]);
        }
        std::size_t p = m_pos;
        std::size_t l = 0;
        for (std::size_t i = 0; i <= ahead; ++i) {
            if (p >= m_text.size())
                return 0;
            char32_t cp = decodeUtf8(m_text, p, l);
            if (i == ahead) {
                if (len)
                    *len = l;
                return cp;
            }
            p += l;
        }
        return 0;
    }

    void advance()
    {
        if (m_pos >= m_text.size())
            return;
        std::size_t l = 1;
        const char32_t cp = isAscii(m_text[m_pos]) ? static_cast<unsigned char>(m_text[m_pos])
                                                    : decodeUtf8(m_text, m_pos, l);
        m_pos += l;
        if (cp == '\n') {
            ++m_line;
            m_col = 1;
        } else {
            ++m_col;
        }
    }

    void error(SourcePos b, SourcePos e, std::string msg)
    {
        ++m_errors;
        m_diags.push_back({Severity::Error, m_file, {b, e}, std::move(msg)});
    }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                advance();
            } else if (c == '-' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '-') {
                while (m_pos < m_text.size() && m_text[m_pos] != '\n')
                    advance();
            } else if (c == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '-') {
                blockComment();
            } else {
                return;
            }
        }
    }

    void blockComment()
    {
        const SourcePos start = here();
        advance();
        advance();
        int depth = 1;
        while (m_pos < m_text.size() && depth > 0) {
            if (m_text[m_pos] == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '-') {
                ++depth;
                advance();
                advance();
            } else if (m_text[m_pos] == '-' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '/') {
                --depth;
                advance();
                advance();
            } else {
                advance();
            }
        }
        if (depth > 0)
            error(start, here(), "unterminated block comment: `/-` has no matching `-/`");
    }

    Token make(Tok kind, std::string text, SourcePos begin)
    {
        Token t;
        t.kind = kind;
        t.text = std::move(text);
        t.range = {begin, here()};
        return t;
    }

    Token next()
    {
        const SourcePos begin = here();
        std::size_t len = 0;
        const char32_t cp = peek(0, &len);

        if (cp == kInvalidCodePoint) {
            advance();
            // Swallow a run of bad bytes into one message.
            while (m_pos < m_text.size() && peek() == kInvalidCodePoint)
                advance();
            error(begin, here(), "the file is not valid UTF-8 here");
            return make(Tok::Invalid, {}, begin);
        }
        if (isIdentStart(cp))
            return identifier(begin);
        if (cp >= '0' && cp <= '9')
            return number(begin);
        if (cp == '#')
            return bitvector(begin);
        if (cp == '"')
            return string(begin);
        if (cp >= 0x80) {
            for (const auto &u : kUnicodeOps) {
                if (u.cp == cp) {
                    advance();
                    const std::string ascii = u.ascii;
                    const bool word = ascii == "not" || ascii == "and" || ascii == "or" ||
                                      ascii == "forall" || ascii == "exists";
                    return make(word ? Tok::Keyword : Tok::Op, ascii, begin);
                }
            }
        }
        return punctuation(begin);
    }

    Token identifier(SourcePos begin)
    {
        std::string text;
        while (m_pos < m_text.size()) {
            // Fast path: take a run of ASCII name characters at once (no newlines, one
            // column per byte).
            const std::size_t run = m_pos;
            while (m_pos < m_text.size() && isAsciiIdentChar(m_text[m_pos]))
                ++m_pos;
            if (m_pos != run) {
                text.append(m_text.substr(run, m_pos - run));
                m_col += static_cast<std::uint32_t>(m_pos - run);
                if (m_pos >= m_text.size())
                    break;
            }
            std::size_t l = 0;
            const char32_t cp = peek(0, &l);
            if (isIdentChar(cp)) {
                text.append(m_text.substr(m_pos, l));
                advance();
            } else if (cp == '.' && isIdentChar(peek(1)) && !(peek(1) >= '0' && peek(1) <= '9' && text.empty())) {
                // `.` joins identifier parts (`str.len`, `sum.def`) only when a part follows;
                // `Int. e` ends the binder list of a quantifier.
                text += '.';
                advance();
            } else if (cp == '.' && (text == "str" || text == "re" || text == "seq")) {
                // SMT-LIB operator names such as `str.++` and `str.<=`.
                std::size_t ahead = 1;
                std::string sym;
                while (true) {
                    const char32_t c = peek(ahead);
                    if (c == '+' || c == '<' || c == '=' || c == '*') {
                        sym += static_cast<char>(c);
                        ++ahead;
                    } else {
                        break;
                    }
                }
                if (sym.empty() || peek(ahead) != '(')
                    break;
                text += '.';
                text += sym;
                for (std::size_t i = 0; i < ahead; ++i)
                    advance();
                break;
            } else {
                break;
            }
        }
        if (text == "true" || text == "false")
            return make(Tok::Keyword, text, begin);
        return make(isKeyword(text) ? Tok::Keyword : Tok::Ident, text, begin);
    }

    Token number(SourcePos begin)
    {
        std::string text;
        while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos]))) {
            text += m_text[m_pos];
            advance();
        }
        if (m_pos + 1 < m_text.size() && m_text[m_pos] == '.' &&
            std::isdigit(static_cast<unsigned char>(m_text[m_pos + 1]))) {
            text += '.';
            advance();
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos]))) {
                text += m_text[m_pos];
                advance();
            }
            return make(Tok::Decimal, text, begin);
        }
        if (m_pos < m_text.size() && isIdentStart(peek())) {
            while (m_pos < m_text.size() && isIdentChar(peek()))
                advance();
            error(begin, here(), "a name cannot start with a digit");
            return make(Tok::Invalid, text, begin);
        }
        return make(Tok::Int, text, begin);
    }

    Token bitvector(SourcePos begin)
    {
        advance(); // '#'
        const char base = m_pos < m_text.size() ? m_text[m_pos] : '\0';
        if (base != 'b' && base != 'x') {
            error(begin, here(), "expected `#b` or `#x` to start a bit-vector literal");
            return make(Tok::Invalid, {}, begin);
        }
        advance();
        std::string digits;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            const bool ok = base == 'b' ? (c == '0' || c == '1') : std::isxdigit(static_cast<unsigned char>(c)) != 0;
            if (!ok)
                break;
            digits += c;
            advance();
        }
        if (digits.empty()) {
            error(begin, here(), base == 'b' ? "`#b` needs binary digits" : "`#x` needs hexadecimal digits");
            return make(Tok::Invalid, {}, begin);
        }
        if (m_pos < m_text.size() && isIdentChar(peek())) {
            while (m_pos < m_text.size() && isIdentChar(peek()))
                advance();
            error(begin, here(), base == 'b' ? "only 0 and 1 may follow `#b`" : "only hexadecimal digits may follow `#x`");
            return make(Tok::Invalid, {}, begin);
        }
        return make(Tok::BitVec, std::string("#") + base + digits, begin);
    }

    Token string(SourcePos begin)
    {
        advance(); // opening quote
        std::string value;
        while (true) {
            if (m_pos >= m_text.size() || m_text[m_pos] == '\n') {
                error(begin, here(), "unterminated string: a closing `\"` is missing on this line");
                return make(Tok::Invalid, value, begin);
            }
            std::size_t l = 0;
            const char32_t cp = peek(0, &l);
            if (cp == '"') {
                advance();
                return make(Tok::String, value, begin);
            }
            if (cp == kInvalidCodePoint) {
                const SourcePos bad = here();
                advance();
                error(bad, here(), "the file is not valid UTF-8 here");
                continue;
            }
            if (cp == '\\') {
                const SourcePos esc = here();
                advance();
                const char32_t e = peek();
                switch (e) {
                case '"': value += '"'; advance(); break;
                case '\\': value += '\\'; advance(); break;
                case 'n': value += '\n'; advance(); break;
                case 't': value += '\t'; advance(); break;
                case 'u': {
                    advance();
                    if (peek() != '{') {
                        error(esc, here(), "expected `\\u{hex}`");
                        break;
                    }
                    advance();
                    char32_t v = 0;
                    int n = 0;
                    while (n < 6 && std::isxdigit(static_cast<unsigned char>(peek() < 0x80 ? peek() : 0))) {
                        v = v * 16 + static_cast<char32_t>(std::stoi(std::string(1, static_cast<char>(peek())), nullptr, 16));
                        advance();
                        ++n;
                    }
                    if (peek() != '}' || n == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                        error(esc, here(), "invalid `\\u{...}` escape");
                    } else {
                        advance();
                        detail::appendUtf8(value, v);
                    }
                    break;
                }
                default:
                    advance();
                    error(esc, here(), "unknown escape in string (use \\\", \\\\, \\n, \\t or \\u{hex})");
                }
                continue;
            }
            value.append(m_text.substr(m_pos, l));
            advance();
        }
    }

    // The length of the operator or punctuation that `rest` starts with, the longest that
    // matches (`<==>` before `<=` before `<`), or 0. Decided by the first two bytes: this
    // runs for every operator of the file.
    static std::size_t operatorLength(std::string_view rest)
    {
        const char second = rest.size() > 1 ? rest[1] : '\0';
        switch (rest[0]) {
        case '<':
            return rest.starts_with("<==>") ? 4 : second == '=' ? 2 : 1;
        case '=':
            return rest.starts_with("==>") ? 3 : 1;
        case ':': case '!': case '>':
            return second == '=' ? 2 : 1;
        case '&':
            return second == '&' ? 2 : 0;
        case '|':
            return second == '|' ? 2 : 1;
        case '(': case ')': case '[': case ']': case ',': case '.': case '+': case '-': case '*': case '/':
            return 1;
        default:
            return 0;
        }
    }

    Token punctuation(SourcePos begin)
    {
        const std::string_view rest = m_text.substr(m_pos);
        if (const std::size_t length = operatorLength(rest)) {
            const std::string_view op = rest.substr(0, length);
            // Operators are ASCII without newlines: one column per byte.
            m_pos += length;
            m_col += static_cast<std::uint32_t>(length);
            if (op == "&&")
                return make(Tok::Keyword, "and", begin);
            if (op == "||")
                return make(Tok::Keyword, "or", begin);
            if (op == "!")
                return make(Tok::Keyword, "not", begin);
            return make(Tok::Op, std::string(op), begin);
        }
        std::size_t l = 1;
        const char32_t cp = decodeUtf8(m_text, m_pos, l);
        advance();
        std::string shown(m_text.substr(begin.offset, l));
        if (cp < 0x20 || cp == 0x7F) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
            shown = buf;
        }
        error(begin, here(), "unexpected character `" + shown + "`");
        return make(Tok::Invalid, {}, begin);
    }

    std::string_view m_text;
    const std::string &m_file;
    std::vector<Diagnostic> &m_diags;
    std::size_t m_pos = 0;
    std::uint32_t m_line = 1;
    std::uint32_t m_col = 1;
    int m_errors = 0;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace

bool isKeyword(std::string_view word)
{
    // Asked of every identifier: the length and first byte rule out nearly all keywords
    // before any comparison of the text.
    return std::any_of(kKeywords.begin(), kKeywords.end(), [&](std::string_view k) {
        return k.size() == word.size() && k[0] == word[0] && k == word;
    });
}

struct TokenStream::Impl {
    Lexer lexer;
};

TokenStream::TokenStream(std::string_view text, const std::string &file, std::vector<Diagnostic> &diagnostics)
    : m_impl(std::make_unique<Impl>(Impl{Lexer(text, file, diagnostics)}))
{
}

TokenStream::~TokenStream() = default;

Token TokenStream::next()
{
    return m_impl->lexer.pull();
}

std::vector<Token> tokenize(std::string_view text, const std::string &file, std::vector<Diagnostic> &diagnostics)
{
    std::vector<Token> out;
    out.reserve(text.size() / 4);
    Lexer lexer(text, file, diagnostics);
    do
        out.push_back(lexer.pull());
    while (out.back().kind != Tok::End);
    return out;
}

} // namespace proofdesk::lang
