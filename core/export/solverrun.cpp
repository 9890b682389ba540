// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/solverrun.h"

#include "engine/workerprocess.h"
#include "solve/protocol.h"
#include "solve/smt2scan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <climits>

namespace proofdesk::exporting {

namespace {

// Whether `program` names an executable file, found the way QProcess finds it (a name
// without a slash on PATH).
bool programExists(const QString &program)
{
    const QString path = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable();
}

} // namespace

QString ProcessOutput::problem() const
{
    if (!started)
        return QStringLiteral("could not start");
    if (cancelled)
        return QStringLiteral("cancelled");
    if (timedOut)
        return QStringLiteral("time limit exceeded");
    if (tooLarge)
        return QStringLiteral("output too large");
    if (crashed)
        return QStringLiteral("crashed");
    return {};
}

ProcessOutput runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input, const RunLimits &limits,
                         const std::atomic_bool *cancel)
{
    ProcessOutput result;
    // A missing program would fail only in the child, after a fork of this whole process:
    // a bundle verified without its checker installed forked once per claim for nothing
    // (most of the time of the fuzz target `manifest`).
    if (!programExists(program))
        return result;
    QProcess process;
    engine::Limits childLimits;
    childLimits.memoryBytes = limits.memoryBytes;
    childLimits.niceness = limits.niceness;
    engine::applyChildLimits(process, childLimits);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    // Short waits, so that cancel and the limits are noticed promptly.
    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(100);
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError().right(64 * 1024);
        if (cancel && cancel->load())
            result.cancelled = true;
        else if (clock.elapsed() > limits.timeoutMs)
            result.timedOut = true;
        else if (result.out.size() > limits.maxOutputBytes)
            result.tooLarge = true;
        else
            continue;
        engine::endProcess(process, nullptr);
        return result;
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    return result;
}

namespace {
QStringList strategyOptions(solve::Strategy strategy)
{
    switch (strategy) {
    case solve::Strategy::Default: return {};
    case solve::Strategy::Mbqi: return {QStringLiteral("--mbqi")};
    case solve::Strategy::FmfFun: return {QStringLiteral("--fmf-fun")};
    }
    return {};
}

SolverAnswer answerOf(const ProcessOutput &run)
{
    SolverAnswer a;
    if (!run.problem().isEmpty()) {
        a.problem = run.problem();
        return a;
    }
    const QString text = QString::fromUtf8(run.out);
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString first = (newline < 0 ? text : text.left(newline)).trimmed();
    if (first == QLatin1String("unsat") || first == QLatin1String("sat") ||
        first == QLatin1String("unknown")) {
        a.answer = first;
        a.proof = newline < 0 ? QString() : text.mid(newline + 1);
        // z3 and cvc5 report errors as (error ...) lines and may still answer: a run with an
        // error is not an answer (solver-notes.md).
        if (a.proof.contains(QLatin1String("(error ")))
            a.problem = QStringLiteral("the solver reported an error: ") + a.proof.left(200).trimmed();
    } else {
        a.problem = QStringLiteral("unexpected output: ") +
                    (first.isEmpty() ? QString::fromUtf8(run.err.left(200)).trimmed() : first.left(200));
    }
    if (!a.problem.isEmpty())
        a.answer.clear();
    return a;
}
} // namespace

QStringList cvc5ProofCheckArguments(solve::Strategy strategy, const QString &format, int timeoutMs)
{
    return QStringList{QStringLiteral("--produce-proofs"),
                       QStringLiteral("--proof-format-mode=") + format,
                       QStringLiteral("--dump-proofs"), QStringLiteral("--check-proofs"),
                       QStringLiteral("--tlimit-per=%1").arg(timeoutMs)} +
           strategyOptions(strategy);
}

SolverAnswer cvc5CheckProof(const QString &cvc5Program, const QString &obligationFile,
                            solve::Strategy strategy, const QString &format,
                            const RunLimits &limits, const std::atomic_bool *cancel)
{
    RunLimits processLimits = limits;
    processLimits.timeoutMs = limits.timeoutMs + 5000;
    return answerOf(runProcess(cvc5Program,
                               cvc5ProofCheckArguments(strategy, format, limits.timeoutMs) << obligationFile,
                               {}, processLimits, cancel));
}

SolverAnswer solverAnswer(const QString &program, const QString &solverId,
                          const QString &obligationFile, const RunLimits &limits,
                          const std::atomic_bool *cancel)
{
    QStringList arguments;
    if (solverId == QLatin1String("z3")) {
        arguments << QStringLiteral("-T:%1").arg(qMax(1, limits.timeoutMs / 1000));
    } else if (const auto s = solve::strategyFromName(solverId)) {
        arguments << QStringLiteral("--tlimit-per=%1").arg(limits.timeoutMs) << strategyOptions(*s);
    } else {
        SolverAnswer a;
        a.problem = QStringLiteral("unknown solver \"%1\"").arg(solverId.left(40));
        return a;
    }
    RunLimits processLimits = limits;
    processLimits.timeoutMs = limits.timeoutMs + 5000;
    SolverAnswer a = answerOf(runProcess(program, arguments << obligationFile, {}, processLimits, cancel));
    a.proof.clear();
    return a;
}

