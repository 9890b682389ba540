// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/documents.h"

#include "cnf/dimacs.h"
#include "log/log.h"
#include "solve/smt2scan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <condition_variable>
#include <list>
#include <mutex>
#include <optional>

namespace proofdesk::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::engine", text);
}

// How often a blocking check looks at DocumentOptions::stop.
constexpr int StopPollMs = 50;

DocumentCheck cancelledCheck()
{
    DocumentCheck d;
    d.id = QStringLiteral("document");
    d.verdict.status = Status::Unknown;
    d.verdict.reason = tr("cancelled");
    return d;
}

QString word(solve::Answer a)
{
    switch (a) {
    case solve::Answer::Sat:
        return QStringLiteral("sat");
    case solve::Answer::Unsat:
        return QStringLiteral("unsat");
    case solve::Answer::Unknown:
        return QStringLiteral("unknown");
    case solve::Answer::Error:
        break;
    }
    return {};
}

struct Ran {
    bool started = false;
    bool timedOut = false;
    bool cancelled = false;
    bool flooded = false;
    int code = 0;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// Runs a process to its end under the limits: memory (RLIMIT_AS), wall clock, output size.
// `input`, when not empty, is written to its stdin, which is then closed.
Ran run(const QString &program, const QStringList &arguments, const Limits &limits, int timeoutMs,
        const std::stop_token &stop, const QByteArray &input = {})
{
    Ran r;
    QProcess p;
    applyChildLimits(p, limits);
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    if (!p.waitForStarted(10'000))
        return r;
    r.started = true;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    for (;;) {
        const bool ended = p.waitForFinished(StopPollMs);
        r.out += p.readAllStandardOutput();
        r.err += p.readAllStandardError();
        if (r.err.size() > 65536)
            r.err = r.err.right(65536);
        if (ended || p.state() == QProcess::NotRunning)
            break;
        if (r.out.size() > limits.maxOutputBytes) {
            r.flooded = true;
            endProcess(p, nullptr);
            break;
        }
        if (clock.elapsed() > timeoutMs) {
            r.timedOut = true;
            endProcess(p, nullptr);
            break;
        }
        if (stop.stop_requested()) {
            r.cancelled = true;
            endProcess(p, nullptr);
            break;
        }
    }
    r.code = p.exitCode();
    r.status = p.exitStatus();
    r.elapsedMs = clock.elapsed();
    return r;
}

// One strategy's answer to one (check-sat).
struct Attempt {
    QString strategy; // "cvc5", "cvc5-mbqi", "z3", ...
    QString solver;   // "cvc5 1.1.2", "z3 4.13.3"
    solve::CheckResult result;
    bool fromWorker = false; // cvc5's parser read the document (and the :status in force)
};

bool definite(const Attempt &a)
{
    return a.result.answer == solve::Answer::Sat || a.result.answer == solve::Answer::Unsat;
}

QString summary(const Attempt &a)
{
    const QString w = a.result.answer == solve::Answer::Error ? tr("error") : word(a.result.answer);
    return a.result.reason.isEmpty() ? QStringLiteral("%1: %2").arg(a.strategy, w)
                                     : QStringLiteral("%1: %2 (%3)").arg(a.strategy, w, a.result.reason);
}

// Solvers of one family share code and bugs (as the sketch engine counts them): the worker's
// cvc5 strategies are one family, every external solver its own.
QString family(const QString &strategy)
{
    return solve::strategyFromName(strategy) ? QStringLiteral("cvc5") : strategy;
}

// One (check-sat): the strategies' words, in the order they came back, against each other
// and against the file's :status. `cross` is the cross-checking strategy ("" when
// DocumentOptions::crossCheck is off; "-" when it is on but no solver of another family is
// there).
DocumentCheck judge(const QString &id, const solve::CheckSatCommand &command, const QList<Attempt> &attempts,
                    const QString &cross)
{
    DocumentCheck d;
    d.id = id;
    d.line = command.line;
    d.column = command.column;
    // The worker's parser says which :status is in force; the scan says the same for runs
    // that have no worker (an external solver alone).
    QString status = QString::fromStdString(command.status);
    if (const auto w = std::ranges::find_if(attempts, &Attempt::fromWorker); w != attempts.end())
        status = w->result.status;
    d.expected = status == QLatin1String("unknown") ? QString() : status;
    Verdict &v = d.verdict;
    QList<Attempt> answered;
    for (const Attempt &a : attempts)
        if (definite(a))
            answered << a;
    const Attempt first = answered.isEmpty() ? attempts.first() : answered.first();
    v.solver = first.solver;
    v.strategy = first.strategy;
    v.elapsedMs = first.result.elapsedMs;
    v.model = first.result.model;
    for (const Attempt &a : answered) {
        if (a.result.answer != first.result.answer) {
            // Two solvers contradict each other: at least one is wrong, and nothing here can
            // say which (a document has no claim to evaluate a model against), so neither
            // answer is taken. Named in Verdict::disagreement, as the sketch engine names its.
            const Attempt &sat = first.result.answer == solve::Answer::Sat ? first : a;
            const Attempt &unsat = first.result.answer == solve::Answer::Sat ? a : first;
            d.answer.clear();
            v.status = Status::Error;
            v.model.clear();
            v.disagreement = tr("%1 said sat, but %2 said unsat").arg(sat.strategy, unsat.strategy);
            v.reason = tr("no answer is taken: the solvers contradict each other");
            return d;
        }
    }
    if (answered.isEmpty()) {
        d.answer = std::ranges::any_of(attempts, [](const Attempt &a) { return a.result.answer == solve::Answer::Unknown; })
                       ? QStringLiteral("unknown")
                       : QString();
        v.status = d.answer.isEmpty() ? Status::Error : Status::Unknown;
        if (attempts.size() == 1) {
            v.reason = first.result.reason.isEmpty() && !d.answer.isEmpty() ? tr("the solver answered unknown") : first.result.reason;
        } else {
            QStringList each;
            for (const Attempt &a : attempts)
                each << summary(a);
            v.reason = each.join(QStringLiteral("; "));
        }
        return d;
    }
    d.answer = word(first.result.answer);
    if (d.expected.isEmpty()) {
        v.status = Status::Proved;
        v.reason = tr("%1 (the file states no :status to compare with)").arg(d.answer);
    } else if (d.expected == d.answer) {
        v.status = Status::Proved;
        v.reason = tr("%1, as the file's :status says").arg(d.answer);
    } else {
        // Either the solver or the file is wrong: neither may be trusted silently.
        v.status = Status::Error;
        v.reason = tr("disagreement: %1 answers %2 but the file's :status says %3").arg(first.strategy, d.answer, d.expected);
    }
    QStringList before; // the strategies that had no definite answer
    for (const Attempt &a : attempts) {
        if (definite(a))
            break;
        before << summary(a);
    }
    if (!before.isEmpty())
        v.reason += tr(" — answered by %1 after %2").arg(first.strategy, before.join(QStringLiteral("; ")));
    // The same answer from another family: what a cross-check asks for (and, side by side,
    // may come without one).
    for (const Attempt &a : std::as_const(answered)) {
        if (family(a.strategy) != family(first.strategy)) {
            v.crossCheckedBy = a.strategy;
            break;
        }
    }
    if (!cross.isEmpty() && v.crossCheckedBy.isEmpty() && v.status == Status::Proved) {
        // In the sketch engine's words (and its translations).
        const auto engineTr = [](const char *text) { return QCoreApplication::translate("proofdesk::engine::Engine", text); };
        const auto c = std::ranges::find(attempts, cross, &Attempt::strategy);
        v.reason += QStringLiteral("; ") +
                    (cross == QLatin1String("-") ? engineTr("no independent solver is available for a cross-check")
                     : c == attempts.end() ? engineTr("cross-check by %1 inconclusive: %2").arg(cross, tr("not reached"))
                                           : engineTr("cross-check by %1 inconclusive: %2").arg(cross, summary(*c)));
    }
    return d;
}

// The document with only the wanted (check-sat) commands left: the others are blanked out
// (newlines kept, so every line and column stays where it was). With `forExternal`, the
// commands a solver binary would print or stop on are blanked too: get-* and echo (the
// worker skips them as well) and :status (the comparison is ours; cvc5 aborts and z3 prints
// an error on a contradicting one), and an (echo) marker goes before each wanted check, so
// that an answer is read as the line after its marker.
QByteArray scriptFor(const QByteArray &text, const std::vector<solve::CheckSatCommand> &commands,
                     const QList<int> &wanted, bool forExternal, const QByteArray &marker)
{
    QByteArray out = text;
    std::vector<bool> keep(commands.size(), false);
    for (const int k : wanted)
        keep[std::size_t(k)] = true;
    const auto blank = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to && i < std::size_t(out.size()); ++i)
            if (out[qsizetype(i)] != '\n')
                out[qsizetype(i)] = ' ';
    };
    for (std::size_t k = 0; k < commands.size(); ++k)
        if (!keep[k])
            blank(commands[k].offset, commands[k].end);
    if (!forExternal)
        return out;
    const std::string_view view(text.constData(), std::size_t(text.size()));
    for (const solve::TopLevelCommand &c : solve::topLevelCommands(view)) {
        const bool status = c.name == "set-info" && view.substr(c.offset, c.end - c.offset).find(":status") != std::string_view::npos;
        if (c.name.starts_with("get-") || c.name == "echo" || status)
            blank(c.offset, c.end);
    }
    // From the end, so that the earlier offsets stay valid.
    for (qsizetype j = wanted.size(); j-- > 0;) {
        const std::size_t k = std::size_t(wanted[j]);
        out.insert(qsizetype(commands[k].offset), "(echo \"" + marker + ' ' + QByteArray::number(j) + "\")");
    }
    return out;
}

// What one strategy's run of the document gave.
struct Pass {
    bool responded = false;          // the run got to its end (possibly at an error in the document)
    bool stopped = false;            // DocumentOptions::stop
    bool timedOut = false;
    QString failure;                 // !responded: why
    QString solver;
    QList<solve::CheckResult> checks; // the wanted checks it reached, in order
    solve::SolveResponse response;    // worker runs: the whole response (document errors)
};

Pass workerPass(const QByteArray &script, solve::Strategy strategy, qsizetype checks, const DocumentOptions &options)
{
    Pass pass;
    Limits limits = options.limits;
    // The worker's wall-clock limit covers the whole request: allow every (check-sat) its
    // own time.
    limits.graceMs += int(std::min<qint64>(qint64(limits.timeoutMs) * std::max<qint64>(0, checks - 1), INT_MAX / 2));
    const QString program = options.workerProgram.isEmpty()
                                ? QCoreApplication::applicationDirPath() + QStringLiteral("/proofdesk-worker")
                                : options.workerProgram;
    WorkerProcess worker(program, {}, limits);
    solve::SolveRequest request;
    request.id = 1;
    request.kind = solve::RequestKind::Document;
    request.script = QString::fromUtf8(script);
    request.strategy = strategy;
    request.timeoutMs = options.limits.timeoutMs;

    QEventLoop loop;
    QObject::connect(&worker, &WorkerProcess::responded, &loop, [&](const solve::SolveResponse &r) {
        pass.responded = true;
        pass.solver = r.solver;
        pass.checks = r.checks;
        pass.response = r;
        loop.quit();
    });
    QObject::connect(&worker, &WorkerProcess::failed, &loop, [&](quint64, const QString &reason, bool timedOut) {
        pass.failure = reason;
        pass.timedOut = timedOut;
        loop.quit();
    });
    // Polled, not a stop_callback: the callback would run on the cancelling thread, and the
    // worker's process belongs to this one.
    QTimer stopPoll;
    if (options.stop.stop_possible()) {
        QObject::connect(&stopPoll, &QTimer::timeout, &loop, [&] {
            if (!options.stop.stop_requested())
                return;
            pass.stopped = true;
            worker.kill();
            loop.quit();
        });
        stopPoll.start(StopPollMs);
    }
    worker.submit(request);
    if (!options.stop.stop_requested())
        loop.exec();
    // kill() hands its ended process to deleteLater, and a pool thread runs no event loop
    // after this one: delete it here.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    pass.stopped = pass.stopped || options.stop.stop_requested();
    return pass;
}

// An SMT-LIB solver binary over the document, its script on stdin. Any (error ...) it
// prints fails the whole run: z3 goes on answering after commands it did not understand.
Pass externalPass(const QByteArray &text, const std::vector<solve::CheckSatCommand> &commands, const QList<int> &wanted,
                  const ExternalSolver &solver, const DocumentOptions &options)
{
    Pass pass;
    pass.solver = solver.version.isEmpty() ? solver.id : solver.version;
    const QByteArray marker = "proofdesk-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QByteArray script = scriptFor(text, commands, wanted, true, marker) + "\n(exit)\n";
    const int wall = int(std::min<qint64>(qint64(options.limits.timeoutMs) * (wanted.size() + 1) + options.limits.graceMs, INT_MAX / 2));
    const Ran ran = run(solver.program, solver.arguments + timeLimitArguments(solver, options.limits.timeoutMs), options.limits,
                        wall, options.stop, script);
    if (ran.cancelled) {
        pass.stopped = true;
        return pass;
    }
    if (!ran.started) {
        pass.failure = tr("%1 could not be started").arg(solver.program);
        return pass;
    }
    if (ran.timedOut) {
        pass.timedOut = true;
        pass.failure = tr("timeout after %1").arg(QStringLiteral("%1 s").arg(double(wall) / 1000.0, 0, 'f', 1));
        return pass;
    }
    if (ran.flooded) {
        pass.failure = tr("printed more than %1 bytes").arg(options.limits.maxOutputBytes);
        return pass;
    }
    if (ran.status == QProcess::CrashExit) {
        pass.failure = describeExit(ran.status, ran.code, ran.err, options.limits.memoryBytes);
        return pass;
    }
    QList<solve::CheckResult> found(wanted.size());
    QList<bool> seen(wanted.size(), false);
    qsizetype current = -1; // the check whose marker the previous line was
    for (const QByteArray &raw : ran.out.split('\n')) {
        QByteArray line = raw.trimmed();
        if (line.startsWith("(error")) {
            pass.failure = tr("%1 reported an error: %2").arg(solver.id, QString::fromUtf8(line.left(300)));
            return pass;
        }
        if (line.startsWith('"') && line.endsWith('"') && line.size() >= 2)
            line = line.mid(1, line.size() - 2); // cvc5 prints the echoed string quoted, z3 does not
        if (line.startsWith(marker + ' ')) {
            bool ok = false;
            const qsizetype j = line.mid(marker.size() + 1).toLongLong(&ok);
            current = ok && j >= 0 && j < found.size() ? j : -1;
            continue;
        }
        if (current < 0)
            continue;
        solve::CheckResult &c = found[current];
        seen[current] = true;
        c.answer = line == "sat" ? solve::Answer::Sat : line == "unsat" ? solve::Answer::Unsat
                   : line == "unknown" || line == "timeout" ? solve::Answer::Unknown : solve::Answer::Error;
        if (c.answer == solve::Answer::Error)
            c.reason = QString::fromUtf8(line.left(300));
        else if (line == "timeout")
            c.reason = tr("timeout");
        current = -1;
    }
    pass.responded = true;
    for (qsizetype j = 0; j < found.size() && seen[j]; ++j) {
        found[j].line = commands[std::size_t(wanted[j])].line;
        pass.checks << found[j];
    }
    return pass;
}

QList<ExternalSolver>::const_iterator findExternal(const DocumentOptions &options, const QString &id)
{
    return std::ranges::find(options.externals, id, &ExternalSolver::id);
}

} // namespace

