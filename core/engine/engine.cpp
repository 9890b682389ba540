// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include "engine/cache.h"
#include "engine/cachekey.h"
#include "engine/counterexample.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <algorithm>

namespace proofdesk::engine {

namespace {
enum TaskKind { Solve = 0, Validate = 1, Vacuity = 2, CrossCheck = 3 };
enum Phase { Solving = 0, Validating = 1, CheckingVacuity = 2, Done = 3, CrossChecking = 4, ValidatingCross = 5 };
constexpr int kVacuityTimeoutMs = 2000;
} // namespace

struct Engine::Strategy {
    QString id;
    bool cvc5 = true;
    solve::Strategy option = solve::Strategy::Default;
    int external = -1;
    QString version;
    // Solvers of one family share code and bugs: a cross-check asks another family.
    QString family() const { return cvc5 ? QStringLiteral("cvc5") : id; }
};

struct Engine::Job {
    QString key;
    QStringList ids;
    lang::Script script;
    QString smt;
    lang::PrintedScript printed;
    int focus = 0;
    int index = 0;
    QList<int> strategies;
    qsizetype next = 0;
    int running = 0;
    int phase = Solving;
    bool followupStarted = false;
    QString followupScript;
    QStringList reasons;
    bool anyUnknown = false;
    QList<solve::ModelEntry> candidate;
    Verdict verdict;
    solve::SolveResponse decisive;
    int decisiveStrategy = -1;
    int crossStrategy = -1;         // the independent solver asked after a proof
    solve::SolveResponse crossAnswer;
    QStringList liars;              // strategies whose model did not falsify the claim
    bool started = false;
};

struct Engine::Task {
    quint64 id = 0;
    QString jobKey;
    int kind = Solve;
    int strategy = -1;
    WorkerProcess *worker = nullptr; // not owned
    ExternalRun *run = nullptr;      // owned until finished: deleteLater
};

Engine::Engine(EngineOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    if (m_options.jobs <= 0)
        m_options.jobs = std::max(1, QThread::idealThreadCount());
    if (m_options.workerProgram.isEmpty())
        m_options.workerProgram = defaultWorkerProgram();

    m_strategies.push_back({QStringLiteral("cvc5"), true, solve::Strategy::Default, -1, {}});
    m_strategies.push_back({QStringLiteral("cvc5-mbqi"), true, solve::Strategy::Mbqi, -1, {}});
    m_strategies.push_back({QStringLiteral("cvc5-fmf-fun"), true, solve::Strategy::FmfFun, -1, {}});
    for (int i = 0; i < m_options.externals.size(); ++i)
        m_strategies.push_back({m_options.externals[i].id, false, solve::Strategy::Default, i, m_options.externals[i].version});

    if (m_options.useCache) {
        const QString path = m_options.cachePath.isEmpty() ? ResultCache::defaultPath() : m_options.cachePath;
        auto cache = ResultCache::open(path, m_options.trustCache);
        if (cache) {
            m_cache = std::move(*cache);
        } else {
            m_cacheError = cache.error();
            log::get("engine")->warn("result cache unavailable: {}", m_cacheError.toStdString());
        }
    }
}

Engine::~Engine()
{
    cancel();
}

QStringList Engine::strategyIds() const
{
    QStringList out;
    for (const auto &s : m_strategies)
        out << s.id;
    return out;
}

QString Engine::cvc5Version()
{
    if (!m_cvc5Version.isEmpty())
        return m_cvc5Version;
    // Once per engine: the cache key names the solver's version.
    m_cvc5Version = workerSolverVersion(m_options.workerProgram);
    if (m_cvc5Version.isEmpty())
        m_cvc5Version = QStringLiteral("cvc5");
    for (auto &s : m_strategies)
        if (s.cvc5)
            s.version = m_cvc5Version;
    return m_cvc5Version;
}

bool Engine::idle() const
{
    return m_jobs.isEmpty() && m_tasks.isEmpty();
}

void Engine::submit(quint64 revision, const std::vector<lang::Obligation> &obligations, int focusLine)
{
    cvc5Version();
    m_revision = revision;
    m_finishedSent = false;

    QHash<QString, QStringList> wanted;
    QList<QString> keys;
    QHash<QString, const lang::Obligation *> firstOf;
    // An edit changes a few obligations of many: the others keep the key they had, found by
    // id and a comparison of the text, which costs far less than hashing it again.
    QHash<QString, PrintedKey> printedKeys;
    printedKeys.reserve(qsizetype(obligations.size()));
    for (const auto &o : obligations) {
        const QString id = QString::fromStdString(o.id);
        if (o.status == lang::ObligationStatus::Error) {
            Verdict v;
            v.status = Status::Error;
            v.reason = QString::fromStdString(o.error);
            emit verdictReady(revision, id, v);
            continue;
        }
        if (o.status == lang::ObligationStatus::Admitted) {
            Verdict v;
            v.status = Status::Admitted;
            emit verdictReady(revision, id, v);
            continue;
        }
        QString key;
        if (const auto known = m_printedKeys.find(id); known != m_printedKeys.end() && known->smt == o.smt) {
            key = known->key;
            printedKeys.insert(id, std::move(*known)); // m_printedKeys is replaced below
        } else {
            key = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::fromStdString(o.smt), QCryptographicHash::Sha256).toHex());
            printedKeys.insert(id, {o.smt, key});
        }
        if (auto m = m_memo.constFind(key); m != m_memo.constEnd()) {
            ++m_stats.memoHits;
            emit verdictReady(revision, id, *m);
            continue;
        }
        if (!wanted.contains(key)) {
            keys << key;
            firstOf.insert(key, &o);
        }
        wanted[key] << id;
    }

    m_printedKeys = std::move(printedKeys);

    // Work for obligations that no longer exist is abandoned.
    for (const QString &key : m_jobs.keys()) {
        if (!wanted.contains(key)) {
            killTasksOf(key);
            m_jobs.remove(key);
        }
    }

    int index = 0;
    for (const QString &key : keys) {
        const lang::Obligation &o = *firstOf.value(key);
        const int focus = focusLine < 0 ? 0 : std::abs(int(o.range.begin.line) - focusLine);
        if (auto existing = m_jobs.value(key)) {
            existing->ids = wanted.value(key);
            existing->focus = focus;
            existing->index = index++;
            continue;
        }
        auto job = std::make_shared<Job>();
        job->key = key;
        job->ids = wanted.value(key);
        job->script = o.script;
        job->smt = QString::fromStdString(o.smt);
        job->printed = lang::printScript(o.script);
        job->focus = focus;
        job->index = index++;
        const bool recursive = job->smt.contains(QLatin1String("(define-fun-rec "));
        QList<int> order = recursive ? QList<int>{2, 0, 1} : QList<int>{0, 1};
        for (int i = 3; i < int(m_strategies.size()); ++i)
            order << i;
        if (!m_options.onlySolver.isEmpty()) {
            order.clear();
            for (int i = 0; i < int(m_strategies.size()); ++i)
                if (m_strategies[i].id == m_options.onlySolver)
                    order << i;
        }
        job->strategies = order;
        m_jobs.insert(key, job);
        if (order.isEmpty()) {
            job->verdict.status = Status::Error;
            job->verdict.reason = tr("no solver named \"%1\" is available").arg(m_options.onlySolver);
            finalize(*job);
            continue;
        }
        lookupCache(*job);
    }
    schedule();
    dispatch();
    if (m_options.prestartWorkers && !obligations.empty()) {
        std::erase_if(m_workers, [](const std::unique_ptr<WorkerProcess> &w) { return w->broken(); });
        while (m_workers.size() < std::size_t(m_options.jobs))
            addWorker()->prestart();
    }
    maybeFinished();
}

