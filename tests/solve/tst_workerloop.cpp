// SPDX-License-Identifier: GPL-3.0-or-later
// The worker's serve loop over pipes, with a stand-in solver: exit codes, error responses
// and ids, without cvc5 or a process.
#include "solve/workerloop.h"

#include <QTest>

#include <csignal>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

using namespace proofdesk::solve;

namespace {

struct Served {
    int code = -1;
    QList<SolveResponse> responses;
    QString decodeError; // set when the output was not a clean sequence of response frames
};

// Writes `input` into a pipe (closed afterwards, so serve() sees the end) and runs serve()
// on this thread; inputs and outputs here fit in a pipe's buffer.
Served serveBytes(const QByteArray &input, const SolveFunction &solve)
{
    Served result;
    int in[2];
    int out[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
        result.decodeError = QStringLiteral("pipe failed");
        return result;
    }
    const ssize_t written = ::write(in[1], input.constData(), static_cast<size_t>(input.size()));
    ::close(in[1]);
    if (written != input.size()) {
        result.decodeError = QStringLiteral("input does not fit the pipe");
        return result;
    }
    result.code = serve(in[0], out[1], solve);
    ::close(in[0]);
    ::close(out[1]);

    FrameDecoder decoder;
    char buf[4096];
    for (ssize_t n; (n = ::read(out[0], buf, sizeof buf)) > 0;)
        decoder.feed(QByteArray(buf, n));
    ::close(out[0]);
    while (decoder.hasFrame()) {
        QString error;
        if (const auto r = decodeResponse(decoder.takeFrame(), &error))
            result.responses.append(*r);
        else
            result.decodeError = error;
    }
    if (decoder.failed())
        result.decodeError = decoder.error();
    else if (decoder.hasPartialFrame())
        result.decodeError = QStringLiteral("output ends inside a frame");
    return result;
}

SolveResponse echo(const SolveRequest &r)
{
    SolveResponse s;
    s.id = r.id + 1000; // serve() must put the request's id back
    s.answer = Answer::Sat;
    s.reason = r.script;
    s.solver = QStringLiteral("echo");
    return s;
}

SolveRequest request(quint64 id, const QString &script = QStringLiteral("(check-sat)"))
{
    SolveRequest r;
    r.id = id;
    r.script = script;
    return r;
}

} // namespace

class tst_WorkerLoop : public QObject
{
    Q_OBJECT

private slots:
    void emptyInputExitsZero();
    void answersEveryRequestInOrder();
    void malformedFrameExitsThree_data();
    void malformedFrameExitsThree();
    void framesBeforeGarbageAreAnswered();
    void truncatedFrameExitsThree();
    void throwingSolverGivesAnError();
    void closedOutputExitsFour();
};

void tst_WorkerLoop::emptyInputExitsZero()
{
    const Served s = serveBytes({}, echo);
    QCOMPARE(s.code, workerExitOk);
    QVERIFY(s.responses.isEmpty());
    QVERIFY(s.decodeError.isEmpty());
}

void tst_WorkerLoop::answersEveryRequestInOrder()
{
    QByteArray input;
    for (quint64 id = 1; id <= 20; ++id)
        input += encodeRequest(request(id, QStringLiteral("script %1").arg(id)));
    const Served s = serveBytes(input, echo);
    QCOMPARE(s.code, workerExitOk);
    QVERIFY2(s.decodeError.isEmpty(), qPrintable(s.decodeError));
    QCOMPARE(s.responses.size(), 20);
    for (qsizetype i = 0; i < s.responses.size(); ++i) {
        QCOMPARE(s.responses[i].id, quint64(i + 1));
        QCOMPARE(s.responses[i].reason, QStringLiteral("script %1").arg(i + 1));
    }
}