QByteArray normalizedDimacs(const cnf::Formula &formula)
{
    const int vars = std::max(formula.variables, formula.maxVariable);
    QByteArray text = "p cnf " + QByteArray::number(vars) + ' ' + QByteArray::number(qulonglong(formula.clauseCount())) + '\n';
    text.reserve(text.size() + qsizetype(formula.literals.size()) * 4);
    for (const int lit : formula.literals) {
        text += QByteArray::number(lit);
        text += lit == 0 ? '\n' : ' ';
    }
    return text;
}

std::vector<bool> assignmentFromModel(const QByteArray &solverOutput, std::size_t variables)
{
    std::vector<bool> assignment(variables + 1, false);
    for (const QByteArray &line : solverOutput.split('\n')) {
        if (!line.startsWith("v "))
            continue;
        for (const QByteArray &t : line.mid(2).split(' ')) {
            bool ok = false;
            const long long lit = t.trimmed().toLongLong(&ok);
            if (!ok || lit == 0)
                continue;
            const std::size_t var = std::size_t(lit < 0 ? -lit : lit);
            if (var < assignment.size())
                assignment[var] = lit > 0;
        }
    }
    return assignment;
}

bool isSmt2Path(const QString &path)
{
    return path.endsWith(QLatin1String(".smt2"), Qt::CaseInsensitive);
}

