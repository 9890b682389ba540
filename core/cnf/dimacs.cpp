// SPDX-License-Identifier: GPL-3.0-or-later
#include "cnf/dimacs.h"

#include <cstring>
#include <format>
#include <limits>

namespace proofdesk::cnf {

std::string ParseError::describe() const
{
    return std::format("line {}, column {}: {}", line, column, message);
}

std::span<const int> Formula::clause(std::size_t i) const
{
    const std::size_t begin = m_starts[i];
    const std::size_t end = i + 1 < m_starts.size() ? m_starts[i + 1] - 1 : literals.size() - 1;
    return {literals.data() + begin, end - begin};
}

std::size_t firstFalsifiedClause(const Formula &formula, const std::vector<bool> &assignment)
{
    const std::size_t n = formula.clauseCount();
    for (std::size_t i = 0; i < n; ++i) {
        bool satisfied = false;
        for (const int lit : formula.clause(i)) {
            const auto var = static_cast<std::size_t>(lit < 0 ? -lit : lit);
            const bool value = var < assignment.size() && assignment[var];
            if (value == (lit > 0)) {
                satisfied = true;
                break;
            }
        }
        if (!satisfied)
            return i;
    }
    return n;
}

namespace {

// How a byte is named in a message: printable ASCII quoted, the rest by name or code.
std::string describeChar(const char *p, const char *end)
{
    if (p >= end)
        return "end of file";
    const auto c = static_cast<unsigned char>(*p);
    switch (c) {
    case '\n': return "new line";
    case '\r': return "carriage return";
    case '\t': return "tab";
    case ' ': return "space";
    default: break;
    }
    if (c > 32 && c < 127)
        return std::format("'{}'", static_cast<char>(c));
    return std::format("byte 0x{:02x}", static_cast<unsigned>(c));
}

// A number as written, shortened so that a 10 MB run of digits does not become the message.
std::string digitsText(const char *begin, const char *end)
{
    const std::size_t n = static_cast<std::size_t>(end - begin);
    if (n <= 24)
        return std::string(begin, n);
    return std::string(begin, 20) + std::format("… ({} digits)", n);
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

class Parser {
public:
    Parser(std::string_view text, ParseOptions options)
        : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()),
          m_lineStart(text.data()), m_pedantic(options.strictness == Strictness::Pedantic),
          m_relaxed(options.strictness == Strictness::Relaxed)
    {
    }

    std::expected<Formula, ParseError> run()
    {
        if (!header() || !body())
            return std::unexpected(std::move(m_error));
        return std::move(m_formula);
    }

private:
    std::uint32_t column(const char *at) const
    {
        return static_cast<std::uint32_t>(at - m_lineStart + 1);
    }

    bool fail(const char *at, std::string message)
    {
        m_error = ParseError{m_line, column(at), std::move(message)};
        return false;
    }

    bool failFound(const char *at, std::string_view expected)
    {
        return fail(at, std::format("{}, found {}", expected, describeChar(at, m_end)));
    }

    void warn(std::uint32_t line, std::uint32_t col, std::string message)
    {
        m_formula.warnings.push_back(Warning{line, col, std::move(message)});
    }

    // At '\r': it must start a "\r\n" line end, as in every DIMACS reader we know.
    bool carriageReturn()
    {
        if (m_p + 1 >= m_end || m_p[1] != '\n')
            return fail(m_p, "carriage return not followed by a new line");
        ++m_p;
        return true;
    }

    void newLine() // at '\n'
    {
        ++m_p;
        ++m_line;
        m_lineStart = m_p;
    }

    // From a 'c' to the end of its line; atEofOk says whether the file may end inside it.
    bool comment(bool atEofOk)
    {
        for (;;) {
            const void *nl = std::memchr(m_p, '\n', static_cast<std::size_t>(m_end - m_p));
            const char *stop = nl ? static_cast<const char *>(nl) : m_end;
            // A lone carriage return inside a comment would hide the next line from
            // readers that treat it as a line end: reject it like kissat does.
            const void *cr = std::memchr(m_p, '\r', static_cast<std::size_t>(stop - m_p));
            if (cr) {
                const char *at = static_cast<const char *>(cr);
                if (at + 1 != stop || !nl) {
                    m_p = at;
                    return fail(at, "carriage return not followed by a new line");
                }
            }
            if (!nl) {
                m_p = m_end;
                if (!atEofOk)
                    return fail(m_p, "end of file inside a comment before the 'p cnf' header");
                if (m_pedantic)
                    return fail(m_p, "the file does not end with a new line");
                return true;
            }
            m_p = stop;
            newLine();
            return true;
        }
    }

    // Spaces between header fields: one space when pedantic, any run of blanks otherwise.
    bool headerBlank(std::string_view after)
    {
        if (m_p >= m_end || (*m_p != ' ' && *m_p != '\t'))
            return failFound(m_p, std::format("expected a space after {}", after));
        if (m_pedantic) {
            if (*m_p == '\t')
                return fail(m_p, "tab in the header (pedantic mode allows single spaces only)");
            ++m_p;
            if (m_p < m_end && (*m_p == ' ' || *m_p == '\t'))
                return fail(m_p, "extra space in the header (pedantic mode allows single spaces only)");
            return true;
        }
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t'))
            ++m_p;
        return true;
    }

    // Unsigned decimal; sets `overflow` when it exceeds `limit` (digits are still consumed).
    bool headerNumber(std::string_view what, std::uint64_t limit, std::uint64_t &value, const char *&start)
    {
        start = m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return failFound(m_p, std::format("expected the number of {}", what));
        value = 0;
        bool overflow = false;
        while (m_p < m_end && isDigit(*m_p)) {
            const auto d = static_cast<std::uint64_t>(*m_p - '0');
            if (!overflow && value > (limit - d) / 10)
                overflow = true;
            if (!overflow)
                value = value * 10 + d;
            ++m_p;
        }
        if (overflow)
            return fail(start, std::format("the number of {} {} exceeds the limit {}", what,
                                           digitsText(start, m_p), limit));
        return true;
    }

    bool header()
    {
        for (;;) {
            if (m_p >= m_end)
                return fail(m_p, "end of file before the 'p cnf' header");
            switch (*m_p) {
            case 'c':
                if (!comment(false))
                    return false;
                continue;
            case '\r':
            case '\n':
                if (m_pedantic)
                    return fail(m_p, "empty line before the header (not allowed in pedantic mode)");
                if (*m_p == '\r' && !carriageReturn())
                    return false;
                newLine();
                continue;
            case ' ':
            case '\t':
                if (m_pedantic)
                    return failFound(m_p, "expected 'c' or 'p' at the start of a line");
                ++m_p;
                continue;
            case 'p':
                return headerLine();
            default:
                return failFound(m_p, "expected 'c' (comment) or 'p cnf' (header) at the start of a line");
            }
        }
    }

    bool headerLine()
    {
        m_headerLine = m_line;
        ++m_p; // 'p'
        if (!headerBlank("'p'"))
            return false;
        const char *cnfAt = m_p;
        if (m_end - m_p < 3 || m_p[0] != 'c' || m_p[1] != 'n' || m_p[2] != 'f') {
            const char *bad = cnfAt;
            for (const char c : std::string_view("cnf")) {
                if (bad >= m_end || *bad != c)
                    break;
                ++bad;
            }
            return failFound(bad, "expected 'cnf' after 'p'");
        }
        m_p += 3;
        if (!headerBlank("'p cnf'"))
            return false;
        std::uint64_t vars = 0;
        std::uint64_t clauses = 0;
        const char *start = nullptr;
        if (!headerNumber("variables", kMaxVariable, vars, start))
            return false;
        if (!headerBlank("the number of variables"))
            return false;
        if (!headerNumber("clauses", std::numeric_limits<std::uint64_t>::max(), clauses, start))
            return false;
        m_formula.variables = static_cast<int>(vars);
        m_formula.declaredClauses = clauses;
        // The rest of the header line: blanks (not pedantic), then the line end.
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t')) {
            if (m_pedantic)
                return fail(m_p, std::format("{} after the header (pedantic mode allows none)",
                                             *m_p == ' ' ? "space" : "tab"));
            ++m_p;
        }
        if (m_p < m_end && *m_p == '\r' && !carriageReturn())
            return false;
        if (m_p >= m_end || *m_p != '\n')
            return failFound(m_p, "expected a new line after the header");
        newLine();
        // A generous first guess (a literal takes at least two bytes) so that big files
        // do not regrow the vector many times; never sized from the header, which lies.
        m_formula.literals.reserve(static_cast<std::size_t>(m_end - m_p) / 3 + 1);
        return true;
    }

