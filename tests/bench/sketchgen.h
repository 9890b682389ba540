// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace proofdesk::bench {

struct SketchOptions
{
    int lemmas = 2000;
    // A fixed seed keeps the text byte-identical from run to run, so figures compare.
    std::uint32_t seed = 0x5EED2024;
};

struct Sketch
{
    std::string text;
    int lemmas = 0;
    int lines = 0;
};

// A large, grammatical sketch in the style of the examples: constants, functions,
// definitions (plain and recursive), two datatypes, axioms, then lemmas with assumptions
// and proofs that use every kind of step (have, show, obtain, cases, induction on Int and
// on datatypes, nested proof blocks, sorry), citations of axioms and of earlier lemmas
// with instances, quantifiers, long ring identities, strings, bit-vectors, arrays, Unicode
// operators and names, and comments. It must analyze without a single diagnostic.
Sketch generateSketch(const SketchOptions &options = {});

} // namespace proofdesk::bench
