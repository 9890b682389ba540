// SPDX-License-Identifier: GPL-3.0-or-later
// The one SMT-LIB printer: solver input, cache keys (canonical mode) and exported files all
// come from here, so "what was checked" is always the text a person can re-run.
#include "script.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace proofdesk::lang {

namespace {

bool isSimpleSymbolChar(unsigned char c)
{
    if (std::isalnum(c))
        return true;
    static constexpr std::string_view extra = "~!@$%^&*_-+=<>.?/";
    return extra.find(static_cast<char>(c)) != std::string_view::npos;
}

// Words that SMT-LIB 2.6 reserves; as user names they must be quoted.
constexpr std::array<std::string_view, 32> kReserved = {"!", "_", "lambda", "par", "NUMERAL", "DECIMAL", "STRING", "as", "let", "exists", "forall",
                                  "match", "assert", "echo", "exit", "pop", "push", "reset", "BINARY",
                                  "HEXADECIMAL", "continued-execution", "error", "immediate-exit",
                                  "incomplete", "logic", "memout", "sat", "success", "theory",
                                  "unknown", "unsupported", "unsat"};

// Names a solver predefines, so that declaring them again is an error there (z3 has a
// built-in List datatype). They are renamed for every solver, keeping one printed text.
constexpr std::array<std::string_view, 11> kPredefined = {"List", "insert", "Seq", "RegLan", "RoundingMode", "FloatingPoint",
                                    "Float16", "Float32", "Float64", "Float128", "UnicodeStr"};

} // namespace

std::string smtSymbol(const std::string &name)
{
    bool simple = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
    for (unsigned char c : name)
        simple = simple && isSimpleSymbolChar(c);
    simple = simple && std::find(kReserved.begin(), kReserved.end(), name) == kReserved.end();
    if (simple)
        return name;
    std::string q = "|";
    for (char c : name)
        q += (c == '|' || c == '\\') ? '_' : c;
    q += '|';
    return q;
}

namespace {

// What every printed script starts with.
constexpr std::string_view kHeader =
    "(set-option :produce-models true)\n(set-option :produce-unsat-cores true)\n(set-logic ALL)\n";

std::string_view unquoted(std::string_view s)
{
    return s.size() >= 2 && s.front() == '|' ? s.substr(1, s.size() - 2) : s;
}

// The :named symbol of a fact with default options: a fact symbol must not collide with a
// printed symbol or another fact's symbol (`taken`), so `!f` is appended until it does not.
template <typename Taken> std::string defaultFactSymbol(const std::string &fact, Taken taken)
{
    std::string printed = smtSymbol(fact);
    while (taken(printed))
        printed = smtSymbol(std::string(unquoted(printed)) + "!f");
    return printed;
}

bool isPredefined(const std::string &name)
{
    return std::find(kPredefined.begin(), kPredefined.end(), name) != kPredefined.end();
}

// A simple, unreserved symbol prints as itself: most names do, and then no string is made.
bool printsAsItself(const std::string &name)
{
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])))
        return false;
    for (unsigned char c : name)
        if (!isSimpleSymbolChar(c))
            return false;
    return std::find(kReserved.begin(), kReserved.end(), name) == kReserved.end() && !isPredefined(name);
}

class Printer
{
public:
    // What a Printer keeps besides the text. Full: the renaming maps of PrintedScript (every
    // mode). The others print with default options only, where a user name's printed form
    // depends on the name alone, so nothing is looked up or stored per symbol: Symbols keeps
    // the printed symbols (what PrintedDeclaration needs), TextOnly nothing. The front end
    // prints every obligation this way; the maps cost several allocations per symbol.
    enum class Keep { Full, Symbols, TextOnly };

    explicit Printer(const PrintOptions &o, Keep keep = Keep::Full) : m_opts(o), m_keep(keep) {}

    // Appends the printed form of a user name.
    void putName(const std::string &original, std::string &out)
    {
        if (m_keep == Keep::Full) {
            out += name(original);
            return;
        }
        if (printsAsItself(original)) {
            out += original;
            if (m_keep == Keep::Symbols)
                m_symbols.push_back(original);
            return;
        }
        const std::string printed = smtSymbol(isPredefined(original) ? original + "!u" : original);
        out += printed;
        if (m_keep == Keep::Symbols)
            m_symbols.push_back(unquote(printed));
    }

    const std::string &name(const std::string &original)
    {
        auto it = m_names.find(original);
        if (it != m_names.end())
            return it->second;
        std::string printed;
        if (m_opts.canonical) {
            printed = "s" + std::to_string(m_names.size());
        } else {
            printed = original;
            if (isPredefined(original))
                printed = original + "!u";
            printed = smtSymbol(printed);
        }
        if (printed != original)
            m_result.names[printed] = original;
        m_printed.insert(unquote(printed));
        return m_names.emplace(original, std::move(printed)).first->second;
    }