bool isCnfPath(const QString &path)
{
    return path.endsWith(QLatin1String(".cnf"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".dimacs"), Qt::CaseInsensitive);
}

QStringList defaultDocumentStrategies()
{
    return {QStringLiteral("cvc5"), QStringLiteral("cvc5-mbqi"), QStringLiteral("cvc5-fmf-fun"), QStringLiteral("z3")};
}

namespace {

// The strategies in the order they start, and the one that cross-checks (run on every
// check and never stopped early; "" without DocumentOptions::crossCheck, "-" when no solver
// of another family is there).
struct Plan {
    QStringList order;
    QString cross;
};

Plan planStrategies(const DocumentOptions &options, const QString &text)
{
    Plan plan;
    const QString fmf = solve::strategyName(solve::Strategy::FmfFun);
    // As the sketch engine decides: finite model finding only pays with recursive definitions.
    const bool recursive = text.contains(QLatin1String("define-fun-rec")) || text.contains(QLatin1String("define-funs-rec"));
    QStringList &out = plan.order;
    for (const QString &id : options.strategies) {
        if (out.contains(id))
            continue;
        if (solve::strategyFromName(id)) {
            if (id == fmf && !recursive && options.strategies.size() > 1)
                continue;
            out << id;
        } else if (findExternal(options, id) != options.externals.end()) {
            out << id;
        }
    }
    if (recursive && out.removeAll(fmf) > 0)
        out.prepend(fmf);
    if (!options.crossCheck || out.isEmpty())
        return plan;
    // As the sketch engine's cross-check: a solver of another family than the first
    // strategy's, from the portfolio if it has one, else cvc5 after an external solver and
    // an external solver (z3) after cvc5. It starts second, so that side by side it runs
    // from the start.
    const QString first = family(out.first());
    for (const QString &id : std::as_const(out))
        if (family(id) != first) {
            plan.cross = id;
            break;
        }
    if (plan.cross.isEmpty() && first != QLatin1String("cvc5"))
        plan.cross = QStringLiteral("cvc5");
    for (qsizetype i = 0; plan.cross.isEmpty() && i < options.externals.size(); ++i)
        if (family(options.externals[i].id) != first)
            plan.cross = options.externals[i].id;
    if (plan.cross.isEmpty()) {
        plan.cross = QStringLiteral("-");
        return plan;
    }
    out.removeAll(plan.cross);
    out.insert(1, plan.cross);
    return plan;
}

Pass runPass(const QByteArray &bytes, const std::vector<solve::CheckSatCommand> &commands, const QString &strategy,
             const QList<int> &wanted, const DocumentOptions &options)
{
    if (const auto cvc5 = solve::strategyFromName(strategy))
        return workerPass(scriptFor(bytes, commands, wanted, false, {}), *cvc5, wanted.size(), options);
    return externalPass(bytes, commands, wanted, *findExternal(options, strategy), options);
}

// One strategy's run of the document: inline (one job) or on a thread of its own, with a
// stop of its own so that it can be ended when others have answered all its checks.
struct Running {
    QString strategy;
    QList<int> wanted;
    std::stop_source stop;
    std::unique_ptr<QThread> thread;
    std::optional<Pass> result; // under the mutex while the thread runs
};

} // namespace

