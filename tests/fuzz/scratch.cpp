// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratch.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdlib>
#include <list>

namespace proofdesk::fuzz {

namespace {

// Whole seconds from a fixed start, one more for each file written: never the time of an
// earlier write, whatever the clock or the file system's timestamp resolution.
QDateTime nextModificationTime()
{
    static qint64 seconds = 1'000'000'000;
    return QDateTime::fromSecsSinceEpoch(++seconds, QTimeZone::UTC);
}

void setModificationTime(QFile &file)
{
    if (!file.setFileTime(nextModificationTime(), QFileDevice::FileModificationTime))
        std::abort();
}

} // namespace

QString scratchDir(const QString &target)
{
    // Removed when the process exits.
    static std::list<QTemporaryDir> dirs;
    const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    const QTemporaryDir &dir = dirs.emplace_back(base + QStringLiteral("/proofdesk-fuzz-%1-XXXXXX").arg(target));
    if (!dir.isValid())
        std::abort();
    return dir.path();
}

void writeInput(const QString &path, const std::uint8_t *data, std::size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size) || !f.flush())
        std::abort();
    // After the last write: a write would set the time to now again.
    setModificationTime(f);
}

void touch(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        std::abort();
    setModificationTime(f);
}

} // namespace proofdesk::fuzz