void Engine::cancel()
{
    for (const QString &key : m_jobs.keys())
        killTasksOf(key);
    m_jobs.clear();
    m_pending.clear();
    m_nextPending = 0;
    m_started.clear();
    for (auto &w : m_workers)
        w->kill();
    maybeFinished();
}

void Engine::killTasksOf(const QString &jobKey)
{
    for (auto it = m_tasks.begin(); it != m_tasks.end();) {
        if (it.value()->jobKey != jobKey) {
            ++it;
            continue;
        }
        Task &t = *it.value();
        if (t.worker)
            t.worker->kill();
        if (t.run) {
            t.run->kill();
            t.run->deleteLater();
            --m_externalRunning;
        }
        if (auto job = m_jobs.value(jobKey))
            --job->running;
        it = m_tasks.erase(it);
    }
}

void Engine::dispatch()
{
    while (int(m_tasks.size()) < m_options.jobs && startNext()) {
    }
}

namespace {
// Jobs nearer the focus first, then in document order.
constexpr auto moreUrgent = [](const auto &a, const auto &b) {
    return std::tie(a->focus, a->index) < std::tie(b->focus, b->index);
};
} // namespace

void Engine::schedule()
{
    m_pending.clear();
    m_nextPending = 0;
    m_started.clear();
    for (const auto &job : std::as_const(m_jobs))
        (job->started ? m_started : m_pending).push_back(job);
    std::sort(m_pending.begin(), m_pending.end(), moreUrgent);
    std::sort(m_started.begin(), m_started.end(), moreUrgent);
}

