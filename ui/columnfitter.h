// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QTreeView;

namespace proofdesk::ui {

// Sizes some columns of a view to their contents a moment after its model changed, at most
// once per `delayMs`, instead of at every change as QHeaderView::ResizeToContents does. That
// mode measures the rows in view again at each dataChanged of any row: with a verdict (and a
// start) per step of a 2,000-step sketch, that was about half of the GUI thread's time while
// typing. Widths only grow while the rows stay (no jumping as verdicts arrive); a reset of
// the model lets them shrink. A column the user resized keeps the user's width.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QTreeView *view, QList<int> columns, int delayMs = 250);

    // Fits now, as the timer would (and stops it).
    void fitNow();
    bool pending() const { return m_timer.isActive(); }

private:
    void schedule();

    QTreeView *m_view;
    QList<int> m_columns;
    QSet<int> m_userSized;
    QTimer m_timer;
    bool m_fitting = false;
    bool m_mayShrink = true;
};

} // namespace proofdesk::ui
