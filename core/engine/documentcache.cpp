// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/documentcache.h"

#include "engine/cache.h"
#include "log/log.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace proofdesk::engine {

namespace {

// Bump when the record's fields or what goes into the key change.
constexpr auto kKeyVersion = "proofdesk-document-v2"; // v2: the .smt2 strategies

std::optional<Status> statusFrom(const QString &name)
{
    for (Status s : {Status::Proved, Status::Failed, Status::Unknown, Status::Admitted, Status::Error})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

// The first line a program prints for --version, or empty.
QString versionLine(const QString &program)
{
    QProcess p;
    p.start(program, {QStringLiteral("--version")});
    if (!p.waitForFinished(3000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed().left(200);
}

} // namespace

QString documentSolverIdentity(const QString &path, const DocumentOptions &options, const QByteArray &content)
{
    if (isCnfPath(path)) {
        // As checkCnfDocument picks it: the first SAT solver found.
        for (const QString &name : options.satSolvers) {
            const QString program = QStandardPaths::findExecutable(name);
            if (program.isEmpty())
                continue;
            const QString drat = QStandardPaths::findExecutable(options.dratTrim);
            return QStringLiteral("%1 %2 + %3").arg(name, versionLine(program), drat.isEmpty() ? QStringLiteral("no drat-trim") : options.dratTrim);
        }
        return {};
    }
    const QString cvc5 = workerSolverVersion(options.workerProgram.isEmpty() ? defaultWorkerProgram() : options.workerProgram);
    if (cvc5.isEmpty())
        return {};
    QStringList strategies;
    for (const QString &id : documentStrategies(options, QString::fromUtf8(content))) {
        const auto external = std::ranges::find(options.externals, id, &ExternalSolver::id);
        strategies << (external == options.externals.end() ? id : id + QLatin1Char(' ') + external->version);
    }
    // A cross-checked answer is another answer (it says who confirmed it); how many run at
    // once is not: the same strategies answer either way.
    return QStringLiteral("%1 [%2]%3").arg(cvc5, strategies.join(QStringLiteral(", ")),
                                           options.crossCheck ? QStringLiteral(" cross-checked") : QString());
}

QString documentCacheKey(const QString &path, const QByteArray &content, const QString &solverIdentity)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(kKeyVersion);
    hash.addData("\n");
    hash.addData(isCnfPath(path) ? "cnf" : "smt2");
    hash.addData("\n");
    hash.addData(solverIdentity.toUtf8());
    hash.addData("\n");
    hash.addData(content);
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray encodeDocumentRecord(const QList<DocumentCheck> &checks)
{
    QJsonArray out;
    for (const DocumentCheck &c : checks) {
        const Verdict &v = c.verdict;
        QJsonArray model;
        for (const solve::ModelEntry &m : v.model)
            model.append(QJsonArray{m.symbol, m.sort, m.value});
        out.append(QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("line"), c.line},
                               {QStringLiteral("column"), c.column},
                               {QStringLiteral("answer"), c.answer},
                               {QStringLiteral("expected"), c.expected},
                               {QStringLiteral("status"), statusName(v.status)},
                               {QStringLiteral("solver"), v.solver},
                               {QStringLiteral("strategy"), v.strategy},
                               {QStringLiteral("elapsedMs"), double(v.elapsedMs)},
                               {QStringLiteral("reason"), v.reason},
                               {QStringLiteral("model"), model},
                               {QStringLiteral("modelConfirmed"), v.modelConfirmed},
                               {QStringLiteral("crossCheckedBy"), v.crossCheckedBy}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

std::optional<QList<DocumentCheck>> decodeDocumentRecord(const QByteArray &record, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(record, &error);
    if (!doc.isArray() || doc.array().isEmpty()) {
        *why = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not a list of checks");
        return std::nullopt;
    }
    QList<DocumentCheck> checks;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        const auto text = [&](const char *key, QString *to) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isString())
                return false;
            *to = v.toString();
            return true;
        };
        const auto number = [&](const char *key, double low, double high, double *to) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isDouble() || !(v.toDouble() >= low && v.toDouble() <= high))
                return false;
            *to = v.toDouble();
            return true;
        };
        DocumentCheck c;
        QString status;
        double line = 0, column = 0, elapsed = 0;
        if (!text("id", &c.id) || !text("answer", &c.answer) || !text("expected", &c.expected) ||
            !text("status", &status) || !text("solver", &c.verdict.solver) || !text("strategy", &c.verdict.strategy) ||
            !text("reason", &c.verdict.reason) || !number("line", 0, 1e9, &line) || !number("column", 0, 1e9, &column) ||
            !number("elapsedMs", 0, 1e15, &elapsed) || !o.value(QLatin1String("modelConfirmed")).isBool() ||
            !o.value(QLatin1String("model")).isArray()) {
            *why = QStringLiteral("a check has missing or mistyped fields");
            return std::nullopt;
        }
        const auto s = statusFrom(status);
        // Only proved documents are stored: anything else in a record is damage.
        if (!s || *s != Status::Proved) {
            *why = QStringLiteral("a check's status \"%1\" is not proved").arg(status.left(40));
            return std::nullopt;
        }
        c.verdict.status = *s;
        c.line = int(line);
        c.column = int(column);
        c.verdict.elapsedMs = qint64(elapsed);
        c.verdict.modelConfirmed = o.value(QLatin1String("modelConfirmed")).toBool();
        // Absent from records written before cross-checked documents existed.
        if (const QJsonValue by = o.value(QLatin1String("crossCheckedBy")); by.isString())
            c.verdict.crossCheckedBy = by.toString();
        for (const QJsonValue &m : o.value(QLatin1String("model")).toArray()) {
            const QJsonArray e = m.toArray();
            if (e.size() != 3 || !e[0].isString() || !e[1].isString() || !e[2].isString()) {
                *why = QStringLiteral("a model entry is malformed");
                return std::nullopt;
            }
            c.verdict.model.append({e[0].toString(), e[1].toString(), e[2].toString()});
        }
        checks.append(c);
    }
    return checks;
}

