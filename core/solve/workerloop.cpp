// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve/workerloop.h"

#include "log/log.h"

#include <cerrno>
#include <cstring>
#include <exception>

#include <unistd.h>

namespace proofdesk::solve {

namespace {

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n =
            ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            log::get("solve")->error("worker: cannot write a response: {}", std::strerror(errno));
            return false;
        }
        done += n;
    }
    return true;
}

// The engine treats a response with id 0 as "the worker did not understand us".
int protocolError(int outFd, const QString &message)
{
    log::get("solve")->error("worker: protocol error: {}", message.toStdString());
    SolveResponse r;
    r.id = 0;
    r.answer = Answer::Error;
    r.reason = QStringLiteral("protocol error: ") + message;
    return writeAll(outFd, encodeResponse(r)) ? workerExitProtocolError : workerExitIoError;
}

SolveResponse answer(const SolveRequest &request, const SolveFunction &solve)
{
    SolveResponse r;
    try {
        r = solve(request);
    } catch (const std::exception &e) {
        r = {};
        r.answer = Answer::Error;
        r.reason = QStringLiteral("internal error: ") + QString::fromUtf8(e.what());
    } catch (...) {
        r = {};
        r.answer = Answer::Error;
        r.reason = QStringLiteral("internal error: unknown exception");
    }
    r.id = request.id;
    return r;
}

} // namespace

int serve(int inFd, int outFd, const SolveFunction &solve)
{
    FrameDecoder decoder;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(inFd, chunk.data(), static_cast<size_t>(chunk.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            log::get("solve")->error("worker: cannot read requests: {}", std::strerror(errno));
            return workerExitIoError;
        }
        if (n == 0) {
            if (decoder.hasPartialFrame())
                return protocolError(outFd, QStringLiteral("the input ended inside a frame"));
            return workerExitOk;
        }
        decoder.feed(chunk.first(n));
        // Frames completed before a malformed one are still answered: the engine is
        // waiting for them.
        while (decoder.hasFrame()) {
            QString error;
            const std::optional<SolveRequest> request = decodeRequest(decoder.takeFrame(), &error);
            if (!request)
                return protocolError(outFd, QStringLiteral("invalid request: ") + error);
            if (!writeAll(outFd, encodeResponse(answer(*request, solve))))
                return workerExitIoError;
        }
        if (decoder.failed())
            return protocolError(outFd, decoder.error());
    }
}

} // namespace proofdesk::solve
