// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/cache.h"
#include "engine/cacherecord_p.h"

#include "log/log.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace proofdesk::engine {

namespace {

// Bump when the tables or the stored JSON change, or when what goes into a key's hash
// changes: a cache of another version is emptied on open, never misread.
constexpr int kSchemaVersion = 2; // 2: the documents table

QString tr(const char *text) { return QCoreApplication::translate("proofdesk::engine::ResultCache", text); }

std::string str(const QString &s) { return s.toStdString(); }

// SQLite's primary result codes for "this file is damaged" and "this file is no database":
// only these make a file worth setting aside. Anything else (permissions, a full disk, a
// lock held too long) is reported and leaves the file alone.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

// The primary SQLite result code of an error (Qt may report extended ones), or -1.
int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

bool isCorruption(const QSqlError &e)
{
    const int primary = primaryCode(e);
    return primary == kSqliteCorrupt || primary == kSqliteNotADatabase;
}

struct Problem {
    bool corrupt = false; // set the file aside and start afresh; else give up with the message
    QString message;
    bool busy = false;    // another instance held a lock that the busy timeout did not cover
};

Problem problem(const QSqlError &e)
{
    const int primary = primaryCode(e);
    return {isCorruption(e), e.text(), primary == kSqliteBusy || primary == kSqliteLocked};
}
Problem corrupt(QString message) { return {true, std::move(message)}; }

QString answerText(solve::Answer a)
{
    switch (a) {
    case solve::Answer::Sat: return QStringLiteral("sat");
    case solve::Answer::Unsat: return QStringLiteral("unsat");
    case solve::Answer::Unknown: return QStringLiteral("unknown");
    case solve::Answer::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

} // namespace

namespace detail {

// The stored form of a canonical response. Its own format, not the worker protocol's:
// the cache outlives any one protocol version. The request id is not stored.
QByteArray encodeCacheRecord(const solve::SolveResponse &r)
{
    QJsonArray core;
    for (const QString &c : r.core)
        core.append(c);
    QJsonArray model;
    for (const solve::ModelEntry &m : r.model)
        model.append(QJsonObject{{QStringLiteral("symbol"), m.symbol},
                                 {QStringLiteral("sort"), m.sort},
                                 {QStringLiteral("value"), m.value}});
    const QJsonObject o{{QStringLiteral("answer"), answerText(r.answer)},
                        {QStringLiteral("reason"), r.reason},
                        {QStringLiteral("core"), core},
                        {QStringLiteral("model"), model},
                        {QStringLiteral("solver"), r.solver},
                        {QStringLiteral("elapsedMs"), static_cast<double>(r.elapsedMs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<solve::SolveResponse> decodeCacheRecord(const QByteArray &json, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        *why = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    solve::SolveResponse r;
    const QString answer = o.value(QStringLiteral("answer")).toString();
    if (answer == QLatin1String("sat")) {
        r.answer = solve::Answer::Sat;
    } else if (answer == QLatin1String("unsat")) {
        r.answer = solve::Answer::Unsat;
    } else {
        *why = QStringLiteral("answer \"%1\" is not definitive").arg(answer);
        return std::nullopt;
    }
    const QJsonValue reason = o.value(QStringLiteral("reason"));
    const QJsonValue solver = o.value(QStringLiteral("solver"));
    const QJsonValue elapsed = o.value(QStringLiteral("elapsedMs"));
    const QJsonValue core = o.value(QStringLiteral("core"));
    const QJsonValue model = o.value(QStringLiteral("model"));
    if (!reason.isString() || !solver.isString() || !elapsed.isDouble() || !core.isArray() || !model.isArray()) {
        *why = QStringLiteral("missing or mistyped fields");
        return std::nullopt;
    }
    r.reason = reason.toString();
    r.solver = solver.toString();
    // A damaged record may hold any number; converting one beyond qint64 is undefined.
    const double ms = elapsed.toDouble();
    if (!(ms >= 0 && ms <= 1e15)) {
        *why = QStringLiteral("elapsedMs out of range");
        return std::nullopt;
    }
    r.elapsedMs = static_cast<qint64>(ms);
    for (const QJsonValue &c : core.toArray()) {
        if (!c.isString()) {
            *why = QStringLiteral("a core entry is not a string");
            return std::nullopt;
        }
        r.core.append(c.toString());
    }
    for (const QJsonValue &m : model.toArray()) {
        const QJsonObject e = m.toObject();
        const QJsonValue symbol = e.value(QStringLiteral("symbol"));
        const QJsonValue sort = e.value(QStringLiteral("sort"));
        const QJsonValue value = e.value(QStringLiteral("value"));
        if (!symbol.isString() || !sort.isString() || !value.isString()) {
            *why = QStringLiteral("a model entry is malformed");
            return std::nullopt;
        }
        r.model.append({symbol.toString(), sort.toString(), value.toString()});
    }
    return r;
}

} // namespace detail

namespace {

using detail::decodeCacheRecord;
using detail::encodeCacheRecord;

// Moves a broken cache file (and its write-ahead log or journal) out of the way, keeping it
// for whoever wants to look at it. Returns the new name.
std::expected<QString, QString> setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString base = path + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target))
        return std::unexpected(tr("The result cache %1 is damaged and cannot be moved aside to %2.").arg(path, target));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        // A stale log replayed into the fresh file would damage it in turn.
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    QFile::remove(path + QStringLiteral("-shm"));
    return target;
}

QAtomicInteger<quint64> g_connections;

} // namespace

struct ResultCache::Private {
    QString connection;
    QString path;
    QString setAside;
    bool trusted = true;
    bool broken = false; // damaged while in use: caching is off until the next open()
    QSqlDatabase db;

    Private()
        : connection(QStringLiteral("proofdesk-result-cache-%1").arg(g_connections.fetchAndAddRelaxed(1)))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    }

    ~Private()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }

    std::expected<void, Problem> exec(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return std::unexpected(problem(q.lastError()));
        return {};
    }

    std::expected<void, Problem> connect()
    {
        db.setDatabaseName(path);
        // Other instances (threads, the CLI next to the GUI) may hold the write lock briefly.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return std::unexpected(problem(db.lastError()));
        // A setting of this connection: it writes nothing to the file.
        if (auto r = exec(QStringLiteral("PRAGMA synchronous=NORMAL")); !r)
            return r;
        // Nothing is written before the file has proved to be a cache of ours (or empty):
        // a file set aside must be left exactly as it was found.
        {
            // Reads every page once: damage found now costs a rebuild, found later a lost answer.
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")))
                return std::unexpected(problem(q.lastError()));
            QStringList issues;
            while (q.next() && issues.size() < 3) {
                const QString line = q.value(0).toString();
                if (line != QLatin1String("ok"))
                    issues.append(line);
            }
            if (!issues.isEmpty())
                return std::unexpected(corrupt(tr("integrity check failed: %1").arg(issues.join(QStringLiteral("; ")))));
        }
        if (auto r = exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
            return r;
        if (auto r = schema(); !r) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return r;
        }
        if (auto r = exec(QStringLiteral("COMMIT")); !r)
            return r;
        {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                return std::unexpected(problem(q.lastError()));
            // Some file systems (network shares) cannot do WAL; SQLite then keeps its journal.
            if (q.next() && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                log::get("engine")->info("result cache {}: journal mode {} (WAL unavailable)", str(path),
                                         str(q.value(0).toString()));
        }
        return {};
    }

    std::expected<void, Problem> createTables()
    {
        for (const QString &sql : {
                 QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
                 QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(kSchemaVersion),
                 QStringLiteral("CREATE TABLE results ("
                                " hash TEXT PRIMARY KEY NOT NULL,"
                                " answer TEXT NOT NULL,"     // sat or unsat
                                " solver TEXT NOT NULL,"     // as the solver named itself
                                " created INTEGER NOT NULL," // ms since the epoch, UTC
                                " response TEXT NOT NULL"    // canonical response, JSON
                                ") WITHOUT ROWID"),
                 // Whole .smt2 and .cnf documents (engine/documentcache.h): their checks.
                 QStringLiteral("CREATE TABLE documents ("
                                " hash TEXT PRIMARY KEY NOT NULL,"
                                " created INTEGER NOT NULL," // ms since the epoch, UTC
                                " record TEXT NOT NULL"      // the checks, JSON
                                ") WITHOUT ROWID"),
             }) {
            if (auto r = exec(sql); !r)
                return r;
        }
        return {};
    }

    // Inside the open's write transaction, so that two instances creating the same new
    // file do not both create the tables.
    std::expected<void, Problem> schema()
    {
        QSet<QString> tables;
        {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                       "AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")))
                return std::unexpected(problem(q.lastError()));
            while (q.next())
                tables.insert(q.value(0).toString());
        }
        if (tables.isEmpty())
            return createTables();

