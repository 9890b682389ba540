// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessionstate.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace proofdesk::ui {

namespace {

constexpr int MaxPosition = 10'000'000;
constexpr qsizetype MaxPathLength = 4096; // PATH_MAX: a longer one cannot name a file

int position(const QSettings &s, const QString &key)
{
    bool ok = false;
    const qint64 n = s.value(key).toLongLong(&ok);
    return ok ? int(std::clamp<qint64>(n, 1, MaxPosition)) : 1;
}

constexpr qint64 MaxDocuments = 256;

// An absolute path of an existing regular file, or one of our resources; nullopt otherwise.
std::optional<QString> validPath(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    const QString path = value.toString();
    if (path.isEmpty() || path.size() > MaxPathLength || path.contains(QChar(0)))
        return std::nullopt;
    const QFileInfo info(path);
    // A relative path would depend on wherever the program happens to be started.
    if (!path.startsWith(QLatin1Char(':')) && !info.isAbsolute())
        return std::nullopt;
    if (!info.isFile())
        return std::nullopt;
    return path;
}

} // namespace

std::optional<SessionState> readSession(const QSettings &s)
{
    SessionState state;
    // QSettings' array API is not const; read the keys it writes (size, N/file, ...) directly.
    const QString array = QStringLiteral("session/documents/");
    bool ok = false;
    const qint64 size = s.value(array + QStringLiteral("size")).toLongLong(&ok);
    if (ok && size > 0) {
        bool currentOk = false;
        const qint64 wanted = s.value(QStringLiteral("session/current")).toLongLong(&currentOk);
        const qint64 n = std::min<qint64>(size, MaxDocuments);
        for (qint64 i = 1; i <= n; ++i) {
            const QString prefix = array + QString::number(i) + QLatin1Char('/');
            const auto path = validPath(s.value(prefix + QStringLiteral("file")));
            if (!path)
                continue; // dropped: the documents after it (and `current`) move up
            if (currentOk && i - 1 == wanted)
                state.current = int(state.documents.size());
            state.documents.append({*path, position(s, prefix + QStringLiteral("line")),
                                    position(s, prefix + QStringLiteral("column"))});
        }
    } else if (const auto path = validPath(s.value(QStringLiteral("session/file")))) {
        state.documents.append({*path, position(s, QStringLiteral("session/line")), position(s, QStringLiteral("session/column"))});
    }
    if (state.documents.isEmpty())
        return std::nullopt;
    return state;
}

} // namespace proofdesk::ui
