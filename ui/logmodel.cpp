// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logmodel.h"

#include "ui/diagnosticsmodel.h"

#include <QCoreApplication>

namespace proofdesk::ui {

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(BatchMs);
    connect(&m_batch, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::append(const LogEntry &entry)
{
    m_pending.append(entry);
    // More than a panel's worth waiting: the oldest of them would be trimmed anyway.
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    if (!m_batch.isActive())
        m_batch.start();
}

void LogModel::flush()
{
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    trim(int(m_pending.size()));
    const int first = int(m_rows.size());
    const int last = first + int(m_pending.size()) - 1;
    beginInsertRows({}, first, last);
    m_rows.append(m_pending);
    endInsertRows();
    m_pending.clear();
    emit appended(first, last);
}

// Makes room for `extra` new rows by removing the oldest.
void LogModel::trim(int extra)
{
    const int excess = int(m_rows.size()) + extra - m_capacity;
    if (excess <= 0)
        return;
    const int remove = qMin(excess, int(m_rows.size()));
    if (remove == 0)
        return;
    beginRemoveRows({}, 0, remove - 1);
    m_rows.remove(0, remove);
    endRemoveRows();
}

void LogModel::clear()
{
    m_batch.stop();
    m_pending.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void LogModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim(0);
}

QString LogModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    const auto line = [this](int row) {
        const LogEntry &e = m_rows.at(row);
        return QStringList{e.time.toString(Qt::ISODateWithMs), levelName(e.level), e.source, e.message}.join(
            QLatin1Char('\t'));
    };
    if (rows.isEmpty()) {
        for (int row = 0; row < m_rows.size(); ++row)
            lines << line(row);
    } else {
        for (int row : rows) {
            if (row >= 0 && row < m_rows.size())
                lines << line(row);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_rows.at(index.row());
    if (role == LevelRole)
        return int(e.level);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return levelName(e.level);
        case SourceColumn:
            return e.source;
        case MessageColumn:
            return e.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return e.time.toString(Qt::ISODateWithMs);
    if (role == Qt::ForegroundRole && index.column() == LevelColumn) {
        if (e.level == LogLevel::Error)
            return DiagnosticsModel::severityColor(lang::Severity::Error);
        if (e.level == LogLevel::Warning)
            return DiagnosticsModel::severityColor(lang::Severity::Warning);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QString LogModel::levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return tr("debug");
    case LogLevel::Info:
        return tr("info");
    case LogLevel::Warning:
        return tr("warning");
    case LogLevel::Error:
        return tr("error");
    }
    return {};
}

LogLevelFilter::LogLevelFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void LogLevelFilter::setMinimumLevel(LogLevel level)
{
    if (level == m_minimum)
        return;
    m_minimum = level;
    invalidateRowsFilter();
}

bool LogLevelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QVariant level = sourceModel()->index(sourceRow, 0, sourceParent).data(LogModel::LevelRole);
    return !level.isValid() || level.toInt() >= int(m_minimum);
}

} // namespace proofdesk::ui
