// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logpanel.h"

#include "ui/logmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace proofdesk::ui {

LogPanel::LogPanel(LogModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_view = new QTreeView(this);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    for (int c : {LogModel::TimeColumn, LogModel::LevelColumn, LogModel::SourceColumn})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(model, &LogModel::appended, this, [this] {
        // Follow new lines only while the view is at the bottom: someone reading older
        // lines keeps their place.
        const QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QTimer::singleShot(0, m_view, &QTreeView::scrollToBottom);
    });

    m_copy = new QToolButton(this);
    m_clear = new QToolButton(this);
    connect(m_copy, &QToolButton::clicked, this, &LogPanel::copy);
    connect(m_clear, &QToolButton::clicked, model, &LogModel::clear);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    retranslate();
}

void LogPanel::copy()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::ranges::sort(rows);
    QApplication::clipboard()->setText(m_model->toText(rows));
}

void LogPanel::retranslate()
{
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected lines, or all of them"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every line from the panel (the log file keeps them)"));
}

} // namespace proofdesk::ui
