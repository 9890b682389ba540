// SPDX-License-Identifier: GPL-3.0-or-later
#include "env.h"
#include "utf8.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace proofdesk::lang::detail {

namespace {

Term errorTerm()
{
    return Term::literal("<error>", Sort::error());
}

// Builds an argument list by moving the terms in; a braced initializer list would copy
// them, subterms and all.
template <typename... Ts>
std::vector<Term> moveArgs(Ts &&...terms)
{
    std::vector<Term> args;
    args.reserve(sizeof...(terms));
    (args.push_back(std::forward<Ts>(terms)), ...);
    return args;
}

bool anyError(const std::vector<Term> &ts)
{
    return std::any_of(ts.begin(), ts.end(), [](const Term &t) { return t.sort.isError(); });
}

struct FixedBuiltin {
    const char *name;
    std::vector<Sort::Kind> args;
    Sort::Kind result;
    bool variadic = false; // the last argument sort repeats
};

using K = Sort::Kind;
const std::vector<FixedBuiltin> &fixedBuiltins()
{
    static const std::vector<FixedBuiltin> table = {
        {"str.len", {K::String}, K::Int},
        {"str.++", {K::String, K::String}, K::String, true},
        {"str.contains", {K::String, K::String}, K::Bool},
        {"str.prefixof", {K::String, K::String}, K::Bool},
        {"str.suffixof", {K::String, K::String}, K::Bool},
        {"str.at", {K::String, K::Int}, K::String},
        {"str.substr", {K::String, K::Int, K::Int}, K::String},
        {"str.indexof", {K::String, K::String, K::Int}, K::Int},
        {"str.replace", {K::String, K::String, K::String}, K::String},
        {"str.replace_all", {K::String, K::String, K::String}, K::String},
        {"str.to_int", {K::String}, K::Int},
        {"str.from_int", {K::Int}, K::String},
        {"str.to_code", {K::String}, K::Int},
        {"str.from_code", {K::Int}, K::String},
        {"str.is_digit", {K::String}, K::Bool},
        {"str.<", {K::String, K::String}, K::Bool},
        {"str.<=", {K::String, K::String}, K::Bool},
        {"to_real", {K::Int}, K::Real},
        {"to_int", {K::Real}, K::Int},
        {"is_int", {K::Real}, K::Bool},
    };
    return table;
}

constexpr std::array kBvBinary = {"bvadd", "bvsub", "bvmul", "bvudiv", "bvurem", "bvsdiv", "bvsrem", "bvsmod",
                                  "bvand", "bvor",  "bvxor", "bvnand", "bvnor",  "bvxnor", "bvshl",  "bvlshr",
                                  "bvashr"};
constexpr std::array kBvUnary = {"bvnot", "bvneg"};
constexpr std::array kBvCompare = {"bvult", "bvule", "bvugt", "bvuge", "bvslt", "bvsle", "bvsgt", "bvsge"};
constexpr std::array kOtherBuiltins = {"bv2nat", "concat", "bvcomp", "select", "store", "distinct", "abs",
                                       "div", "mod", "ite", "and", "or", "not", "xor", "=>"};

template<typename A>
bool contains(const A &a, const std::string &n)
{
    return std::find(std::begin(a), std::end(a), n) != std::end(a);
}

Sort simple(Sort::Kind k)
{
    Sort s;
    s.kind = k;
    return s;
}

} // namespace

std::string smtStringLiteral(const std::string &utf8)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t len = 1;
        const char32_t cp = decodeUtf8(utf8, i, len);
        i += len;
        if (cp == '"') {
            out += "\"\"";
        } else if (cp >= 0x20 && cp < 0x7F && cp != '\\') {
            out += static_cast<char>(cp);
        } else {
            // Escapes keep the script 7-bit and unambiguous for every solver.
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u{%x}", static_cast<unsigned>(cp == kInvalidCodePoint ? 0xFFFD : cp));
            out += buf;
        }
    }
    out += '"';
    return out;
}

