// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reports.h"

#include "engine/counterexample.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace proofdesk::exporting {

using engine::Status;

namespace {
QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject rangeJson(const lang::SourceRange &r)
{
    return {{QStringLiteral("start"), QJsonObject{{QStringLiteral("line"), int(r.begin.line)}, {QStringLiteral("column"), int(r.begin.column)}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("line"), int(r.end.line)}, {QStringLiteral("column"), int(r.end.column)}}}};
}

QJsonArray stringArray(const QStringList &l)
{
    QJsonArray a;
    for (const auto &s : l)
        a.append(s);
    return a;
}

QString counterexampleText(const engine::Verdict &v, const QString &indent)
{
    QString out;
    for (const auto &e : v.model)
        out += indent + e.symbol + QStringLiteral(" = ") + engine::displayValue(e.value, e.sort) + QLatin1Char('\n');
    return out;
}
} // namespace

CheckedFile documentFile(const QString &path, const QList<engine::DocumentCheck> &checks)
{
    CheckedFile cf;
    cf.path = path;
    const std::string lemma = path.section(QLatin1Char('/'), -1).toStdString();
    lang::LemmaInfo info;
    info.name = lemma;
    info.file = path.toStdString();
    cf.module.lemmas.push_back(info);
    for (const engine::DocumentCheck &c : checks) {
        lang::Obligation o;
        o.id = c.id.toStdString();
        o.lemma = lemma;
        o.step = c.id.toStdString();
        o.file = info.file;
        o.range.begin.line = std::uint32_t(std::max(1, c.line));
        o.range.begin.column = std::uint32_t(std::max(1, c.column));
        o.range.end = o.range.begin;
        cf.verdicts.insert(c.id, c.verdict);
        cf.module.obligations.push_back(std::move(o));
    }
    return cf;
}

engine::Verdict verdictOf(const CheckedFile &file, const lang::Obligation &o)
{
    if (o.status == lang::ObligationStatus::Error) {
        engine::Verdict v;
        v.status = Status::Error;
        v.reason = str(o.error);
        return v;
    }
    if (o.status == lang::ObligationStatus::Admitted) {
        engine::Verdict v;
        v.status = Status::Admitted;
        return v;
    }
    auto it = file.verdicts.constFind(str(o.id));
    if (it != file.verdicts.constEnd())
        return *it;
    engine::Verdict v;
    v.status = Status::Unknown;
    v.reason = QStringLiteral("not checked (cancelled)");
    return v;
}

Summary summarize(const QList<CheckedFile> &files)
{
    Summary s;
    for (const auto &f : files)
        for (const auto &o : f.module.obligations) {
            const auto v = verdictOf(f, o);
            switch (v.status) {
            case Status::Proved: ++s.proved; break;
            case Status::Failed: ++s.failed; break;
            case Status::Unknown: ++s.unknown; break;
            case Status::Admitted: ++s.admitted; break;
            case Status::Error: ++s.errors; break;
            }
            s.vacuous += v.vacuous ? 1 : 0;
        }
    return s;
}

QJsonObject toJson(const QList<CheckedFile> &files, const QString &toolVersion)
{
    QJsonArray fileArray;
    for (const auto &f : files) {
        QJsonArray diags;
        for (const auto &d : f.module.diagnostics)
            diags.append(QJsonObject{{QStringLiteral("severity"), d.severity == lang::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
                                     {QStringLiteral("range"), rangeJson(d.range)},
                                     {QStringLiteral("message"), str(d.message)}});
        QJsonArray obligations;
        for (const auto &o : f.module.obligations) {
            const auto v = verdictOf(f, o);
            QJsonArray cex;
            for (const auto &e : v.model)
                cex.append(QJsonObject{{QStringLiteral("name"), e.symbol}, {QStringLiteral("sort"), e.sort},
                                       {QStringLiteral("value"), e.value},
                                       {QStringLiteral("display"), engine::displayValue(e.value, e.sort)}});
            QJsonObject obj{{QStringLiteral("id"), str(o.id)},
                            {QStringLiteral("lemma"), str(o.lemma)},
                            {QStringLiteral("step"), str(o.step)},
                            {QStringLiteral("kind"), str(std::string(lang::kindName(o.kind)))},
                            {QStringLiteral("range"), rangeJson(o.range)},
                            {QStringLiteral("verdict"), engine::statusName(v.status)},
                            {QStringLiteral("solver"), v.solver},
                            {QStringLiteral("strategy"), v.strategy},
                            {QStringLiteral("timeMs"), double(v.elapsedMs)},
                            {QStringLiteral("reason"), v.reason},
                            {QStringLiteral("core"), stringArray(v.core)},
                            {QStringLiteral("counterexample"), cex},
                            {QStringLiteral("counterexampleConfirmed"), v.modelConfirmed},
                            {QStringLiteral("vacuous"), v.vacuous},
                            {QStringLiteral("cached"), v.fromCache},
                            {QStringLiteral("crossCheckedBy"), v.crossCheckedBy},
                            {QStringLiteral("disagreement"), v.disagreement}};
            obligations.append(obj);
        }
        QJsonArray lemmas;
        for (const auto &l : f.standings)
            lemmas.append(QJsonObject{{QStringLiteral("name"), l.lemma},
                                      {QStringLiteral("own"), engine::statusName(l.own)},
                                      {QStringLiteral("standing"), engine::statusName(l.standing)},
                                      {QStringLiteral("dependsOnBad"), stringArray(l.dependsOnBad)},
                                      {QStringLiteral("unused"), stringArray(l.unused)},
                                      {QStringLiteral("vacuous"), l.vacuous}});
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("diagnostics"), diags},
                                     {QStringLiteral("lemmas"), lemmas},
                                     {QStringLiteral("obligations"), obligations}});
    }
    const Summary s = summarize(files);
    return {{QStringLiteral("schema"), QStringLiteral("proofdesk-check/1")},
            {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("ProofDesk")}, {QStringLiteral("version"), toolVersion}}},
            {QStringLiteral("files"), fileArray},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("proved"), s.proved}, {QStringLiteral("failed"), s.failed},
                                                    {QStringLiteral("unknown"), s.unknown}, {QStringLiteral("admitted"), s.admitted},
                                                    {QStringLiteral("error"), s.errors}, {QStringLiteral("vacuous"), s.vacuous}}}};
}

