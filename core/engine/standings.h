// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/verdict.h"
#include "lang/module.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace proofdesk::engine {

struct LemmaStanding {
    QString lemma;
    Status own = Status::Proved;       // worst among its own obligations
    Status standing = Status::Proved;  // worst including cited lemmas, transitively
    QStringList dependsOnBad;          // cited lemmas (transitively) whose standing is worse than proved
    QStringList unused;                // assumptions and cited facts in no unsat core
    bool vacuous = false;              // some obligation was proved vacuously
    bool complete = false;             // every obligation has a verdict
};

// Standings and the `unused` warning (sketch-language.md section 6) from the verdicts known so
// far, keyed by obligation id. Pure: no solving happens here.
QList<LemmaStanding> computeStandings(const lang::Module &module, const QHash<QString, Verdict> &verdicts);

} // namespace proofdesk::engine
