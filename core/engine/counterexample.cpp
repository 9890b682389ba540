// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/counterexample.h"

#include "engine/sexpr.h"

#include <QHash>
#include <QStringList>

namespace proofdesk::engine {

namespace {
// The symbol after "(declare-const " / "(declare-fun ", quoted or not.
QString declaredSymbol(const QString &line, qsizetype from)
{
    if (from >= line.size())
        return {};
    if (line[from] == QLatin1Char('|')) {
        const qsizetype end = line.indexOf(QLatin1Char('|'), from + 1);
        return end < 0 ? QString() : line.mid(from, end - from + 1);
    }
    const qsizetype end = line.indexOf(QLatin1Char(' '), from);
    return end < 0 ? QString() : line.mid(from, end - from);
}

QString unquote(const QString &s)
{
    return s.size() >= 2 && s.startsWith(QLatin1Char('|')) && s.endsWith(QLatin1Char('|')) ? s.mid(1, s.size() - 2) : s;
}

// The result sort of a function sort "(-> A B R)", or the sort itself.
QString resultSort(const QString &sort)
{
    auto exprs = parseSExprs(sort);
    if (!exprs || exprs->isEmpty())
        return sort;
    const SExpr &s = exprs->first();
    if (s.list && !s.items.isEmpty() && s.items.first().atom == QLatin1String("->"))
        return s.items.last().text();
    return sort;
}
} // namespace

QString validationScript(const QString &printedScript, const QList<solve::ModelEntry> &model)
{
    QHash<QString, const solve::ModelEntry *> bySymbol;
    for (const auto &e : model)
        bySymbol.insert(unquote(e.symbol), &e);
    QStringList out;
    const QStringList lines = printedScript.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("(assert (! ")))
            continue; // context facts: the claim alone is evaluated
        if (line == QLatin1String("(set-option :produce-unsat-cores true)"))
            continue;
        const bool isConst = line.startsWith(QLatin1String("(declare-const "));
        const bool isFun = line.startsWith(QLatin1String("(declare-fun "));
        if (isConst || isFun) {
            const QString sym = declaredSymbol(line, isConst ? 15 : 13);
            const auto it = bySymbol.constFind(unquote(sym));
            if (it != bySymbol.constEnd()) {
                const solve::ModelEntry &e = **it;
                auto value = parseSExprs(e.value);
                if (value && value->size() == 1 && value->first().list && value->first().items.size() == 3 &&
                    value->first().items[0].atom == QLatin1String("lambda")) {
                    const SExpr &lam = value->first();
                    out << QStringLiteral("(define-fun %1 %2 %3 %4)")
                               .arg(sym, lam.items[1].text(), resultSort(e.sort), lam.items[2].text());
                } else {
                    out << QStringLiteral("(define-fun %1 () %2 %3)").arg(sym, e.sort, e.value);
                }
                continue;
            }
        }
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QList<solve::ModelEntry> toAuthorNames(const QList<solve::ModelEntry> &model, const lang::PrintedScript &printed,
                                       const lang::Script &script)
{
    QHash<QString, QString> original;
    for (const auto &[p, o] : printed.names)
        original.insert(unquote(QString::fromStdString(p)), QString::fromStdString(o));
    QHash<QString, int> declared; // author's name -> order
    int order = 0;
    for (const auto &d : script.declarations)
        if (d.kind == lang::Declaration::Kind::Function)
            declared.insert(QString::fromStdString(d.name), order++);
    QList<solve::ModelEntry> out;
    for (const auto &e : model) {
        const QString bare = unquote(e.symbol);
        const QString name = original.value(bare, bare);
        if (!declared.contains(name))
            continue;
        solve::ModelEntry m = e;
        m.symbol = name;
        out << m;
    }
    std::stable_sort(out.begin(), out.end(), [&](const solve::ModelEntry &a, const solve::ModelEntry &b) {
        return declared.value(a.symbol) < declared.value(b.symbol);
    });
    return out;
}

