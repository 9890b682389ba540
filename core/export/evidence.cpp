// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/evidence.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace proofdesk::exporting {

namespace {
constexpr std::array<std::pair<Evidence, const char *>, 7> kNames{{
    {Evidence::Certified, "certified"},
    {Evidence::CrossChecked, "cross-checked"},
    {Evidence::Proved, "proved"},
    {Evidence::Admitted, "admitted"},
    {Evidence::Failed, "failed"},
    {Evidence::Unknown, "unknown"},
}};

// A manifest is untrusted input: every field is checked for its type, and strings are
// capped so that a hostile file cannot make the report or the terminal explode.
constexpr qsizetype kMaxString = 1 << 20;

class Fields
{
public:
    explicit Fields(const QJsonObject &o) : m_o(o) {}
    QString error;

    QString string(const char *key, bool required = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, "is missing");
            return {};
        }
        if (!v.isString()) {
            fail(key, "must be a string");
            return {};
        }
        if (v.toString().size() > kMaxString) {
            fail(key, "is too long");
            return {};
        }
        return v.toString();
    }
    qint64 integer(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return 0;
        const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
        if (n < 0) {
            fail(key, "must be a non-negative integer");
            return 0;
        }
        return n;
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(key, "must be a boolean");
        return v.toBool();
    }
    void fail(const char *key, const char *what)
    {
        if (error.isEmpty())
            error = QStringLiteral("field \"%1\" %2").arg(QLatin1String(key), QLatin1String(what));
    }

private:
    QJsonObject m_o;
};
} // namespace

QString evidenceName(Evidence e)
{
    for (const auto &[value, name] : kNames)
        if (value == e)
            return QLatin1String(name);
    return QStringLiteral("unknown");
}

std::optional<Evidence> evidenceFromName(const QString &name)
{
    for (const auto &[value, n] : kNames)
        if (name == QLatin1String(n))
            return value;
    return std::nullopt;
}

QJsonObject claimToJson(const Claim &c)
{
    QJsonArray cex;
    for (const auto &v : c.counterexample)
        cex.append(QJsonObject{{QStringLiteral("symbol"), v.symbol},
                               {QStringLiteral("sort"), v.sort},
                               {QStringLiteral("value"), v.value}});
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("obligationId"), c.obligationId},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("lemma"), c.lemma},
        {QStringLiteral("step"), c.step},
        {QStringLiteral("range"), QJsonObject{{QStringLiteral("line"), c.line},
                                              {QStringLiteral("column"), c.column},
                                              {QStringLiteral("endLine"), c.endLine},
                                              {QStringLiteral("endColumn"), c.endColumn}}},
        {QStringLiteral("verdict"), c.verdict},
        {QStringLiteral("answer"), orNull(c.answer)},
        {QStringLiteral("strategy"), orNull(c.strategy)},
        {QStringLiteral("solver"), orNull(c.solver)},
        {QStringLiteral("timeMs"), c.timeMs},
        {QStringLiteral("reason"), orNull(c.reason)},
        {QStringLiteral("obligation"), orNull(c.obligation)},
        {QStringLiteral("certificate"), orNull(c.certificate)},
        {QStringLiteral("certificateFormat"), orNull(c.certificateFormat)},
        {QStringLiteral("checker"), orNull(c.checker)},
        {QStringLiteral("checkerResult"), orNull(c.checkerResult)},
        {QStringLiteral("crossCheckedBy"), orNull(c.crossCheckedBy)},
        {QStringLiteral("vacuous"), c.vacuous},
        {QStringLiteral("counterexample"), cex},
        {QStringLiteral("evidence"), evidenceName(c.evidence)},
    };
}

std::optional<Claim> claimFromJson(const QJsonObject &o, QString *error)
{
    Fields f(o);
    Claim c;
    c.id = f.string("id", true);
    c.obligationId = f.string("obligationId");
    c.source = f.string("source");
    c.lemma = f.string("lemma");
    c.step = f.string("step");
    const QJsonValue range = o.value(QStringLiteral("range"));
    if (range.isObject()) {
        Fields r(range.toObject());
        c.line = int(qMin<qint64>(r.integer("line"), INT_MAX));
        c.column = int(qMin<qint64>(r.integer("column"), INT_MAX));
        c.endLine = int(qMin<qint64>(r.integer("endLine"), INT_MAX));
        c.endColumn = int(qMin<qint64>(r.integer("endColumn"), INT_MAX));
        if (!r.error.isEmpty() && f.error.isEmpty())
            f.error = QStringLiteral("range: ") + r.error;
    } else if (!range.isUndefined()) {
        f.fail("range", "must be an object");
    }
    c.verdict = f.string("verdict", true);
    c.answer = f.string("answer");
    c.strategy = f.string("strategy");
    c.solver = f.string("solver");
    c.timeMs = f.integer("timeMs");
    c.reason = f.string("reason");
    c.obligation = f.string("obligation");
    c.certificate = f.string("certificate");
    c.certificateFormat = f.string("certificateFormat");
    c.checker = f.string("checker");
    c.checkerResult = f.string("checkerResult");
    c.crossCheckedBy = f.string("crossCheckedBy");
    c.vacuous = f.boolean("vacuous");
    const QJsonValue cex = o.value(QStringLiteral("counterexample"));
    if (cex.isArray()) {
        for (const QJsonValue &v : cex.toArray()) {
            if (!v.isObject()) {
                f.fail("counterexample", "must hold objects");
                break;
            }
            Fields e(v.toObject());
            c.counterexample.append({e.string("symbol"), e.string("sort"), e.string("value")});
            if (!e.error.isEmpty() && f.error.isEmpty())
                f.error = QStringLiteral("counterexample: ") + e.error;
        }
    } else if (!cex.isUndefined()) {
        f.fail("counterexample", "must be an array");
    }
    const QString level = f.string("evidence", true);
    if (f.error.isEmpty()) {
        if (const auto e = evidenceFromName(level))
            c.evidence = *e;
        else
            f.error = QStringLiteral("field \"evidence\": unknown level \"%1\"").arg(level.left(40));
    }
    if (!f.error.isEmpty()) {
        if (error)
            *error = f.error;
        return std::nullopt;
    }
    return c;
}

} // namespace proofdesk::exporting
