// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/obligationreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace proofdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::cli", text);
}

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QJsonArray names(const std::vector<std::string> &list)
{
    QJsonArray array;
    for (const auto &n : list)
        array.append(q(n));
    return array;
}

QJsonObject position(const lang::SourcePos &p)
{
    return {{QStringLiteral("line"), qint64(p.line)}, {QStringLiteral("column"), qint64(p.column)}};
}

QJsonObject range(const lang::SourceRange &r)
{
    return {{QStringLiteral("start"), position(r.begin)}, {QStringLiteral("end"), position(r.end)}};
}

QString severityName(lang::Severity s)
{
    switch (s) {
    case lang::Severity::Error:
        return QStringLiteral("error");
    case lang::Severity::Warning:
        return QStringLiteral("warning");
    case lang::Severity::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString joinedOrNone(const std::vector<std::string> &list)
{
    if (list.empty())
        return tr("(none)");
    QStringList parts;
    for (const auto &n : list)
        parts.append(q(n));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString formatRange(const std::string &file, const lang::SourceRange &r)
{
    return QStringLiteral("%1:%2:%3-%4:%5")
        .arg(q(file))
        .arg(r.begin.line)
        .arg(r.begin.column)
        .arg(r.end.line)
        .arg(r.end.column);
}

QJsonObject moduleToJson(const lang::Module &module)
{
    QJsonArray diagnostics;
    for (const auto &d : module.diagnostics) {
        diagnostics.append(QJsonObject{{QStringLiteral("severity"), severityName(d.severity)},
                                       {QStringLiteral("file"), q(d.file)},
                                       {QStringLiteral("range"), range(d.range)},
                                       {QStringLiteral("message"), q(d.message)}});
    }
    QJsonArray obligations;
    for (const auto &ob : module.obligations) {
        obligations.append(QJsonObject{
            {QStringLiteral("id"), q(ob.id)},
            {QStringLiteral("lemma"), q(ob.lemma)},
            {QStringLiteral("step"), q(ob.step)},
            {QStringLiteral("kind"), q(lang::kindName(ob.kind))},
            {QStringLiteral("status"), q(lang::statusName(ob.status))},
            {QStringLiteral("file"), q(ob.file)},
            {QStringLiteral("range"), range(ob.range)},
            {QStringLiteral("facts"), names(ob.facts)},
            {QStringLiteral("citedLemmas"), names(ob.citedLemmas)},
            {QStringLiteral("citedDefinitions"), names(ob.citedDefinitions)},
            {QStringLiteral("error"), q(ob.error)},
            {QStringLiteral("smt"), q(ob.smt)},
        });
    }
    return {{QStringLiteral("file"), q(module.file)},
            {QStringLiteral("diagnostics"), diagnostics},
            {QStringLiteral("obligations"), obligations}};
}

QString obligationsText(const lang::Module &module)
{
    QString text;
    QTextStream out(&text);
    int toSolve = 0, admitted = 0, errors = 0;
    for (const auto &ob : module.obligations) {
        switch (ob.status) {
        case lang::ObligationStatus::ToSolve:
            ++toSolve;
            break;
        case lang::ObligationStatus::Admitted:
            ++admitted;
            break;
        case lang::ObligationStatus::Error:
            ++errors;
            break;
        }
        // Labels padded to one width so the values line up in a terminal.
        const auto row = [&](const QString &label, const QString &value) {
            out << "  " << (label + QLatin1Char(':')).leftJustified(9) << ' ' << value << '\n';
        };
        out << tr("obligation") << ' ' << q(ob.id) << '\n';
        row(tr("lemma"), q(ob.lemma));
        row(tr("step"), q(ob.step));
        row(tr("kind"), q(lang::kindName(ob.kind)));
        row(tr("status"), q(lang::statusName(ob.status)));
        row(tr("range"), formatRange(ob.file.empty() ? module.file : ob.file, ob.range));
        row(tr("facts"), joinedOrNone(ob.facts));
        row(tr("cites"), joinedOrNone(ob.citedLemmas));
        if (!ob.error.empty())
            row(tr("error"), q(ob.error));
        if (!ob.smt.empty()) {
            out << "  " << tr("smt:") << '\n';
            for (const QString &line : q(ob.smt).split(QLatin1Char('\n'))) {
                if (!line.isEmpty())
                    out << "    " << line << '\n';
            }
        }
        out << '\n';
    }
    out << tr("%1 obligations: %2 to solve, %3 admitted, %4 with errors")
               .arg(module.obligations.size())
               .arg(toSolve)
               .arg(admitted)
               .arg(errors)
        << '\n';
    out.flush();
    return text;
}

} // namespace proofdesk::cli