ExprChecker::ExprChecker(const Env &env, std::string_view text, const std::string &file,
                         std::vector<Diagnostic> &diags)
    : m_env(env), m_text(text), m_file(file), m_diags(diags)
{
}

bool ExprChecker::isBuiltinName(const std::string &name)
{
    const auto &fixed = fixedBuiltins();
    return std::any_of(fixed.begin(), fixed.end(), [&](const FixedBuiltin &b) { return name == b.name; }) ||
           contains(kBvBinary, name) || contains(kBvUnary, name) || contains(kBvCompare, name) ||
           contains(kOtherBuiltins, name) || name == "Bool" || name == "Int" || name == "Real" || name == "String" ||
           name == "BitVec" || name == "Array";
}

void ExprChecker::error(const SourceRange &r, std::string msg)
{
    ++m_errors;
    m_diags.push_back({Severity::Error, m_file, r, std::move(msg)});
}

std::string ExprChecker::quote(const SourceRange &r) const
{
    return quoteSource(m_text, r);
}

Term ExprChecker::mismatch(const ast::Expr &where, const std::string &expected, const Term &found)
{
    error(where.range, "expected " + expected + ", found " + found.sort.display() + " in `" + quote(where.range) + "`");
    return errorTerm();
}

Term ExprChecker::mismatch(const ast::Expr &where, const Sort &expected, const Term &found)
{
    return mismatch(where, expected.display(), found);
}

Sort ExprChecker::resolveSort(const ast::SortExpr &s)
{
    auto arity = [&](std::size_t n) {
        if (s.args.size() != n || s.width) {
            error(s.range, "`" + s.name + "` takes " + (n ? std::to_string(n) + " sort arguments" : "no arguments"));
            return false;
        }
        return true;
    };
    if (s.name == "Bool")
        return arity(0) ? Sort::boolean() : Sort::error();
    if (s.name == "Int")
        return arity(0) ? Sort::integer() : Sort::error();
    if (s.name == "Real")
        return arity(0) ? Sort::real() : Sort::error();
    if (s.name == "String")
        return arity(0) ? Sort::string() : Sort::error();
    if (s.name == "BitVec") {
        if (!s.width) {
            error(s.range, "`BitVec` needs a width, as in `BitVec[8]`");
            return Sort::error();
        }
        return Sort::bitvec(*s.width);
    }
    if (s.name == "Array") {
        if (!arity(2))
            return Sort::error();
        Sort i = resolveSort(s.args[0]);
        Sort e = resolveSort(s.args[1]);
        if (i.isError() || e.isError())
            return Sort::error();
        return Sort::array(std::move(i), std::move(e));
    }
    if (m_env.sorts().contains(s.name)) {
        if (!arity(0))
            return Sort::error();
        return Sort::user(s.name);
    }
    error(s.range, "unknown sort `" + s.name + "`");
    return Sort::error();
}

Term ExprChecker::coerce(const Term &t, const Sort &to) const
{
    if (t.sort.kind == Sort::Kind::Int && to.kind == Sort::Kind::Real) {
        if (t.kind == Term::Kind::Literal)
            return Term::literal(t.head + ".0", Sort::real());
        return Term::apply("to_real", {t}, Sort::real());
    }
    return t;
}

Term ExprChecker::expect(const ast::Expr &e, Scope &scope, const Sort &expected)
{
    Term t = check(e, scope);
    if (t.sort.isError() || expected.isError())
        return t.sort.isError() ? t : errorTerm();
    if (t.sort == expected)
        return t;
    if (t.sort.kind == Sort::Kind::Int && expected.kind == Sort::Kind::Real)
        return coerce(t, expected);
    return mismatch(e, expected, t);
}