std::shared_ptr<Engine::Job> Engine::firstPending()
{
    while (m_nextPending < m_pending.size()) {
        const auto &job = m_pending[m_nextPending];
        if (job->phase == Solving && !job->started && job->next < job->strategies.size())
            return job;
        ++m_nextPending; // finished, or taken from the cache meanwhile
    }
    return nullptr;
}

bool Engine::startNext()
{
    // Checking an answer comes before asking new questions. Only a started job has one.
    // A copy: a task that ends at once (a solver that cannot start) finalizes its job.
    for (std::size_t i = 0; i < m_started.size(); ++i) {
        const std::shared_ptr<Job> job = m_started[i];
        if (job->followupStarted)
            continue;
        if (job->phase == CrossChecking) {
            job->followupStarted = true;
            startTask(*job, CrossCheck, job->crossStrategy, job->smt);
            return true;
        }
        if (job->phase == Validating || job->phase == ValidatingCross || job->phase == CheckingVacuity) {
            job->followupStarted = true;
            // Evaluating a claim through recursive definitions needs the finite-model unfolding.
            const bool recursive = job->smt.contains(QLatin1String("(define-fun-rec "));
            startTask(*job, job->phase == CheckingVacuity ? Vacuity : Validate, recursive ? 2 : 0, job->followupScript);
            return true;
        }
    }
    // Then the next strategy of each undecided obligation, breadth first: an obligation with
    // nothing running goes before a second strategy of one that is already being solved.
    auto solvable = [](const Job &job) { return job.phase == Solving && job.next < job.strategies.size(); };
    std::shared_ptr<Job> pick;
    for (const auto &job : m_started)
        if (solvable(*job) && job->running == 0) {
            pick = job;
            break;
        }
    if (auto pending = firstPending(); pending && (!pick || moreUrgent(pending, pick))) {
        pick = pending;
        ++m_nextPending;
        m_started.insert(std::upper_bound(m_started.begin(), m_started.end(), pick, moreUrgent), pick);
    }
    if (!pick) {
        for (const auto &job : m_started)
            if (solvable(*job)) {
                pick = job;
                break;
            }
    }
    if (!pick)
        return false;
    const int s = pick->strategies[pick->next++];
    startTask(*pick, Solve, s, pick->smt);
    return true;
}

