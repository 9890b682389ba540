// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logpanel.h"

#include "ui/columnfitter.h"
#include "ui/logmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QSettings>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace proofdesk::ui {

namespace {
const QString LevelKey = QStringLiteral("log/minimumLevel");
} // namespace

LogPanel::LogPanel(LogModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_filter = new LogLevelFilter(this);
    m_filter->setSourceModel(model);
    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setResizeContentsPrecision(0); // the rows in view, not the whole log
    new ColumnFitter(m_view, {LogModel::TimeColumn, LogModel::LevelColumn, LogModel::SourceColumn});
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
    m_level = new QComboBox(this);
    for (const LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
        m_level->addItem(LogModel::levelName(level), int(level));
    const int saved = QSettings().value(LevelKey, int(LogLevel::Debug)).toInt();
    m_level->setCurrentIndex(std::max(0, m_level->findData(saved)));
    setMinimumLevel(m_level->currentIndex());
    connect(m_level, &QComboBox::currentIndexChanged, this, [this](int index) {
        setMinimumLevel(index);
        QSettings().setValue(LevelKey, m_level->itemData(index));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_level);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    retranslate();
}

void LogPanel::setMinimumLevel(int index)
{
    if (index >= 0)
        m_filter->setMinimumLevel(LogLevel(m_level->itemData(index).toInt()));
}

void LogPanel::copy()
{
    // What the panel shows: the selected rows, or every row the filter lets through.
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows << m_filter->mapToSource(m_filter->index(r, 0)).row();
    }
    std::ranges::sort(rows);
    QApplication::clipboard()->setText(rows.isEmpty() ? QString() : m_model->toText(rows));
}

void LogPanel::retranslate()
{
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected lines, or all of them"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every line from the panel (the log file keeps them)"));
    m_level->setToolTip(tr("Show lines of this level and above"));
    for (int i = 0; i < m_level->count(); ++i)
        m_level->setItemText(i, LogModel::levelName(LogLevel(m_level->itemData(i).toInt())));
}

} // namespace proofdesk::ui
