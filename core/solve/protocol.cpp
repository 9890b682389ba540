// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <climits>
#include <limits>
#include <type_traits>
#include <utility>

namespace proofdesk::solve {

namespace {

constexpr char kMagic[] = "PDW1 ";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;

// Header bytes shown in an error message: enough to recognise "HTTP/1.1" or a stray log
// line, escaped so that binary garbage stays readable.
QString quoted(const QByteArray &bytes)
{
    constexpr qsizetype kShown = 24;
    QString text;
    for (const char ch : bytes.left(kShown)) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\n')
            text += QStringLiteral("\\n");
        else if (c == '\r')
            text += QStringLiteral("\\r");
        else if (c == '"' || c == '\\')
            text += QStringLiteral("\\") + QLatin1Char(ch);
        else if (c >= 0x20 && c < 0x7f)
            text += QLatin1Char(ch);
        else
            text += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > kShown)
        text += QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Field readers: each returns false with a message naming the field on a wrong type or
// range; an absent optional field leaves the default in place.
class Reader
{
public:
    explicit Reader(const QJsonObject &o) : m_object(o) {}

    QString error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

    void integer(const QString &key, qint64 lo, qint64 hi, bool required, auto &out)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || !ok())
            return;
        // toInteger() refuses fractions and doubles outside qint64; -1 is below every lo.
        const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
        if (n < lo || n > hi) {
            fail(key, QStringLiteral("an integer from %1 to %2").arg(lo).arg(hi), v);
            return;
        }
        out = static_cast<std::remove_reference_t<decltype(out)>>(n);
    }

    void string(const QString &key, bool required, QString &out)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || !ok())
            return;
        if (!v.isString())
            return fail(key, QStringLiteral("a string"), v);
        out = v.toString();
    }

    void boolean(const QString &key, bool &out)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || !ok())
            return;
        if (!v.isBool())
            return fail(key, QStringLiteral("a boolean"), v);
        out = v.toBool();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || !ok())
            return {};
        if (!v.isArray()) {
            fail(key, QStringLiteral("an array"), v);
            return {};
        }
        return v.toArray();
    }

    void fail(const QString &key, const QString &expected, const QJsonValue &got)
    {
        if (ok())
            m_error = QStringLiteral("field \"%1\": expected %2, got %3")
                          .arg(key, expected, typeName(got));
    }
    void failWith(const QString &message)
    {
        if (ok())
            m_error = message;
    }

private:
    QJsonValue value(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && required)
            failWith(QStringLiteral("field \"%1\" is missing").arg(key));
        return v;
    }

    QJsonObject m_object;
    QString m_error;
};

std::optional<QJsonObject> parseObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("invalid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("the message is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

QJsonValue idValue(quint64 id)
{
    // Above 2^63 - 1 a JSON integer is lost; such an id is written as a number that
    // decoding refuses, rather than silently as another id.
    if (id <= maxMessageId)
        return QJsonValue(static_cast<qint64>(id));
    return QJsonValue(static_cast<double>(id));
}

template <typename Out> std::optional<Out> finish(const Reader &reader, Out value, QString *error)
{
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return value;
}

} // namespace

QString strategyName(Strategy s)
{
    switch (s) {
    case Strategy::Default: return QStringLiteral("cvc5");
    case Strategy::Mbqi: return QStringLiteral("cvc5-mbqi");
    case Strategy::FmfFun: return QStringLiteral("cvc5-fmf-fun");
    }
    return {};
}

