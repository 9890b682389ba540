// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/cachekey.h"

#include <QByteArrayView>
#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

namespace proofdesk::engine {

namespace detail {

namespace {

bool isSymbolChar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    // Bytes of UTF-8 sequences are taken as symbol characters, so that a solver printing
    // a non-ASCII name unquoted does not split it into pieces.
    if (c >= 0x80)
        return true;
    return std::string_view("~!@$%^&*_-+=<>.?/").find(static_cast<char>(c)) != std::string_view::npos;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// SMT-LIB 2.6 reserved words and command names: never printed unquoted as user symbols.
enum class Tok {
    Trivia,  // whitespace and ; comments
    Open,
    Close,
    Symbol,  // simple symbol
    Quoted,  // |quoted symbol|
    Other,   // literals, keywords, strings, stray characters, unterminated tails
};

struct Token {
    Tok kind;
    std::string_view text;
};

std::vector<Token> tokenize(std::string_view s)
{
    std::vector<Token> out;
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto push = [&](Tok kind, std::size_t from) { out.push_back({kind, s.substr(from, i - from)}); };
    while (i < n) {
        const std::size_t from = i;
        const char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';') {
            while (i < n) {
                if (s[i] == ';') {
                    while (i < n && s[i] != '\n')
                        ++i;
                } else if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
                    ++i;
                } else {
                    break;
                }
            }
            push(Tok::Trivia, from);
        } else if (c == '(') {
            ++i;
            push(Tok::Open, from);
        } else if (c == ')') {
            ++i;
            push(Tok::Close, from);
        } else if (c == '|') {
            const std::size_t end = s.find('|', i + 1);
            i = end == std::string_view::npos ? n : end + 1;
            push(end == std::string_view::npos ? Tok::Other : Tok::Quoted, from);
        } else if (c == '"') {
            // "" inside a string literal is an escaped quote.
            ++i;
            while (i < n) {
                if (s[i] == '"') {
                    if (i + 1 < n && s[i + 1] == '"') {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            push(Tok::Other, from);
        } else if (c == ':' || c == '#' || isDigit(c)) {
            // keywords, #b/#x literals, numerals and decimals
            ++i;
            while (i < n && isSymbolChar(static_cast<unsigned char>(s[i])))
                ++i;
            push(Tok::Other, from);
        } else if (isSymbolChar(static_cast<unsigned char>(c))) {
            while (i < n && isSymbolChar(static_cast<unsigned char>(s[i])))
                ++i;
            push(Tok::Symbol, from);
        } else {
            ++i;
            push(Tok::Other, from);
        }
    }
    return out;
}

// Nesting deeper than this is renamed without regard to binders (recursion would risk the
// stack of a worker thread); no model a solver prints comes near it.
constexpr std::size_t kMaxDepth = 2000;

class Renamer
{
public:
    Renamer(std::string_view text, const std::unordered_map<std::string, std::string> &renaming)
        : m_tokens(tokenize(text)), m_renaming(renaming)
    {
        for (const auto &[from, to] : m_renaming)
            m_targets.insert(unquoted(to));
        m_out.resize(m_tokens.size());
        m_end.assign(m_tokens.size(), m_tokens.size());
        std::vector<std::size_t> open;
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            switch (m_tokens[i].kind) {
            case Tok::Open:
                open.push_back(i);
                m_maxDepth = std::max(m_maxDepth, open.size());
                break;
            case Tok::Close:
                if (!open.empty()) {
                    m_end[open.back()] = i + 1;
                    open.pop_back();
                }
                break;
            case Tok::Symbol:
            case Tok::Quoted:
                m_used.insert(unquoted(m_tokens[i].text));
                break;
            default:
                break;
            }
        }
    }

    std::string run()
    {
        if (m_maxDepth > kMaxDepth) {
            for (std::size_t i = 0; i < m_tokens.size(); ++i)
                if (isSymbol(i))
                    occurrence(i);
        } else {
            std::size_t i = 0;
            while (i < m_tokens.size()) {
                if (m_tokens[i].kind == Tok::Trivia || m_tokens[i].kind == Tok::Close) {
                    ++i; // a stray ')' is copied as it is
                    continue;
                }
                form(i);
                i = formEnd(i);
            }
        }
        std::string result;
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            if (m_out[i])
                result += *m_out[i];
            else
                result += m_tokens[i].text;
        }
        return result;
    }

private:
    bool isSymbol(std::size_t i) const
    {
        return i < m_tokens.size() && (m_tokens[i].kind == Tok::Symbol || m_tokens[i].kind == Tok::Quoted);
    }
    bool isOpen(std::size_t i) const { return i < m_tokens.size() && m_tokens[i].kind == Tok::Open; }
    bool isKeyword(std::size_t i, std::string_view word) const
    {
        return i < m_tokens.size() && m_tokens[i].kind == Tok::Symbol && m_tokens[i].text == word;
    }

