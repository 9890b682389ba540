// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace proofdesk::ui {

// One document of the last session: the file and the cursor's 1-based line and column.
struct SessionDocument {
    QString file;
    int line = 1;
    int column = 1;
};
// Where the last session ended: its documents in tab order and the one that was current.
struct SessionState {
    QList<SessionDocument> documents;
    int current = 0; // index into documents
};
// Reads the session keys a closing window wrote: session/documents (file, line, column per
// tab) and session/current, or the single-document keys session/file, line and column of
// earlier versions. A document is kept only if its path is an existing regular file given
// absolutely (or a resource); line and column are clamped to [1, 10^7] and `current` to the
// documents kept, so a hand-edited or damaged settings file cannot send the window anywhere
// strange. Nothing to restore (nullopt) when no document remains.
std::optional<SessionState> readSession(const QSettings &from);
} // namespace proofdesk::ui