void Engine::startTask(Job &job, int kind, int strategyIndex, const QString &script)
{
    const Strategy &s = m_strategies[static_cast<std::size_t>(strategyIndex)];
    solve::SolveRequest req;
    req.id = m_nextRequest++;
    req.script = script;
    req.strategy = s.option;
    // The vacuity check is a warning, not a verdict: it may not cost a full time limit.
    req.timeoutMs = kind == Vacuity ? std::min(m_options.limits.timeoutMs, kVacuityTimeoutMs) : m_options.limits.timeoutMs;
    req.wantModel = kind == Solve || kind == CrossCheck;
    req.wantCore = kind == Solve;

    auto task = std::make_shared<Task>();
    task->id = req.id;
    task->jobKey = job.key;
    task->kind = kind;
    task->strategy = strategyIndex;
    ++job.running;
    ++m_stats.solverRuns;
    m_tasks.insert(req.id, task);
    if (!job.started) {
        job.started = true;
        for (const QString &id : job.ids)
            emit obligationStarted(m_revision, id);
    }

    if (!s.cvc5) {
        auto *run = new ExternalRun(m_options.externals[s.external], m_options.limits, this);
        task->run = run;
        ++m_externalRunning;
        connect(run, &ExternalRun::finished, this,
                [this, run](const solve::SolveResponse &r, bool timedOut) { onExternalFinished(run, r, timedOut); });
        run->start(req);
        return;
    }
    // A free worker, replacing broken ones; at most `jobs` exist.
    // Logged for the Log panel and the log file: the next worker started is a restart.
    if (const auto broken = std::erase_if(m_workers, [](const std::unique_ptr<WorkerProcess> &w) { return w->broken(); }))
        log::get("engine")->info("replacing {} failed solver worker(s); {} still running", broken, m_workers.size());
    WorkerProcess *worker = nullptr;
    for (auto &w : m_workers)
        if (!w->busy()) {
            worker = w.get();
            break;
        }
    if (!worker)
        worker = addWorker();
    task->worker = worker;
    worker->submit(req);
}

WorkerProcess *Engine::addWorker()
{
    m_workers.push_back(std::make_unique<WorkerProcess>(m_options.workerProgram, QStringList{}, m_options.limits));
    WorkerProcess *worker = m_workers.back().get();
    connect(worker, &WorkerProcess::responded, this,
            [this, worker](const solve::SolveResponse &r) { onWorkerResponse(worker, r); });
    connect(worker, &WorkerProcess::failed, this, [this, worker](quint64 id, const QString &reason, bool timedOut) {
        onWorkerFailed(worker, id, reason, timedOut);
    });
    return worker;
}

void Engine::onWorkerResponse(WorkerProcess *, const solve::SolveResponse &r)
{
    handle(r.id, r, false);
}

void Engine::onWorkerFailed(WorkerProcess *, quint64 id, const QString &reason, bool timedOut)
{
    solve::SolveResponse r;
    r.id = id;
    r.answer = timedOut ? solve::Answer::Unknown : solve::Answer::Error;
    r.reason = reason;
    r.solver = m_cvc5Version;
    // The broken worker is replaced at the next dispatch, not here: we are inside its signal.
    QMetaObject::invokeMethod(this, [this, id, r, timedOut] { handle(id, r, timedOut); }, Qt::QueuedConnection);
}

void Engine::onExternalFinished(ExternalRun *run, const solve::SolveResponse &r, bool timedOut)
{
    run->deleteLater();
    for (auto &t : m_tasks)
        if (t->run == run) {
            t->run = nullptr;
            --m_externalRunning;
            break;
        }
    handle(r.id, r, timedOut);
}