Term ExprChecker::check(const ast::Expr &e, Scope &scope)
{
    using EK = ast::Expr::Kind;
    switch (e.kind) {
    case EK::Name:
        return checkName(e, scope);
    case EK::Int:
        return Term::literal(e.text, Sort::integer());
    case EK::Decimal:
        return Term::literal(e.text, Sort::real());
    case EK::BitVec: {
        const bool bin = e.text[1] == 'b';
        const unsigned width = static_cast<unsigned>((e.text.size() - 2) * (bin ? 1 : 4));
        std::string lit = e.text;
        std::transform(lit.begin() + 2, lit.end(), lit.begin() + 2, [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
        return Term::literal(lit, Sort::bitvec(width));
    }
    case EK::String:
        return Term::literal(smtStringLiteral(e.text), Sort::string());
    case EK::Bool:
        return Term::boolean(e.text == "true");
    case EK::Call:
        return checkCall(e, scope);
    case EK::Unary: {
        Term a = check(e.args[0], scope);
        if (a.sort.isError())
            return a;
        if (e.text == "not") {
            if (a.sort.kind != Sort::Kind::Bool)
                return mismatch(e, Sort::boolean(), a);
            return negation(std::move(a));
        }
        if (!a.sort.isNumeric())
            return mismatch(e, "Int or Real", a);
        Sort s = a.sort;
        return Term::apply("-", moveArgs(std::move(a)), s);
    }
    case EK::Nary:
        return checkNary(e, scope);
    case EK::Chain:
        return checkChain(e, scope);
    case EK::Ite: {
        Term c = expect(e.args[0], scope, Sort::boolean());
        Term a = check(e.args[1], scope);
        Term b = check(e.args[2], scope);
        if (c.sort.isError() || a.sort.isError() || b.sort.isError())
            return errorTerm();
        Sort s = a.sort;
        if (a.sort != b.sort) {
            if (a.sort.isNumeric() && b.sort.isNumeric()) {
                s = Sort::real();
                a = coerce(a, s);
                b = coerce(b, s);
            } else {
                error(e.range, "the branches of `if` differ: " + a.sort.display() + " and " + b.sort.display() +
                                   " in `" + quote(e.range) + "`");
                return errorTerm();
            }
        }
        return Term::apply("ite", moveArgs(std::move(c), std::move(a), std::move(b)), s);
    }
    case EK::Let: {
        Term v = check(e.args[0], scope);
        if (v.sort.isError())
            return v;
        scope.push_back({e.binders[0].name, v.sort});
        Term body = check(e.args[1], scope);
        scope.pop_back();
        if (body.sort.isError())
            return body;
        Term t;
        t.kind = Term::Kind::Let;
        t.binders.push_back({e.binders[0].name, v.sort});
        t.sort = body.sort;
        t.args.push_back(std::move(v));
        t.args.push_back(std::move(body));
        return t;
    }
    case EK::Quant: {
        std::vector<Binder> bs;
        for (const auto &b : e.binders) {
            Sort s = resolveSort(b.sort);
            if (s.isError())
                return errorTerm();
            bs.push_back({b.name, s});
        }
        for (const auto &b : bs)
            scope.push_back({b.name, b.sort});
        Term body = expect(e.args[0], scope, Sort::boolean());
        scope.resize(scope.size() - bs.size());
        if (body.sort.isError())
            return body;
        Term t;
        t.kind = Term::Kind::Quantifier;
        t.head = e.text;
        t.binders = std::move(bs);
        t.sort = Sort::boolean();
        t.args.push_back(std::move(body));
        return t;
    }
    case EK::Index:
    case EK::Update: {
        Term a = check(e.args[0], scope);
        if (a.sort.isError())
            return a;
        if (a.sort.kind != Sort::Kind::Array)
            return mismatch(e.args[0], "an array", a);
        Term i = expect(e.args[1], scope, a.sort.args[0]);
        if (i.sort.isError())
            return i;
        if (e.kind == EK::Index) {
            Sort el = a.sort.args[1];
            return Term::apply("select", moveArgs(std::move(a), std::move(i)), el);
        }
        Term v = expect(e.args[2], scope, a.sort.args[1]);
        if (v.sort.isError())
            return v;
        Sort s = a.sort;
        return Term::apply("store", moveArgs(std::move(a), std::move(i), std::move(v)), s);
    }
    }
    return errorTerm();
}

Term ExprChecker::checkName(const ast::Expr &e, Scope &scope)
{
    for (auto it = scope.rbegin(); it != scope.rend(); ++it)
        if (it->name == e.text)
            return Term::symbol(e.text, it->sort);
    auto s = m_env.symbols().find(e.text);
    if (s != m_env.symbols().end()) {
        if (!s->second.domain.empty()) {
            const auto n = s->second.domain.size();
            error(e.range, "`" + e.text + "` takes " + std::to_string(n) + (n == 1 ? " argument" : " arguments") +
                               "; apply it, as in `" + e.text + "(…)`");
            return errorTerm();
        }
        if (s->second.kind == Symbol::Kind::Tester || s->second.kind == Symbol::Kind::Selector) {
            error(e.range, "`" + e.text + "` must be applied to a value");
            return errorTerm();
        }
        return Term::symbol(e.text, s->second.range);
    }
    if (m_env.hasLemma(e.text) ||
        std::any_of(m_env.axioms().begin(), m_env.axioms().end(), [&](const NamedFact &f) { return f.name == e.text; }))
        error(e.range, "`" + e.text + "` is a fact, not a value; cite it with `by " + e.text + "`");
    else
        error(e.range, "unknown name `" + quote(e.range) + "`");
    return errorTerm();
}

Term ExprChecker::checkCall(const ast::Expr &e, Scope &scope)
{
    std::vector<Term> args;
    args.reserve(e.args.size());
    for (const auto &a : e.args)
        args.push_back(check(a, scope));
    if (anyError(args))
        return errorTerm();

    for (auto it = scope.rbegin(); it != scope.rend(); ++it)
        if (it->name == e.text) {
            error(e.headRange, "`" + e.text + "` is a variable of sort " + it->sort.display() + ", not a function");
            return errorTerm();
        }

    auto s = m_env.symbols().find(e.text);
    if (s == m_env.symbols().end())
        return builtin(e, std::move(args));

    const Symbol &sym = s->second;
    if (args.size() != sym.domain.size()) {
        error(e.range, "`" + e.text + "` takes " + std::to_string(sym.domain.size()) + " argument" +
                           (sym.domain.size() == 1 ? "" : "s") + ", found " + std::to_string(args.size()) + " in `" +
                           quote(e.range) + "`");
        return errorTerm();
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i].sort == sym.domain[i])
            continue;
        if (args[i].sort.kind == Sort::Kind::Int && sym.domain[i].kind == Sort::Kind::Real) {
            args[i] = coerce(args[i], sym.domain[i]);
            continue;
        }
        return mismatch(e.args[i], sym.domain[i], args[i]);
    }
    if (sym.kind == Symbol::Kind::Tester) {
        Term t;
        t.kind = Term::Kind::Tester;
        t.head = sym.constructor;
        t.user = true;
        t.args = std::move(args);
        t.sort = Sort::boolean();
        return t;
    }
    return Term::apply(e.text, std::move(args), sym.range, true);
}

