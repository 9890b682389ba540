// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <expected>

namespace proofdesk::ui {

using WriteResult = std::expected<void, QString>;

// Writes `data` to `path` atomically: into a temporary file beside it (QSaveFile), flushed
// to disk (fsync in commit) and renamed over the target. A crash or a kill at any moment
// leaves either the old file or the new one, never a mix. The error names the path and the
// reason ("Cannot save /x/y.pds: File too large"). Safe to call from any thread.
WriteResult writeFileAtomically(const QString &path, const QByteArray &data);

// The same write on a thread of the global pool. `data` is the caller's copy: the worker
// never touches the document it came from.
QFuture<WriteResult> writeFileAtomicallyAsync(const QString &path, QByteArray data);

// Writes on a worker thread and returns when the write has ended. Meanwhile the calling
// (GUI) thread keeps painting and running timers; user input waits until the write ends,
// so the text cannot change under a save or a second save start on top of it.
WriteResult writeFileKeepingGuiAlive(const QString &path, QByteArray data);

// Reads a whole file on a worker thread, the GUI thread kept alive as above. The error names
// the path and the reason.
std::expected<QByteArray, QString> readFileKeepingGuiAlive(const QString &path);

} // namespace proofdesk::ui
