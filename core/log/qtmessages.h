// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt's qDebug/qInfo/qWarning/qCritical/qFatal (and the qC* category variants) end up in
// the "qt" logger, so that warnings from Qt and KSyntaxHighlighting land in the same file
// as ours. Kept apart from proofdesk_log so that the Qt-free core need not link QtCore.

namespace proofdesk::log {

// Replaces Qt's message handler for the whole process; call it early in main(), after
// log::init() if the messages should reach the file from the start. The line reads
// "category: message (file:line)"; the category is left out for Qt's "default", and the
// source position whenever Qt does not provide it (release builds, unless
// QT_MESSAGELOGCONTEXT is defined). qFatal flushes the log before Qt aborts.
void installQtMessageHandler();

} // namespace proofdesk::log
