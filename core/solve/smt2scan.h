// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace proofdesk::solve {

// 1-based lines of the top-level (check-sat) and (check-sat-assuming ...) commands of an
// SMT-LIB script, in order (comments, strings and |symbols| skipped). cvc5's parser reports
// no positions for commands that parse, so the worker names its checks by these lines; the
// editor uses the same scan to place a check's mark before the solver has answered.
std::vector<int> checkSatLines(std::string_view text);

} // namespace proofdesk::solve
