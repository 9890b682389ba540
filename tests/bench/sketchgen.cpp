// SPDX-License-Identifier: GPL-3.0-or-later
// The generator draws from its own std::mt19937 (fully specified by the standard) and no
// std distributions (implementation-defined), so the text is byte-identical everywhere and
// figures from different machines describe the same input.
#include "sketchgen_p.h"

#include <algorithm>

namespace proofdesk::bench {

namespace detail {

namespace {

constexpr std::string_view kPreamble =
    R"(-- bench_lang: a generated sketch for the language benchmark (tests/bench).
-- It uses every construct of the language reference and must analyze without diagnostics.
/- Notation: ε is a small positive real, err(i) the error of agent i, and f a monotone
   score. /- Block comments nest, so a commented-out /- … -/ stays harmless. -/ -/
sort Agent
const n: Int
const m: Int
const eps: Real
const c0, c1, c2, c3: Int
const s0: String
const arr: Array[Int, Int]
const best: Agent
fun f(i: Int): Int
fun g(i: Int, j: Int): Int
fun err(i: Int): Real
fun p(i: Int): Bool
fun rank(a: Agent): Int

def sq(x: Int): Int = x * x
def cube(x: Int): Int = x * x * x
def poly(x: Int): Int = 3 * x * x + 2 * x + 1
def clamp(x: Int, lo: Int, hi: Int): Int = if x < lo then lo else if x > hi then hi else x
def half(r: Real): Real = r / 2
def dist(x: Int, y: Int): Int = abs(x - y)
def rec sum(k: Int): Int =
  if k <= 0 then 0 else k + sum(k - 1)

datatype Tree = leaf | node(left: Tree, key: Int, right: Tree)
datatype Stack = empty | push(top: Int, rest: Stack)

def rec size(t: Tree): Int = if is_leaf(t) then 0 else 1 + size(left(t)) + size(right(t))
def rec keysum(t: Tree): Int =
  if is_leaf(t) then 0 else key(t) + keysum(left(t)) + keysum(right(t))
def rec height(s: Stack): Int = if is_empty(s) then 0 else 1 + height(rest(s))
def rec total(s: Stack): Int = if is_empty(s) then 0 else top(s) + total(rest(s))

axiom f_mono: ∀ i: Int, j: Int. i ≤ j ⟹ f(i) ≤ f(j)
axiom err_nonneg: forall i: Int. err(i) >= 0
axiom err_drop: forall i: Int. 0 <= i < n ==> err(i + 1) <= err(i)
axiom g_sym: forall i: Int, j: Int. g(i, j) = g(j, i)
axiom p_pos: ∀ i: Int. p(i) → f(i) > 0
axiom eps_pos: eps > 0
axiom n_pos: n ≥ 1

)";

constexpr std::array kSubjects = {
    "Ring identity",        "Monotone bound", "Induction on an integer",
    "Structural induction", "Case split",     "Witnesses",
    "Error chain",          "Theory mix",     "Main result",
    "Stack lemma",          "Estimate"};
constexpr std::array kRemarks = {
    "each step below is one proof obligation.",
    "the solver sees only the facts cited with `by`.",
    "ε stays fixed; only k moves.",
    "written the way a referee checks it, line by line.",
    "an instance keeps the obligation ground, far easier for solvers than ∀.",
    "if this fails, the counterexample names the offending value.",
    "cf. the telescoping argument: err(k) ≤ err(0) − k·ε.",
    "Σ_{i ≤ k} i = k(k+1)/2, stated without division.",
    "size ≥ 0 at every node ⇒ size ≥ 0 at the root.",
    "no lemma is used implicitly; every dependency is cited.",
    "the bound is loose on purpose: it is a stepping stone for what follows.",
    "kept separate so that a failure here points at one line.",
};

// Whether an argument can replace a parameter without parentheses: no space outside
// brackets and no leading minus.
bool atomic(std::string_view s)
{
    if (s.empty() || s.front() == '-') return false;
    int depth = 0;
    for (char c : s) {
        if (c == '(' || c == '[')
            ++depth;
        else if (c == ')' || c == ']')
            --depth;
        else if (c == ' ' && depth == 0)
            return false;
    }
    return true;
}

} // namespace

// Replaces @0..@9 by the arguments, parenthesised unless they stand alone as a call
// argument or are atomic.
std::string fill(std::string_view pattern, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '@' && i + 1 < pattern.size() && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const std::string &a = args.at(static_cast<std::size_t>(pattern[i + 1] - '0'));
            const char next = i + 2 < pattern.size() ? pattern[i + 2] : '\0';
            const bool alone =
                (out.ends_with("(") || out.ends_with(", ")) && (next == ')' || next == ',');
            if (alone || atomic(a))
                out += a;
            else
                out += "(" + a + ")";
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

Sketch Generator::run()
{
    // Shapes by weight: listed once per twentieth of the lemmas they make up.
    using Shape = void (Generator::*)(int);
    static constexpr std::array<Shape, 20> kShapes = {
        &Generator::ring,          &Generator::ring,          &Generator::ring,
        &Generator::ring,          &Generator::bound,         &Generator::bound,
        &Generator::bound,         &Generator::sumInduction,  &Generator::sumInduction,
        &Generator::treeInduction, &Generator::treeInduction, &Generator::stackInduction,
        &Generator::caseSplit,     &Generator::caseSplit,     &Generator::witness,
        &Generator::errorChain,    &Generator::errorChain,    &Generator::theories,
        &Generator::theorem,       &Generator::theorem,
    };
    m_out.reserve(static_cast<std::size_t>(m_count) * 2600 + 4096);
    m_out += kPreamble;
    for (int i = 1; i <= m_count; ++i) {
        if (i % 97 == 1) sectionComment(i);
        (this->*kShapes[pick(kShapes.size())])(i);
        m_out += '\n';
    }
    Sketch s;
    s.lemmas = m_count;
    s.lines = static_cast<int>(std::count(m_out.begin(), m_out.end(), '\n'));
    s.text = std::move(m_out);
    return s;
}

// Operators in {braces} get one of their ASCII or Unicode spellings, as people mix them.
std::string Generator::ops(std::string_view pattern)
{
    static constexpr std::array<std::pair<std::string_view, std::array<std::string_view, 3>>, 10>
        kSpell = {{
            {"{and}", {" and ", " ∧ ", " && "}},
            {"{or}", {" or ", " ∨ ", " || "}},
            {"{imp}", {" ==> ", " ⟹ ", " → "}},
            {"{iff}", {" <==> ", " ⟺ ", " ↔ "}},
            {"{le}", {" <= ", " ≤ ", " ≤ "}},
            {"{ge}", {" >= ", " ≥ ", " ≥ "}},
            {"{ne}", {" != ", " ≠ ", " ≠ "}},
            {"{not}", {"not ", "¬", "!"}},
            {"{all}", {"forall ", "∀ ", "∀ "}},
            {"{ex}", {"exists ", "∃ ", "∃ "}},
        }};
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size();) {
        bool done = false;
        if (pattern[i] == '{') {
            for (const auto &[key, spellings] : kSpell) {
                if (pattern.substr(i, key.size()) == key) {
                    out += spellings[pick(3)];
                    i += key.size();
                    done = true;
                    break;
                }
            }
        }
        if (!done) out += pattern[i++];
    }
    return out;
}

// --- output --------------------------------------------------------------------------
void Generator::line(int indent, std::string_view text)
{
    m_out.append(static_cast<std::size_t>(indent), ' ');
    m_out += text;
    m_out += '\n';
}

// A step line, sometimes with the `-- expect:` comment the conformance examples carry.
void Generator::step(int indent, std::string_view text)
{
    m_out.append(static_cast<std::size_t>(indent), ' ');
    m_out += text;
    if (chance(35)) {
        const std::size_t pad = text.size() + static_cast<std::size_t>(indent) < 50
                                    ? 50 - text.size() - static_cast<std::size_t>(indent)
                                    : 1;
        m_out.append(pad, ' ');
        m_out += chance(85) ? "-- expect: proved" : "-- expect: unknown (nonlinear)";
    }
    m_out += '\n';
}

// A few lines of prose above a lemma, as people document their sketches.
void Generator::doc()
{
    m_out += "-- ";
    m_out += oneOf(kSubjects);
    m_out += ": ";
    std::size_t last = pick(kRemarks.size());
    m_out += kRemarks[last];
    m_out += '\n';
    for (std::size_t extra = 1 + pick(4); extra > 0; --extra) {
        last = (last + 1 + pick(kRemarks.size() - 1)) % kRemarks.size(); // never the same twice
        m_out += "-- ";
        m_out += kRemarks[last];
        m_out += '\n';
    }
}

// A have step stating a long ring identity over `atoms`: the algebra people write out.
void Generator::algebra(int indent, const std::string &name, const std::vector<std::string> &atoms,
                        std::size_t monomials)
{
    auto [l, r] = identity(atoms, monomials, indent + 4);
    if (chance(50)) line(indent, "-- " + std::string(oneOf(kRemarks)));
    step(indent, "have " + name + ": " + l + "\n" +
                     std::string(static_cast<std::size_t>(indent) + 2, ' ') + "= " + r);
}

void Generator::sectionComment(int i)
{
    m_out += "/- Section " + std::to_string(i / 97 + 1) + ". " + std::string(oneOf(kRemarks)) +
             "\n   " + std::string(oneOf(kRemarks)) +
             "\n   /- nested remark: " + std::string(oneOf(kRemarks)) + " -/\n-/\n";
}

std::string Generator::header(std::string_view kw, const std::string &name,
                              const std::vector<Var> &params)
{
    static constexpr std::array<std::string_view, 7> kSortNames = {
        "Int", "Real", "Tree", "Stack", "String", "BitVec[8]", "Agent"};
    std::string h = std::string(kw) + " " + name;
    if (!params.empty()) {
        h += '(';
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (i) h += ", ";
            // Neighbours of one sort share it, as in `x, y: Int`, half of the time.
            const bool grouped =
                i + 1 < params.size() && params[i + 1].sort == params[i].sort && m_groupSorts;
            h += params[i].name;
            if (!grouped)
                h += ": " + std::string(kSortNames[static_cast<std::size_t>(params[i].sort)]);
        }
        h += ')';
    }
    h += ':';
    return h;
}

