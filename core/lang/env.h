// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"
#include "script.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace proofdesk::lang::detail {

// A global symbol: constant, function, definition, or a datatype's constructor, selector or
// tester.
struct Symbol {
    enum class Kind { Function, Definition, Constructor, Selector, Tester };
    Kind kind = Kind::Function;
    std::vector<Sort> domain;
    Sort range;
    std::string constructor; // Tester: the constructor it tests
    int decl = -1;           // index into Env::decls()
    bool operator==(const Symbol &) const = default;
};

struct LemmaStatement {
    std::string file;
    std::vector<Binder> params;
    std::vector<NamedFact> assumptions;
    Term goal;
    bool broken = false;
    // forall params. (and assumptions) => goal, with params replaced by `args` when given.
    Term instance(const std::vector<Term> *args) const;
    bool operator==(const LemmaStatement &) const = default;
};

// Where a name was declared, for "already declared (line N of FILE)".
struct Declared {
    SourceRange range;
    std::string file;
    bool operator==(const Declared &) const = default;
};

// One change of the environment. Every change goes through Env::apply(), so that an
// incremental analysis can tell whether a lemma sees what it saw in the previous revision
// (incremental.h): the changes to the global part (declarations, symbols, sorts, axioms,
// definition facts) are logged in order, and those a lemma makes are replayed when its
// elaboration is reused.
namespace write {
struct AddDecl {
    Declaration decl;
    std::vector<std::string> uses;
    bool operator==(const AddDecl &) const = default;
};
struct SetSymbol {
    std::string name;
    Symbol symbol;
    bool operator==(const SetSymbol &) const = default;
};
struct EraseSymbol {
    std::string name;
    bool operator==(const EraseSymbol &) const = default;
};
struct SetSort {
    std::string name;
    int decl = -1;
    bool operator==(const SetSort &) const = default;
};
struct AddAxiom {
    NamedFact fact;
    bool operator==(const AddAxiom &) const = default;
};
struct AddDefinitionFact {
    std::string fact; // "f.def"
    std::string function;
    bool operator==(const AddDefinitionFact &) const = default;
};
// Not global: lemmas are seen by name (EnvRead).
struct SetLemma {
    std::string name;
    LemmaStatement statement;
    bool operator==(const SetLemma &) const = default;
};
struct SetDeclared {
    std::string name;
    Declared where;
    bool operator==(const SetDeclared &) const = default;
};
} // namespace write
using EnvWrite = std::variant<write::AddDecl, write::SetSymbol, write::EraseSymbol, write::SetSort, write::AddAxiom,
                              write::AddDefinitionFact, write::SetLemma, write::SetDeclared>;
bool isGlobal(const EnvWrite &w);

// What a lemma learnt of the environment by a name: whether a lemma is so named, that
// lemma's statement, or where the name was declared (the line and file, as messages quote
// them). Everything else it reads is the global part, which the global log covers.
struct EnvRead {
    enum class Kind { LemmaExists, Lemma, DeclaredLine };
    Kind kind = Kind::LemmaExists;
    std::string name;
    bool found = false;
    std::optional<LemmaStatement> statement; // Kind::Lemma
    std::uint32_t line = 0;                  // Kind::DeclaredLine
    std::string file;                        // Kind::DeclaredLine
    bool operator==(const EnvRead &) const = default;
};

// What one lemma read and changed while it was elaborated.
struct EnvRecord {
    std::vector<EnvRead> reads;
    std::unordered_set<std::string> seen; // kind + name of each read, to keep `reads` short
    std::vector<EnvWrite> writes;
};

class Env
{
public:
    // --- the global part ---
    const std::vector<Declaration> &decls() const { return m_decls; }
    const std::vector<std::vector<std::string>> &declUses() const { return m_declUses; }
    const std::unordered_map<std::string, Symbol> &symbols() const { return m_symbols; }
    const std::unordered_map<std::string, int> &sorts() const { return m_sorts; }
    const std::vector<NamedFact> &axioms() const { return m_axioms; }
    const std::unordered_map<std::string, std::string> &definitionFacts() const { return m_definitionFacts; }

