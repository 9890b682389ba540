// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/externalsolver.h"
#include "engine/verdict.h"
#include "engine/workerprocess.h"
#include "lang/module.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <string>
#include <vector>

namespace proofdesk::engine {

class ResultCache;

struct EngineOptions {
    int jobs = 0;                    // solver processes at once; 0: one per core
    Limits limits;
    QString workerProgram;           // default: defaultWorkerProgram()
    QList<ExternalSolver> externals; // SMT-LIB solvers in the portfolio (z3 when installed)
    QString onlySolver;              // restrict to one strategy id: cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, ...
    bool useCache = true;
    QString cachePath;               // default: the user's cache directory
    bool trustCache = true;          // an untrusted (shared) cache is only a hint
    bool vacuityCheck = true;
    // Report a proof as soon as it is found, marked Verdict::provisional, and again when the
    // vacuity check of its context has ended. That check rarely finds anything but may run
    // to its limit (2 s) on a consistent context the solver cannot build a model of; a window
    // should not show the proved step as running meanwhile. The app sets it; the CLI and the
    // exporter, which report final verdicts only, not.
    bool provisionalVerdicts = false;
    // After a proof, ask one solver of another family (z3 after cvc5, cvc5 after z3) as well:
    // agreement is recorded in Verdict::crossCheckedBy; a counterexample from it that
    // evaluates the claim to false turns the verdict into *failed* with a disagreement.
    bool crossCheck = false;
    // Start the worker processes with the first submit instead of with the first solver run,
    // so that the first edit after a document answered wholly from the cache does not wait
    // for process start-up. The app sets it; the CLI, which may need no solver at all, not.
    bool prestartWorkers = false;
};

struct EngineStats {
    int solverRuns = 0;   // solver processes asked (strategies, validations, vacuity checks)
    int cacheHits = 0;    // answered from the SQLite cache
    int memoHits = 0;     // unchanged since an earlier revision: answered from memory
};

// Checks obligations: each goes through the strategy portfolio in worker processes (cvc5)
// and external solver processes, first sat/unsat wins, and the verdict comes back by signal
// with the revision it belongs to. Everything is asynchronous: no call blocks on a solver.
// Must be used from one thread (the one it lives in).
class Engine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(Engine)

public:
    explicit Engine(EngineOptions options = {}, QObject *parent = nullptr);
    ~Engine() override;

    // Schedules the obligations of `revision`. Unchanged obligations (same printed script)
    // are answered at once from memory or the cache; obligations of earlier revisions that
    // are no longer wanted are cancelled; those nearest `focusLine` go first.
    void submit(quint64 revision, const std::vector<lang::Obligation> &obligations, int focusLine = -1);
    void cancel();
    bool idle() const;
    EngineStats stats() const { return m_stats; }
    QStringList strategyIds() const;
    QString cacheError() const { return m_cacheError; }

signals:
    void verdictReady(quint64 revision, const QString &obligationId, const proofdesk::engine::Verdict &verdict);
    void obligationStarted(quint64 revision, const QString &obligationId);
    void finished(quint64 revision);

private:
    struct Strategy;
    struct Job;
    struct Task;

    void dispatch();
    WorkerProcess *addWorker();
    bool startNext();
    void startTask(Job &job, int kind, int strategyIndex, const QString &script);
    void onWorkerResponse(WorkerProcess *w, const solve::SolveResponse &r);
    void onWorkerFailed(WorkerProcess *w, quint64 id, const QString &reason, bool timedOut);
    void onExternalFinished(ExternalRun *run, const solve::SolveResponse &r, bool timedOut);
    void handle(quint64 requestId, const solve::SolveResponse &r, bool timedOut);
    void decideSolve(Job &job, const Strategy &s, const solve::SolveResponse &r, bool fromCache);
    void afterProved(Job &job);
    void decideCrossCheck(Job &job, const Strategy &cross, const solve::SolveResponse &r, bool fromCache);
    void handleCrossValidation(Job &job, const solve::SolveResponse &r);
    void restartSolving(Job &job);
    void finalize(Job &job);
    void killTasksOf(const QString &jobKey);
    bool lookupCache(Job &job);
    void storeCache(const Job &job, const Strategy &s, const solve::SolveResponse &r);
    void maybeFinished();
    QString cvc5Version();

    EngineOptions m_options;
    std::vector<Strategy> m_strategies;
    std::vector<std::unique_ptr<WorkerProcess>> m_workers;
    std::unique_ptr<ResultCache> m_cache;
    QString m_cacheError;
    QString m_cvc5Version;
    QHash<QString, std::shared_ptr<Job>> m_jobs;  // by script key
    // The schedule, most urgent first: jobs no worker has started yet (consumed from
    // m_nextPending on; finished ones are skipped), and the few started and not finished,
    // which alone can need a follow-up. Picking the next task looks at the started ones and
    // one pending job, not at every obligation of the document.
    std::vector<std::shared_ptr<Job>> m_pending;
    std::size_t m_nextPending = 0;
    std::vector<std::shared_ptr<Job>> m_started;
    void schedule();
    std::shared_ptr<Job> firstPending();
    QHash<quint64, std::shared_ptr<Task>> m_tasks; // running, by request id
    QHash<QString, Verdict> m_memo;              // script key -> verdict of this session
    struct PrintedKey {
        std::string smt;
        QString key;
    };
    QHash<QString, PrintedKey> m_printedKeys;    // obligation id -> its script and key at the last submit
    quint64 m_revision = 0;
    quint64 m_nextRequest = 1;
    int m_externalRunning = 0;
    bool m_finishedSent = true;
    EngineStats m_stats;
};

} // namespace proofdesk::engine