Smt2Run smt2DocumentChecks(const QString &program, const QString &documentFile,
                           const RunLimits &limits, const std::atomic_bool *cancel, const QString &strategy)
{
    Smt2Run result;
    QFile file(documentFile);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = file.errorString();
        return result;
    }
    // cvc5 1.1.2 aborts (SIGABRT) when an answer contradicts the :status it was told
    // (solver-notes.md), which would lose every later answer: the comparison is ours, so
    // the solver reads the document with :status renamed to an attribute it ignores. The
    // whitespace stays, so every line keeps its number.
    static const QRegularExpression status(QStringLiteral("(\\(\\s*set-info\\s+):status\\b"));
    QByteArray text = QString::fromUtf8(file.readAll()).replace(status, QStringLiteral("\\1:proofdesk-status")).toUtf8();
    const std::vector<solve::CheckSatCommand> commands = solve::checkSatCommands(std::string_view(text.constData(), std::size_t(text.size())));
    const QByteArray marker = "proofdesk-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    // Inserted from the end, so that the earlier offsets stay valid; on the same line, so
    // that the lines do too.
    result.checks.resize(qsizetype(commands.size()));
    const std::vector<std::string> ids = solve::checkSatIds(commands);
    for (std::size_t k = commands.size(); k-- > 0;) {
        result.checks[qsizetype(k)].line = commands[k].line;
        result.checks[qsizetype(k)].id = QString::fromStdString(ids[k]);
        text.insert(qsizetype(commands[k].offset), "(echo \"" + marker + ' ' + QByteArray::number(qulonglong(k)) + "\")");
    }
    RunLimits processLimits = limits;
    // Every check-sat has its own limit; the process as a whole the sum and some slack.
    processLimits.timeoutMs = int(std::min<qint64>(qint64(limits.timeoutMs) * qint64(std::max<std::size_t>(commands.size(), 1)) + 5000, INT_MAX));
    QStringList arguments;
    if (strategy == QLatin1String("z3")) {
        arguments = {QStringLiteral("-in"), QStringLiteral("-smt2"), QStringLiteral("-t:%1").arg(limits.timeoutMs)};
    } else {
        arguments = {QStringLiteral("--lang=smt2"), QStringLiteral("--incremental"), QStringLiteral("--produce-models"),
                     QStringLiteral("--tlimit-per=%1").arg(limits.timeoutMs)};
        // The cvc5 binary as an external solver runs with cvc5's defaults.
        const auto option = strategy == QLatin1String("cvc5-binary") ? std::optional(solve::Strategy::Default) : solve::strategyFromName(strategy);
        if (!option) {
            result.problem = QStringLiteral("unknown strategy \"%1\"").arg(strategy.left(40));
            return result;
        }
        if (*option == solve::Strategy::Mbqi)
            arguments << QStringLiteral("--mbqi");
        else if (*option == solve::Strategy::FmfFun)
            arguments << QStringLiteral("--fmf-fun");
    }
    const ProcessOutput run = runProcess(program, arguments, text, processLimits, cancel);
    result.problem = run.problem();
    const QByteArray prefix = marker + ' ';
    qsizetype current = -1; // the check whose marker the previous line was
    for (const QByteArray &raw : run.out.split('\n')) {
        const QByteArray line = raw.trimmed();
        // cvc5 prints an echoed string quoted, z3 without the quotes.
        const QByteArray unquoted = line.size() >= 2 && line.startsWith('"') && line.endsWith('"') ? line.mid(1, line.size() - 2) : line;
        if (unquoted.startsWith(prefix)) {
            bool ok = false;
            const qsizetype k = unquoted.mid(prefix.size()).toLongLong(&ok);
            current = ok && k >= 0 && k < result.checks.size() ? k : -1;
            if (current >= 0)
                result.checks[current].reached = true;
            continue;
        }
        if (current < 0)
            continue;
        Smt2Check &check = result.checks[current];
        if (line == "sat" || line == "unsat" || line == "unknown")
            check.answer = QString::fromLatin1(line);
        else
            check.error = QString::fromUtf8(line.left(300));
        current = -1;
    }
    return result;
}

bool sameProof(const QString &a, const QString &b)
{
    return a.trimmed() == b.trimmed();
}

QString binaryVersion(const QString &program)
{
    RunLimits limits;
    limits.timeoutMs = 10000;
    const ProcessOutput run = runProcess(program, {QStringLiteral("--version")}, {}, limits);
    static const QRegularExpression version(QStringLiteral("(\\d+\\.\\d+(\\.\\d+)?)"));
    const QRegularExpressionMatch m = version.match(QString::fromUtf8(run.out));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace proofdesk::exporting