Term ExprChecker::builtin(const ast::Expr &e, std::vector<Term> args)
{
    const std::string &n = e.text;
    auto arityError = [&](std::string expected) {
        error(e.range, "`" + n + "` takes " + expected + ", found " + std::to_string(args.size()) + " in `" +
                           quote(e.range) + "`");
        return errorTerm();
    };

    for (const auto &b : fixedBuiltins()) {
        if (n != b.name)
            continue;
        if (b.variadic ? args.size() < b.args.size() : args.size() != b.args.size())
            return arityError((b.variadic ? "at least " : "") + std::to_string(b.args.size()) + " arguments");
        for (std::size_t i = 0; i < args.size(); ++i) {
            const Sort want = simple(b.args[std::min(i, b.args.size() - 1)]);
            if (args[i].sort == want)
                continue;
            if (args[i].sort.kind == K::Int && want.kind == K::Real) {
                args[i] = coerce(args[i], want);
                continue;
            }
            return mismatch(e.args[i], want, args[i]);
        }
        return Term::apply(n, std::move(args), simple(b.result));
    }

    auto requireBv = [&](std::size_t i) {
        if (args[i].sort.kind != K::BitVec) {
            mismatch(e.args[i], "a bit-vector", args[i]);
            return false;
        }
        return true;
    };
    auto sameBv = [&]() {
        if (!requireBv(0) || !requireBv(1))
            return false;
        if (args[0].sort != args[1].sort) {
            error(e.range, "bit-vectors of different widths (" + args[0].sort.display() + " and " +
                               args[1].sort.display() + ") in `" + quote(e.range) + "`");
            return false;
        }
        return true;
    };
    if (contains(kBvBinary, n) || contains(kBvCompare, n) || n == "bvcomp") {
        if (args.size() != 2)
            return arityError("2 arguments");
        if (!sameBv())
            return errorTerm();
        Sort r = contains(kBvCompare, n) ? Sort::boolean() : n == "bvcomp" ? Sort::bitvec(1) : args[0].sort;
        return Term::apply(n, std::move(args), r);
    }
    if (contains(kBvUnary, n) || n == "bv2nat") {
        if (args.size() != 1)
            return arityError("1 argument");
        if (!requireBv(0))
            return errorTerm();
        Sort r = n == "bv2nat" ? Sort::integer() : args[0].sort;
        return Term::apply(n, std::move(args), r);
    }
    if (n == "concat") {
        if (args.size() != 2)
            return arityError("2 arguments");
        if (!requireBv(0) || !requireBv(1))
            return errorTerm();
        Sort r = Sort::bitvec(args[0].sort.width + args[1].sort.width);
        return Term::apply(n, std::move(args), r);
    }
    if (n == "select" || n == "store") {
        if (args.size() != (n == "select" ? 2u : 3u))
            return arityError(n == "select" ? "2 arguments" : "3 arguments");
        if (args[0].sort.kind != K::Array)
            return mismatch(e.args[0], "an array", args[0]);
        const Sort idx = args[0].sort.args[0];
        const Sort el = args[0].sort.args[1];
        for (std::size_t i = 1; i < args.size(); ++i) {
            const Sort &want = i == 1 ? idx : el;
            if (args[i].sort == want)
                continue;
            if (args[i].sort.kind == K::Int && want.kind == K::Real) {
                args[i] = coerce(args[i], want);
                continue;
            }
            return mismatch(e.args[i], want, args[i]);
        }
        Sort r = n == "select" ? el : args[0].sort;
        return Term::apply(n, std::move(args), r);
    }
    if (n == "distinct") {
        if (args.size() < 2)
            return arityError("at least 2 arguments");
        const bool numeric = std::all_of(args.begin(), args.end(), [](const Term &t) { return t.sort.isNumeric(); });
        const bool mixed = numeric && std::any_of(args.begin(), args.end(), [](const Term &t) { return t.sort.kind == K::Real; });
        for (std::size_t i = 1; i < args.size(); ++i)
            if (!numeric && args[i].sort != args[0].sort)
                return mismatch(e.args[i], args[0].sort, args[i]);
        if (mixed)
            for (auto &a : args)
                a = coerce(a, Sort::real());
        return Term::apply(n, std::move(args), Sort::boolean());
    }
    if (n == "abs") {
        if (args.size() != 1)
            return arityError("1 argument");
        if (args[0].sort.kind == K::Int)
            return Term::apply("abs", std::move(args), Sort::integer());
        if (args[0].sort.kind == K::Real) {
            // SMT-LIB's abs is for Int only.
            Term x = args[0];
            Term cond = Term::apply(">=", {x, Term::literal("0.0", Sort::real())}, Sort::boolean());
            Term neg = Term::apply("-", {x}, Sort::real());
            return Term::apply("ite", {std::move(cond), x, std::move(neg)}, Sort::real());
        }
        return mismatch(e.args[0], "Int or Real", args[0]);
    }
    if (isBuiltinName(n)) {
        error(e.headRange, "`" + n + "` is written as an operator in sketches (see the language reference)");
        return errorTerm();
    }
    if (m_env.hasLemma(n))
        error(e.headRange, "`" + n + "` is a lemma; cite an instance with `by " + n + "(…)`");
    else
        error(e.headRange, "unknown function `" + quote(e.headRange) + "`");
    return errorTerm();
}