QJsonObject toSarif(const QList<CheckedFile> &files, const QString &toolVersion)
{
    auto rule = [](const QString &id, const QString &text) {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), text}}}};
    };
    QJsonArray rules{rule(QStringLiteral("failed"), QStringLiteral("A proof step is false: the solver found a counterexample")),
                     rule(QStringLiteral("unknown"), QStringLiteral("A proof step could not be decided within the limits")),
                     rule(QStringLiteral("error"), QStringLiteral("A proof step has a source error or the solver failed")),
                     rule(QStringLiteral("vacuous"), QStringLiteral("A step holds only because its assumptions contradict each other"))};
    QJsonArray results;
    for (const auto &f : files) {
        for (const auto &o : f.module.obligations) {
            const auto v = verdictOf(f, o);
            QString ruleId;
            QString level;
            QString message;
            if (v.status == Status::Failed) {
                ruleId = QStringLiteral("failed");
                level = QStringLiteral("error");
                message = QStringLiteral("%1 / %2 is false. Counterexample: ").arg(str(o.lemma), str(o.step));
                QStringList parts;
                for (const auto &e : v.model)
                    parts << e.symbol + QStringLiteral(" = ") + engine::displayValue(e.value, e.sort);
                message += parts.join(QStringLiteral(", "));
            } else if (v.status == Status::Unknown) {
                ruleId = QStringLiteral("unknown");
                level = QStringLiteral("warning");
                message = QStringLiteral("%1 / %2 is not decided: %3").arg(str(o.lemma), str(o.step), v.reason);
            } else if (v.status == Status::Error) {
                ruleId = QStringLiteral("error");
                level = QStringLiteral("error");
                message = QStringLiteral("%1 / %2: %3").arg(str(o.lemma), str(o.step), v.reason);
            } else if (v.vacuous) {
                ruleId = QStringLiteral("vacuous");
                level = QStringLiteral("warning");
                message = QStringLiteral("%1 / %2 holds only because the assumptions contradict each other").arg(str(o.lemma), str(o.step));
            } else {
                continue;
            }
            QJsonObject region{{QStringLiteral("startLine"), int(o.range.begin.line)},
                               {QStringLiteral("startColumn"), int(o.range.begin.column)},
                               {QStringLiteral("endLine"), int(o.range.end.line)},
                               {QStringLiteral("endColumn"), int(o.range.end.column)}};
            QJsonObject location{{QStringLiteral("physicalLocation"),
                                  QJsonObject{{QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), f.path}}},
                                              {QStringLiteral("region"), region}}}};
            results.append(QJsonObject{{QStringLiteral("ruleId"), ruleId},
                                       {QStringLiteral("level"), level},
                                       {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), message}}},
                                       {QStringLiteral("locations"), QJsonArray{location}}});
        }
    }
    QJsonObject driver{{QStringLiteral("name"), QStringLiteral("ProofDesk")},
                       {QStringLiteral("version"), toolVersion},
                       {QStringLiteral("informationUri"), QStringLiteral("https://example.invalid/proofdesk")},
                       {QStringLiteral("rules"), rules}};
    return {{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
            {QStringLiteral("version"), QStringLiteral("2.1.0")},
            {QStringLiteral("runs"), QJsonArray{QJsonObject{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                                                            {QStringLiteral("results"), results}}}}};
}

