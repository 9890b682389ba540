// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace proofdesk::ui {

class CodeEditor;

// The gutter left of the editor's viewport; the editor lays it out and paints into it.
class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(CodeEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    CodeEditor *m_editor; // not owned: the parent
};

} // namespace proofdesk::ui
