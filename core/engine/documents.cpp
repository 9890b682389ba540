// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/documents.h"

#include "cnf/dimacs.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

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

// One (check-sat): the solver's word against the file's :status.
DocumentCheck judge(const solve::CheckResult &c, const QString &solver)
{
    DocumentCheck d;
    d.id = QStringLiteral("check-sat@%1").arg(c.line);
    d.line = c.line;
    d.column = 1;
    d.answer = word(c.answer);
    d.expected = c.status == QLatin1String("unknown") ? QString() : c.status;
    Verdict &v = d.verdict;
    v.solver = solver;
    v.strategy = QStringLiteral("cvc5");
    v.elapsedMs = c.elapsedMs;
    v.model = c.model;
    if (c.answer == solve::Answer::Error) {
        v.status = Status::Error;
        v.reason = c.reason;
    } else if (c.answer == solve::Answer::Unknown) {
        v.status = Status::Unknown;
        v.reason = c.reason.isEmpty() ? tr("the solver answered unknown") : c.reason;
    } else if (d.expected.isEmpty()) {
        v.status = Status::Proved;
        v.reason = tr("%1 (the file states no :status to compare with)").arg(d.answer);
    } else if (d.expected == d.answer) {
        v.status = Status::Proved;
        v.reason = tr("%1, as the file's :status says").arg(d.answer);
    } else {
        // Either the solver or the file is wrong: neither may be trusted silently.
        v.status = Status::Error;
        v.reason = tr("disagreement: %1 answers %2 but the file's :status says %3").arg(solver, d.answer, d.expected);
    }
    return d;
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

QList<DocumentCheck> checkSmt2Document(const QString &text, const DocumentOptions &options)
{
    Limits limits = options.limits;
    // The worker's wall-clock limit covers the whole request: allow every (check-sat) its
    // own time (an upper bound: occurrences in comments count too).
    const qsizetype checks = std::max<qsizetype>(1, text.count(QLatin1String("check-sat")));
    limits.graceMs += int(std::min<qint64>(qint64(limits.timeoutMs) * (checks - 1), INT_MAX / 2));
    const QString program = options.workerProgram.isEmpty()
                                ? QCoreApplication::applicationDirPath() + QStringLiteral("/proofdesk-worker")
                                : options.workerProgram;
    WorkerProcess worker(program, {}, limits);
    solve::SolveRequest request;
    request.id = 1;
    request.kind = solve::RequestKind::Document;
    request.script = text;
    request.timeoutMs = options.limits.timeoutMs;

    QList<DocumentCheck> out;
    QEventLoop loop;
    QObject::connect(&worker, &WorkerProcess::responded, &loop, [&](const solve::SolveResponse &r) {
        for (const solve::CheckResult &c : r.checks)
            out << judge(c, r.solver);
        if (r.answer == solve::Answer::Error && (r.errorLine > 0 || r.checks.isEmpty() || !r.reason.isEmpty())) {
            DocumentCheck d;
            d.id = r.errorLine > 0 ? QStringLiteral("parse@%1").arg(r.errorLine) : QStringLiteral("document");
            d.line = r.errorLine;
            d.column = r.errorColumn;
            d.verdict.status = Status::Error;
            d.verdict.solver = r.solver;
            d.verdict.reason = r.reason.isEmpty() ? tr("the document could not be run") : r.reason;
            out << d;
        }
        loop.quit();
    });
    QObject::connect(&worker, &WorkerProcess::failed, &loop, [&](quint64, const QString &reason, bool timedOut) {
        DocumentCheck d;
        d.id = QStringLiteral("document");
        d.verdict.status = timedOut ? Status::Unknown : Status::Error;
        d.verdict.reason = reason;
        out << d;
        loop.quit();
    });
    // Polled, not a stop_callback: the callback would run on the cancelling thread, and the
    // worker's process belongs to this one.
    QTimer stopPoll;
    bool stopped = false;
    if (options.stop.stop_possible()) {
        QObject::connect(&stopPoll, &QTimer::timeout, &loop, [&] {
            if (!options.stop.stop_requested())
                return;
            stopped = true;
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
    if (stopped || options.stop.stop_requested())
        return {cancelledCheck()};
    return out;
}

namespace {

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
Ran run(const QString &program, const QStringList &arguments, const Limits &limits, int timeoutMs,
        const std::stop_token &stop)
{
    Ran r;
    QProcess p;
    applyChildLimits(p, limits.memoryBytes);
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    if (!p.waitForStarted(10'000))
        return r;
    r.started = true;
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