QStringList coreToFactNames(const QStringList &core, const lang::PrintedScript &printed)
{
    QHash<QString, QString> fact;
    for (const auto &[name, sym] : printed.factSymbols)
        fact.insert(unquote(QString::fromStdString(sym)), QString::fromStdString(name));
    QStringList out;
    for (const auto &c : core) {
        const auto it = fact.constFind(unquote(c));
        if (it != fact.constEnd() && !out.contains(*it))
            out << *it;
    }
    return out;
}

namespace {
// (lambda ((x Int)) (ite (= x 1) 0.0 (ite (= x 2) 5.0 0.5))) reads as a finite table:
// "{1 ↦ 0, 2 ↦ 5, else ↦ 0.5}". Anything else stays as the solver wrote it.
QString tableOf(const SExpr &lambda, const QString &resultSortText)
{
    if (lambda.items.size() != 3 || !lambda.items[1].list || lambda.items[1].items.size() != 1)
        return {};
    const SExpr &binder = lambda.items[1].items[0];
    if (!binder.list || binder.items.size() != 2)
        return {};
    const QString var = binder.items[0].atom;
    const QString argSort = binder.items[1].text();
    QStringList rows;
    const SExpr *body = &lambda.items[2];
    while (body->list && body->items.size() == 4 && body->items[0].atom == QLatin1String("ite")) {
        const SExpr &cond = body->items[1];
        if (!cond.list || cond.items.size() != 3 || cond.items[0].atom != QLatin1String("="))
            return {};
        const SExpr *key = cond.items[1].text() == var ? &cond.items[2] : cond.items[2].text() == var ? &cond.items[1] : nullptr;
        if (!key)
            return {};
        rows << displayValue(key->text(), argSort) + QStringLiteral(" ↦ ") + displayValue(body->items[2].text(), resultSortText);
        body = &body->items[3];
    }
    if (body->text().contains(var))
        return {};
    rows << QStringLiteral("else ↦ ") + displayValue(body->text(), resultSortText);
    return QLatin1Char('{') + rows.join(QStringLiteral(", ")) + QLatin1Char('}');
}
} // namespace

QString displayValue(const QString &value, const QString &sort)
{
    const QString v = value.trimmed();
    if (v.startsWith(QLatin1String("(lambda"))) {
        auto lam = parseSExprs(v);
        if (lam && lam->size() == 1) {
            const QString table = tableOf(lam->first(), resultSort(sort));
            if (!table.isEmpty())
                return table;
        }
        return v;
    }
    if (v.startsWith(QLatin1String("#b")) || v.startsWith(QLatin1String("#x"))) {
        const bool bin = v[1] == QLatin1Char('b');
        bool ok = false;
        const QString digits = v.mid(2);
        if (digits.size() <= 64) {
            const qulonglong n = digits.toULongLong(&ok, bin ? 2 : 16);
            if (ok) {
                const int width = int(bin ? digits.size() : digits.size() * 4);
                return QStringLiteral("#x%1 (%2)").arg(n, (width + 3) / 4, 16, QLatin1Char('0')).arg(n);
            }
        }
        return v;
    }
    auto exprs = parseSExprs(v);
    if (exprs && exprs->size() == 1) {
        const SExpr &e = exprs->first();
        auto atomOf = [](const SExpr &x) { return x.list ? QString() : x.atom; };
        if (e.list && e.items.size() == 2 && atomOf(e.items[0]) == QLatin1String("-"))
            return QLatin1Char('-') + displayValue(e.items[1].text(), sort);
        if (e.list && e.items.size() == 3 && atomOf(e.items[0]) == QLatin1String("/"))
            return displayValue(e.items[1].text(), sort) + QLatin1Char('/') + displayValue(e.items[2].text(), sort);
        if (!e.list && sort == QLatin1String("Real") && v.endsWith(QLatin1String(".0")))
            return v.left(v.size() - 2);
    }
    return v;
}

} // namespace proofdesk::engine
