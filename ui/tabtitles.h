// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::ui {

// Tab titles for files, told apart as editors do: a file's name alone when no other file
// has that name, else the name and the shortest run of its parent folders that no other
// file of that name shares ("main.pds — a/", "main.pds — b/"). `paths` are whole paths
// (empty for untitled tabs, which get an empty title); the result has one title per path.
QStringList distinctTitles(const QStringList &paths);

} // namespace proofdesk::ui