    // One past the form that starts at token i (for an unclosed list: the end of the text).
    std::size_t formEnd(std::size_t i) const { return isOpen(i) ? m_end[i] : i + 1; }

    // The forms inside the list that opens at token i.
    std::vector<std::size_t> children(std::size_t i) const
    {
        std::vector<std::size_t> kids;
        const std::size_t end = m_end[i];
        std::size_t j = i + 1;
        while (j < end) {
            const Tok k = m_tokens[j].kind;
            if (k == Tok::Trivia) {
                ++j;
            } else if (k == Tok::Close) {
                break; // the list's own ')' (or, unbalanced, a stray one)
            } else {
                kids.push_back(j);
                j = formEnd(j);
            }
        }
        return kids;
    }

    // A list whose every child is a list starting with a symbol and having `arity` children
    // (0: any number >= 1): binder lists ((x Int) (y Real)), let bindings ((x 1)).
    bool isBinderList(std::size_t i, std::size_t arity) const
    {
        if (!isOpen(i))
            return false;
        for (std::size_t b : children(i)) {
            if (!isOpen(b))
                return false;
            const auto parts = children(b);
            if (parts.empty() || !isSymbol(parts[0]) || (arity && parts.size() != arity))
                return false;
        }
        return true;
    }

    // The cases of a match: ((pattern term) ...).
    bool isCaseList(std::size_t i) const
    {
        if (!isOpen(i))
            return false;
        return std::ranges::all_of(children(i), [&](std::size_t c) { return isOpen(c) && children(c).size() == 2; });
    }

    void form(std::size_t i)
    {
        if (isSymbol(i)) {
            occurrence(i);
            return;
        }
        if (!isOpen(i))
            return;
        const auto kids = children(i);
        if (kids.size() >= 3 && (isKeyword(kids[0], "lambda") || isKeyword(kids[0], "forall") ||
                                 isKeyword(kids[0], "exists")) && isBinderList(kids[1], 0)) {
            const std::size_t mark = m_scope.size();
            std::vector<std::size_t> binders;
            for (std::size_t b : children(kids[1])) {
                const auto parts = children(b);
                for (std::size_t p = 1; p < parts.size(); ++p)
                    form(parts[p]); // the sorts, in the enclosing scope
                binders.push_back(parts[0]);
            }
            for (std::size_t b : binders)
                bind(b);
            for (std::size_t k = 2; k < kids.size(); ++k)
                form(kids[k]);
            m_scope.resize(mark);
            return;
        }
        if (kids.size() >= 3 && isKeyword(kids[0], "let") && isBinderList(kids[1], 2)) {
            const std::size_t mark = m_scope.size();
            std::vector<std::size_t> binders;
            for (std::size_t b : children(kids[1])) {
                const auto parts = children(b);
                form(parts[1]); // the bound values, in the enclosing scope
                binders.push_back(parts[0]);
            }
            for (std::size_t b : binders)
                bind(b);
            for (std::size_t k = 2; k < kids.size(); ++k)
                form(kids[k]);
            m_scope.resize(mark);
            return;
        }
        if (kids.size() == 3 && isKeyword(kids[0], "match") && isCaseList(kids[2])) {
            form(kids[1]);
            for (std::size_t c : children(kids[2])) {
                const auto parts = children(c);
                const std::size_t mark = m_scope.size();
                pattern(parts[0]);
                form(parts[1]);
                m_scope.resize(mark);
            }
            return;
        }
        for (std::size_t k : kids)
            form(k);
    }