    bool endOfBody(const char *at)
    {
        if (m_inClause)
            return fail(at, "end of file inside a clause: the last clause is not ended by 0");
        if (m_pedantic && (m_end == m_begin || m_end[-1] != '\n') && at == m_end)
            return fail(at, "the file does not end with a new line");
        const std::uint64_t held = m_formula.clauseCount();
        if (held != m_formula.declaredClauses) {
            std::string msg = std::format("the header (line {}) declares {} clauses but the file holds {}",
                                          m_headerLine, m_formula.declaredClauses, held);
            if (!m_relaxed && held < m_formula.declaredClauses)
                return fail(at, msg);
            if (m_relaxed)
                warn(m_line, column(at), std::move(msg));
        }
        if (m_formula.maxVariable > m_formula.variables) {
            std::string msg = std::format("variable {} is used but the header (line {}) declares {} variables",
                                          m_formula.maxVariable, m_headerLine, m_formula.variables);
            warn(m_firstExcessLine, m_firstExcessColumn, std::move(msg));
        }
        return true;
    }

    bool body()
    {
        Formula &f = m_formula;
        std::vector<int> &lits = f.literals;
        const int declaredVars = f.variables;
        for (;;) {
            if (m_p >= m_end)
                return endOfBody(m_p);
            const char c = *m_p;
            if (c == ' ') {
                ++m_p;
                continue;
            }
            if (c == '\n') {
                newLine();
                continue;
            }
            const char *litStart = m_p;
            bool negative = false;
            if (c == '-') {
                negative = true;
                ++m_p;
                if (m_p >= m_end || !isDigit(*m_p) || *m_p == '0')
                    return failFound(m_p, "expected a digit 1-9 after '-'");
            } else if (!isDigit(c)) {
                if (!otherBodyChar(c))
                    return false;
                if (m_stop)
                    return endOfBody(m_p);
                continue;
            }
            // A literal: at most ten digits fit below the limit, so check as we go.
            std::uint64_t value = 0;
            const char *digits = m_p;
            while (m_p < m_end && isDigit(*m_p)) {
                value = value * 10 + static_cast<std::uint64_t>(*m_p - '0');
                ++m_p;
                if (value > static_cast<std::uint64_t>(kMaxVariable)) {
                    while (m_p < m_end && isDigit(*m_p))
                        ++m_p;
                    return fail(digits, std::format("variable index {} exceeds the limit {}",
                                                    digitsText(digits, m_p), kMaxVariable));
                }
            }
            if (m_p < m_end) {
                const char n = *m_p;
                if (n != ' ' && n != '\n' && n != '\r' && n != '\t' && n != 'c')
                    return failFound(m_p, "expected a space, a new line or a comment after the literal");
            }
            const int var = static_cast<int>(value);
            if (!m_inClause) {
                m_inClause = true;
                const std::uint64_t index = f.clauseCount();
                if (index >= f.declaredClauses && !m_tooMany) {
                    m_tooMany = true;
                    if (!m_relaxed)
                        return fail(litStart, std::format("more clauses than the {} declared in the header (line {})",
                                                          f.declaredClauses, m_headerLine));
                }
                f.addClauseStart(lits.size(), m_line);
            }
            if (var == 0) {
                lits.push_back(0);
                m_inClause = false;
                continue;
            }
            if (var > declaredVars && var > f.maxVariable) {
                if (!m_relaxed)
                    return fail(digits, std::format("variable {} exceeds the {} declared in the header (line {})",
                                                    var, declaredVars, m_headerLine));
                if (f.maxVariable <= declaredVars) {
                    m_firstExcessLine = m_line;
                    m_firstExcessColumn = column(digits);
                }
            }
            if (var > f.maxVariable)
                f.maxVariable = var;
            lits.push_back(negative ? -var : var);
        }
    }

