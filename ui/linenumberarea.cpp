// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/linenumberarea.h"

#include "ui/codeeditor.h"

namespace proofdesk::ui {

LineNumberArea::LineNumberArea(CodeEditor *editor) : QWidget(editor), m_editor(editor) {}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumberArea(event);
}

} // namespace proofdesk::ui
