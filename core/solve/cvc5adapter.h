// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solve/protocol.h"

// The one place that talks to libcvc5 (style.md §4). Nothing of cvc5 shows in this header:
// the engine links only proofdesk_solve, the worker links proofdesk_solve_cvc5.
namespace proofdesk::solve {

// Solves one request with a fresh cvc5::Solver on the calling thread (cvc5 1.1.2 keeps its
// node manager thread_local). Never throws: parse errors, execution errors and cvc5
// exceptions become Answer::Error with a message; parse errors read
// "line L, column C: message". `core` holds the printed :named symbols of an unsat core
// (quoted as cvc5 prints them, e.g. |h b|); if the solver cannot give a core, `core` stays
// empty and `reason` says why. `model` lists every constant and function the script
// declared (declare-const / declare-fun), in declaration order.
SolveResponse solveWithCvc5(const SolveRequest &request);

// The linked library's version, e.g. "1.1.2".
QString cvc5Version();

} // namespace proofdesk::solve