    // --- by name, recorded while a record is set ---
    bool hasLemma(const std::string &name) const;
    const LemmaStatement *lemma(const std::string &name) const;
    const Declared *declared(const std::string &name) const;
    bool nameTaken(const std::string &n) const;

    // The one way to change the environment.
    void apply(EnvWrite w);

    // Writes to the global part so far, in order, kept once logging is on.
    void setLogging(bool on) { m_logging = on; }
    const std::vector<EnvWrite> &globalLog() const { return m_log; }
    std::vector<EnvWrite> takeLog() { return std::move(m_log); }
    // Compares the global log as it grows with `previous` (that of the previous revision):
    // matchingLog() is how many of its first entries are equal to `previous`'s.
    void compareLogWith(const std::vector<EnvWrite> *previous) { m_previous = previous; }
    std::size_t matchingLog() const { return m_matching; }
    // While set, reads by name and every write go to `record` (not owned).
    void setRecord(EnvRecord *record) { m_record = record; }
    // Whether `read` would read the same now.
    bool reads(const EnvRead &read) const;

private:
    EnvRead look(EnvRead::Kind kind, const std::string &name) const;
    void note(EnvRead::Kind kind, const std::string &name) const;

    std::vector<Declaration> m_decls;                  // global, in source order
    std::vector<std::vector<std::string>> m_declUses;  // symbols and sorts each one needs
    std::unordered_map<std::string, Symbol> m_symbols;
    std::unordered_map<std::string, int> m_sorts;      // user sort / datatype -> decl index
    std::unordered_map<std::string, Declared> m_declared;
    std::vector<NamedFact> m_axioms;
    std::unordered_map<std::string, LemmaStatement> m_lemmas;
    std::unordered_map<std::string, std::string> m_definitionFacts; // "f.def" -> "f"

    bool m_logging = false;
    std::vector<EnvWrite> m_log;
    const std::vector<EnvWrite> *m_previous = nullptr; // not owned
    std::size_t m_matching = 0;
    EnvRecord *m_record = nullptr; // not owned
};

// A variable visible in an expression: bound (quantifier, let, definition parameter) or a
// local constant of a lemma (parameter, obtained, case-bound) that the script declares.
struct ScopeEntry {
    std::string name;
    Sort sort;
};
using Scope = std::vector<ScopeEntry>;

// Names and sorts of expressions; reports errors as diagnostics and returns error-sorted
// terms, so one mistake yields one message.
class ExprChecker
{
public:
    ExprChecker(const Env &env, std::string_view text, const std::string &file, std::vector<Diagnostic> &diags);

    Term check(const ast::Expr &e, Scope &scope);
    // Checks and converts to `expected` (Int -> Real); reports a mismatch.
    Term expect(const ast::Expr &e, Scope &scope, const Sort &expected);
    Sort resolveSort(const ast::SortExpr &s);
    Term coerce(const Term &t, const Sort &to) const;
    static bool isBuiltinName(const std::string &name);

    int errors() const { return m_errors; }
    void error(const SourceRange &r, std::string msg);
    std::string quote(const SourceRange &r) const;

private:
    Term checkName(const ast::Expr &e, Scope &scope);
    Term checkCall(const ast::Expr &e, Scope &scope);
    Term checkNary(const ast::Expr &e, Scope &scope);
    Term checkChain(const ast::Expr &e, Scope &scope);
    Term builtin(const ast::Expr &e, std::vector<Term> args);
    Term mismatch(const ast::Expr &where, const Sort &expected, const Term &found);
    Term mismatch(const ast::Expr &where, const std::string &expected, const Term &found);

    const Env &m_env;
    std::string_view m_text;
    std::string m_file;
    std::vector<Diagnostic> &m_diags;
    int m_errors = 0;
};

std::string smtStringLiteral(const std::string &utf8);

} // namespace proofdesk::lang::detail
