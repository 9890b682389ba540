// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace proofdesk::cli {

// proofdesk-cli graph FILE [--kind vig|incidence|deps|proof] [--format svg|png|dot|graphml|json]
//                          [--out PATH] [--metrics] [--seed N]
// Writes the structure graph of FILE (.cnf, .smt2 or .pds) and/or prints its metrics.
// Exit 0 on success, 2 for usage errors and unreadable or malformed input.
int graph(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace proofdesk::cli
