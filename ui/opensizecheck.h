// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

class QWidget;

namespace proofdesk::ui {

// Asked before a file larger than the limit is opened; true opens it.
using LargeFileQuestion = std::function<bool(QWidget *parent, const QString &path, qint64 size, qint64 limit)>;

// Replaces the question (a message box by default); tests answer it without a dialog. An
// empty function restores the message box.
void setLargeFileQuestion(LargeFileQuestion question);

// True if `path` may be opened: it is at most `limitBytes` long (or cannot be measured, in
// which case opening it reports the reason), or the user agreed to open it anyway. Files in
// the resources are ours and never asked about.
bool confirmOpenSize(QWidget *parent, const QString &path, qint64 limitBytes);

} // namespace proofdesk::ui
