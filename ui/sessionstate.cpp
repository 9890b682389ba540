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

} // namespace

std::optional<SessionState> readSession(const QSettings &s)
{
    const QVariant value = s.value(QStringLiteral("session/file"));
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    const QString path = value.toString();
    if (path.isEmpty() || path.size() > MaxPathLength || path.contains(QChar(0)))
        return std::nullopt;
    const QFileInfo info(path);
    // Only an absolute path or one of our resources: a relative one would depend on wherever
    // the program happens to be started.
    if (!path.startsWith(QLatin1Char(':')) && !info.isAbsolute())
        return std::nullopt;
    if (!info.isFile())
        return std::nullopt;
    return SessionState{path, position(s, QStringLiteral("session/line")), position(s, QStringLiteral("session/column"))};
}

} // namespace proofdesk::ui