    std::string factName(const std::string &fact)
    {
        std::string printed =
            m_opts.canonical ? "f" + std::to_string(m_result.factSymbols.size())
                             : defaultFactSymbol(fact, [&](const std::string &p) {
                                   return m_printed.contains(unquote(p)) || m_factUsed.contains(p);
                               });
        m_factUsed.insert({printed, fact});
        m_result.factSymbols[fact] = printed;
        if (printed != fact)
            m_result.names[printed] = fact;
        return printed;
    }

    static std::string unquote(const std::string &s)
    {
        return s.size() >= 2 && s.front() == '|' ? s.substr(1, s.size() - 2) : s;
    }

    void sort(const Sort &s, std::string &out)
    {
        switch (s.kind) {
        case Sort::Kind::Error: out += "Error"; return;
        case Sort::Kind::Bool: out += "Bool"; return;
        case Sort::Kind::Int: out += "Int"; return;
        case Sort::Kind::Real: out += "Real"; return;
        case Sort::Kind::String: out += "String"; return;
        case Sort::Kind::BitVec: out += "(_ BitVec " + std::to_string(s.width) + ")"; return;
        case Sort::Kind::Array:
            out += "(Array ";
            sort(s.args[0], out);
            out += ' ';
            sort(s.args[1], out);
            out += ')';
            return;
        case Sort::Kind::User: putName(s.name, out); return;
        }
    }

    void binders(const std::vector<Binder> &bs, std::string &out)
    {
        out += '(';
        for (std::size_t i = 0; i < bs.size(); ++i) {
            if (i)
                out += ' ';
            out += '(';
            putName(bs[i].name, out);
            out += ' ';
            sort(bs[i].sort, out);
            out += ')';
        }
        out += ')';
    }

    void term(const Term &t, std::string &out)
    {
        switch (t.kind) {
        case Term::Kind::Symbol:
            if (t.user)
                putName(t.head, out);
            else
                out += t.head;
            return;
        case Term::Kind::Literal:
            out += t.head;
            return;
        case Term::Kind::Apply:
            if (t.args.empty()) {
                if (t.user)
                    putName(t.head, out);
                else
                    out += t.head;
                return;
            }
            out += '(';
            if (t.user)
                putName(t.head, out);
            else
                out += t.head;
            for (const auto &a : t.args) {
                out += ' ';
                term(a, out);
            }
            out += ')';
            return;
        case Term::Kind::Tester:
            out += "((_ is ";
            putName(t.head, out);
            out += ") ";
            term(t.args[0], out);
            out += ')';
            return;
        case Term::Kind::Quantifier:
            out += '(';
            out += t.head;
            out += ' ';
            binders(t.binders, out);
            out += ' ';
            term(t.args[0], out);
            out += ')';
            return;
        case Term::Kind::Let:
            out += "(let (";
            for (std::size_t i = 0; i < t.binders.size(); ++i) {
                if (i)
                    out += ' ';
                out += '(';
                putName(t.binders[i].name, out);
                out += ' ';
                term(t.args[i], out);
                out += ')';
            }
            out += ") ";
            term(t.args.back(), out);
            out += ')';
            return;
        }
    }

    void declaration(const Declaration &d, std::string &out)
    {
        switch (d.kind) {
        case Declaration::Kind::Sort:
            out += "(declare-sort ";
            putName(d.name, out);
            out += " 0)\n";
            return;
        case Declaration::Kind::Datatype:
            out += "(declare-datatypes ((";
            putName(d.name, out);
            out += " 0)) ((";
            for (std::size_t i = 0; i < d.constructors.size(); ++i) {
                const auto &c = d.constructors[i];
                if (i)
                    out += ' ';
                out += '(';
                putName(c.name, out);
                for (const auto &f : c.fields) {
                    out += " (";
                    putName(f.name, out);
                    out += ' ';
                    sort(f.sort, out);
                    out += ')';
                }
                out += ')';
            }
            out += ")))\n";
            return;
        case Declaration::Kind::Function:
            if (d.domain.empty()) {
                out += "(declare-const ";
                putName(d.name, out);
                out += ' ';
            } else {
                out += "(declare-fun ";
                putName(d.name, out);
                out += " (";
                for (std::size_t i = 0; i < d.domain.size(); ++i) {
                    if (i)
                        out += ' ';
                    sort(d.domain[i], out);
                }
                out += ") ";
            }
            sort(d.range, out);
            out += ")\n";
            return;
        case Declaration::Kind::Definition:
        case Declaration::Kind::RecursiveDefinition:
            out += d.kind == Declaration::Kind::Definition ? "(define-fun " : "(define-fun-rec ";
            putName(d.name, out);
            out += ' ';
            binders(d.parameters, out);
            out += ' ';
            sort(d.range, out);
            out += ' ';
            term(d.body, out);
            out += ")\n";
            return;
        }
    }