QList<DocumentCheck> checkDocument(const QString &path, const QByteArray &content, const DocumentOptions &options,
                                   ResultCache *cache)
{
    const auto run = [&] {
        return isCnfPath(path) ? checkCnfDocument(path, options) : checkSmt2Document(QString::fromUtf8(content), options);
    };
    if (!cache || !options.keepFilesIn.isEmpty())
        return run();
    const QString identity = documentSolverIdentity(path, options, content);
    if (identity.isEmpty())
        return run(); // no solver to name: it will say so itself
    const QString key = documentCacheKey(path, content, identity);
    if (cache->trusted()) {
        if (const auto record = cache->lookupDocument(key)) {
            QString why;
            if (auto checks = decodeDocumentRecord(*record, &why)) {
                for (DocumentCheck &c : *checks)
                    c.verdict.fromCache = true;
                return *checks;
            }
            log::get("engine")->warn("result cache {}: dropping unreadable document entry {}: {}",
                                     cache->path().toStdString(), key.toStdString(), why.toStdString());
            cache->dropDocument(key);
        }
    }
    QList<DocumentCheck> checks = run();
    const bool allProved = !checks.isEmpty() && std::ranges::all_of(checks, [](const DocumentCheck &c) {
        return c.verdict.status == Status::Proved;
    });
    // checkCnfDocument read the file itself: store only if what it read is what was keyed.
    const auto unchanged = [&] {
        if (!isCnfPath(path))
            return true;
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll() == content;
    };
    if (allProved && unchanged())
        cache->storeDocument(key, encodeDocumentRecord(checks));
    return checks;
}

} // namespace proofdesk::engine
