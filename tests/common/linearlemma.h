// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One generated lemma of three steps, all provable by linear arithmetic, for the tests and
// benchmarks that need a long sketch whose steps each can be edited on their own. The
// constants differ per lemma (`i`) so that no two obligations share a cache key (the key
// renames symbols, not numbers); `k` is the constant an edit changes (7 unedited).

#include <format>
#include <string>

namespace proofdesk::test {

inline std::string linearLemma(int i, int k = 7)
{
    return std::format("lemma l{0}(x: Int, y: Int):\n"
                       "  assume h1: x > {0}\n"
                       "  assume h2: y >= x\n"
                       "  show y > {1}\n"
                       "proof\n"
                       "  have s1: y > {0} by h1, h2\n"
                       "  have s2: y + {2} > {0} + {2} by s1\n"
                       "  show by s1\n"
                       "qed\n\n",
                       i, i - 1, k);
}

} // namespace proofdesk::test