    // Anything in the body other than a space, a new line or a literal.
    bool otherBodyChar(char c)
    {
        switch (c) {
        case '\t':
            if (m_pedantic)
                return fail(m_p, "tab (not allowed in pedantic mode)");
            ++m_p;
            return true;
        case '\r':
            if (!carriageReturn())
                return false;
            newLine();
            return true;
        case 'c':
            return comment(true);
        case '%':
            // SATLIB uf/uuf files end with "%\n0\n": the marker ends the formula.
            if (m_pedantic)
                return fail(m_p, "SATLIB end marker '%' (not allowed in pedantic mode)");
            warn(m_line, column(m_p), "SATLIB end marker '%': the rest of the file is ignored");
            m_stop = true;
            return true;
        default:
            return failFound(m_p, "expected a literal or 0");
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const char *m_lineStart;
    std::uint32_t m_line = 1;
    std::uint32_t m_headerLine = 0;
    std::uint32_t m_firstExcessLine = 0;
    std::uint32_t m_firstExcessColumn = 0;
    bool m_pedantic;
    bool m_relaxed;
    bool m_inClause = false;
    bool m_tooMany = false;
    bool m_stop = false;
    Formula m_formula;
    ParseError m_error;
};

} // namespace

std::expected<Formula, ParseError> parseDimacs(std::string_view text, ParseOptions options)
{
    return Parser(text, options).run();
}

} // namespace proofdesk::cnf
