// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solve/protocol.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace proofdesk::engine {

enum class Status {
    Proved,   // unsat
    Failed,   // sat, with a counterexample that evaluates the claim to false
    Unknown,  // unknown / timeout / resource limit
    Admitted, // sorry
    Error,    // source error, solver crash, bad output, invalid model
};
QString statusName(Status s); // "proved", "failed", ...

struct Verdict {
    Status status = Status::Unknown;
    QString solver;            // "cvc5 1.1.2", "z3 4.13.3"
    QString strategy;          // "cvc5", "cvc5-mbqi", "cvc5-fmf-fun", "z3"
    qint64 elapsedMs = 0;
    QString reason;            // why unknown / error; for proved, why a cross-check was inconclusive
    QStringList core;          // proved: the author's fact names in the unsat core
    QList<solve::ModelEntry> model; // failed (confirmed) or unknown (unconfirmed), author's names
    bool modelConfirmed = false;
    bool vacuous = false;      // proved only because the context is contradictory
    // Proved, and the vacuity check of its context still runs: the final verdict follows
    // (EngineOptions::provisionalVerdicts). Never cached, exported or reported as final.
    bool provisional = false;
    bool fromCache = false;
    QString crossCheckedBy;    // proved: the independent solver that agreed (EngineOptions::crossCheck)
    QString disagreement;      // solvers contradicted each other or one gave a false model: what happened
    bool operator==(const Verdict &) const = default;
};

// Worst first: a lemma's standing is the worst verdict among its obligations and cited lemmas.
int severity(Status s);

} // namespace proofdesk::engine