Term ExprChecker::checkNary(const ast::Expr &e, Scope &scope)
{
    const std::string &op = e.text;
    std::vector<Term> args;
    args.reserve(e.args.size());
    for (const auto &a : e.args)
        args.push_back(check(a, scope));
    if (anyError(args))
        return errorTerm();

    if (op == "and" || op == "or" || op == "==>" || op == "<==>") {
        for (std::size_t i = 0; i < args.size(); ++i)
            if (args[i].sort.kind != K::Bool)
                return mismatch(e, Sort::boolean(), args[i]);
        const std::string smt = op == "==>" ? "=>" : op == "<==>" ? "=" : op;
        return Term::apply(smt, std::move(args), Sort::boolean());
    }

    // Arithmetic. The expected sort named in a message is that of the first numeric operand,
    // so `flag + 1` reads "expected Int, found Bool".
    Sort want = Sort::integer();
    for (const auto &a : args)
        if (a.sort.isNumeric()) {
            want = a.sort;
            break;
        }
    bool real = op == "/";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (!args[i].sort.isNumeric())
            return mismatch(e, want, args[i]);
        real = real || args[i].sort.kind == K::Real;
    }
    if (op == "div" || op == "mod") {
        for (std::size_t i = 0; i < args.size(); ++i)
            if (args[i].sort.kind != K::Int)
                return mismatch(e, Sort::integer(), args[i]);
        return Term::apply(op, std::move(args), Sort::integer());
    }
    const Sort result = real ? Sort::real() : Sort::integer();
    if (real)
        for (auto &a : args)
            if (a.sort.kind == K::Int) // coerce copies whatever it leaves unchanged
                a = coerce(a, result);
    return Term::apply(op, std::move(args), result);
}

