// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QSettings;

namespace proofdesk::ui {

// Where the last session ended: the file and the cursor's 1-based line and column.
struct SessionState {
    QString file;
    int line = 1;
    int column = 1;
};

// Reads the session keys a closing window wrote (session/file, line, column). Nothing to
// restore (nullopt) when no file is named, the path is not an existing regular file (or a
// resource), or the value is damaged; line and column are clamped to [1, 10^7] so a hand-
// edited or damaged settings file cannot send the cursor anywhere strange.
std::optional<SessionState> readSession(const QSettings &from);

} // namespace proofdesk::ui
