// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace proofdesk::cli {

// proofdesk-cli export FILE... --out DIR [--jobs N] [--timeout S] [--no-cache] [--cache PATH]
//                                 [--no-pdf] [--worker PATH]
// Checks the sketches and writes a bundle (docs/certificates.md). Exit 0 when the bundle was
// written (whatever the verdicts: they are in it), 2 for usage errors and write failures,
// 130 or 143 when SIGINT or SIGTERM cancelled it (the begun directory is then removed).
// report.pdf needs a QGuiApplication; without one, pass --no-pdf.
int exportBundle(const QStringList &arguments, QTextStream &out, QTextStream &err);

// proofdesk-cli verify DIR: one line per claim; exit 0 only when every recorded level is
// confirmed and the bundle is intact, 1 otherwise, 2 for usage errors.
int verifyBundle(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace proofdesk::cli
