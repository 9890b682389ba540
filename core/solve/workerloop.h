// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solve/protocol.h"

#include <functional>

// The serve loop of `proofdesk-worker`, kept apart from main() so that tests can run it
// over pipes with a stand-in solver.
namespace proofdesk::solve {

using SolveFunction = std::function<SolveResponse(const SolveRequest &)>;

// Exit codes of serve() and of the worker process. The engine maps them to reasons.
inline constexpr int workerExitOk = 0;            // input ended between frames
inline constexpr int workerExitUsage = 2;         // bad command line (main only)
inline constexpr int workerExitProtocolError = 3; // malformed frame or request: an error
                                                  // response with id 0 was written
inline constexpr int workerExitIoError = 4;       // reading the input or writing the output failed

// Reads request frames from inFd and answers each with one response frame on outFd until
// the input ends. Blocking POSIX I/O on purpose: a buffered reader could wait for more
// input while the engine waits for our answer. Exceptions from `solve` become error
// responses; the response id is always the request's id.
int serve(int inFd, int outFd, const SolveFunction &solve);

} // namespace proofdesk::solve
