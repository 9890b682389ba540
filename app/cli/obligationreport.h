// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/module.h"

#include <QJsonObject>
#include <QString>

namespace proofdesk::cli {

// `file:line:col-line:col`, the form of a source range in the CLI's text output.
QString formatRange(const std::string &file, const lang::SourceRange &range);

// The machine-readable form of `obligations --json`:
// {"file", "diagnostics": [...], "obligations": [{"id", "lemma", "step", "kind", "status",
//  "file", "range": {"start": {"line", "column"}, "end": {...}}, "facts", "citedLemmas",
//  "citedDefinitions", "error", "smt"}]}
QJsonObject moduleToJson(const lang::Module &module);

// The readable form: one block per obligation, then a one-line summary.
QString obligationsText(const lang::Module &module);

} // namespace proofdesk::cli
