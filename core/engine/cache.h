// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solve/protocol.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <expected>
#include <memory>
#include <optional>

namespace proofdesk::engine {

// The persistent result cache: canonical responses (cachekey.h) by key hash, in an SQLite
// file. Only definitive answers (sat, unsat) are kept; unknowns and errors are always
// solved again.
//
// Threads: an instance holds its own SQLite connection and must be used only from the
// thread that opened it (Qt's rule for QSqlDatabase). Give each thread its own instance;
// any number of instances, in one process or several, may share a file (WAL mode, with a
// busy timeout for concurrent writers), and each sees the others' committed entries.
//
// A file that is not a usable cache (not SQLite, truncated or otherwise corrupt, another
// program's database) is never read from: it is renamed aside to
// `<path>.corrupt-<timestamp>`, logged, and a fresh cache is created in its place.
class ResultCache
{
    Q_DISABLE_COPY_MOVE(ResultCache)

public:
    // Opens or creates the cache at `path`, creating its folder if needed. An unreadable or
    // unwritable path is an error whose message names the path. `trusted` is recorded for
    // the caller: a cache the user did not fill (one shipped with a bundle, one on a shared
    // drive) may be opened with false, and verdicts taken from it are then not to be
    // presented as the user's own solver runs.
    static std::expected<std::unique_ptr<ResultCache>, QString> open(const QString &path, bool trusted = true);

    // <QStandardPaths::CacheLocation>/results.sqlite
    static QString defaultPath();

    ~ResultCache();

    // The stored canonical response for a key hash; nullopt on a miss, and also when the
    // entry cannot be read (it is then dropped and the reason logged).
    std::optional<solve::SolveResponse> lookup(const QString &hash);

    // Stores a response in canonical names (toCanonical) under a key hash, replacing any
    // earlier one, with the time and the solver. Returns whether it was stored: answers
    // other than sat and unsat, responses larger than maxStoredBytes() as JSON, an empty
    // hash and database failures (logged) are not.
    bool store(const QString &hash, const solve::SolveResponse &canonicalResponse);

    qint64 size();  // the number of entries (obligations)
    void clear();   // removes every entry, documents included

    // Whole documents (engine/documentcache.h keeps their format): a record by key hash,
    // nullopt on a miss; store replaces, and refuses records over maxStoredBytes().
    std::optional<QByteArray> lookupDocument(const QString &hash);
    bool storeDocument(const QString &hash, const QByteArray &record);
    void dropDocument(const QString &hash); // an entry that turned out unreadable

    bool trusted() const;
    QString path() const;
    // Where a broken file found at open() was moved, or empty when there was none.
    QString setAsidePath() const;

    // One large model must not bloat the file that every later open reads.
    static constexpr qsizetype maxStoredBytes() { return 1024 * 1024; }

private:
    ResultCache();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace proofdesk::engine
