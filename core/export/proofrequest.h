// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/solverrun.h"
#include "solve/protocol.h"

#include <QList>
#include <QString>
#include <atomic>

// A proof from proofdesk-worker, a separate process like every other solver run: the CLI's
// `graph --kind proof` and the graph view ask for the "dag" format (graph/proofdag.h).
// Blocking; call it off the GUI thread.
namespace proofdesk::exporting {

struct WorkerProof {
    QString proof;    // the printed proof, in `format`
    QString format;   // as the worker names it
    QString strategy; // the strategy that answered unsat
    QString problem;  // why there is no proof (each strategy's answer), empty on success
};

// Tries the strategies in order until one answers unsat (the portfolio's order, so that an
// obligation proved only by cvc5 --mbqi still gets its proof).
WorkerProof workerProof(const QString &workerProgram, const QString &script,
                        const QList<solve::Strategy> &strategies, const QString &format,
                        const RunLimits &limits, const std::atomic_bool *cancel = nullptr);

} // namespace proofdesk::exporting
