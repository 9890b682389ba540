// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/script.h"
#include "solve/protocol.h"

#include <QString>

namespace proofdesk::engine {

// The script that checks a counterexample: every declared constant and function the model
// gives a value becomes a `define-fun` with that value, the context facts are dropped and
// only `(assert (not claim))` remains. With everything defined, the solver merely evaluates:
// sat means the claim is false under the model; unsat means the model does not refute it.
// Relies on the printer's layout of one declaration or assertion per line.
QString validationScript(const QString &printedScript, const QList<solve::ModelEntry> &model);

// Renames the model's symbols from the printed script back to the author's names and keeps
// only the symbols the obligation declares (parameters, constants, functions).
QList<solve::ModelEntry> toAuthorNames(const QList<solve::ModelEntry> &model, const lang::PrintedScript &printed,
                                       const lang::Script &script);
// Fact symbols of an unsat core back to the author's fact names.
QStringList coreToFactNames(const QStringList &core, const lang::PrintedScript &printed);

// How a value reads for a person: bit-vectors in hex and decimal, (/ 1 2) as 1/2,
// (- 3) as -3, strings as is, functions as their lambda.
QString displayValue(const QString &value, const QString &sort);

} // namespace proofdesk::engine
