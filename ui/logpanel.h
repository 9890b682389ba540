// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;
class QTreeView;

namespace proofdesk::ui {

class LogLevelFilter;
class LogModel;

// The Log dock's contents: the lines of a LogModel, newest last (followed while the view is
// at the bottom), with Copy (the selected lines, or all shown) and Clear, and a level
// filter (debug, info, warning, error: that level and above) remembered in the settings.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QComboBox *levelBox() const { return m_level; }
    LogLevelFilter *filter() const { return m_filter; }
    // Tab-separated lines on the clipboard: the selected rows, or every row.
    void copy();
    void retranslate();

private:
    void setMinimumLevel(int index);

    LogModel *m_model; // not owned
    LogLevelFilter *m_filter = nullptr;
    QComboBox *m_level = nullptr;
    QTreeView *m_view = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace proofdesk::ui
