// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The worker protocol: the engine and `proofdesk-worker` exchange frames over the worker's
// stdin and stdout. A frame is the ASCII header "PDW1 <length>\n" followed by <length>
// bytes of UTF-8 JSON. Everything a worker can say is a SolveResponse; everything else
// (exit, signal, garbage, silence) is turned into a typed failure by the engine.
namespace proofdesk::solve {

enum class Strategy {
    Default, // cvc5 with its default options
    Mbqi,    // cvc5 --mbqi: model-based quantifier instantiation, finds models with quantifiers
    FmfFun,  // cvc5 --fmf-fun: finite model finding for recursive definitions
};
QString strategyName(Strategy s);                 // "cvc5", "cvc5-mbqi", "cvc5-fmf-fun"
std::optional<Strategy> strategyFromName(const QString &name);

// What a request asks: one obligation (a script ending in its one check-sat), or a whole
// .smt2 document whose every (check-sat) is answered in order (SolveResponse::checks).
enum class RequestKind { Obligation, Document };
QString requestKindName(RequestKind k);           // "obligation", "document"

struct SolveRequest {
    quint64 id = 0;
    RequestKind kind = RequestKind::Obligation;
    QString script;           // a complete SMT-LIB script ending in (check-sat)
    Strategy strategy = Strategy::Default;
    int timeoutMs = 10000;    // per check (cvc5 tlimit-per); the engine also enforces wall time
    bool wantModel = true;    // on sat (and unknown, when the solver offers one)
    bool wantCore = true;     // on unsat: the :named facts of an unsat core
    // On unsat: the proof printed in this format ("alf", "lfsc", "alethe", "dot", or "dag":
    // the proof's steps and premises for graph/proofdag.h; "cpc" is
    // accepted as the 1.2+ name of "alf"). Empty: no proof (and no proof overhead). Only
    // sent when set, so older workers and frames are unaffected.
    QString proofFormat;
    bool operator==(const SolveRequest &) const = default;
};

enum class Answer { Sat, Unsat, Unknown, Error };
QString answerName(Answer a);                     // "sat", "unsat", "unknown", "error"
std::optional<Answer> answerFromName(const QString &name);

struct ModelEntry {
    QString symbol;           // as printed in the script (may be |quoted|)
    QString sort;             // SMT-LIB sort text, e.g. "Int", "(_ BitVec 8)", "(-> Int Real)"
    QString value;            // SMT-LIB term text; functions as (lambda ((x Int)) ...)
    bool operator==(const ModelEntry &) const = default;
};

// One (check-sat) of a document request.
struct CheckResult {
    int line = 0;             // 1-based line of the (check-sat) in the document
    Answer answer = Answer::Error;
    QString status;           // the (set-info :status ...) in force: "sat", "unsat", "unknown" or ""
    QString reason;           // unknown: why; error: the message
    QList<ModelEntry> model;  // sat: values of the declared constants and functions
    qint64 elapsedMs = 0;
    bool operator==(const CheckResult &) const = default;
};

struct SolveResponse {
    quint64 id = 0;
    Answer answer = Answer::Error;
    QString reason;           // unknown: TIMEOUT, INCOMPLETE, ...; error: the message
    QStringList core;         // unsat: named facts in the core (printed :named symbols)
    QList<ModelEntry> model;  // sat: values of declared constants and functions
    QString solver;           // "cvc5 1.1.2"
    qint64 elapsedMs = 0;
    QString proof;            // unsat with SolveRequest::proofFormat set: the printed proof
    QString proofFormat;      // the format `proof` is in, as the solver names it ("alf", "cpc", ...)
    // Document requests: the checks answered (also those before an error). answer is
    // Error when the document could not be run to its end, with errorLine/errorColumn
    // when the error has a position (0 when not); otherwise the last check's answer.
    QList<CheckResult> checks;
    int errorLine = 0;
    int errorColumn = 0;
    bool operator==(const SolveResponse &) const = default;
};

QByteArray encodeRequest(const SolveRequest &r);
QByteArray encodeResponse(const SolveResponse &r);
// Wraps an arbitrary payload in a frame header; encodeRequest/encodeResponse use it.
QByteArray encodeFrame(const QByteArray &payload);

// Ids travel as JSON integers: decoding rejects ids above this (2^63 - 1).
inline constexpr quint64 maxMessageId = 0x7fff'ffff'ffff'ffffULL;

// Incremental decoder: feed bytes as they arrive, take complete frames out. A malformed
// header, an oversized frame or invalid JSON puts it in a failed state with a message;
// it never throws and never buffers more than maxFrameBytes.
class FrameDecoder
{
public:
    explicit FrameDecoder(qsizetype maxFrameBytes = 64 * 1024 * 1024);
    void feed(const QByteArray &bytes);
    bool hasFrame() const;
    QByteArray takeFrame();          // the JSON payload of the next complete frame
    bool failed() const;
    QString error() const;
    // True while a frame has begun but is not complete: input that ends now is truncated.
    bool hasPartialFrame() const;

private:
    void feedHeaderByte(char c);
    void completeFrame();
    void fail(const QString &message);

    QByteArray m_buffer;       // the header so far, or the payload so far
    QList<QByteArray> m_frames;
    qsizetype m_max;
    QString m_error;
    qsizetype m_expected = -1; // payload length once the header is complete, else -1
    qsizetype m_length = 0;    // the length digits read so far
    qint64 m_offset = 0;       // bytes consumed from the stream, for messages
    qint64 m_frameStart = 0;   // stream offset of the current frame's header
};

std::optional<SolveRequest> decodeRequest(const QByteArray &json, QString *error = nullptr);
std::optional<SolveResponse> decodeResponse(const QByteArray &json, QString *error = nullptr);

} // namespace proofdesk::solve
