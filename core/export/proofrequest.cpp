// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/proofrequest.h"

#include <QStringList>

#include <expected>

namespace proofdesk::exporting {

namespace {

// One request to a fresh worker; the answer or why there is none.
std::expected<solve::SolveResponse, QString> askWorker(const QString &workerProgram, const solve::SolveRequest &request,
                                                       const RunLimits &limits, const std::atomic_bool *cancel)
{
    RunLimits processLimits = limits;
    processLimits.timeoutMs = limits.timeoutMs + 5000; // the worker enforces tlimit-per itself
    const ProcessOutput run = runProcess(workerProgram, {}, solve::encodeRequest(request), processLimits, cancel);
    if (!run.started)
        return std::unexpected(QStringLiteral("cannot start %1").arg(workerProgram));
    if (const QString why = run.problem(); !why.isEmpty())
        return std::unexpected(why);
    solve::FrameDecoder decoder(limits.maxOutputBytes);
    decoder.feed(run.out);
    if (decoder.failed())
        return std::unexpected(QStringLiteral("malformed worker output: %1").arg(decoder.error()));
    if (!decoder.hasFrame())
        return std::unexpected(QStringLiteral("the worker sent no answer"));
    QString error;
    const auto response = solve::decodeResponse(decoder.takeFrame(), &error);
    if (!response)
        return std::unexpected(QStringLiteral("malformed worker answer: %1").arg(error));
    return *response;
}

} // namespace

WorkerProof workerProof(const QString &workerProgram, const QString &script,
                        const QList<solve::Strategy> &strategies, const QString &format,
                        const RunLimits &limits, const std::atomic_bool *cancel)
{
    WorkerProof result;
    QStringList answers;
    for (const solve::Strategy strategy : strategies) {
        if (cancel && cancel->load()) {
            answers << QStringLiteral("cancelled");
            break;
        }
        solve::SolveRequest request;
        request.id = 1;
        request.script = script;
        request.strategy = strategy;
        request.timeoutMs = limits.timeoutMs;
        request.wantModel = false;
        request.wantCore = false;
        request.proofFormat = format;
        const auto response = askWorker(workerProgram, request, limits, cancel);
        const QString name = solve::strategyName(strategy);
        if (!response) {
            answers << QStringLiteral("%1: %2").arg(name, response.error());
            continue;
        }
        if (response->answer == solve::Answer::Unsat && !response->proof.isEmpty()) {
            result.proof = response->proof;
            result.format = response->proofFormat;
            result.strategy = name;
            return result;
        }
        QString said = solve::answerName(response->answer);
        if (!response->reason.isEmpty())
            said += QStringLiteral(" (%1)").arg(response->reason.left(200));
        answers << QStringLiteral("%1: %2").arg(name, said);
    }
    result.problem = QStringLiteral("no proof: %1").arg(answers.join(QStringLiteral("; ")));
    return result;
}

} // namespace proofdesk::exporting