        const QSet<QString> ours{QStringLiteral("schema_version"), QStringLiteral("results"),
                                 QStringLiteral("documents")};
        const auto foreign = [&] {
            QStringList names = tables.values();
            names.sort();
            return corrupt(tr("not a ProofDesk result cache (tables: %1)").arg(names.join(QStringLiteral(", "))));
        };
        if (!tables.contains(QStringLiteral("schema_version")) || !ours.contains(tables))
            return std::unexpected(foreign());

        int version = -1;
        {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
                return std::unexpected(foreign());
            version = q.value(0).toInt();
        }
        if (version != kSchemaVersion) {
            log::get("engine")->info("result cache {} has schema version {}, this is {}: starting afresh", str(path),
                                     version, kSchemaVersion);
            for (const QString &sql : {QStringLiteral("DROP TABLE IF EXISTS results"),
                                       QStringLiteral("DROP TABLE IF EXISTS documents"),
                                       QStringLiteral("DROP TABLE schema_version")}) {
                if (auto r = exec(sql); !r)
                    return r;
            }
            return createTables();
        }

        QSet<QString> columns;
        {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA table_info(results)")))
                return std::unexpected(problem(q.lastError()));
            while (q.next())
                columns.insert(q.value(1).toString());
        }
        const QSet<QString> expected{QStringLiteral("hash"), QStringLiteral("answer"), QStringLiteral("solver"),
                                     QStringLiteral("created"), QStringLiteral("response")};
        if (columns != expected)
            return std::unexpected(corrupt(tr("the results table has unexpected columns")));
        if (!tables.contains(QStringLiteral("documents")))
            return std::unexpected(foreign());
        return {};
    }

    // A failed statement during use. Damage turns caching off for this instance (the next
    // open() sets the file aside); anything else is logged and costs one miss or one store.
    void failed(const QSqlError &e, const char *what)
    {
        if (isCorruption(e)) {
            if (!broken)
                log::get("engine")->error("result cache {} is damaged ({}: {}); caching is off until it is reopened",
                                          str(path), what, str(e.text()));
            broken = true;
        } else {
            log::get("engine")->warn("result cache {}: {} failed: {}", str(path), what, str(e.text()));
        }
    }
};

