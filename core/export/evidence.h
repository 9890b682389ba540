// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a bundle claims about each obligation and how strongly (docs/certificates.md).
namespace proofdesk::exporting {

// Strongest first. A claim is never given a level without the evidence for it.
enum class Evidence {
    Certified,    // a certificate accepted by a checker in a separate process: for SMT
                  // obligations cvc5 --check-proofs, whose checked proof is byte-identical to
                  // the bundled certificate; for a CNF answered unsat drat-trim accepting the
                  // bundled DRAT proof, for one answered sat the bundled assignment
                  // satisfying every clause (docs/certificates.md)
    CrossChecked, // a second, independent solver (z3) also answered unsat
    Proved,       // one solver answered unsat
    Admitted,     // `sorry`: not checked
    Failed,       // a validated counterexample
    Unknown,      // unknown, timeout, error, not checked
};
QString evidenceName(Evidence e); // "certified", "cross-checked", ...
std::optional<Evidence> evidenceFromName(const QString &name);

struct CounterexampleValue {
    QString symbol, sort, value;
};

// One claim of a bundle: a line of manifest.json's "claims" and of the reports.
struct Claim {
    QString id;            // "FILE#lemma/step", unique in the bundle
    QString obligationId;  // the front end's id inside its file, "lemma/step"
    QString source;        // bundle path of the sketch, "sources/agents.pds"
    QString lemma, step;
    int line = 0, column = 0, endLine = 0, endColumn = 0;
    QString verdict;       // engine status: proved, failed, unknown, admitted, error
    QString answer;        // documents (.cnf, .smt2): the solver's word, "sat" or "unsat"
    QString strategy, solver;
    qint64 timeMs = 0;
    QString reason;
    QString obligation;    // bundle path of the .smt2, empty for source errors and sorry
    QString certificate;   // bundle path, empty when there is none
    QString certificateFormat;
    QString checker;       // the checker's command line, without paths
    QString checkerResult; // "accepted", "rejected: ...", "not run: ..."
    QString crossCheckedBy;
    bool vacuous = false;
    QList<CounterexampleValue> counterexample;
    Evidence evidence = Evidence::Unknown;
};

QJsonObject claimToJson(const Claim &c);
// Reads a claim written by claimToJson; the error names the field.
std::optional<Claim> claimFromJson(const QJsonObject &o, QString *error);

} // namespace proofdesk::exporting
