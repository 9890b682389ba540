// SPDX-License-Identifier: GPL-3.0-or-later
// The lemma shapes of the generated sketch. Each writes one documented lemma and, when its
// goal is short, remembers it so that later proofs can cite an instance of it.
#include "sketchgen_p.h"

namespace proofdesk::bench::detail {

// --- lemma shapes --------------------------------------------------------------------
void Generator::ring(int i)
{
    doc();
    const auto nm = names();
    const bool real = chance(30);
    const S sort = real ? S::Real : S::Int;
    std::vector<Var> params = {{nm[0], sort}, {nm[1], sort}, {nm[2], sort}};
    m_groupSorts = chance(50);
    const std::string name = "ring_" + std::to_string(i);
    line(0, header(chance(90) ? "lemma" : "theorem", name, params));
    std::vector<std::string> atoms = {nm[0], nm[1], nm[2]};
    if (!real) {
        atoms.push_back("f(" + nm[0] + ")");
        atoms.push_back("sq(" + nm[1] + ")");
        atoms.push_back("g(" + nm[0] + ", " + nm[2] + ")");
    } else {
        atoms.push_back("err(n)");
        atoms.push_back("half(" + nm[1] + ")");
    }
    if (chance(40)) line(2, ops("assume h" + std::to_string(i) + ": " + nm[0] + "{ge}0"));
    if (chance(45)) {
        auto [l, r] = identity(atoms, 20 + pick(50), 6);
        line(2, "show " + l);
        line(4, "= " + r);
        return;
    }
    auto [l1, r1] = identity(atoms, 10 + pick(26), 6);
    auto [l2, r2] = identity(atoms, 10 + pick(26), 6);
    auto [l3, r3] = identity(atoms, 6 + pick(20), 6);
    line(2, "show " + plus(plus(l1, l2), l3));
    line(4, "= " + plus(plus(r1, r2), r3));
    line(0, "proof");
    step(2, "have first: " + l1 + "\n      = " + r1);
    step(2, "have second: " + l2 + "\n      = " + r2);
    line(2, "-- the last group is the one a careless expansion gets wrong");
    step(2, "have third: " + l3 + "\n      = " + r3);
    step(2, chance(70) ? "show by first, second, third" : "show");
    line(0, "qed");
}

void Generator::bound(int i)
{
    doc();
    const auto nm = names();
    const std::string &x = nm[0], &y = nm[1];
    std::vector<Var> params = {{x, S::Int}, {y, S::Int}};
    m_groupSorts = chance(50);
    static constexpr std::array kGoals = {
        "f(@0){le}f(@1) + sq(@1 - @0)",
        "g(@0, @1) = g(@1, @0){and}f(@0){le}f(@1)",
        "cube(@1) - cube(@0) = (@1 - @0) * (sq(@1) + @1 * @0 + sq(@0))",
        "poly(@0) + poly(@1){ge}2",
        "f(@0) + sq(@1 - @0){le}f(@1) + sq(@1) - 2 * @1 * @0 + sq(@0)",
    };
    const std::string pattern = ops(oneOf(kGoals));
    const std::string name = "bound_" + std::to_string(i);
    line(0, header("lemma", name, params));
    line(2, ops("assume hx: 0{le}" + x + "{le}n"));
    line(2, "assume hxy: " + x + " < " + y);
    const std::string goal = goalAt(pattern, params);
    if (chance(20)) {
        line(2, "show " + goal + " by hx, hxy, f_mono(" + x + ", " + y + ")");
        remember(name, params, pattern);
        return;
    }
    line(2, "show " + goal);
    line(0, "proof");
    step(2, "have mono: f(" + x + ")" + ops("{le}") + "f(" + y + ") by f_mono(" + x + ", " + y +
                "), hxy");
    for (std::size_t shifts = 1 + pick(3), s = 1; s <= shifts; ++s) {
        const std::string d = std::to_string(s);
        step(2, "have shift" + d + ": f(" + x + " + " + d + ")" + ops("{le}") + "f(" + y + " + " +
                    d + ") by f_mono(" + x + " + " + d + ", " + y + " + " + d + "), hxy");
    }
    step(2, ops("have sqpos: sq(" + y + " - " + x + "){ge}0"));
    line(2, "proof");
    step(4, "have unfold: sq(" + y + " - " + x + ") = (" + y + " - " + x + ") * (" + y + " - " + x +
                ") by sq.def");
    step(4, "have expand: (" + y + " - " + x + ") * (" + y + " - " + x + ") = " + y + " * " + y +
                " - 2 * " + x + " * " + y + " + " + x + " * " + x);
    step(4, "show by unfold, expand");
    line(2, "qed");
    algebra(2, "alg", {x, y, "f(" + x + ")", "sq(" + y + ")", "g(" + x + ", " + y + ")"},
            8 + pick(16));
    if (chance(50)) algebra(2, "alg2", {x, y, "poly(" + x + ")", "cube(" + y + ")"}, 6 + pick(16));
    if (chance(60)) citeStep(2, params, "earlier", "hx");
    if (chance(30))
        step(2, ops("have (" + x + " + " + y + ") * (" + x + " + " + y + "){ge}0 sorry"));
    if (chance(30))
        step(2, "have gs: g(" + x + ", " + y + ") = g(" + y + ", " + x + ") by g_sym(" + x + ", " +
                    y + ")");
    step(2, chance(50) ? "show by mono, sqpos, cube.def, poly.def" : "show");
    line(0, "qed");
    remember(name, params, pattern);
}

void Generator::sumInduction(int i)
{
    doc();
    static constexpr std::array kVars = {"k", "κ", "d"};
    const std::string k = oneOf(kVars);
    std::vector<Var> params = {{k, S::Int}};
    static constexpr std::array kGoals = {
        "2 * sum(@0) = @0 * (@0 + 1)", "sum(@0){ge}@0", "sum(@0){le}@0 * @0", "f(@0){ge}f(0)",
        "sum(@0) + sum(@0){ge}0",
    };
    const std::string pattern = ops(oneOf(kGoals));
    const std::string name = "sum_" + std::to_string(i);
    line(0, header("lemma", name, params));
    line(2, ops("assume r: " + k + "{ge}0"));
    line(2, "show " + goalAt(pattern, params));
    line(0, "proof");
    step(2, "induction " + k + " from 0");
    line(2, "case base:");
    step(4, chance(50) ? "show by sum.def" : "show");
    line(2, "case step:");
    const std::string next = k + " + 1";
    step(4, "have s1: sum(" + next + ") = " + next + " + sum(" + k + ") by sum.def, r");
    step(4, "have s2: " + fill(pattern, {k}) + " by ih, ih_lo");
    if (chance(50))
        step(4, "have mono: f(" + k + ")" + ops("{le}") + "f(" + next + ") by f_mono(" + k + ", " +
                    next + ")");
    algebra(4, "alg", {k, "sum(" + k + ")", "(" + next + ")", "f(" + k + ")"}, 10 + pick(20));
    if (chance(40)) citeStep(4, params, "prior");
    step(4, chance(70) ? "show by s1, s2, ih_lo"
                       : "show " + fill(pattern, {next}) + " by s1, s2, ih, ih_lo");
    line(0, "qed");
    remember(name, params, pattern);
}

void Generator::treeInduction(int i)
{
    doc();
    std::vector<Var> params = {{"t", S::Tree}};
    static constexpr std::array kGoals = {
        "size(@0){ge}0",
        "keysum(@0){le}keysum(@0) + size(@0)",
        "size(@0){ge}0{and}(is_leaf(@0){imp}size(@0) = 0)",
        "size(node(@0, 0, leaf)) = size(@0) + 1",
    };
    const std::string pattern = ops(oneOf(kGoals));
    const std::string name = "tree_" + std::to_string(i);
    line(0, header("lemma", name, params));
    line(2, "show " + goalAt(pattern, params));
    line(0, "proof");
    step(2, "induction t");
    line(2, "case leaf:");
    step(4, "show by size.def, keysum.def");
    line(2, "case node(l, v, r):");
    step(4, "have hl: " + fill(pattern, {"l"}) + " by ih_l");
    step(4, "have hr: " + fill(pattern, {"r"}) + " by ih_r");
    step(4, "have unfold: size(node(l, v, r)) = 1 + size(l) + size(r) by size.def");
    if (chance(40))
        step(4, "have keys: keysum(node(l, v, r)) = v + keysum(l) + keysum(r) by keysum.def");
    if (chance(70)) algebra(4, "alg", {"size(l)", "size(r)", "keysum(l)", "v"}, 6 + pick(14));
    if (chance(30)) citeStep(4, params, "known");
    step(4, "show by hl, hr, unfold");
    line(0, "qed");
    remember(name, params, pattern);
}

void Generator::stackInduction(int i)
{
    doc();
    std::vector<Var> params = {{"s", S::Stack}};
    const bool withBound = chance(50);
    if (withBound) params.push_back({"lo", S::Int});
    static constexpr std::array kGoals = {
        "height(@0){ge}0",
        "height(push(0, @0)) = height(@0) + 1",
        "total(push(3, @0)) = total(@0) + 3{and}height(@0){ge}0",
    };
    const std::string pattern = ops(oneOf(kGoals));
    const std::string name = "stack_" + std::to_string(i);
    line(0, header("lemma", name, params));
    if (withBound) line(2, ops("assume hlo: lo{le}0"));
    line(2, "show " + goalAt(pattern, params));
    line(0, "proof");
    step(2, "induction s");
    line(2, "case empty:");
    step(4, "show by height.def, total.def");
    line(2, "case push(h, tl):");
    step(4, "have unfold: height(push(h, tl)) = 1 + height(tl) by height.def");
    step(4, "have sums: total(push(h, tl)) = h + total(tl) by total.def");
    if (chance(70)) algebra(4, "alg", {"h", "total(tl)", "height(tl)"}, 6 + pick(14));
    step(4, "show by ih, ih_tl, unfold, sums");
    line(0, "qed");
    remember(name, params, pattern);
}

void Generator::caseSplit(int i)
{
    doc();
    const auto nm = names();
    const std::string &x = nm[0], &y = nm[1];
    std::vector<Var> params = {{x, S::Int}, {y, S::Int}};
    m_groupSorts = chance(50);
    const std::string name = "split_" + std::to_string(i);
    if (chance(50)) {
        const std::string pattern = ops("dist(@0, @1) = dist(@1, @0){and}dist(@0, @1){ge}0");
        line(0, header("lemma", name, params));
        line(2, "show " + goalAt(pattern, params));
        line(0, "proof");
        step(2, "cases");
        line(2, ops("case le: " + x + "{le}" + y));
        step(4, "have d1: dist(" + x + ", " + y + ") = " + y + " - " + x + " by dist.def, le");
        step(4, "have d2: dist(" + y + ", " + x + ") = " + y + " - " + x + " by dist.def, le");
        if (chance(60)) algebra(4, "alg", {x, y, "dist(" + x + ", " + y + ")"}, 6 + pick(10));
        step(4, "show by d1, d2");
        line(2, "case gt: " + x + " > " + y);
        step(4, "show by dist.def, gt");
        line(0, "qed");
        remember(name, params, pattern);
        return;
    }
    const std::string pattern = ops("0{le}clamp(@0, 0, n){and}clamp(@0, 0, n){le}n{and}@1 = @1");
    line(0, header("lemma", name, params));
    line(2, "show " + goalAt(pattern, params));
    line(0, "proof");
    step(2, "have hn: n > 0 by n_pos");
    step(2, "cases by hn");
    line(2, "case below: " + x + " < 0");
    step(4, "have c: clamp(" + x + ", 0, n) = 0 by clamp.def, below");
    step(4, "show by c, hn");
    line(2, ops("case inside: 0{le}" + x + "{le}n"));
    step(4, "have c: clamp(" + x + ", 0, n) = " + x + " by clamp.def, inside");
    line(4, "have nested: " + x + " * " + x + ops("{ge}0"));
    line(4, "proof");
    step(6, "cases");
    line(6, ops("case nonneg: " + x + "{ge}0"));
    step(8, "show by nonneg");
    line(6, "case neg: " + x + " < 0");
    step(8, "show");
    line(4, "qed");
    step(4, "show by c, inside");
    line(2, "case above: " + x + " > n");
    step(4, "show by clamp.def, above, hn");
    line(0, "qed");
    remember(name, params, pattern);
}

void Generator::witness(int i)
{
    doc();
    static constexpr std::array kVars = {"k", "κ", "d"};
    const std::string k = oneOf(kVars);
    std::vector<Var> params = {{k, S::Int}};
    const std::string name = "witness_" + std::to_string(i);
    if (chance(50)) {
        const std::string pattern = ops("{ex}j: Int. f(j) > 0{and}j < @0");
        line(0, header("lemma", name, params));
        line(2, ops("assume hp: {ex}i: Int. 0{le}i < " + k + "{and}p(i)"));
        line(2, "show " + goalAt(pattern, params));
        line(0, "proof");
        step(2, ops("obtain wit: Int where hw: 0{le}wit < " + k + "{and}p(wit) by hp"));
        step(2, "have fw: f(wit) > 0 by p_pos(wit), hw");
        if (chance(70)) algebra(2, "alg", {"wit", "f(wit)", k}, 6 + pick(14));
        step(2, "show by fw, hw");
        line(0, "qed");
        remember(name, params, pattern);
        return;
    }
    const std::string pattern = ops("{all}i: Int. 0{le}i < @0{imp}f(i) > 0");
    line(0, header("lemma", name, params));
    line(2, ops("assume hall: {all}i: Int. 0{le}i < " + k + "{imp}p(i)"));
    line(2, "show " + goalAt(pattern, params));
    line(0, "proof");
    step(2, ops("have each: {all}i: Int. p(i){imp}f(i) > 0 by p_pos"));
    step(2, ops("obtain u0, u1: Int where pair: u0 < u1{and}{not}(u1{le}u0) by n_pos"));
    step(2, "show by hall, each");
    line(0, "qed");
    remember(name, params, pattern);
}

void Generator::errorChain(int i)
{
    doc();
    static constexpr std::array kVars = {"k", "κ", "d"};
    const std::string k = oneOf(kVars);
    std::vector<Var> params = {{k, S::Int}};
    const std::string name = "chain_" + std::to_string(i);
    const bool drops = chance(60);
    const std::string pattern =
        drops ? ops("err(@0){le}err(0) - @0 * eps") : ops("err(@0){le}err(0)");
    line(0, header(chance(70) ? "lemma" : "theorem", name, params));
    line(2, ops("assume range: 0{le}" + k + "{le}n"));
    if (drops)
        line(2,
             ops("assume drops: {all}i: Int. 0{le}i < " + k + "{imp}err(i) - err(i + 1){ge}eps"));
    line(2, "show " + goalAt(pattern, params));
    line(0, "proof");
    step(2, "induction " + k + " from 0");
    line(2, "case base:");
    step(4, "show");
    line(2, "case step:");
    if (drops) {
        step(4, "have prev: " + fill(pattern, {k}) + " by ih, drops");
        step(4, "have d: err(" + k + ") - err(" + k + " + 1)" + ops("{ge}") + "eps by drops(" + k +
                    "), ih_lo, range");
        if (chance(40)) citeStep(4, params, "link", "range");
        algebra(4, "alg", {"err(" + k + ")", "err(0)", "eps", k}, 8 + pick(16));
        step(4, "show by prev, d");
    } else {
        step(4, "have prev: " + fill(pattern, {k}) + " by ih, range");
        step(4, "have mono: err(" + k + " + 1)" + ops("{le}") + "err(" + k + ") by err_drop(" + k +
                    "), range, ih_lo");
        step(4, "show by prev, mono");
    }
    line(0, "qed");
    remember(name, params, pattern);
}

void Generator::theories(int i)
{
    doc();
    const std::string name = "mix_" + std::to_string(i);
    std::vector<Var> params;
    std::string pattern;
    std::vector<std::string> assumptions;
    std::string justification;
    switch (pick(8)) {
    case 0:
        params = {{"s", S::String}, {"t", S::String}};
        assumptions = {ops("assume hs: str.len(s){ge}3")};
        pattern = ops("str.len(str.++(@0, @1)) = str.len(@0) + "
                      "str.len(@1){and}str.prefixof(@0, str.++(@0, @1))");
        break;
    case 1:
        params = {{"s", S::String}};
        pattern = ops("str.contains(str.++(@0, \"..\", \"größe \\\"q\\\"\"), "
                      "\"..\"){and}str.len(@0){ge}0");
        justification = " sorry";
        break;
    case 2:
        params = {{"x", S::BitVec}, {"y", S::BitVec}};
        pattern = ops("bvxor(bvxor(@0, @1), @1) = @0{and}bvand(@0, #xFF) = @0{and}bvor(@0, "
                      "#b00000000) = @0");
        break;
    case 3:
        params = {{"i", S::Int}, {"v", S::Int}};
        pattern =
            ops("arr[@0 := @1][@0] = @1{and}({all}j: Int. j{ne}@0{imp}arr[@0 := @1][j] = arr[j])");
        break;
    case 4:
        params = {{"x", S::Int}};
        pattern = ops("let c = clamp(@0, 0, n) in 0{le}c{and}c{le}n");
        justification = " by clamp.def, n_pos";
        break;
    case 5:
        params = {{"x", S::Int}};
        assumptions = {ops("assume h: x{ge}0")};
        pattern = ops("@0 = 2 * (@0 div 2) + @0 mod 2{and}0{le}@0 mod 2 < 2{and}"
                      "(if @0{ge}0 then abs(@0) = @0 else abs(@0) = -@0)");
        break;
    case 6:
        params = {{"x", S::Real}, {"y", S::Real}};
        assumptions = {"assume hx: x > 0", "assume hy: y > x"};
        pattern = ops("half(@0 + @1) > @0{and}half(@0 + @1) < @1");
        justification = " by hx, hy, half.def";
        break;
    default:
        params = {{"a", S::Agent}, {"x", S::Int}};
        pattern = ops("(rank(@0){le}rank(best){or}rank(best) < rank(@0)){and}"
                      "(@1 > 0{iff}{not}(@1{le}0)){and}(p(@1){imp}f(@1) > 0{or}{not}p(@1))");
        justification = " by p_pos(x)";
        break;
    }
    m_groupSorts = chance(50);
    line(0, header("lemma", name, params));
    for (const auto &a : assumptions)
        line(2, a);
    step(2, "show " + goalAt(pattern, params) + justification);
    remember(name, params, pattern);
}

void Generator::theorem(int i)
{
    doc();
    const std::string name = "main_" + std::to_string(i);
    std::vector<Var> params;
    if (chance(50)) params.push_back({"k", S::Int});
    const std::string k = params.empty() ? "n" : "k";
    const std::string pattern =
        params.empty() ? ops("{ex}i: Int. 0{le}i{and}i < n{and}f(i){le}f(n)")
                       : ops("{ex}i: Int. 0{le}i{and}i < @0 + n{and}f(i){le}f(@0 + n)");
    line(0, header("theorem", name, params));
    line(2, ops("assume big: " + k + "{ge}10"));
    line(2, "show " + goalAt(pattern, params));
    line(0, "proof");
    std::vector<std::string> facts;
    for (int c = 0; c < 3; ++c) {
        const std::string fact = "a" + std::to_string(c + 1);
        if (auto cited = cite(params)) {
            step(2, "have " + fact + ": " + cited->claim + " by " + cited->ref +
                        (chance(50) ? ", big" : ""));
            facts.push_back(fact);
        }
    }
    algebra(2, "alg", {k, "n", "f(" + k + ")", "f(0)", "c0"}, 12 + pick(24));
    const std::string top = params.empty() ? "n" : "k + n";
    step(2,
         "have zero: f(0)" + ops("{le}") + "f(" + top + ") by f_mono(0, " + top + "), big, n_pos");
    std::string show = "show by zero, big";
    for (const auto &f : facts)
        show += ", " + f;
    if (!m_citable.empty() && chance(50))
        show += ", " +
                m_citable[m_citable.size() - 1 - pick(std::min<std::size_t>(m_citable.size(), 50))]
                    .name;
    step(2, show);
    line(0, "qed");
    remember(name, params, pattern);
}

} // namespace proofdesk::bench::detail
