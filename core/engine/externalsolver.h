// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/workerprocess.h"
#include "solve/protocol.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace proofdesk::engine {

// An SMT-LIB 2 solver binary from the user's settings (or detected on PATH: z3, cvc5).
// Only the user's own settings may hold a command line; documents name solvers by id.
struct ExternalSolver {
    QString id;            // "z3"
    QString program;       // absolute path
    QStringList arguments; // reads the script on stdin, e.g. {"-in"}
    QString version;       // "z3 4.13.3"
    enum class Flavor { Z3, Cvc5, Generic } flavor = Flavor::Generic;
};

// Detects z3 and the cvc5 binary on PATH (their versions by running them once).
QList<ExternalSolver> detectExternalSolvers();
// Per-run arguments for the time limit, by flavour.
QStringList timeLimitArguments(const ExternalSolver &solver, int timeoutMs);

// Parses what a solver printed after the answer: a model `((define-fun ...) ...)` or
// `(model ...)` into entries (functions as lambdas), or a core `(a b)` into names.
QList<solve::ModelEntry> parseModel(const QString &text, QString *error = nullptr);
QStringList parseCore(const QString &text, QString *error = nullptr);

// One lock-step run: the script (without its final check-sat) is written, then
// (check-sat); after the answer, (get-model) or (get-unsat-core), then (exit). Any
// (error ...) line makes the run an error, even if an answer follows (z3 answers after
// errors on syntax it does not know).
class ExternalRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ExternalRun)

public:
    ExternalRun(ExternalSolver solver, Limits limits, QObject *parent = nullptr);
    ~ExternalRun() override;
    void start(const solve::SolveRequest &request);
    void kill();

signals:
    void finished(const proofdesk::solve::SolveResponse &response, bool timedOut);

private:
    void onReadyRead();
    void onExit(int code, QProcess::ExitStatus status);
    // Reads what the solver printed; false (and the run finished with an error) once the
    // whole output exceeds Limits::maxOutputBytes.
    bool takeOutput();
    void finish(solve::SolveResponse r, bool timedOut = false);
    void interpret();

    ExternalSolver m_solver;
    Limits m_limits;
    std::unique_ptr<QProcess> m_process;
    QTimer m_timer;
    solve::SolveRequest m_request;
    QByteArray m_out;       // not yet interpreted
    qint64 m_outTotal = 0;  // everything read from stdout, against Limits::maxOutputBytes
    QByteArray m_err;
    qint64 m_started = 0;
    enum class Phase { Answer, Followup, Done } m_phase = Phase::Answer;
    solve::Answer m_answer = solve::Answer::Error;
};

} // namespace proofdesk::engine