// Three distinct names for Int or Real parameters, ASCII and Unicode.
std::array<std::string, 3> Generator::names()
{
    static constexpr std::array<std::array<std::string_view, 3>, 5> kSets = {{
        {"x", "y", "z"},
        {"a", "b", "c"},
        {"α", "β", "γ"},
        {"x₁", "x₂", "x₃"},
        {"u", "w", "q"},
    }};
    const auto &s = oneOf(kSets);
    return {std::string(s[0]), std::string(s[1]), std::string(s[2])};
}

// --- citing earlier lemmas -----------------------------------------------------------
std::string Generator::intArg(const std::vector<Var> &scope)
{
    std::vector<std::string> ints;
    for (const auto &v : scope)
        if (v.sort == S::Int) ints.push_back(v.name);
    if (ints.empty()) {
        static constexpr std::array kClosed = {"n", "m", "c0", "3", "n - 1", "c1 + c2", "2 * m"};
        return oneOf(kClosed);
    }
    const std::string &v = ints[pick(ints.size())];
    switch (pick(8)) {
    case 0:
        return v + " + 1";
    case 1:
        return "2 * " + v;
    case 2:
        return v + " - 1";
    case 3:
        return v + " + n";
    case 4:
        return "sq(" + v + ")";
    case 5:
        return "f(" + v + ")";
    case 6:
        return "(" + v + " + 1) * (" + v + " + 2)";
    default:
        return v;
    }
}

