// SPDX-License-Identifier: GPL-3.0-or-later
#include "script.h"

#include <algorithm>
#include <set>

namespace proofdesk::lang {

TermList::TermList(std::vector<Term> terms)
{
    if (!terms.empty())
        m_terms = std::make_shared<std::vector<Term>>(std::move(terms));
}

TermList::TermList(std::initializer_list<Term> terms) : TermList(std::vector<Term>(terms)) {}

void TermList::push_back(Term t)
{
    if (!m_terms)
        m_terms = std::make_shared<std::vector<Term>>();
    else if (m_terms.use_count() > 1)
        m_terms = std::make_shared<std::vector<Term>>(*m_terms);
    m_terms->push_back(std::move(t));
}

bool TermList::operator==(const TermList &other) const
{
    if (m_terms == other.m_terms)
        return true;
    if (size() != other.size())
        return false;
    return std::equal(begin(), end(), other.begin());
}

Term Term::symbol(std::string name, Sort s, bool user)
{
    Term t;
    t.kind = Kind::Symbol;
    t.head = std::move(name);
    t.user = user;
    t.sort = std::move(s);
    return t;
}

Term Term::literal(std::string text, Sort s)
{
    Term t;
    t.kind = Kind::Literal;
    t.head = std::move(text);
    t.sort = std::move(s);
    return t;
}

Term Term::apply(std::string op, std::vector<Term> args, Sort s, bool user)
{
    Term t;
    t.kind = Kind::Apply;
    t.head = std::move(op);
    t.args = std::move(args);
    t.sort = std::move(s);
    t.user = user;
    return t;
}

namespace {

void addUnique(std::vector<std::string> &v, const std::string &s)
{
    if (std::find(v.begin(), v.end(), s) == v.end())
        v.push_back(s);
}

void collectSorts(const Sort &s, std::vector<std::string> &sorts)
{
    if (s.kind == Sort::Kind::User)
        addUnique(sorts, s.name);
    for (const auto &a : s.args)
        collectSorts(a, sorts);
}

void collect(const Term &t, std::vector<std::string> &symbols, std::vector<std::string> &sorts,
             std::vector<std::string> &bound)
{
    collectSorts(t.sort, sorts);
    switch (t.kind) {
    case Term::Kind::Symbol:
        if (t.user && std::find(bound.begin(), bound.end(), t.head) == bound.end())
            addUnique(symbols, t.head);
        return;
    case Term::Kind::Literal:
        return;
    case Term::Kind::Apply:
    case Term::Kind::Tester:
        if (t.user)
            addUnique(symbols, t.head);
        for (const auto &a : t.args)
            collect(a, symbols, sorts, bound);
        return;
    case Term::Kind::Quantifier:
    case Term::Kind::Let: {
        const std::size_t values = t.kind == Term::Kind::Let ? t.binders.size() : 0;
        for (std::size_t i = 0; i < values; ++i)
            collect(t.args[i], symbols, sorts, bound);
        for (const auto &b : t.binders) {
            collectSorts(b.sort, sorts);
            bound.push_back(b.name);
        }
        collect(t.args.back(), symbols, sorts, bound);
        bound.resize(bound.size() - t.binders.size());
        return;
    }
    }
}

// Sets `changed` when the result differs from t; otherwise returns t itself (a cheap copy
// sharing its arguments), so that a substitution into a large formula copies only the
// paths to the replaced symbols. Binders are renamed, and `fresh` counted, exactly where a
// full rebuild would.
Term subst(const Term &t, const std::map<std::string, Term> &repl, const std::set<std::string> &replFree, int &fresh,
           bool &changed)
{
    switch (t.kind) {
    case Term::Kind::Symbol:
        if (t.user) {
            auto it = repl.find(t.head);
            if (it != repl.end()) {
                changed = true;
                return it->second;
            }
        }
        return t;
    case Term::Kind::Literal:
        return t;
    case Term::Kind::Apply:
    case Term::Kind::Tester: {
        std::vector<Term> args;
        for (std::size_t i = 0; i < t.args.size(); ++i) {
            bool argChanged = false;
            Term a = subst(t.args[i], repl, replFree, fresh, argChanged);
            if (!argChanged && args.empty())
                continue;
            if (args.empty()) {
                args.reserve(t.args.size());
                args.assign(t.args.begin(), t.args.begin() + static_cast<std::ptrdiff_t>(i));
            }
            args.push_back(std::move(a));
        }
        if (args.empty())
            return t;
        changed = true;
        Term out = t;
        out.args = std::move(args);
        return out;
    }
    case Term::Kind::Quantifier:
    case Term::Kind::Let: {
        Term out = t;
        bool any = false;
        const std::size_t values = t.kind == Term::Kind::Let ? t.binders.size() : 0;
        std::vector<Term> args(t.args.begin(), t.args.end());
        for (std::size_t i = 0; i < values; ++i)
            args[i] = subst(t.args[i], repl, replFree, fresh, any);
        std::map<std::string, Term> inner = repl;
        for (auto &b : out.binders) {
            inner.erase(b.name);
            if (replFree.contains(b.name)) {
                // Rename the binder so that a substituted term cannot be captured. `!` cannot
                // occur in names the author writes, so the new name is fresh.
                std::string renamed = b.name + "!" + std::to_string(++fresh);
                inner[b.name] = Term::symbol(renamed, b.sort);
                b.name = renamed;
                any = true;
            }
        }
        if (!inner.empty()) {
            std::set<std::string> innerFree = replFree;
            for (const auto &[k, v] : inner) {
                std::vector<std::string> syms, sorts;
                collectSymbols(v, syms, sorts);
                innerFree.insert(syms.begin(), syms.end());
            }
            args.back() = subst(t.args.back(), inner, innerFree, fresh, any);
        }
        if (!any)
            return t;
        changed = true;
        out.args = std::move(args);
        return out;
    }
    }
    return t;
}

} // namespace

void collectSymbols(const Term &t, std::vector<std::string> &symbols, std::vector<std::string> &sorts)
{
    std::vector<std::string> bound;
    collect(t, symbols, sorts, bound);
}

Term substitute(const Term &t, const std::map<std::string, Term> &replacement)
{
    if (replacement.empty())
        return t;
    std::set<std::string> free;
    for (const auto &[k, v] : replacement) {
        std::vector<std::string> syms, sorts;
        collectSymbols(v, syms, sorts);
        free.insert(syms.begin(), syms.end());
    }
    int fresh = 0;
    bool changed = false;
    return subst(t, replacement, free, fresh, changed);
}

Term conjunction(std::vector<Term> parts)
{
    std::erase_if(parts, [](const Term &p) { return p.kind == Term::Kind::Literal && p.head == "true"; });
    if (parts.empty())
        return Term::boolean(true);
    if (parts.size() == 1)
        return std::move(parts.front());
    return Term::apply("and", std::move(parts), Sort::boolean());
}

Term implication(Term premise, Term conclusion)
{
    if (premise.kind == Term::Kind::Literal && premise.head == "true")
        return conclusion;
    std::vector<Term> args;
    args.reserve(2);
    args.push_back(std::move(premise));
    args.push_back(std::move(conclusion));
    return Term::apply("=>", std::move(args), Sort::boolean());
}

Term negation(Term t)
{
    std::vector<Term> args;
    args.push_back(std::move(t));
    return Term::apply("not", std::move(args), Sort::boolean());
}

} // namespace proofdesk::lang
