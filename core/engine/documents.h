// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whole SMT-LIB 2 and DIMACS documents, as opposed to the obligations of a sketch.
//
// .smt2: the document runs in a proofdesk-worker through cvc5's own parser; each
// (check-sat) becomes one check whose answer is compared with the (set-info :status ...)
// in force. A disagreement is an error verdict that says both words, never a silent pass.
// Like a sketch's steps, the checks go through a portfolio of strategies (spec section 6).
// A document is one solver run that answers its checks in order, so a strategy's answers
// come back when its run ends. With one job the document runs with the first strategy,
// then again with the next one for the checks still without a definite answer (the
// others' (check-sat) commands blanked out, so they cost nothing), and so on, one after the
// other. With more jobs, as many strategies run side by side, each on the checks without a
// definite answer when it starts; the next starts as one ends, and a run whose checks have
// all been answered (sat or unsat) by others is stopped, its process group killed. A
// check's verdict names the strategy that answered first; two strategies that answer sat
// and unsat make an error verdict naming both (Verdict::disagreement), never a silent pick.
// .cnf: kissat (or cadical) runs as a process writing a DRAT proof; unsat counts only when
// drat-trim, another process, verifies the proof; sat only when the printed assignment
// satisfies every clause as read by our own DIMACS reader.
//
// Both functions block until their processes have ended (each bounded by the limits, or
// DocumentOptions::stop): call them from the command line tool or a worker thread, never
// from the GUI thread.

#include "cnf/dimacs.h"
#include "engine/externalsolver.h"
#include "engine/verdict.h"
#include "engine/workerprocess.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <stop_token>

namespace proofdesk::engine {

// The .smt2 portfolio, as the sketch engine's: "cvc5", "cvc5-mbqi", "cvc5-fmf-fun", "z3".
QStringList defaultDocumentStrategies();

struct DocumentOptions {
    Limits limits;            // timeoutMs: per (check-sat), and for the SAT solver and drat-trim each
    QString workerProgram;    // default: proofdesk-worker beside the running executable
    QStringList satSolvers{QStringLiteral("kissat"), QStringLiteral("cadical")}; // first found on PATH is used
    QString dratTrim = QStringLiteral("drat-trim");
    // .smt2: the strategies tried on each (check-sat), in this order, each on the checks
    // still without a definite answer. cvc5 strategies run in the worker; another id runs
    // the entry of `externals` with that id and is passed over when there is none (z3 when
    // not installed). "cvc5-fmf-fun" runs only where the document has recursive
    // definitions (and then first), unless it is the only strategy asked for.
    QStringList strategies = defaultDocumentStrategies();
    // .smt2: how many strategies run at once (each a solver process). 1: one after the other.
    int jobs = 1;
    // .smt2: as EngineOptions::crossCheck: a solver of another family than the first
    // strategy's (z3 after cvc5, cvc5 after an external solver) also runs every check, side
    // by side when jobs allow, and is not stopped when others answer. The same answer is
    // recorded in Verdict::crossCheckedBy; a contradicting one makes the check an error
    // with Verdict::disagreement.
    bool crossCheck = false;
    // SMT-LIB solver binaries a strategy id may name: what detectExternalSolvers() found,
    // as the sketch engine gets them. A document never names a command line.
    QList<ExternalSolver> externals;
    // When set (an existing directory), the .cnf check leaves its files there instead of in
    // a temporary directory, so that an exporter can bundle them: formula.cnf (the formula
    // as normalizedDimacs writes it: what the solver and drat-trim read), proof.drat (the
    // solver's DRAT proof) and, for a sat answer, model.txt (the solver's `v` lines).
    QString keepFilesIn;
    // When stop is requested (from any thread), every running solver, worker or drat-trim is
    // killed (process group, as endProcess does) within about 50 ms and the call returns a
    // single "cancelled" check. The GUI cancels this way and drops what comes back.
    std::stop_token stop;
};

struct DocumentCheck {
    // "check-sat@12" (its line; "check-sat@12:14" with the column when the line has more
    // than one, solve::checkSatIds), "parse@3", "document", "cnf"
    QString id;
    int line = 0;             // 1-based; 0 when the check has no position
    int column = 0;
    QString answer;           // the solver's own word: "sat", "unsat", "unknown", "" (none)
    QString expected;         // .smt2: the :status in force; "" when the file gives none
    Verdict verdict;          // proved: definite answer that agrees (or no :status); error: disagreement
};

QList<DocumentCheck> checkSmt2Document(const QString &text, const DocumentOptions &options);
// The strategies checkSmt2Document runs on `text`, in order (DocumentOptions::strategies
// less those with no solver, cvc5-fmf-fun placed as described there, the cross-checking
// solver second).
QStringList documentStrategies(const DocumentOptions &options, const QString &text);
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
