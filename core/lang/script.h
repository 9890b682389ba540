// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sort.h"

#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace proofdesk::lang {

struct Binder {
    std::string name;
    Sort sort;
    bool operator==(const Binder &) const = default;
};

struct Term;

// The arguments of a term, shared by its copies. Terms are values that are never changed
// in place once built, and the elaborator hands the same subterms to many obligations
// (context facts, definitions, instances): a copy takes a reference to the arguments
// instead of the whole tree, which kept the front end's time and memory with the size of
// the file instead of files x obligations. push_back() copies the list first when it is
// shared, so a copy never sees another one's change.
class TermList
{
public:
    using value_type = Term;
    using const_iterator = const Term *;
    using iterator = const Term *;

    TermList() = default;
    TermList(std::vector<Term> terms); // NOLINT(google-explicit-constructor): a list of terms
    TermList(std::initializer_list<Term> terms);

    std::size_t size() const; // below Term: clang instantiates vector<Term>::size eagerly
    bool empty() const { return size() == 0; }
    const Term *begin() const;
    const Term *end() const;
    const Term &operator[](std::size_t i) const;
    const Term &front() const { return (*this)[0]; }
    const Term &back() const { return (*this)[size() - 1]; }
    void push_back(Term t);
    bool operator==(const TermList &other) const;
    // The same address for a list and its copies (null when empty): a key for caching what
    // is derived from a term, valid while a copy of the term is kept.
    const void *identity() const { return m_terms.get(); }

private:
    std::shared_ptr<std::vector<Term>> m_terms; // null: no arguments
};

// A sorted term in SMT-LIB form. Heads of Apply are SMT-LIB operators (`+`, `str.len`,
// `select`) or, when `user` is set, user symbols that the printer may quote or rename.
struct Term {
    enum class Kind {
        Symbol,     // constant, parameter or bound variable (user) or a builtin constant
        Literal,    // head holds the SMT-LIB literal: 42, 3.14, #b01, "a""b", true
        Apply,      // (head args...)
        Tester,     // ((_ is head) arg): head is a user constructor
        Quantifier, // head is "forall" or "exists"; binders; args = {body}
        Let,        // binders with args[0..n-1] as values; args[n] = body
    };

    Kind kind = Kind::Literal;
    std::string head;
    bool user = false;
    TermList args;
    std::vector<Binder> binders;
    Sort sort;

    bool operator==(const Term &) const = default;

    static Term symbol(std::string name, Sort s, bool user = true);
    static Term literal(std::string text, Sort s);
    static Term apply(std::string op, std::vector<Term> args, Sort s, bool user = false);
    static Term boolean(bool b) { return literal(b ? "true" : "false", Sort::boolean()); }
};

inline std::size_t TermList::size() const
{
    return m_terms ? m_terms->size() : 0;
}
inline const Term *TermList::begin() const
{
    return m_terms ? m_terms->data() : nullptr;
}
inline const Term *TermList::end() const
{
    return m_terms ? m_terms->data() + m_terms->size() : nullptr;
}
inline const Term &TermList::operator[](std::size_t i) const
{
    return (*m_terms)[i];
}

// Capture-avoiding substitution of free user symbols.
Term substitute(const Term &t, const std::map<std::string, Term> &replacement);
// Free user symbols (constants, functions, constructors) and user sorts that a term uses.
void collectSymbols(const Term &t, std::vector<std::string> &symbols, std::vector<std::string> &sorts);
// Conjunction / implication builders that keep terms small: and() of one term is the term.
Term conjunction(std::vector<Term> parts);
Term implication(Term premise, Term conclusion);
Term negation(Term t);

struct Constructor {
    std::string name;
    std::vector<Binder> fields; // selector name and sort
    bool operator==(const Constructor &) const = default;
};

struct Declaration {
    enum class Kind { Sort, Datatype, Function, Definition, RecursiveDefinition };
    Kind kind = Kind::Function;
    std::string name;
    std::vector<Sort> domain;         // Function: argument sorts (empty for a constant)
    std::vector<Binder> parameters;   // Definition, RecursiveDefinition
    Sort range;                       // Function, Definition: result sort
    Term body;                        // Definition, RecursiveDefinition
    std::vector<Constructor> constructors; // Datatype
    bool local = false;               // lemma parameter, obtained or case-bound constant
    bool operator==(const Declaration &) const = default;
};

struct NamedFact {
    std::string name; // as the author knows it: "range", "ih", "telescoping(n)", "s1"
    Term formula;
    bool operator==(const NamedFact &) const = default;
};

// One obligation in structured form: `declarations; facts |= claim`.
struct Script {
    std::vector<Declaration> declarations; // in source order, only those the terms need
    std::vector<NamedFact> facts;
    Term claim;
    bool operator==(const Script &) const = default;
};

struct PrintOptions {
    bool canonical = false;      // rename every user symbol s0, s1, ... in order of first occurrence
    bool withGetModel = false;   // exported files end with (get-model)
    bool contextOnly = false;    // the vacuity check: no negated claim
};

struct PrintedScript {
    std::string text;
    // Printed symbol -> the author's name, for every user symbol and fact that was renamed
    // or quoted (canonical mode: every one).
    std::map<std::string, std::string> names;
    // Fact name -> printed :named symbol, to map unsat cores back.
    std::map<std::string, std::string> factSymbols;
};

PrintedScript printScript(const Script &script, const PrintOptions &options = {});

// One declaration as printScript() prints it with default options. Obligations of a file
// share most of their declarations; printing each one once instead of once per obligation
// keeps the elaborator's cost with the size of the file, not files x obligations.
struct PrintedDeclaration {
    std::string text;                 // with its newline
    std::vector<std::string> symbols; // printed symbols it uses, unquoted (facts avoid them)
};
PrintedDeclaration printDeclaration(const Declaration &declaration);
// printScript(script).text (default options) where declarations[i] is
// printDeclaration(script.declarations[i]).
std::string printScriptText(const Script &script, const std::vector<const PrintedDeclaration *> &declarations);
// A formula as printScript() prints it in an assertion with default options, and the
// symbols it prints (unquoted), in the form of a PrintedDeclaration without newline.
PrintedDeclaration printFormula(const Term &formula);
// printScriptText() where also facts[i] is printFormula(script.facts[i].formula): most
// context facts are asserted by many obligations, and are then printed once.
std::string printScriptText(const Script &script, const std::vector<const PrintedDeclaration *> &declarations,
                            const std::vector<const PrintedDeclaration *> &facts);
// A user name as an SMT-LIB symbol: as written when it is a simple, unreserved symbol,
// else |quoted| (with | and \\ replaced, which names cannot contain anyway).
std::string smtSymbol(const std::string &name);
std::string printTerm(const Term &t);
std::string printSort(const Sort &s);

} // namespace proofdesk::lang
