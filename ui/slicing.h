// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace proofdesk::ui::slicing {

// Work on a whole text that the GUI thread must do itself (putting it into the editor,
// highlighting it) is done in one go up to this many UTF-16 units, and beyond it in slices,
// one per event-loop iteration, so that the window keeps painting and taking input. The
// shared limit and budget of TextLoader (textloader.h) and Rehighlighter (rehighlighter.h).
inline constexpr qsizetype DirectLimit = 256 * 1024;
// What one slice may cost the GUI thread.
inline constexpr int SliceBudgetMs = 15;

} // namespace proofdesk::ui::slicing