    // A match pattern: a constructor (renamed like any symbol), a variable (bound), or
    // (constructor variable...). A bare symbol is a constructor exactly when it is one of
    // the renamed user symbols, since every constructor of a user datatype is one.
    void pattern(std::size_t i)
    {
        if (isSymbol(i)) {
            if (m_renaming.contains(unquoted(m_tokens[i].text)))
                occurrence(i);
            else
                bind(i);
            return;
        }
        if (!isOpen(i))
            return;
        const auto parts = children(i);
        for (std::size_t p = 0; p < parts.size(); ++p) {
            if (p == 0)
                form(parts[p]);
            else if (isSymbol(parts[p]))
                bind(parts[p]);
        }
    }

    // A variable bound at token i. It keeps its name unless that name is one being renamed
    // (it would look like a user symbol) or one renamed to (a renamed free symbol would be
    // captured); then it gets a fresh name that occurs nowhere else.
    void bind(std::size_t i)
    {
        const std::string name = unquoted(m_tokens[i].text);
        std::string emitted = name;
        if (m_renaming.contains(name) || m_targets.contains(name)) {
            do {
                emitted = name + "!" + std::to_string(m_fresh++);
            } while (m_renaming.contains(emitted) || m_targets.contains(emitted) || m_used.contains(emitted));
            m_used.insert(emitted);
            m_out[i] = symbolText(emitted);
        }
        m_scope.emplace_back(name, std::move(emitted));
    }

    // A symbol used at token i: a bound variable (as bound) or a free symbol (renamed if
    // the renaming names it).
    void occurrence(std::size_t i)
    {
        const std::string name = unquoted(m_tokens[i].text);
        for (auto it = m_scope.rbegin(); it != m_scope.rend(); ++it) {
            if (it->first == name) {
                if (it->second != name)
                    m_out[i] = symbolText(it->second);
                return;
            }
        }
        if (auto it = m_renaming.find(name); it != m_renaming.end())
            m_out[i] = it->second;
    }

    std::vector<Token> m_tokens;
    std::vector<std::size_t> m_end; // for '(' tokens: one past the matching ')'
    std::vector<std::optional<std::string>> m_out;
    const std::unordered_map<std::string, std::string> &m_renaming;
    std::unordered_set<std::string> m_targets; // names renamed to, without bars
    std::unordered_set<std::string> m_used;    // every symbol in the text, without bars
    std::vector<std::pair<std::string, std::string>> m_scope; // bound name -> emitted name
    std::size_t m_maxDepth = 0;
    int m_fresh = 0;
};

} // namespace

std::string unquoted(std::string_view symbol)
{
    if (symbol.size() >= 2 && symbol.front() == '|' && symbol.back() == '|')
        symbol = symbol.substr(1, symbol.size() - 2);
    return std::string(symbol);
}

std::string symbolText(const std::string &name)
{
    // The printer's own rule, so that renamed models read exactly as the printed script.
    return lang::smtSymbol(name);
}

std::string renameSymbols(std::string_view text, const std::unordered_map<std::string, std::string> &renaming)
{
    if (renaming.empty())
        return std::string(text);
    return Renamer(text, renaming).run();
}

} // namespace detail