void tst_WorkerLoop::malformedFrameExitsThree_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("HTTP") << QByteArray("HTTP/1.1 200 OK\r\n")
                          << QStringLiteral("malformed frame header");
    QTest::newRow("invalid JSON") << encodeFrame("{not json") << QStringLiteral("invalid JSON");
    QTest::newRow("wrong type") << encodeFrame(R"({"id": "7", "script": "x"})")
                                << QStringLiteral("invalid request: field \"id\"");
    QTest::newRow("unknown strategy")
        << encodeFrame(R"({"id": 7, "script": "x", "strategy": "z3"})")
        << QStringLiteral("unknown strategy");
}

void tst_WorkerLoop::malformedFrameExitsThree()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Served s = serveBytes(input + encodeRequest(request(9)), echo);
    QCOMPARE(s.code, workerExitProtocolError);
    QVERIFY2(s.decodeError.isEmpty(), qPrintable(s.decodeError));
    QCOMPARE(s.responses.size(), 1); // the request after the bad frame is not answered
    QCOMPARE(s.responses[0].id, quint64(0));
    QCOMPARE(s.responses[0].answer, Answer::Error);
    QVERIFY2(s.responses[0].reason.contains(message), qPrintable(s.responses[0].reason));
}

void tst_WorkerLoop::framesBeforeGarbageAreAnswered()
{
    const Served s =
        serveBytes(encodeRequest(request(1)) + encodeRequest(request(2)) + "\x01\x02", echo);
    QCOMPARE(s.code, workerExitProtocolError);
    QCOMPARE(s.responses.size(), 3);
    QCOMPARE(s.responses[0].id, quint64(1));
    QCOMPARE(s.responses[1].id, quint64(2));
    QCOMPARE(s.responses[2].id, quint64(0));
    QCOMPARE(s.responses[2].answer, Answer::Error);
}

void tst_WorkerLoop::truncatedFrameExitsThree()
{
    const QByteArray frame = encodeRequest(request(1));
    const Served s = serveBytes(frame + frame.left(frame.size() - 1), echo);
    QCOMPARE(s.code, workerExitProtocolError);
    QCOMPARE(s.responses.size(), 2);
    QCOMPARE(s.responses[1].id, quint64(0));
    QVERIFY2(s.responses[1].reason.contains(QStringLiteral("ended inside a frame")),
             qPrintable(s.responses[1].reason));
}

void tst_WorkerLoop::throwingSolverGivesAnError()
{
    const auto thrower = [](const SolveRequest &r) -> SolveResponse {
        if (r.id == 2)
            throw std::runtime_error("boom");
        if (r.id == 3)
            throw 42;
        return echo(r);
    };
    const Served s = serveBytes(encodeRequest(request(1)) + encodeRequest(request(2)) +
                                    encodeRequest(request(3)) + encodeRequest(request(4)),
                                thrower);
    QCOMPARE(s.code, workerExitOk);
    QCOMPARE(s.responses.size(), 4);
    QCOMPARE(s.responses[1].id, quint64(2));
    QCOMPARE(s.responses[1].answer, Answer::Error);
    QCOMPARE(s.responses[1].reason, QStringLiteral("internal error: boom"));
    QCOMPARE(s.responses[2].id, quint64(3));
    QCOMPARE(s.responses[2].answer, Answer::Error);
    QCOMPARE(s.responses[3].answer, Answer::Sat);
}

void tst_WorkerLoop::closedOutputExitsFour()
{
    int in[2];
    int out[2];
    QVERIFY(::pipe2(in, O_CLOEXEC) == 0 && ::pipe2(out, O_CLOEXEC) == 0);
    const QByteArray input = encodeRequest(request(1));
    QCOMPARE(::write(in[1], input.constData(), static_cast<size_t>(input.size())),
             ssize_t(input.size()));
    ::close(in[1]);
    ::close(out[0]); // nobody reads: the write fails with EPIPE (SIGPIPE ignored below)
    const auto previous = ::signal(SIGPIPE, SIG_IGN);
    QCOMPARE(serve(in[0], out[1], echo), workerExitIoError);
    ::signal(SIGPIPE, previous);
    ::close(in[0]);
    ::close(out[1]);
}

QTEST_GUILESS_MAIN(tst_WorkerLoop)
#include "tst_workerloop.moc"
