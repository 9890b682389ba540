// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tabtitles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace proofdesk::ui {

namespace {

// The last `count` folders above the file, outermost first, or fewer when there are fewer.
QString parentRun(const QStringList &folders, qsizetype count)
{
    return folders.mid(std::max<qsizetype>(0, folders.size() - count)).join(QLatin1Char('/'));
}

} // namespace

QStringList distinctTitles(const QStringList &paths)
{
    QStringList names;
    QList<QStringList> folders;
    for (const QString &path : paths) {
        const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
        names << (path.isEmpty() ? QString() : QFileInfo(clean).fileName());
        QStringList parts = clean.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!parts.isEmpty())
            parts.removeLast();
        folders << parts;
    }
    QStringList titles = names;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (names[i].isEmpty())
            continue;
        QList<qsizetype> namesakes;
        for (qsizetype j = 0; j < paths.size(); ++j) {
            if (j != i && names[j] == names[i] && QDir::cleanPath(paths[j]) != QDir::cleanPath(paths[i]))
                namesakes << j;
        }
        if (namesakes.isEmpty())
            continue;
        // The fewest folders that no namesake ends with too.
        qsizetype count = 1;
        for (; count < folders[i].size(); ++count) {
            const QString run = parentRun(folders[i], count);
            bool shared = false;
            for (const qsizetype j : namesakes)
                shared = shared || parentRun(folders[j], count) == run;
            if (!shared)
                break;
        }
        const QString run = parentRun(folders[i], count);
        titles[i] = QCoreApplication::translate("proofdesk::ui::TabTitles", "%1 — %2")
                        .arg(names[i], run + QLatin1Char('/'));
    }
    return titles;
}

} // namespace proofdesk::ui