void Engine::handle(quint64 requestId, const solve::SolveResponse &r, bool timedOut)
{
    Q_UNUSED(timedOut);
    auto task = m_tasks.take(requestId);
    if (!task) {
        dispatch();
        maybeFinished();
        return;
    }
    auto job = m_jobs.value(task->jobKey);
    if (job) {
        --job->running;
        const Strategy &s = m_strategies[static_cast<std::size_t>(task->strategy)];
        static constexpr std::array kKindNames{"solve", "validate", "vacuity", "cross-check"};
        log::get("engine")->debug("{} {} by {}: {} in {} ms{}{}", kKindNames[static_cast<std::size_t>(task->kind)],
                                  job->ids.value(0).toStdString(), s.id.toStdString(),
                                  solve::answerName(r.answer).toStdString(), r.elapsedMs,
                                  r.reason.isEmpty() ? "" : ", ", r.reason.toStdString());
        if (task->kind == Solve && job->phase == Solving) {
            decideSolve(*job, s, r, false);
        } else if (task->kind == Validate && job->phase == Validating) {
            const Strategy &from = m_strategies[static_cast<std::size_t>(job->decisiveStrategy)];
            if (r.answer == solve::Answer::Sat) {
                job->verdict.status = Status::Failed;
                job->verdict.modelConfirmed = true;
                storeCache(*job, from, job->decisive);
            } else if (r.answer == solve::Answer::Unsat) {
                // A solver that lies must not decide: the others are asked again without it.
                job->liars << from.id;
                job->strategies.removeAll(job->decisiveStrategy);
                if (!job->strategies.isEmpty()) {
                    restartSolving(*job);
                    dispatch();
                    maybeFinished();
                    return;
                }
                job->verdict.status = Status::Error;
                job->verdict.reason = tr("solver returned an invalid model (%1): the claim holds under it").arg(from.id);
            } else {
                job->verdict.status = Status::Unknown;
                job->verdict.reason = tr("%1 found a counterexample that could not be confirmed: %2").arg(from.id, r.reason);
            }
            finalize(*job);
        } else if (task->kind == CrossCheck && job->phase == CrossChecking) {
            decideCrossCheck(*job, s, r, false);
        } else if (task->kind == Validate && job->phase == ValidatingCross) {
            handleCrossValidation(*job, r);
        } else if (task->kind == Vacuity && job->phase == CheckingVacuity) {
            job->verdict.vacuous = r.answer == solve::Answer::Unsat;
            if (m_cache && r.answer != solve::Answer::Error) {
                // A vacuity entry records whether the context was shown contradictory within
                // the check's short limit; "not shown" (sat or undecided) is kept as sat so
                // that reopening a proved document asks no solver at all.
                const CacheKey key = makeKey(job->script, QStringLiteral("cvc5"), m_cvc5Version, QStringLiteral("vacuity"), true);
                solve::SolveResponse stored = r;
                stored.answer = r.answer == solve::Answer::Unsat ? solve::Answer::Unsat : solve::Answer::Sat;
                stored.core.clear();
                stored.model.clear();
                m_cache->store(key.hash, stored);
            }
            finalize(*job);
        }
    }
    dispatch();
    maybeFinished();
}

