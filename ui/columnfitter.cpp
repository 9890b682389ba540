// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/columnfitter.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTreeView>

namespace proofdesk::ui {

ColumnFitter::ColumnFitter(QTreeView *view, QList<int> columns, int delayMs)
    : QObject(view), m_view(view), m_columns(std::move(columns))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fitNow);
    QHeaderView *header = view->header();
    for (int c : std::as_const(m_columns))
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int) {
        if (!m_fitting && m_columns.contains(column))
            m_userSized.insert(column);
    });
    // The view keeps its model (a proxy whose source changes): its signals say what changed.
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_mayShrink = true;
        schedule();
    });
    schedule();
}

void ColumnFitter::schedule()
{
    // Not restarted: a steady stream of changes still gets its columns fitted every delay.
    if (!m_timer.isActive())
        m_timer.start();
}

void ColumnFitter::fitNow()
{
    m_timer.stop();
    QHeaderView *header = m_view->header();
    m_fitting = true;
    for (int c : std::as_const(m_columns)) {
        if (m_userSized.contains(c) || m_view->isColumnHidden(c))
            continue;
        // What the rows in view need (the header's precision), and the header's own label.
        // (Public in QAbstractItemView, protected in QTreeView: asked through the base.)
        const QAbstractItemView *view = m_view;
        const int wanted = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        if (wanted != header->sectionSize(c) && (m_mayShrink || wanted > header->sectionSize(c)))
            header->resizeSection(c, wanted);
    }
    m_fitting = false;
    m_mayShrink = false;
}

} // namespace proofdesk::ui
