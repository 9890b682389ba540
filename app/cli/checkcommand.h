// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace proofdesk::cli {

// proofdesk-cli check FILE... [--format text|json|sarif|junit] [--jobs N] [--timeout S]
//                             [--solver ID] [--no-cache] [--cache PATH]
// Exit 0 when every obligation is proved (or admitted), 1 when any is failed, unknown or an
// error, 2 for usage or unreadable input. Needs a running QCoreApplication. SIGINT or
// SIGTERM cancels: the report is still printed, the unfinished obligations as cancelled,
// and the exit code is 130 or 143 (cli/interrupt.h).
int check(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace proofdesk::cli
