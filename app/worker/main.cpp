// SPDX-License-Identifier: GPL-3.0-or-later
// proofdesk-worker: a thin client of proofdesk_solve_cvc5. It serves solve requests framed
// as in solve/protocol.h on stdin/stdout until stdin ends (solve/workerloop.h).
#include "log/log.h"
#include "solve/cvc5adapter.h"
#include "solve/workerloop.h"

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr const char *kUsage =
    "Usage: proofdesk-worker [--log FILE]\n"
    "Answers ProofDesk solve requests with cvc5: reads frames \"PDW1 <length>\\n<json>\" on\n"
    "stdin and writes one response frame per request on stdout, until stdin ends.\n"
    "\n"
    "  --log FILE   also write the log to FILE (default: warnings on stderr only)\n"
    "  --version    print the version and exit\n"
    "  --help       print this help and exit\n"
    "\n"
    "Exit codes: 0 input ended, 2 usage, 3 malformed request (an error response with id 0\n"
    "was written), 4 input or output failed.\n";

} // namespace

int main(int argc, char *argv[])
{
    using namespace proofdesk;
    std::string logFile;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--version") {
            std::printf("proofdesk-worker %s (cvc5 %s)\n", PROOFDESK_VERSION,
                        solve::cvc5Version().toStdString().c_str());
            return solve::workerExitOk;
        }
        if (arg == "--help") {
            std::fputs(kUsage, stdout);
            return solve::workerExitOk;
        }
        if (arg == "--log" && i + 1 < argc) {
            logFile = argv[++i];
            continue;
        }
        std::fprintf(stderr, "proofdesk-worker: unknown argument '%s'\n%s", argv[i], kUsage);
        return solve::workerExitUsage;
    }

    // The protocol owns the real stdout; anything else that writes to fd 1 (a cvc5 option
    // that prints, a stray debug line) lands on stderr instead of corrupting the frames.
    const int protocolOut = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (protocolOut < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("proofdesk-worker: cannot set up stdout");
        return solve::workerExitIoError;
    }
    // A vanished engine shows up as a failed write, not as a signal.
    std::signal(SIGPIPE, SIG_IGN);

    // Several workers run at once and must not share a rotating file: the engine gives
    // each its own name when it wants a log file at all.
    if (!logFile.empty()) {
        std::error_code ec;
        const std::filesystem::path path = std::filesystem::absolute(logFile, ec);
        log::init(path.parent_path().string(), {.fileName = path.filename().string()});
    }
    log::get("solve")->info("worker {} serving (cvc5)", static_cast<long>(::getpid()));

    const int code = solve::serve(STDIN_FILENO, protocolOut, solve::solveWithCvc5);
    log::get("solve")->info("worker {} exits with {}", static_cast<long>(::getpid()), code);
    log::flush();
    return code;
}