ResultCache::ResultCache() : d(std::make_unique<Private>()) {}

ResultCache::~ResultCache() = default;

std::expected<std::unique_ptr<ResultCache>, QString> ResultCache::open(const QString &path, bool trusted)
{
    if (path.isEmpty())
        return std::unexpected(tr("No path given for the result cache."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return std::unexpected(tr("Cannot open the result cache %1: Qt's SQLite driver is not available.").arg(path));
    const QFileInfo info(path);
    if (info.isDir())
        return std::unexpected(tr("Cannot open the result cache %1: it is a folder.").arg(path));
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return std::unexpected(tr("Cannot create the folder %1 for the result cache %2.").arg(folder, path));
    // SQLite needs to create its write-ahead log beside the file.
    if (!QFileInfo(folder).isWritable())
        return std::unexpected(tr("Cannot open the result cache %1: the folder %2 is not writable.").arg(path, folder));
    if (info.exists() && !info.isWritable())
        return std::unexpected(tr("Cannot open the result cache %1: the file is not writable.").arg(path));

    std::unique_ptr<ResultCache> cache(new ResultCache);
    Private &d = *cache->d;
    d.path = path;
    d.trusted = trusted;
    // Instances opening one file at once (threads, the CLI beside the GUI, CI jobs sharing a
    // cache) can meet where SQLite answers "busy" without waiting: one wants the write lock
    // while another, holding a read lock, wants it too, and waiting could deadlock. The
    // opening steps are all idempotent, so such an open is tried again after a short pause.
    const auto connectRetrying = [&d] {
        auto r = d.connect();
        for (int attempt = 1; !r && r.error().busy && attempt < 40; ++attempt) {
            d.db.close();
            QThread::msleep(10 * std::min(attempt, 25));
            r = d.connect();
        }
        return r;
    };
    auto connected = connectRetrying();
    if (!connected && connected.error().corrupt) {
        d.db.close();
        auto moved = setAside(path);
        if (!moved)
            return std::unexpected(moved.error());
        log::get("engine")->warn("result cache {} is unusable ({}); moved it to {} and started a fresh one",
                                 str(path), str(connected.error().message), str(*moved));
        d.setAside = *moved;
        connected = connectRetrying();
    }
    if (!connected)
        return std::unexpected(tr("Cannot open the result cache %1: %2").arg(path, connected.error().message));
    log::get("engine")->debug("result cache {} open ({})", str(path), trusted ? "trusted" : "untrusted");
    return cache;
}

QString ResultCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/results.sqlite");
}

std::optional<solve::SolveResponse> ResultCache::lookup(const QString &hash)
{
    if (d->broken || hash.isEmpty())
        return std::nullopt;
    QByteArray json;
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("SELECT response FROM results WHERE hash = ?"));
        q.addBindValue(hash);
        if (!q.exec()) {
            d->failed(q.lastError(), "lookup");
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        json = q.value(0).toString().toUtf8();
    }
    QString why;
    auto response = decodeCacheRecord(json, &why);
    if (!response) {
        log::get("engine")->warn("result cache {}: dropping unreadable entry {}: {}", str(d->path), str(hash), str(why));
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM results WHERE hash = ?"));
        q.addBindValue(hash);
        if (!q.exec())
            d->failed(q.lastError(), "delete");
    }
    return response;
}

