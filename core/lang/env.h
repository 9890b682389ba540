// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"
#include "script.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
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
    int decl = -1;           // index into Env::decls
};

struct LemmaStatement {
    std::string file;
    std::vector<Binder> params;
    std::vector<NamedFact> assumptions;
    Term goal;
    bool broken = false;
    // forall params. (and assumptions) => goal, with params replaced by `args` when given.
    Term instance(const std::vector<Term> *args) const;
};

struct Env {
    std::vector<Declaration> decls;                  // global, in source order
    std::vector<std::vector<std::string>> declUses;  // symbols and sorts each one needs
    std::unordered_map<std::string, Symbol> symbols;
    std::unordered_map<std::string, int> sorts;      // user sort / datatype -> decl index
    std::unordered_map<std::string, SourceRange> declaredAt;
    std::unordered_map<std::string, std::string> declaredIn;
    std::vector<NamedFact> axioms;
    std::unordered_map<std::string, LemmaStatement> lemmas;
    std::unordered_map<std::string, std::string> definitionFacts; // "f.def" -> "f"

    bool nameTaken(const std::string &n) const
    {
        return symbols.contains(n) || sorts.contains(n) || lemmas.contains(n) || definitionFacts.contains(n) ||
               std::any_of(axioms.begin(), axioms.end(), [&](const NamedFact &f) { return f.name == n; });
    }
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