void Engine::decideSolve(Job &job, const Strategy &s, const solve::SolveResponse &r, bool fromCache)
{
    auto base = [&] {
        job.verdict.solver = r.solver;
        job.verdict.strategy = s.id;
        job.verdict.elapsedMs = r.elapsedMs;
        job.verdict.fromCache = fromCache;
    };
    if (r.answer == solve::Answer::Unsat) {
        killTasksOf(job.key);
        base();
        job.verdict.status = Status::Proved;
        job.verdict.core = coreToFactNames(r.core, job.printed);
        if (!fromCache)
            storeCache(job, s, r);
        if (!job.liars.isEmpty())
            job.verdict.disagreement = tr("%1 returned a model that does not falsify the claim").arg(job.liars.join(QStringLiteral(", ")));
        if (m_options.crossCheck) {
            job.decisiveStrategy = int(&s - m_strategies.data());
            for (int i = 0; i < int(m_strategies.size()); ++i)
                if (m_strategies[std::size_t(i)].family() != s.family() && !job.liars.contains(m_strategies[std::size_t(i)].id)) {
                    job.crossStrategy = i;
                    break;
                }
            if (job.crossStrategy >= 0) {
                const Strategy &cross = m_strategies[std::size_t(job.crossStrategy)];
                if (m_cache) {
                    const CacheKey key = makeKey(job.script, cross.id, cross.version, {});
                    if (auto hit = m_cache->lookup(key.hash); hit && (hit->answer == solve::Answer::Unsat || m_cache->trusted())) {
                        ++m_stats.cacheHits;
                        decideCrossCheck(job, cross, fromCanonical(*hit, key), true);
                        return;
                    }
                }
                job.phase = CrossChecking;
                job.followupStarted = false;
                return;
            }
            job.verdict.reason = tr("no independent solver is available for a cross-check");
        }
        afterProved(job);
        return;
    }
    if (r.answer == solve::Answer::Sat) {
        killTasksOf(job.key);
        base();
        job.verdict.model = toAuthorNames(r.model, job.printed, job.script);
        job.decisive = r;
        job.decisiveStrategy = int(&s - m_strategies.data());
        if (fromCache) {
            // Only confirmed counterexamples are ever stored.
            job.verdict.status = Status::Failed;
            job.verdict.modelConfirmed = true;
            finalize(job);
            return;
        }
        job.phase = Validating;
        job.followupScript = validationScript(job.smt, r.model);
        return;
    }
    job.reasons << QStringLiteral("%1: %2").arg(s.id, r.reason.isEmpty() ? QStringLiteral("unknown") : r.reason);
    job.anyUnknown = job.anyUnknown || r.answer == solve::Answer::Unknown;
    if (job.candidate.isEmpty() && !r.model.isEmpty())
        job.candidate = toAuthorNames(r.model, job.printed, job.script);
    if (job.next >= job.strategies.size() && job.running == 0) {
        job.verdict.status = job.anyUnknown ? Status::Unknown : Status::Error;
        job.verdict.reason = job.reasons.join(QStringLiteral("; "));
        job.verdict.solver = r.solver;
        job.verdict.strategy = s.id;
        job.verdict.model = job.candidate;
        job.verdict.modelConfirmed = false;
        finalize(job);
    }
}

void Engine::afterProved(Job &job)
{
    if (!m_options.vacuityCheck) {
        finalize(job);
        return;
    }
    job.phase = CheckingVacuity;
    job.followupStarted = false;
    if (m_cache) {
        const CacheKey key = makeKey(job.script, QStringLiteral("cvc5"), m_cvc5Version, QStringLiteral("vacuity"), true);
        if (auto hit = m_cache->lookup(key.hash)) {
            ++m_stats.cacheHits;
            job.verdict.vacuous = hit->answer == solve::Answer::Unsat;
            finalize(job);
            return;
        }
    }
    lang::PrintOptions ctxOnly;
    ctxOnly.contextOnly = true;
    job.followupScript = QString::fromStdString(lang::printScript(job.script, ctxOnly).text);
    if (m_options.provisionalVerdicts) {
        Verdict v = job.verdict;
        v.provisional = true;
        for (const QString &id : job.ids)
            emit verdictReady(m_revision, id, v);
    }
}