std::optional<Strategy> strategyFromName(const QString &name)
{
    for (const Strategy s : {Strategy::Default, Strategy::Mbqi, Strategy::FmfFun}) {
        if (strategyName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString answerName(Answer a)
{
    switch (a) {
    case Answer::Sat: return QStringLiteral("sat");
    case Answer::Unsat: return QStringLiteral("unsat");
    case Answer::Unknown: return QStringLiteral("unknown");
    case Answer::Error: return QStringLiteral("error");
    }
    return {};
}

std::optional<Answer> answerFromName(const QString &name)
{
    for (const Answer a : {Answer::Sat, Answer::Unsat, Answer::Unknown, Answer::Error}) {
        if (answerName(a) == name)
            return a;
    }
    return std::nullopt;
}

QString requestKindName(RequestKind k)
{
    return k == RequestKind::Document ? QStringLiteral("document") : QStringLiteral("obligation");
}

namespace {

QJsonArray encodeModel(const QList<ModelEntry> &entries)
{
    QJsonArray model;
    for (const ModelEntry &e : entries) {
        model.append(QJsonObject{{QStringLiteral("symbol"), e.symbol},
                                 {QStringLiteral("sort"), e.sort},
                                 {QStringLiteral("value"), e.value}});
    }
    return model;
}

void decodeModel(Reader &in, const QJsonArray &model, const QString &field, QList<ModelEntry> &out)
{
    for (qsizetype i = 0; i < model.size() && in.ok(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!model[i].isObject()) {
            in.fail(where, QStringLiteral("an object"), model[i]);
            break;
        }
        ModelEntry e;
        Reader entry(model[i].toObject());
        entry.string(QStringLiteral("symbol"), true, e.symbol);
        entry.string(QStringLiteral("sort"), true, e.sort);
        entry.string(QStringLiteral("value"), true, e.value);
        if (!entry.ok())
            in.failWith(where + QStringLiteral(": ") + entry.error());
        out.append(e);
    }
}

void decodeAnswer(Reader &in, const QString &field, Answer &out)
{
    QString answer;
    in.string(field, true, answer);
    if (!in.ok())
        return;
    if (const auto a = answerFromName(answer))
        out = *a;
    else
        in.failWith(QStringLiteral("field \"%1\": unknown answer \"%2\"").arg(field, answer));
}

} // namespace

QByteArray encodeFrame(const QByteArray &payload)
{
    return kMagic + QByteArray::number(payload.size()) + '\n' + payload;
}

QByteArray encodeRequest(const SolveRequest &r)
{
    const QJsonObject o{
        {QStringLiteral("id"), idValue(r.id)},
        {QStringLiteral("kind"), requestKindName(r.kind)},
        {QStringLiteral("script"), r.script},
        {QStringLiteral("strategy"), strategyName(r.strategy)},
        {QStringLiteral("timeoutMs"), r.timeoutMs},
        {QStringLiteral("wantModel"), r.wantModel},
        {QStringLiteral("wantCore"), r.wantCore},
    };
    if (!r.proofFormat.isEmpty()) {
        QJsonObject withProof = o;
        withProof.insert(QStringLiteral("proofFormat"), r.proofFormat);
        return encodeFrame(QJsonDocument(withProof).toJson(QJsonDocument::Compact));
    }
    return encodeFrame(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray encodeResponse(const SolveResponse &r)
{
    QJsonObject o{
        {QStringLiteral("id"), idValue(r.id)},
        {QStringLiteral("answer"), answerName(r.answer)},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("core"), QJsonArray::fromStringList(r.core)},
        {QStringLiteral("model"), encodeModel(r.model)},
        {QStringLiteral("solver"), r.solver},
        {QStringLiteral("elapsedMs"), r.elapsedMs},
    };
    if (!r.proof.isEmpty() || !r.proofFormat.isEmpty()) {
        o.insert(QStringLiteral("proof"), r.proof);
        o.insert(QStringLiteral("proofFormat"), r.proofFormat);
    }
    // Document responses only: obligation responses stay as they were.
    if (!r.checks.isEmpty()) {
        QJsonArray checks;
        for (const CheckResult &c : r.checks)
            checks.append(QJsonObject{{QStringLiteral("line"), c.line},
                                      {QStringLiteral("answer"), answerName(c.answer)},
                                      {QStringLiteral("status"), c.status},
                                      {QStringLiteral("reason"), c.reason},
                                      {QStringLiteral("model"), encodeModel(c.model)},
                                      {QStringLiteral("elapsedMs"), c.elapsedMs}});
        o.insert(QStringLiteral("checks"), checks);
    }
    if (r.errorLine > 0 || r.errorColumn > 0) {
        o.insert(QStringLiteral("errorLine"), r.errorLine);
        o.insert(QStringLiteral("errorColumn"), r.errorColumn);
    }
    return encodeFrame(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A request must name its id and script; the other fields default as in SolveRequest so
// that a newer engine may leave out what it does not care about. Unknown fields are
// ignored for the same reason.
std::optional<SolveRequest> decodeRequest(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> o = parseObject(json, error);
    if (!o)
        return std::nullopt;
    SolveRequest r;
    Reader in(*o);
    in.integer(QStringLiteral("id"), 0, static_cast<qint64>(maxMessageId), true, r.id);
    QString kind = requestKindName(r.kind);
    in.string(QStringLiteral("kind"), false, kind);
    if (in.ok()) {
        if (kind == requestKindName(RequestKind::Document))
            r.kind = RequestKind::Document;
        else if (kind != requestKindName(RequestKind::Obligation))
            in.failWith(QStringLiteral("field \"kind\": unknown request kind \"%1\"").arg(kind));
    }
    in.string(QStringLiteral("script"), true, r.script);
    QString strategy = strategyName(r.strategy);
    in.string(QStringLiteral("strategy"), false, strategy);
    if (in.ok()) {
        if (const auto s = strategyFromName(strategy))
            r.strategy = *s;
        else
            in.failWith(
                QStringLiteral("field \"strategy\": unknown strategy \"%1\"").arg(strategy));
    }
    in.integer(QStringLiteral("timeoutMs"), 0, INT_MAX, false, r.timeoutMs);
    in.boolean(QStringLiteral("wantModel"), r.wantModel);
    in.boolean(QStringLiteral("wantCore"), r.wantCore);
    in.string(QStringLiteral("proofFormat"), false, r.proofFormat);
    return finish(in, r, error);
}

std::optional<SolveResponse> decodeResponse(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> o = parseObject(json, error);
    if (!o)
        return std::nullopt;
    SolveResponse r;
    Reader in(*o);
    in.integer(QStringLiteral("id"), 0, static_cast<qint64>(maxMessageId), true, r.id);
    decodeAnswer(in, QStringLiteral("answer"), r.answer);
    in.string(QStringLiteral("reason"), false, r.reason);
    const QJsonArray core = in.array(QStringLiteral("core"));
    for (qsizetype i = 0; i < core.size() && in.ok(); ++i) {
        if (!core[i].isString())
            in.fail(QStringLiteral("core[%1]").arg(i), QStringLiteral("a string"), core[i]);
        r.core.append(core[i].toString());
    }
    decodeModel(in, in.array(QStringLiteral("model")), QStringLiteral("model"), r.model);
    in.string(QStringLiteral("solver"), false, r.solver);
    in.integer(QStringLiteral("elapsedMs"), 0, std::numeric_limits<qint64>::max(), false,
               r.elapsedMs);
    in.string(QStringLiteral("proof"), false, r.proof);
    in.string(QStringLiteral("proofFormat"), false, r.proofFormat);
    const QJsonArray checks = in.array(QStringLiteral("checks"));
    for (qsizetype i = 0; i < checks.size() && in.ok(); ++i) {
        const QString where = QStringLiteral("checks[%1]").arg(i);
        if (!checks[i].isObject()) {
            in.fail(where, QStringLiteral("an object"), checks[i]);
            break;
        }
        CheckResult c;
        Reader check(checks[i].toObject());
        check.integer(QStringLiteral("line"), 0, INT_MAX, true, c.line);
        decodeAnswer(check, QStringLiteral("answer"), c.answer);
        check.string(QStringLiteral("status"), false, c.status);
        check.string(QStringLiteral("reason"), false, c.reason);
        decodeModel(check, check.array(QStringLiteral("model")), QStringLiteral("model"), c.model);
        check.integer(QStringLiteral("elapsedMs"), 0, std::numeric_limits<qint64>::max(), false,
                      c.elapsedMs);
        if (!check.ok())
            in.failWith(where + QStringLiteral(": ") + check.error());
        r.checks.append(c);
    }
    in.integer(QStringLiteral("errorLine"), 0, INT_MAX, false, r.errorLine);
    in.integer(QStringLiteral("errorColumn"), 0, INT_MAX, false, r.errorColumn);
    return finish(in, r, error);
}

FrameDecoder::FrameDecoder(qsizetype maxFrameBytes) : m_max(maxFrameBytes > 0 ? maxFrameBytes : 0)
{
}

// Bytes are consumed as they come, so that a chunk holding many frames never sits in the
// buffer as a whole: only the current frame's header or payload is buffered.
void FrameDecoder::feed(const QByteArray &bytes)
{
    qsizetype pos = 0;
    while (!failed() && pos < bytes.size()) {
        if (m_expected < 0) {
            const char c = bytes[pos++];
            ++m_offset;
            feedHeaderByte(c);
            continue;
        }
        const qsizetype take = std::min(m_expected - m_buffer.size(), bytes.size() - pos);
        m_buffer.append(bytes.constData() + pos, take);
        pos += take;
        m_offset += take;
        if (m_buffer.size() == m_expected)
            completeFrame();
    }
}

void FrameDecoder::feedHeaderByte(char c)
{
    if (m_buffer.isEmpty())
        m_frameStart = m_offset - 1;
    const qsizetype i = m_buffer.size();
    const auto malformed = [&](const QString &why) {
        fail(QStringLiteral(
                 "malformed frame header at byte %1: %2 (expected \"PDW1 <length>\\n\", got %3)")
                 .arg(m_frameStart)
                 .arg(why, quoted(m_buffer + c)));
    };
    if (i < kMagicSize) {
        if (c != kMagic[i])
            return malformed(QStringLiteral("not a ProofDesk worker frame"));
        m_buffer.append(c);
        m_length = 0;
        return;
    }
    if (c == '\n') {
        if (i == kMagicSize)
            return malformed(QStringLiteral("no length"));
        m_buffer.clear();
        m_expected = m_length;
        if (m_expected == 0)
            completeFrame();
        return;
    }
    if (c < '0' || c > '9')
        return malformed(QStringLiteral("the length must be decimal digits"));
    if (i > kMagicSize && m_length == 0)
        return malformed(QStringLiteral("the length has a leading zero"));
    const int digit = c - '0';
    // Checked before multiplying: a huge length fails here instead of overflowing, and the
    // header itself can never grow beyond the digits of maxFrameBytes.
    if (m_length > m_max / 10 || m_length * 10 > m_max - digit) {
        fail(QStringLiteral("frame at byte %1 is larger than the limit of %2 bytes (length %3...)")
                 .arg(m_frameStart)
                 .arg(m_max)
                 .arg(QString::fromLatin1(m_buffer.mid(kMagicSize) + c)));
        return;
    }
    m_length = m_length * 10 + digit;
    m_buffer.append(c);
}

void FrameDecoder::completeFrame()
{
    QString jsonError;
    if (!parseObject(m_buffer, &jsonError)) {
        fail(QStringLiteral("frame at byte %1: %2").arg(m_frameStart).arg(jsonError));
        return;
    }
    m_frames.append(std::exchange(m_buffer, {}));
    m_expected = -1;
    m_length = 0;
}

void FrameDecoder::fail(const QString &message)
{
    m_error = message;
    m_buffer.clear();
    m_buffer.squeeze();
    m_expected = -1;
}

bool FrameDecoder::hasFrame() const
{
    return !m_frames.isEmpty();
}

QByteArray FrameDecoder::takeFrame()
{
    return m_frames.isEmpty() ? QByteArray() : m_frames.takeFirst();
}

bool FrameDecoder::failed() const
{
    return !m_error.isEmpty();
}

QString FrameDecoder::error() const
{
    return m_error;
}

bool FrameDecoder::hasPartialFrame() const
{
    return !failed() && (m_expected >= 0 || !m_buffer.isEmpty());
}

} // namespace proofdesk::solve