QStringList documentStrategies(const DocumentOptions &options, const QString &text)
{
    return planStrategies(options, text).order;
}

QList<DocumentCheck> checkSmt2Document(const QString &text, const DocumentOptions &options)
{
    const QByteArray bytes = text.toUtf8();
    const std::vector<solve::CheckSatCommand> commands = solve::checkSatCommands(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    const std::vector<std::string> ids = solve::checkSatIds(commands);
    const Plan plan = planStrategies(options, text);
    const QStringList &strategies = plan.order;
    if (strategies.isEmpty()) {
        DocumentCheck d;
        d.id = QStringLiteral("document");
        d.verdict.status = Status::Error;
        d.verdict.reason = tr("no solver for SMT-LIB is available among %1").arg(options.strategies.join(QStringLiteral(", ")));
        return {d};
    }
    const qsizetype n = qsizetype(commands.size());
    QList<QList<Attempt>> attempts(n);
    QList<bool> reached(n, false);
    bool anyResponse = false;
    std::optional<DocumentCheck> documentError; // from the first run that got through the document
    QStringList failures;                       // runs that ended without an answer
    bool allTimedOut = true;
    // A check is settled once a strategy of the portfolio (not the cross-checker, which
    // runs every check anyway) has a definite answer for it: the first sat or unsat wins.
    const auto settled = [&](int k) {
        return std::ranges::any_of(attempts[k], [&](const Attempt &a) { return definite(a) && a.strategy != plan.cross; });
    };
    // One job: one strategy after the other, each on the checks still open when it starts
    // (the cheapest on one core). More: side by side, as many at once, each started on the
    // checks open then; one whose checks are all settled by others is stopped.
    const int jobs = std::max(1, options.jobs);
    std::mutex mutex;
    std::condition_variable done;
    std::list<Running> running;
    const auto stopAll = [&] {
        for (Running &r : running)
            r.stop.request_stop();
        for (Running &r : running)
            if (r.thread)
                r.thread->wait();
    };
    qsizetype next = 0;
    for (;;) {
        if (options.stop.stop_requested()) {
            stopAll();
            return {cancelledCheck()};
        }
        // Start what the free jobs allow.
        while (qsizetype(running.size()) < jobs && next < strategies.size()) {
            const QString strategy = strategies[next++];
            const bool cross = strategy == plan.cross;
            QList<int> wanted;
            for (int k = 0; k < n; ++k)
                if ((!anyResponse || reached[k]) && (cross || !settled(k)))
                    wanted << k;
            // Nothing open: done, unless no run has got through the document yet (one
            // without checks still shows its errors).
            if (wanted.isEmpty() && (anyResponse || !running.empty()))
                continue;
            Running &r = running.emplace_back();
            r.strategy = strategy;
            r.wanted = wanted;
            DocumentOptions own = options;
            own.stop = r.stop.get_token();
            if (jobs == 1) {
                own.stop = options.stop;
                r.result = runPass(bytes, commands, strategy, wanted, own);
                break;
            }
            r.thread.reset(QThread::create([&bytes, &commands, &mutex, &done, &r, own] {
                Pass pass = runPass(bytes, commands, r.strategy, r.wanted, own);
                {
                    const std::lock_guard lock(mutex);
                    r.result = std::move(pass);
                }
                done.notify_all();
            }));
            r.thread->start();
        }
        if (running.empty())
            break;
        // Wait for a run to end (looking at DocumentOptions::stop meanwhile).
        std::list<Running> ended;
        {
            std::unique_lock lock(mutex);
            done.wait_for(lock, std::chrono::milliseconds(StopPollMs), [&] {
                return std::ranges::any_of(running, [](const Running &r) { return r.result.has_value(); });
            });
            for (auto it = running.begin(); it != running.end();) {
                const auto here = it++;
                if (here->result)
                    ended.splice(ended.end(), running, here);
            }
        }
        for (Running &r : ended)
            if (r.thread)
                r.thread->wait(); // it has handed over its result and is ending
        for (Running &r : ended) {
            const Pass &pass = *r.result;
            const QString &strategy = r.strategy;
            const QList<int> &pending = r.wanted;
            if (pass.stopped) {
                if (options.stop.stop_requested()) {
                    stopAll();
                    return {cancelledCheck()};
                }
                continue; // ended because others answered all its checks
            }
            if (!pass.responded) {
                failures << QStringLiteral("%1: %2").arg(strategy, pass.failure);
                allTimedOut = allTimedOut && pass.timedOut;
                for (const int k : pending) {
                    solve::CheckResult failed;
                    failed.answer = pass.timedOut ? solve::Answer::Unknown : solve::Answer::Error;
                    failed.reason = pass.failure;
                    attempts[k] << Attempt{strategy, pass.solver, failed, false};
                }
                continue;
            }
            const bool worker = solve::strategyFromName(strategy).has_value();
            for (qsizetype j = 0; j < pass.checks.size() && j < pending.size(); ++j) {
                reached[pending[j]] = true;
                attempts[pending[j]] << Attempt{strategy, pass.solver, pass.checks[j], worker};
            }
            const solve::SolveResponse &resp = pass.response;
            const bool stoppedAtError = worker && resp.answer == solve::Answer::Error &&
                                        (resp.errorLine > 0 || resp.checks.isEmpty() || !resp.reason.isEmpty());
            if (!anyResponse && stoppedAtError) {
                // The document itself stops here (a parse or execution error): the checks after
                // it are never run, by any strategy.
                DocumentCheck d;
                d.id = resp.errorLine > 0 ? QStringLiteral("parse@%1").arg(resp.errorLine) : QStringLiteral("document");
                d.line = resp.errorLine;
                d.column = resp.errorColumn;
                d.verdict.status = Status::Error;
                d.verdict.solver = resp.solver;
                d.verdict.strategy = strategy;
                d.verdict.reason = resp.reason.isEmpty() ? tr("the document could not be run") : resp.reason;
                documentError = d;
            } else if (pass.checks.size() < pending.size()) {
                // A later strategy that stopped early (an option it cannot take, an error z3 does
                // not share): the checks it did not reach keep their earlier answers.
                for (qsizetype j = pass.checks.size(); j < pending.size(); ++j) {
                    solve::CheckResult missed;
                    missed.answer = solve::Answer::Error;
                    missed.reason = resp.reason.isEmpty() ? tr("not reached") : resp.reason;
                    if (reached[pending[j]])
                        attempts[pending[j]] << Attempt{strategy, pass.solver, missed, false};
                }
            }
            anyResponse = true;
        }
        // The first sat or unsat wins: a run whose checks are all settled by now is ended
        // (its process group killed); the cross-checker runs on.
        for (Running &r : running)
            if (r.strategy != plan.cross && !r.wanted.isEmpty() && !r.stop.stop_requested() &&
                std::ranges::all_of(r.wanted, settled)) {
                log::get("engine")->debug("document: stopping {}, its checks are answered", r.strategy.toStdString());
                r.stop.request_stop();
            }
    }
    if (!anyResponse) {
        DocumentCheck d;
        d.id = QStringLiteral("document");
        d.verdict.status = allTimedOut ? Status::Unknown : Status::Error;
        d.verdict.strategy = strategies.first();
        d.verdict.reason = failures.size() == 1 ? failures.first().section(QStringLiteral(": "), 1) : failures.join(QStringLiteral("; "));
        return {d};
    }
    QList<DocumentCheck> out;
    for (int k = 0; k < n; ++k)
        if (reached[k])
            out << judge(QString::fromStdString(ids[std::size_t(k)]), commands[std::size_t(k)], attempts[k], plan.cross);
    if (documentError)
        out << *documentError;
    return out;
}

namespace {

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

} // namespace

QList<DocumentCheck> checkCnfDocument(const QString &path, const DocumentOptions &options)
{
    DocumentCheck d;
    d.id = QStringLiteral("cnf");
    d.line = 1;
    d.column = 1;
    Verdict &v = d.verdict;
    v.status = Status::Error;
    const auto done = [&] { return QList<DocumentCheck>{d}; };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.reason = tr("cannot read %1: %2").arg(path, file.errorString());
        return done();
    }
    const QByteArray bytes = file.readAll();
    const auto formula = cnf::parseDimacs(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!formula) {
        d.id = QStringLiteral("parse@%1").arg(formula.error().line);
        d.line = int(formula.error().line);
        d.column = int(formula.error().column);
        v.reason = QString::fromStdString(formula.error().describe());
        return done();
    }

    QString solverPath;
    QString solverName;
    for (const QString &name : options.satSolvers) {
        solverPath = QStandardPaths::findExecutable(name);
        if (!solverPath.isEmpty()) {
            solverName = name;
            break;
        }
    }
    if (solverPath.isEmpty()) {
        v.reason = tr("no SAT solver found on PATH (tried %1)").arg(options.satSolvers.join(QStringLiteral(", ")));
        return done();
    }
    QTemporaryDir temporary;
    if (options.keepFilesIn.isEmpty() && !temporary.isValid()) {
        v.reason = tr("cannot create a temporary directory: %1").arg(temporary.errorString());
        return done();
    }
    const QDir dir(options.keepFilesIn.isEmpty() ? temporary.path() : options.keepFilesIn);
    // The solver and drat-trim read the formula as our reader understood it (header
    // repaired, SATLIB '%' trailer gone), so all three agree on what was checked.
    const QString cnfPath = dir.filePath(QStringLiteral("formula.cnf"));
    const QString proofPath = dir.filePath(QStringLiteral("proof.drat"));
    {
        QFile normal(cnfPath);
        if (!normal.open(QIODevice::WriteOnly) || normal.write(normalizedDimacs(*formula)) < 0) {
            v.reason = tr("cannot write %1: %2").arg(cnfPath, normal.errorString());
            return done();
        }
    }

    const Ran solved = run(solverPath, {QStringLiteral("-q"), cnfPath, proofPath}, options.limits, options.limits.timeoutMs,
                           options.stop);
    if (solved.cancelled)
        return {cancelledCheck()};
    v.solver = solverName;
    v.strategy = solverName;
    v.elapsedMs = solved.elapsedMs;
    if (!solved.started) {
        v.reason = tr("%1 could not be started").arg(solverPath);
        return done();
    }
    if (solved.timedOut) {
        v.status = Status::Unknown;
        v.reason = tr("timeout after %1 (%2)").arg(seconds(options.limits.timeoutMs), solverName);
        d.answer = QStringLiteral("unknown");
        return done();
    }
    if (solved.flooded) {
        v.reason = tr("%1 printed more than %2 bytes").arg(solverName).arg(options.limits.maxOutputBytes);
        return done();
    }
    if (solved.status == QProcess::CrashExit) {
        v.reason = describeExit(solved.status, solved.code, solved.err, options.limits.memoryBytes);
        return done();
    }
    // Exit 10 / 20 with a matching "s" line; anything else is not an answer.
    const bool saysSat = solved.out.contains("\ns SATISFIABLE") || solved.out.startsWith("s SATISFIABLE");
    const bool saysUnsat = solved.out.contains("\ns UNSATISFIABLE") || solved.out.startsWith("s UNSATISFIABLE");
    if (solved.code == 10 && saysSat) {
        d.answer = QStringLiteral("sat");
        const std::vector<bool> assignment =
            assignmentFromModel(solved.out, std::size_t(std::max(formula->variables, formula->maxVariable)));
        if (!options.keepFilesIn.isEmpty()) {
            QByteArray model;
            for (const QByteArray &line : solved.out.split('\n'))
                if (line.startsWith("v "))
                    model += line + '\n';
            QFile m(QDir(options.keepFilesIn).filePath(QStringLiteral("model.txt")));
            if (!m.open(QIODevice::WriteOnly) || m.write(model) < 0) {
                v.reason = tr("cannot write %1: %2").arg(m.fileName(), m.errorString());
                return done();
            }
        }
        const std::size_t bad = cnf::firstFalsifiedClause(*formula, assignment);
        if (bad < formula->clauseCount()) {
            v.reason = tr("%1 answered sat, but its assignment falsifies the clause on line %2: not trusted")
                           .arg(solverName)
                           .arg(formula->clauseLine(bad));
            return done();
        }
        v.status = Status::Proved;
        v.strategy = solverName + QStringLiteral("+model-check");
        v.reason = tr("sat in %1 by %2; the assignment satisfies all %3 clauses (checked by ProofDesk)")
                       .arg(seconds(solved.elapsedMs), solverName)
                       .arg(formula->clauseCount());
        return done();
    }
    if (solved.code == 20 && saysUnsat) {
        d.answer = QStringLiteral("unsat");
        const int checkSeconds = std::max(1, options.limits.timeoutMs / 1000);
        const Ran checked = run(QStandardPaths::findExecutable(options.dratTrim).isEmpty() ? options.dratTrim : QStandardPaths::findExecutable(options.dratTrim),
                                {cnfPath, proofPath, QStringLiteral("-t"), QString::number(checkSeconds)},
                                options.limits, options.limits.timeoutMs + options.limits.graceMs, options.stop);
        if (checked.cancelled)
            return {cancelledCheck()};
        if (!checked.started) {
            v.status = Status::Unknown;
            v.reason = tr("%1 answered unsat in %2, but drat-trim could not be started: not certified")
                           .arg(solverName, seconds(solved.elapsedMs));
            return done();
        }
        const bool verified = checked.code == 0 && checked.out.contains("s VERIFIED");
        if (verified) {
            v.status = Status::Proved;
            v.strategy = solverName + QStringLiteral("+drat-trim");
            v.reason = tr("unsat in %1 by %2; DRAT proof verified by drat-trim in %3")
                           .arg(seconds(solved.elapsedMs), solverName, seconds(checked.elapsedMs));
            return done();
        }
        const bool rejected = checked.out.contains("s NOT VERIFIED");
        v.status = rejected ? Status::Error : Status::Unknown;
        v.reason = rejected ? tr("%1 answered unsat but drat-trim rejected its proof: not trusted").arg(solverName)
                   : checked.timedOut ? tr("%1 answered unsat in %2; drat-trim did not finish within %3: not certified")
                                            .arg(solverName, seconds(solved.elapsedMs), seconds(options.limits.timeoutMs))
                                      : tr("%1 answered unsat; drat-trim ended without a verdict (exit %2): not certified")
                                            .arg(solverName)
                                            .arg(checked.code);
        return done();
    }
    if (solved.code == 0) {
        v.status = Status::Unknown;
        d.answer = QStringLiteral("unknown");
        v.reason = tr("%1 answered unknown").arg(solverName);
        return done();
    }
    v.reason = tr("%1 ended without an answer (exit code %2): %3")
                   .arg(solverName)
                   .arg(solved.code)
                   .arg(QString::fromUtf8(solved.err.trimmed().right(300)));
    return done();
}

} // namespace proofdesk::engine
