// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/module.h"

#include <QAbstractTableModel>
#include <QColor>

#include <memory>

namespace proofdesk::ui {

// The Problems panel: one row per diagnostic of a module snapshot.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, FileRole };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    // Replaces the snapshot (a model reset); null clears the panel.
    void setModule(std::shared_ptr<const lang::Module> module);
    const lang::Diagnostic *diagnosticAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityName(lang::Severity severity);
    static QColor severityColor(lang::Severity severity);

private:
    std::shared_ptr<const lang::Module> m_module;
};

} // namespace proofdesk::ui
