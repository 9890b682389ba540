// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimer>

namespace proofdesk::ui {

enum class LogLevel { Debug, Info, Warning, Error };

// One line of the Log panel.
struct LogEntry {
    QDateTime time;
    LogLevel level = LogLevel::Info;
    QString source; // "engine", "ui", "check", ...
    QString message;
};

// The Log panel: engine and solver events, newest last, at most `capacity` rows (the
// oldest go first). Entries arrive in bursts while a document is checked, so append()
// collects them and inserts them together a moment later (or at flush()).
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, SourceColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 };
    static constexpr int DefaultCapacity = 2000;
    static constexpr int BatchMs = 50;

    explicit LogModel(QObject *parent = nullptr);

    void append(const LogEntry &entry);
    // Inserts what append() collected now.
    void flush();
    void clear();
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    const LogEntry &entry(int row) const { return m_rows.at(row); }
    // Tab-separated lines (time, level, source, message) of the given rows, or of all.
    QString toText(const QList<int> &rows = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelName(LogLevel level);

signals:
    // Rows were appended (after the batch was inserted).
    void appended(int first, int last);

private:
    void trim(int extra);

    QList<LogEntry> m_rows;
    QList<LogEntry> m_pending;
    int m_capacity = DefaultCapacity;
    QTimer m_batch;
};

// The Log panel's level filter: rows of a LogModel at `minimum` or above.
class LogLevelFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogLevelFilter(QObject *parent = nullptr);
    void setMinimumLevel(LogLevel level);
    LogLevel minimumLevel() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLevel m_minimum = LogLevel::Debug;
};

} // namespace proofdesk::ui

Q_DECLARE_METATYPE(proofdesk::ui::LogEntry)