QString toJUnit(const QList<CheckedFile> &files)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    for (const auto &f : files) {
        int failures = 0, errors = 0, skipped = 0;
        double seconds = 0;
        for (const auto &o : f.module.obligations) {
            const auto v = verdictOf(f, o);
            failures += (v.status == Status::Failed || v.status == Status::Unknown) ? 1 : 0;
            errors += v.status == Status::Error ? 1 : 0;
            skipped += v.status == Status::Admitted ? 1 : 0;
            seconds += double(v.elapsedMs) / 1000.0;
        }
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), f.path);
        w.writeAttribute(QStringLiteral("tests"), QString::number(f.module.obligations.size()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        w.writeAttribute(QStringLiteral("errors"), QString::number(errors));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
        w.writeAttribute(QStringLiteral("time"), QString::number(seconds, 'f', 3));
        for (const auto &o : f.module.obligations) {
            const auto v = verdictOf(f, o);
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("classname"), f.path + QLatin1Char('.') + str(o.lemma));
            w.writeAttribute(QStringLiteral("name"), QStringLiteral("%1 (line %2)").arg(str(o.step)).arg(o.range.end.line));
            w.writeAttribute(QStringLiteral("time"), QString::number(double(v.elapsedMs) / 1000.0, 'f', 3));
            if (v.status == Status::Failed) {
                w.writeStartElement(QStringLiteral("failure"));
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("failed"));
                w.writeAttribute(QStringLiteral("message"), QStringLiteral("counterexample found by %1").arg(v.strategy));
                w.writeCharacters(counterexampleText(v, QString()));
                w.writeEndElement();
            } else if (v.status == Status::Unknown) {
                w.writeStartElement(QStringLiteral("failure"));
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("unknown"));
                w.writeAttribute(QStringLiteral("message"), v.reason);
                w.writeEndElement();
            } else if (v.status == Status::Error) {
                w.writeStartElement(QStringLiteral("error"));
                w.writeAttribute(QStringLiteral("message"), v.reason);
                w.writeEndElement();
            } else if (v.status == Status::Admitted) {
                w.writeEmptyElement(QStringLiteral("skipped"));
                w.writeAttribute(QStringLiteral("message"), QStringLiteral("admitted with sorry"));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QString toText(const QList<CheckedFile> &files, bool colour)
{
    auto paint = [colour](const QString &s, const char *code) {
        return colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), s) : s;
    };
    QString out;
    for (const auto &f : files) {
        for (const auto &o : f.module.obligations) {
            const auto v = verdictOf(f, o);
            const char *code = v.status == Status::Proved     ? "32"
                               : v.status == Status::Failed   ? "31;1"
                               : v.status == Status::Unknown  ? "33"
                               : v.status == Status::Admitted ? "90"
                                                               : "31";
            QString line = QStringLiteral("%1:%2:%3: %4  %5 / %6")
                               .arg(f.path)
                               .arg(o.range.begin.line)
                               .arg(o.range.begin.column)
                               .arg(paint(engine::statusName(v.status).leftJustified(8), code), str(o.lemma), str(o.step));
            if (!v.strategy.isEmpty())
                line += QStringLiteral("  (%1%2, %3 ms)").arg(v.strategy, v.fromCache ? QStringLiteral(", cached") : QString()).arg(v.elapsedMs);
            if (!v.crossCheckedBy.isEmpty())
                line += QStringLiteral("  [cross-checked by %1]").arg(v.crossCheckedBy);
            if (v.vacuous)
                line += QLatin1String("  ") + paint(QStringLiteral("warning: vacuous (the assumptions contradict each other)"), "33");
            out += line + QLatin1Char('\n');
            if (!v.disagreement.isEmpty())
                out += QStringLiteral("    ") + paint(QStringLiteral("solvers disagree: ") + v.disagreement, "33") + QLatin1Char('\n');
            if (v.status == Status::Failed)
                out += QStringLiteral("    counterexample%1:\n").arg(v.modelConfirmed ? QString() : QStringLiteral(" (unconfirmed)")) +
                       counterexampleText(v, QStringLiteral("      "));
            else if (!v.reason.isEmpty())
                // for Proved: what the answer rests on, e.g. an .smt2 check's own "sat, as the
                // file's :status says" or "unsat ...; DRAT proof verified by drat-trim"
                out += QStringLiteral("    %1\n").arg(v.reason);
            if (v.status == Status::Unknown && !v.model.isEmpty())
                out += QStringLiteral("    candidate model (unconfirmed):\n") + counterexampleText(v, QStringLiteral("      "));
        }
        for (const auto &l : f.standings) {
            if (!l.dependsOnBad.isEmpty() && l.own == Status::Proved)
                out += QStringLiteral("%1: lemma %2 is proved, but depends on %3 (%4)\n")
                           .arg(f.path, l.lemma, l.dependsOnBad.join(QStringLiteral(", ")), engine::statusName(l.standing));
            if (!l.unused.isEmpty())
                out += QStringLiteral("%1: lemma %2: warning: unused %3\n").arg(f.path, l.lemma, l.unused.join(QStringLiteral(", ")));
        }
    }
    const Summary s = summarize(files);
    out += QStringLiteral("%1 obligations: %2 proved, %3 failed, %4 unknown, %5 admitted, %6 errors\n")
               .arg(s.total()).arg(s.proved).arg(s.failed).arg(s.unknown).arg(s.admitted).arg(s.errors);
    return out;
}

} // namespace proofdesk::exporting