void Engine::handleCrossValidation(Job &job, const solve::SolveResponse &r)
{
    const Strategy &cross = m_strategies[static_cast<std::size_t>(job.crossStrategy)];
    if (r.answer == solve::Answer::Sat) {
        // The independent solver's counterexample evaluates the claim to false: the
        // proof was wrong, whoever gave it. A checked counterexample outranks an unsat.
        job.verdict.disagreement = tr("%1 said unsat, but %2 found a counterexample that falsifies the claim")
                                        .arg(job.verdict.strategy, cross.id);
        job.verdict.status = Status::Failed;
        job.verdict.strategy = cross.id;
        job.verdict.solver = job.crossAnswer.solver;
        job.verdict.elapsedMs = job.crossAnswer.elapsedMs;
        job.verdict.core.clear();
        job.verdict.model = toAuthorNames(job.crossAnswer.model, job.printed, job.script);
        job.verdict.modelConfirmed = true;
        storeCache(job, cross, job.crossAnswer);
        finalize(job);
    } else {
        job.verdict.disagreement = r.answer == solve::Answer::Unsat
            ? tr("%1 said sat, but its model does not falsify the claim").arg(cross.id)
            : tr("%1 said sat, but its model could not be evaluated: %2").arg(cross.id, r.reason);
        afterProved(job);
    }
}

void Engine::restartSolving(Job &job)
{
    job.phase = Solving;
    job.next = 0;
    job.followupStarted = false;
    job.decisive = {};
    job.decisiveStrategy = -1;
    job.verdict = {};
}

void Engine::decideCrossCheck(Job &job, const Strategy &cross, const solve::SolveResponse &r, bool fromCache)
{
    if (r.answer == solve::Answer::Unsat) {
        job.verdict.crossCheckedBy = cross.id;
        if (!fromCache)
            storeCache(job, cross, r);
        afterProved(job);
    } else if (r.answer == solve::Answer::Sat) {
        job.crossAnswer = r;
        if (fromCache) {
            // Only confirmed counterexamples are stored, so this one needs no validation.
            job.phase = ValidatingCross;
            job.followupStarted = true;
            solve::SolveResponse confirmed;
            confirmed.answer = solve::Answer::Sat;
            handleCrossValidation(job, confirmed);
            return;
        }
        job.phase = ValidatingCross;
        job.followupStarted = false;
        job.followupScript = validationScript(job.smt, r.model);
    } else {
        job.verdict.reason = tr("cross-check by %1 inconclusive: %2")
                                 .arg(cross.id, r.reason.isEmpty() ? solve::answerName(r.answer) : r.reason);
        afterProved(job);
    }
}

bool Engine::lookupCache(Job &job)
{
    if (!m_cache)
        return false;
    for (int index : job.strategies) {
        const Strategy &s = m_strategies[static_cast<std::size_t>(index)];
        const CacheKey key = makeKey(job.script, s.id, s.version, {});
        auto hit = m_cache->lookup(key.hash);
        if (!hit)
            continue;
        // A shared, untrusted cache may not make a claim look proved: only a hint to re-check.
        if (!m_cache->trusted() && hit->answer == solve::Answer::Unsat)
            continue;
        ++m_stats.cacheHits;
        const solve::SolveResponse r = fromCanonical(*hit, key);
        decideSolve(job, s, r, true);
        return true;
    }
    return false;
}

void Engine::storeCache(const Job &job, const Strategy &s, const solve::SolveResponse &r)
{
    if (!m_cache)
        return;
    const CacheKey key = makeKey(job.script, s.id, s.version, {});
    m_cache->store(key.hash, toCanonical(r, key));
}

void Engine::finalize(Job &job)
{
    job.phase = Done;
    const QString key = job.key;
    m_memo.insert(key, job.verdict);
    const QStringList ids = job.ids;
    const Verdict v = job.verdict;
    killTasksOf(key);
    std::erase_if(m_started, [&](const std::shared_ptr<Job> &j) { return j->key == key; });
    m_jobs.remove(key); // `job` dies here unless m_pending still holds it (skipped there as Done)
    for (const QString &id : ids)
        emit verdictReady(m_revision, id, v);
}

void Engine::maybeFinished()
{
    if (m_finishedSent || !m_jobs.isEmpty() || !m_tasks.isEmpty())
        return;
    m_finishedSent = true;
    emit finished(m_revision);
}

} // namespace proofdesk::engine