bool ResultCache::store(const QString &hash, const solve::SolveResponse &canonicalResponse)
{
    if (d->broken || hash.isEmpty())
        return false;
    if (canonicalResponse.answer != solve::Answer::Sat && canonicalResponse.answer != solve::Answer::Unsat)
        return false;
    const QByteArray json = encodeCacheRecord(canonicalResponse);
    if (json.size() > maxStoredBytes()) {
        log::get("engine")->debug("result cache: not storing {}: {} bytes", str(hash), json.size());
        return false;
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO results (hash, answer, solver, created, response) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(answerText(canonicalResponse.answer));
    q.addBindValue(canonicalResponse.solver);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(json));
    if (!q.exec()) {
        d->failed(q.lastError(), "store");
        return false;
    }
    return true;
}

qint64 ResultCache::size()
{
    if (d->broken)
        return 0;
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM results")) || !q.next()) {
        d->failed(q.lastError(), "count");
        return 0;
    }
    return q.value(0).toLongLong();
}

void ResultCache::clear()
{
    if (d->broken)
        return;
    for (const QString &sql : {QStringLiteral("DELETE FROM results"), QStringLiteral("DELETE FROM documents")}) {
        QSqlQuery q(d->db);
        if (!q.exec(sql))
            d->failed(q.lastError(), "clear");
    }
}

std::optional<QByteArray> ResultCache::lookupDocument(const QString &hash)
{
    if (d->broken || hash.isEmpty())
        return std::nullopt;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT record FROM documents WHERE hash = ?"));
    q.addBindValue(hash);
    if (!q.exec()) {
        d->failed(q.lastError(), "document lookup");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString().toUtf8();
}

bool ResultCache::storeDocument(const QString &hash, const QByteArray &record)
{
    if (d->broken || hash.isEmpty() || record.size() > maxStoredBytes())
        return false;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO documents (hash, created, record) VALUES (?, ?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(record));
    if (!q.exec()) {
        d->failed(q.lastError(), "document store");
        return false;
    }
    return true;
}

void ResultCache::dropDocument(const QString &hash)
{
    if (d->broken || hash.isEmpty())
        return;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM documents WHERE hash = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        d->failed(q.lastError(), "document delete");
}

bool ResultCache::trusted() const { return d->trusted; }

QString ResultCache::path() const { return d->path; }

QString ResultCache::setAsidePath() const { return d->setAside; }

} // namespace proofdesk::engine
