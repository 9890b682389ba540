// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/linenumberarea.h"

#include "ui/codeeditor.h"

#include <QHelpEvent>
#include <QToolTip>

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

namespace proofdesk::ui {

bool LineNumberArea::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = m_editor->gutterToolTip(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace proofdesk::ui