std::string Generator::argFor(S s, const std::vector<Var> &scope)
{
    for (const auto &v : scope)
        if (v.sort == s && s != S::Int && chance(60)) return v.name;
    switch (s) {
    case S::Int:
        return intArg(scope);
    case S::Real: {
        static constexpr std::array kReal = {"eps", "half(eps)", "2.5", "eps * eps"};
        return chance(50) ? std::string(oneOf(kReal)) : "err(" + intArg(scope) + ")";
    }
    case S::Tree:
        return chance(40) ? "leaf" : "node(leaf, " + intArg(scope) + ", leaf)";
    case S::Stack:
        return chance(40) ? "empty" : "push(" + intArg(scope) + ", empty)";
    case S::String:
        return chance(50) ? "s0" : "\"abc\"";
    case S::BitVec:
        return chance(50) ? "#x0F" : "#b00001111";
    case S::Agent:
        return "best";
    }
    return "0";
}

std::optional<Generator::Citation> Generator::cite(const std::vector<Var> &scope)
{
    if (m_citable.empty()) return std::nullopt;
    // Mostly recent lemmas, as in a real development.
    const std::size_t window = std::min<std::size_t>(m_citable.size(), 300);
    const Citable &c = m_citable[m_citable.size() - 1 - pick(window)];
    std::vector<std::string> args;
    for (S s : c.params)
        args.push_back(argFor(s, scope));
    Citation out;
    out.ref = c.name;
    if (!args.empty()) {
        out.ref += '(';
        for (std::size_t i = 0; i < args.size(); ++i)
            out.ref += (i ? ", " : "") + args[i];
        out.ref += ')';
    }
    out.claim = fill(c.goal, args);
    return out;
}

