// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whole SMT-LIB 2 and DIMACS documents, as opposed to the obligations of a sketch.
//
// .smt2: the document runs in one proofdesk-worker through cvc5's own parser; each
// (check-sat) becomes one check whose answer is compared with the (set-info :status ...)
// in force. A disagreement is an error verdict that says both words, never a silent pass.
// .cnf: kissat (or cadical) runs as a process writing a DRAT proof; unsat counts only when
// drat-trim, another process, verifies the proof; sat only when the printed assignment
// satisfies every clause as read by our own DIMACS reader.
//
// Both functions block until their processes have ended (each bounded by the limits, and
// cut short by DocumentOptions::cancel): call them from the command line tool or a worker
// thread, never from the GUI thread.

#include "cnf/dimacs.h"
#include "engine/verdict.h"
#include "engine/workerprocess.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace proofdesk::engine {

struct DocumentOptions {
    Limits limits;            // timeoutMs: per (check-sat), and for the SAT solver and drat-trim each
    QString workerProgram;    // default: proofdesk-worker beside the running executable
    QStringList satSolvers{QStringLiteral("kissat"), QStringLiteral("cadical")}; // first found on PATH is used
    QString dratTrim = QStringLiteral("drat-trim");
    // When set (an existing directory), the .cnf check leaves its files there instead of in
    // a temporary directory, so that an exporter can bundle them: formula.cnf (the formula
    // as normalizedDimacs writes it: what the solver and drat-trim read), proof.drat (the
    // solver's DRAT proof) and, for a sat answer, model.txt (the solver's `v` lines).
    QString keepFilesIn;
    // When set, polled while the processes run (every 50 ms): once it reads true the check
    // ends its processes (the whole process group, as a cancelled engine request does) and
    // returns a check with status unknown and reason "cancelled". The flag must outlive the
    // call; nullptr: the check runs to its end or its limits.
    const std::atomic_bool *cancel = nullptr;
};

struct DocumentCheck {
    QString id;               // "check-sat@12" (its line), "parse", "document", "cnf"
    int line = 0;             // 1-based; 0 when the check has no position
    int column = 0;
    QString answer;           // the solver's own word: "sat", "unsat", "unknown", "" (none)
    QString expected;         // .smt2: the :status in force; "" when the file gives none
    Verdict verdict;          // proved: definite answer that agrees (or no :status); error: disagreement
};

QList<DocumentCheck> checkSmt2Document(const QString &text, const DocumentOptions &options);
QList<DocumentCheck> checkCnfDocument(const QString &path, const DocumentOptions &options);

// The formula as the SAT solver and drat-trim are given it: a fresh "p cnf" header with the
// real counts, then one clause per line (header repaired, SATLIB '%' trailer gone). An
// exporter bundles it; verify rebuilds it from the bundled source and compares.
QByteArray normalizedDimacs(const cnf::Formula &formula);

// The assignment in a SAT solver's `v` lines (indexed by variable, true = positive);
// variables not mentioned are false.
std::vector<bool> assignmentFromModel(const QByteArray &solverOutput, std::size_t variables);

// Whether a path is a document of these kinds (by suffix).
bool isSmt2Path(const QString &path);
bool isCnfPath(const QString &path);

} // namespace proofdesk::engine
