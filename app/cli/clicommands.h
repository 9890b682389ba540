// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace proofdesk::cli {

// Exit codes of proofdesk-cli.
enum ExitCode : int {
    Success = 0,     // no error diagnostics
    SourceErrors = 1, // the sketch has errors (reported on stderr)
    UsageError = 2,  // bad arguments, or a file that cannot be read
    // check and export: 128 + the signal, 130 for SIGINT, 143 for SIGTERM (cli/interrupt.h)
};

// Runs proofdesk-cli with `arguments` (arguments[0] is the program name), writing results
// to `out` and diagnostics and usage errors to `err`; returns the exit code.
//
//   proofdesk-cli --version | --help
//   proofdesk-cli obligations FILE [--json]
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `obligations FILE [--json]`: analyses FILE and prints every obligation.
int obligations(const QString &path, bool json, QTextStream &out, QTextStream &err);

QString version();

} // namespace proofdesk::cli
