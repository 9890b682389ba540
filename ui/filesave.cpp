// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/filesave.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace proofdesk::ui {

namespace {

QString cannot(const char *what, const QString &path, const QString &reason)
{
    return QCoreApplication::translate("proofdesk::ui::FileSave", what).arg(QDir::toNativeSeparators(path), reason);
}

// Runs `future` to its end while the calling thread's event loop keeps painting and firing
// timers. Without a running application (a command-line tool) it just waits.
template <typename T>
T waitKeepingEventsAlive(QFuture<T> future)
{
    if (QCoreApplication::instance() && !future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return future.result();
}

} // namespace

WriteResult writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(cannot(QT_TRANSLATE_NOOP("proofdesk::ui::FileSave", "Cannot save %1: %2"), path, file.errorString()));
    // A short write (full disk, file size limit) is an error, not a shorter document. Qt
    // reports the first short write as a count without an error; writing the rest brings
    // out the reason (ENOSPC, EFBIG).
    for (qint64 done = 0; done < data.size();) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return std::unexpected(cannot(QT_TRANSLATE_NOOP("proofdesk::ui::FileSave", "Cannot save %1: %2"), path, reason));
        }
        done += n;
    }
    // commit() flushes, fsyncs and renames; on failure the temporary file is removed and the
    // old file is left as it was.
    if (!file.commit())
        return std::unexpected(cannot(QT_TRANSLATE_NOOP("proofdesk::ui::FileSave", "Cannot save %1: %2"), path, file.errorString()));
    return {};
}

QFuture<WriteResult> writeFileAtomicallyAsync(const QString &path, QByteArray data)
{
    return QtConcurrent::run([path, data = std::move(data)] { return writeFileAtomically(path, data); });
}

WriteResult writeFileKeepingGuiAlive(const QString &path, QByteArray data)
{
    return waitKeepingEventsAlive(writeFileAtomicallyAsync(path, std::move(data)));
}

std::expected<QByteArray, QString> readFileKeepingGuiAlive(const QString &path)
{
    using Read = std::expected<QByteArray, QString>;
    // Resource paths (":/...") are read in place: they are small and live in memory.
    if (path.startsWith(QLatin1Char(':'))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(cannot(QT_TRANSLATE_NOOP("proofdesk::ui::FileSave", "Cannot open %1: %2"), path, file.errorString()));
        return file.readAll();
    }
    return waitKeepingEventsAlive(QtConcurrent::run([path]() -> Read {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(cannot(QT_TRANSLATE_NOOP("proofdesk::ui::FileSave", "Cannot open %1: %2"), path, file.errorString()));
        QByteArray data = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return std::unexpected(cannot(QT_TRANSLATE_NOOP("proofdesk::ui::FileSave", "Cannot open %1: %2"), path, file.errorString()));
        return data;
    }));
}

} // namespace proofdesk::ui
