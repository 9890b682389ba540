// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QToolButton;
class QTreeView;

namespace proofdesk::ui {

class LogModel;

// The Log dock's contents: the lines of a LogModel, newest last (followed while the view is
// at the bottom), with Copy (the selected lines, or all) and Clear.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // Tab-separated lines on the clipboard: the selected rows, or every row.
    void copy();
    void retranslate();

private:
    LogModel *m_model; // not owned
    QTreeView *m_view = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace proofdesk::ui
