// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of the sketch generator: sketchgen.cpp holds the machinery (spelling, output,
// citations, polynomials), sketchshapes.cpp the lemma shapes built from it.
#pragma once

#include "sketchgen.h"

#include <array>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace proofdesk::bench::detail {

enum class S { Int, Real, Tree, Stack, String, BitVec, Agent };

struct Var
{
    std::string name;
    S sort;
};

// An earlier lemma as later proofs cite it: its goal with @0, @1, ... for the parameters.
struct Citable
{
    std::string name;
    std::vector<S> params;
    std::string goal;
};

// Replaces @0..@9 by the arguments, parenthesised unless they stand alone as a call
// argument or are atomic.
std::string fill(std::string_view pattern, const std::vector<std::string> &args);

class Generator
{
public:
    explicit Generator(const SketchOptions &o) : m_rng(o.seed), m_count(o.lemmas) {}

    Sketch run();

private:
    // --- randomness and spelling ---------------------------------------------------------
    std::size_t pick(std::size_t n) { return m_rng() % n; }
    bool chance(unsigned percent) { return m_rng() % 100 < percent; }
    template <typename A> auto oneOf(const A &a) -> decltype(a[0]) { return a[pick(std::size(a))]; }

    // Operators in {braces} get one of their ASCII or Unicode spellings, as people mix them.
    std::string ops(std::string_view pattern);

    // --- output --------------------------------------------------------------------------
    void line(int indent, std::string_view text);

    // A step line, sometimes with the `-- expect:` comment the conformance examples carry.
    void step(int indent, std::string_view text);

    // A few lines of prose above a lemma, as people document their sketches.
    void doc();

    // A have step stating a long ring identity over `atoms`: the algebra people write out.
    void algebra(int indent, const std::string &name, const std::vector<std::string> &atoms,
                 std::size_t monomials);

    void sectionComment(int i);

    std::string header(std::string_view kw, const std::string &name,
                       const std::vector<Var> &params);

    // Three distinct names for Int or Real parameters, ASCII and Unicode.
    std::array<std::string, 3> names();

    // --- citing earlier lemmas -----------------------------------------------------------
    std::string intArg(const std::vector<Var> &scope);

    std::string argFor(S s, const std::vector<Var> &scope);

    // An instance of an earlier lemma: the citation and the claim it yields.
    struct Citation
    {
        std::string ref;
        std::string claim;
    };
    std::optional<Citation> cite(const std::vector<Var> &scope);

    // A named `have` that restates an earlier lemma's instance, or nothing.
    void citeStep(int indent, const std::vector<Var> &scope, const std::string &name,
                  std::string extraRefs = {});

    void remember(const std::string &name, const std::vector<Var> &params, const std::string &goal);

    std::string goalAt(const std::string &pattern, const std::vector<Var> &params);

    // --- polynomials for ring identities ---------------------------------------------------
    struct Mono
    {
        int coef = 1;
        std::vector<std::string> atoms;
    };

    static std::string monoBody(int coef, const std::vector<std::string> &atoms);

    // Joins signed terms, breaking long sums over lines as people do.
    static std::string joinSum(const std::vector<std::pair<bool, std::string>> &terms, int indent);

    // a + b where b may start with a minus sign: `a - 3 * x`, not `a + -3 * x`.
    static std::string plus(const std::string &a, const std::string &b);

    // left = right, a true ring identity: the left side factors pairs of monomials that
    // share their first atom, the right side lists every monomial expanded, shuffled.
    std::pair<std::string, std::string> identity(const std::vector<std::string> &atoms,
                                                 std::size_t monomials, int indent);

    // --- lemma shapes --------------------------------------------------------------------
    void ring(int i);

    void bound(int i);

    void sumInduction(int i);

    void treeInduction(int i);

    void stackInduction(int i);

    void caseSplit(int i);

    void witness(int i);

    void errorChain(int i);

    void theories(int i);

    void theorem(int i);

    std::mt19937 m_rng;
    int m_count;
    std::string m_out;
    std::vector<Citable> m_citable;
    bool m_groupSorts = false;
};

} // namespace proofdesk::bench::detail
