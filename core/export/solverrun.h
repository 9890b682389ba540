// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solve/protocol.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

// Blocking runs of separate solver processes for export and verify. Call them off the GUI
// thread (the exporter runs them on a QtConcurrent thread); each honours `cancel`.
namespace proofdesk::exporting {

struct RunLimits {
    int timeoutMs = 30000;                            // wall clock per process
    qint64 memoryBytes = 4LL * 1024 * 1024 * 1024;    // RLIMIT_AS
    qint64 maxOutputBytes = 256LL * 1024 * 1024;      // a proof larger than this is refused
    int niceness = 0;                                 // as engine::Limits::niceness
};

struct ProcessOutput {
    bool started = false;
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out, err;
    QString problem() const; // empty when the process ran to a normal exit
};

ProcessOutput runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input, const RunLimits &limits,
                         const std::atomic_bool *cancel = nullptr);

// The cvc5 command-line options that make the cvc5 binary do what the worker does for a
// proof request (solve/cvc5adapter.cpp), plus --check-proofs.
QStringList cvc5ProofCheckArguments(solve::Strategy strategy, const QString &format, int timeoutMs);

struct SolverAnswer {
    QString answer;  // "unsat", "sat", "unknown", or empty when the run failed
    QString proof;   // what followed the answer (cvc5 --dump-proofs)
    QString problem; // why there is no answer
};

// Runs `cvc5 ARGS FILE` with the options above: the answer and the printed proof.
SolverAnswer cvc5CheckProof(const QString &cvc5Program, const QString &obligationFile,
                            solve::Strategy strategy, const QString &format,
                            const RunLimits &limits, const std::atomic_bool *cancel = nullptr);

// Runs an SMT-LIB solver binary on the file and reads its first answer line. `solverId` is
// "z3" or a cvc5 strategy name ("cvc5", "cvc5-mbqi", "cvc5-fmf-fun").
SolverAnswer solverAnswer(const QString &program, const QString &solverId,
                          const QString &obligationFile, const RunLimits &limits,
                          const std::atomic_bool *cancel = nullptr);

// One check-sat of an .smt2 document as the cvc5 binary answered it.
struct Smt2Check {
    int line = 0;          // of its '(' (solve/smt2scan.h): the check the claim "check-sat@LINE" names
    QString id;            // its name (solve::checkSatIds): "check-sat@LINE", or "check-sat@LINE:COLUMN" on a shared line
    bool reached = false;  // cvc5 got to it (a run that stops at an error does not reach later ones)
    QString answer;        // "sat", "unsat", "unknown"; empty when not reached or an error came instead
    QString error;         // what cvc5 printed instead of an answer
};

struct Smt2Run {
    QList<Smt2Check> checks; // every check-sat of the document, in document order
    QString problem;         // the file could not be read or the process did not run to its end
};

// Runs a whole .smt2 document with the cvc5 binary (incremental, models on) and ties each
// answer to its check-sat: before every check-sat the text given to cvc5 has an (echo) of a
// marker unique to this run, so an answer is read as the line after its marker, never by
// counting answers (an echo or get-info of the document printing "sat" cannot shift them).
// `strategy` is the one that answered at export: "cvc5" (the default), "cvc5-mbqi" and
// "cvc5-fmf-fun" run `program` (the cvc5 binary) with that option, "z3" runs `program` as z3.
Smt2Run smt2DocumentChecks(const QString &program, const QString &documentFile,
                           const RunLimits &limits, const std::atomic_bool *cancel = nullptr,
                           const QString &strategy = QStringLiteral("cvc5"));

// Whether two printed proofs are the same proof (they may differ in trailing whitespace).
bool sameProof(const QString &a, const QString &b);

// The version a solver binary reports ("1.1.2", "4.13.3"), or empty.
QString binaryVersion(const QString &program);

} // namespace proofdesk::exporting