Term ExprChecker::checkChain(const ast::Expr &e, Scope &scope)
{
    std::vector<Term> operands;
    operands.reserve(e.args.size());
    for (const auto &a : e.args)
        operands.push_back(check(a, scope));
    if (anyError(operands))
        return errorTerm();
    std::vector<Term> parts;
    parts.reserve(e.ops.size());
    for (std::size_t i = 0; i < e.ops.size(); ++i) {
        // An inner operand takes part in two comparisons: copy it for the first, move it
        // into the second.
        const bool lastUseOfB = i + 1 == e.ops.size();
        Term a = std::move(operands[i]);
        Term b = lastUseOfB ? std::move(operands[i + 1]) : operands[i + 1];
        const std::string &op = e.ops[i];
        const bool order = op == "<" || op == "<=" || op == ">" || op == ">=";
        if (a.sort.isNumeric() && b.sort.isNumeric()) {
            if (a.sort != b.sort) {
                a = coerce(a, Sort::real());
                b = coerce(b, Sort::real());
            }
        } else if (order) {
            const Term &bad = a.sort.isNumeric() ? b : a;
            const Sort want = a.sort.isNumeric() ? a.sort : b.sort.isNumeric() ? b.sort : Sort::integer();
            return mismatch(e, want, bad);
        } else if (a.sort != b.sort) {
            return mismatch(e, a.sort, b);
        }
        if (op == "!=")
            parts.push_back(Term::apply("distinct", moveArgs(std::move(a), std::move(b)), Sort::boolean()));
        else
            parts.push_back(Term::apply(op, moveArgs(std::move(a), std::move(b)), Sort::boolean()));
    }
    return parts.size() == 1 ? std::move(parts.front()) : Term::apply("and", std::move(parts), Sort::boolean());
}

} // namespace proofdesk::lang::detail