namespace {

void addField(QCryptographicHash &hash, const QString &field)
{
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(field.toUtf8());
}

// Printed (default mode) and canonical text of every user symbol and every fact.
struct Correspondence {
    std::unordered_map<std::string, std::string> symbolToCanonical; // printed, no bars -> canonical
    std::unordered_map<std::string, std::string> symbolFromCanonical; // canonical -> printed text
    std::unordered_map<std::string, std::string> factToCanonical;
    std::unordered_map<std::string, std::string> factFromCanonical;
};

Correspondence correspondence(const CacheKey &key)
{
    Correspondence c;
    std::unordered_set<std::string> canonicalFacts;
    for (const auto &[fact, canonical] : key.factSymbols) {
        canonicalFacts.insert(canonical);
        auto printed = key.printedFactSymbols.find(fact);
        const std::string printedText = printed != key.printedFactSymbols.end() ? printed->second : fact;
        c.factToCanonical[detail::unquoted(printedText)] = canonical;
        c.factFromCanonical[canonical] = printedText;
    }
    std::unordered_set<std::string> printedFacts;
    for (const auto &[fact, printed] : key.printedFactSymbols)
        printedFacts.insert(printed);
    // Symbols the default printer renamed or quoted; all others print as written.
    std::unordered_map<std::string, std::string> printedOf;
    for (const auto &[printed, original] : key.printedNames)
        if (!printedFacts.contains(printed))
            printedOf[original] = printed;
    for (const auto &[canonical, original] : key.names) {
        if (canonicalFacts.contains(canonical))
            continue;
        auto it = printedOf.find(original);
        const std::string printedText = it != printedOf.end() ? it->second : original;
        c.symbolToCanonical[detail::unquoted(printedText)] = canonical;
        c.symbolFromCanonical[canonical] = printedText;
    }
    return c;
}

QString renamed(const QString &text, const std::unordered_map<std::string, std::string> &renaming)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string out =
        detail::renameSymbols(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), renaming);
    return QString::fromStdString(out);
}

// A single symbol (a model entry's name, a core entry): mapped as a whole, bars ignored.
QString renamedSymbol(const QString &symbol, const std::unordered_map<std::string, std::string> &renaming)
{
    auto it = renaming.find(detail::unquoted(symbol.toStdString()));
    return it != renaming.end() ? QString::fromStdString(it->second) : symbol;
}

solve::SolveResponse mapped(const solve::SolveResponse &response,
                            const std::unordered_map<std::string, std::string> &symbols,
                            const std::unordered_map<std::string, std::string> &facts)
{
    solve::SolveResponse out = response;
    for (QString &entry : out.core)
        entry = renamedSymbol(entry, facts);
    for (solve::ModelEntry &entry : out.model) {
        entry.symbol = renamedSymbol(entry.symbol, symbols);
        entry.sort = renamed(entry.sort, symbols);
        entry.value = renamed(entry.value, symbols);
    }
    return out;
}

} // namespace

CacheKey makeKey(const lang::Script &script, const QString &solverId, const QString &solverVersion,
                 const QString &options, bool contextOnly)
{
    const lang::PrintedScript canonical =
        lang::printScript(script, lang::PrintOptions{.canonical = true, .withGetModel = false, .contextOnly = contextOnly});
    lang::PrintedScript printed =
        lang::printScript(script, lang::PrintOptions{.canonical = false, .withGetModel = false, .contextOnly = contextOnly});

    // Changing what goes into the hash means bumping the cache's schema version, so that
    // entries under the old composition are dropped rather than misread.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(canonical.text.data(), static_cast<qsizetype>(canonical.text.size())));
    addField(hash, solverId);
    addField(hash, solverVersion);
    addField(hash, options);

    CacheKey key;
    key.hash = QString::fromLatin1(hash.result().toHex());
    key.names = canonical.names;
    key.factSymbols = canonical.factSymbols;
    key.printedNames = std::move(printed.names);
    key.printedFactSymbols = std::move(printed.factSymbols);
    return key;
}

solve::SolveResponse toCanonical(const solve::SolveResponse &response, const CacheKey &key)
{
    const Correspondence c = correspondence(key);
    return mapped(response, c.symbolToCanonical, c.factToCanonical);
}

solve::SolveResponse fromCanonical(const solve::SolveResponse &response, const CacheKey &key)
{
    const Correspondence c = correspondence(key);
    return mapped(response, c.symbolFromCanonical, c.factFromCanonical);
}

} // namespace proofdesk::engine