// A named `have` that restates an earlier lemma's instance, or nothing.
void Generator::citeStep(int indent, const std::vector<Var> &scope, const std::string &name,
                         std::string extraRefs)
{
    auto c = cite(scope);
    if (!c) return;
    std::string text = "have " + name + ": " + c->claim + " by " + c->ref;
    if (!extraRefs.empty()) text += ", " + extraRefs;
    step(indent, text);
}

void Generator::remember(const std::string &name, const std::vector<Var> &params,
                         const std::string &goal)
{
    // Long goals (ring identities) would make every citing claim as long: skip them.
    if (goal.size() > 160) return;
    std::vector<S> sorts;
    for (const auto &p : params)
        sorts.push_back(p.sort);
    m_citable.push_back({name, std::move(sorts), goal});
}

std::string Generator::goalAt(const std::string &pattern, const std::vector<Var> &params)
{
    std::vector<std::string> names;
    for (const auto &p : params)
        names.push_back(p.name);
    return fill(pattern, names);
}

std::string Generator::monoBody(int coef, const std::vector<std::string> &atoms)
{
    const int a = coef < 0 ? -coef : coef;
    std::string s;
    if (a != 1 || atoms.empty()) s = std::to_string(a);
    for (const auto &x : atoms)
        s += (s.empty() ? "" : " * ") + x;
    return s;
}

// Joins signed terms, breaking long sums over lines as people do.
std::string Generator::joinSum(const std::vector<std::pair<bool, std::string>> &terms, int indent)
{
    std::string out;
    std::size_t col = 0;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const auto &[negative, body] = terms[i];
        std::string piece =
            i == 0 ? (negative ? "-" : "") + body : (negative ? " - " : " + ") + body;
        if (col > 70 && i > 0) {
            out += "\n" + std::string(static_cast<std::size_t>(indent), ' ');
            col = 0;
        }
        col += piece.size();
        out += piece;
    }
    return out;
}

// a + b where b may start with a minus sign: `a - 3 * x`, not `a + -3 * x`.
std::string Generator::plus(const std::string &a, const std::string &b)
{
    return b.starts_with('-') ? a + " - " + b.substr(1) : a + " + " + b;
}

// left = right, a true ring identity: the left side factors pairs of monomials that
// share their first atom, the right side lists every monomial expanded, shuffled.
std::pair<std::string, std::string> Generator::identity(const std::vector<std::string> &atoms,
                                                        std::size_t monomials, int indent)
{
    std::vector<Mono> ms;
    for (std::size_t i = 0; i < monomials; ++i) {
        Mono mo;
        mo.coef = static_cast<int>(pick(9)) + 1;
        if (chance(35)) mo.coef = -mo.coef;
        const std::size_t degree = 1 + pick(3);
        for (std::size_t d = 0; d < degree; ++d)
            mo.atoms.push_back(atoms[pick(atoms.size())]);
        ms.push_back(std::move(mo));
    }
    std::vector<std::pair<bool, std::string>> left, right;
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const bool pair =
            i + 1 < ms.size() && ms[i].atoms.size() > 1 && ms[i + 1].atoms.size() > 1 && chance(50);
        if (pair) {
            Mono a = ms[i], b = ms[i + 1];
            b.atoms.front() = a.atoms.front(); // share the factor
            ms[i + 1] = b;
            const std::string head = a.atoms.front();
            a.atoms.erase(a.atoms.begin());
            b.atoms.erase(b.atoms.begin());
            const std::string inner = joinSum(
                {{a.coef < 0, monoBody(a.coef, a.atoms)}, {b.coef < 0, monoBody(b.coef, b.atoms)}},
                indent);
            left.push_back({false, head + " * (" + inner + ")"});
            ++i;
        } else {
            left.push_back({ms[i].coef < 0, monoBody(ms[i].coef, ms[i].atoms)});
        }
    }
    std::vector<std::size_t> order(ms.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[pick(i)]);
    for (std::size_t i : order)
        right.push_back({ms[i].coef < 0, monoBody(ms[i].coef, ms[i].atoms)});
    return {joinSum(left, indent), joinSum(right, indent)};
}

} // namespace detail

Sketch generateSketch(const SketchOptions &options)
{
    return detail::Generator(options).run();
}

} // namespace proofdesk::bench
