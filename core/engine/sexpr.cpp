// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/sexpr.h"

namespace proofdesk::engine {

QString SExpr::text() const
{
    if (!list)
        return atom;
    QString out = QStringLiteral("(");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += QLatin1Char(' ');
        out += items[i].text();
    }
    out += QLatin1Char(')');
    return out;
}

std::optional<QList<SExpr>> parseSExprs(const QString &text, QString *error)
{
    QList<SExpr> top;
    QList<SExpr> stack;
    auto push = [&](SExpr e) {
        if (stack.isEmpty())
            top.append(std::move(e));
        else
            stack.last().items.append(std::move(e));
    };
    auto fail = [&](const QString &msg) -> std::optional<QList<SExpr>> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    constexpr int kMaxDepth = 10000; // a model is data; deeper than this is a faulty solver
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char(';')) {
            while (i < n && text[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('(')) {
            if (stack.size() >= kMaxDepth)
                return fail(QStringLiteral("nested too deeply"));
            SExpr l;
            l.list = true;
            stack.append(l);
            ++i;
        } else if (c == QLatin1Char(')')) {
            if (stack.isEmpty())
                return fail(QStringLiteral("unbalanced ')' at offset %1").arg(i));
            SExpr done = stack.takeLast();
            push(std::move(done));
            ++i;
        } else if (c == QLatin1Char('|')) {
            const qsizetype end = text.indexOf(QLatin1Char('|'), i + 1);
            if (end < 0)
                return fail(QStringLiteral("unterminated |symbol|"));
            push(SExpr{false, text.mid(i, end - i + 1), {}});
            i = end + 1;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (true) {
                if (j >= n)
                    return fail(QStringLiteral("unterminated string"));
                if (text[j] == QLatin1Char('"')) {
                    if (j + 1 < n && text[j + 1] == QLatin1Char('"')) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            push(SExpr{false, text.mid(i, j - i + 1), {}});
            i = j + 1;
        } else {
            qsizetype j = i;
            while (j < n && !text[j].isSpace() && text[j] != QLatin1Char('(') && text[j] != QLatin1Char(')') &&
                   text[j] != QLatin1Char('"') && text[j] != QLatin1Char(';'))
                ++j;
            push(SExpr{false, text.mid(i, j - i), {}});
            i = j;
        }
    }
    if (!stack.isEmpty())
        return fail(QStringLiteral("unbalanced '(': %1 not closed").arg(stack.size()));
    return top;
}

} // namespace proofdesk::engine
