// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/module.h"

#include <QAbstractTableModel>
#include <QColor>

#include <memory>
#include <vector>

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
    // Warnings from checking (failed steps, vacuous proofs, unused facts), listed after the
    // module's own diagnostics; replaced as verdicts arrive.
    void setCheckWarnings(std::vector<lang::Diagnostic> warnings);
    int checkWarningCount() const { return static_cast<int>(m_check.size()); }
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
    std::vector<lang::Diagnostic> m_check;
};

} // namespace proofdesk::ui