    // `printed`, when given, holds script.declarations already printed (default options):
    // their text is copied and their symbols are taken as printed, as declaration() would.
    PrintedScript run(const Script &s, const std::vector<const PrintedDeclaration *> *printed = nullptr)
    {
        std::string &out = m_result.text;
        out.reserve(512);
        out += kHeader;
        if (printed) {
            for (const PrintedDeclaration *d : *printed) {
                out += d->text;
                m_printed.insert(d->symbols.begin(), d->symbols.end());
            }
        } else {
            for (const auto &d : s.declarations)
                declaration(d, out);
        }
        for (const auto &f : s.facts) {
            out += "(assert (! ";
            term(f.formula, out);
            out += " :named ";
            out += factName(f.name);
            out += "))\n";
        }
        if (!m_opts.contextOnly) {
            out += "(assert (not ";
            term(s.claim, out);
            out += "))\n";
        }
        out += "(check-sat)\n";
        if (m_opts.withGetModel)
            out += "(get-model)\n";
        return std::move(m_result);
    }

    // The unquoted printed symbols so far (what fact names must not collide with).
    std::vector<std::string> printedSymbols()
    {
        if (m_keep == Keep::Full)
            return {m_printed.begin(), m_printed.end()};
        std::sort(m_symbols.begin(), m_symbols.end());
        m_symbols.erase(std::unique(m_symbols.begin(), m_symbols.end()), m_symbols.end());
        return std::move(m_symbols);
    }

private:
    const PrintOptions &m_opts;
    Keep m_keep;
    std::vector<std::string> m_symbols; // Keep::Symbols: each printed symbol, unquoted, with repeats
    std::unordered_map<std::string, std::string> m_names;
    std::unordered_map<std::string, std::string> m_factUsed;
    std::unordered_set<std::string> m_printed;
    PrintedScript m_result;
};

} // namespace

PrintedScript printScript(const Script &script, const PrintOptions &options)
{
    return Printer(options).run(script);
}

namespace {

// Prints one piece alone with default options, `print(printer, text)`, and records the
// symbols it printed.
template <typename Print> PrintedDeclaration printAlone(Print print)
{
    const PrintOptions o;
    Printer p(o, Printer::Keep::Symbols);
    PrintedDeclaration d;
    print(p, d.text);
    d.symbols = p.printedSymbols();
    return d;
}

} // namespace

PrintedDeclaration printDeclaration(const Declaration &declaration)
{
    return printAlone([&](Printer &p, std::string &out) { p.declaration(declaration, out); });
}

std::string printScriptText(const Script &script, const std::vector<const PrintedDeclaration *> &declarations)
{
    const PrintOptions o;
    return Printer(o).run(script, &declarations).text;
}

PrintedDeclaration printFormula(const Term &formula)
{
    return printAlone([&](Printer &p, std::string &out) { p.term(formula, out); });
}

std::string printScriptText(const Script &script, const std::vector<const PrintedDeclaration *> &declarations,
                            const std::vector<const PrintedDeclaration *> &facts)
{
    // Printer::run with the pieces already printed. What a fact symbol must avoid is the
    // printed symbols so far (declarations, this fact and the ones before it) and earlier
    // fact symbols; a few dozen, so looked up in place rather than copied into a set.
    std::size_t size = kHeader.size() + 64;
    for (const PrintedDeclaration *d : declarations)
        size += d->text.size();
    for (std::size_t i = 0; i < facts.size(); ++i)
        size += facts[i]->text.size() + script.facts[i].name.size() + 24;
    std::string out;
    out.reserve(size);
    out += kHeader;
    for (const PrintedDeclaration *d : declarations)
        out += d->text;
    std::vector<std::string> factSymbols;
    factSymbols.reserve(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i) {
        auto printedBefore = [&](std::string_view symbol) {
            for (const PrintedDeclaration *d : declarations)
                if (std::find(d->symbols.begin(), d->symbols.end(), symbol) != d->symbols.end())
                    return true;
            for (std::size_t j = 0; j <= i; ++j)
                if (std::find(facts[j]->symbols.begin(), facts[j]->symbols.end(), symbol) != facts[j]->symbols.end())
                    return true;
            return false;
        };
        std::string symbol = defaultFactSymbol(script.facts[i].name, [&](const std::string &p) {
            return printedBefore(unquoted(p)) || std::find(factSymbols.begin(), factSymbols.end(), p) != factSymbols.end();
        });
        out += "(assert (! ";
        out += facts[i]->text;
        out += " :named ";
        out += symbol;
        out += "))\n";
        factSymbols.push_back(std::move(symbol));
    }
    const PrintOptions o;
    Printer claim(o, Printer::Keep::TextOnly);
    out += "(assert (not ";
    claim.term(script.claim, out);
    out += "))\n(check-sat)\n";
    return out;
}

std::string printTerm(const Term &t)
{
    PrintOptions o;
    Printer p(o, Printer::Keep::TextOnly);
    std::string out;
    p.term(t, out);
    return out;
}

std::string printSort(const Sort &s)
{
    PrintOptions o;
    Printer p(o, Printer::Keep::TextOnly);
    std::string out;
    p.sort(s, out);
    return out;
}

} // namespace proofdesk::lang
