// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/module.h"

#include <QAbstractItemModel>
#include <QColor>

#include <memory>
#include <string>
#include <vector>

namespace proofdesk::ui {

// The Obligations panel: a two-level tree, lemma -> its obligations, over a module
// snapshot. Top-level rows carry internal id 0; an obligation row carries 1 + the row of
// its lemma, so parent() needs no pointers into the snapshot.
class ObligationsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, KindColumn, StatusColumn, LineColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, IdRole, LemmaRole };

    explicit ObligationsModel(QObject *parent = nullptr);

    // Replaces the snapshot (a model reset); null clears the panel.
    void setModule(std::shared_ptr<const lang::Module> module);

    // Null for lemma rows and invalid indexes.
    const lang::Obligation *obligationAt(const QModelIndex &index) const;
    // The lemma row of that name, or an invalid index.
    QModelIndex indexOfLemma(const QString &name) const;
    int lemmaCount() const { return static_cast<int>(m_groups.size()); }
    int obligationCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(lang::ObligationKind kind);
    static QString statusLabel(lang::ObligationStatus status);
    static QColor statusColor(lang::ObligationStatus status);

private:
    struct Group {
        std::string lemma;
        const lang::LemmaInfo *info = nullptr; // into m_module; null if lang lists no lemma
        std::vector<std::size_t> obligations;  // indexes into m_module->obligations
    };

    const Group *groupAt(const QModelIndex &index) const;
    QVariant lemmaData(const Group &group, int column, int role) const;
    QVariant obligationData(const lang::Obligation &ob, int column, int role) const;

    std::shared_ptr<const lang::Module> m_module;
    std::vector<Group> m_groups;
};

} // namespace proofdesk::ui
