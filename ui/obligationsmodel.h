// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/documents.h"
#include "lang/module.h"
#include "ui/markstate.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QPointer>

#include <memory>
#include <string>
#include <vector>

namespace proofdesk::ui {

class CheckSession;

// The Obligations panel: a two-level tree, lemma -> its obligations, over a module
// snapshot, with each step's verdict as the check session knows it. An SMT-LIB or DIMACS
// document's tree is its file -> its checks, their answers in the Kind column. Top-level rows carry internal id 0; an obligation row carries 1 + the row of
// its lemma, so parent() needs no pointers into the snapshot.
class ObligationsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, KindColumn, StatusColumn, SolverColumn, TimeColumn, LineColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, IdRole, LemmaRole, StateRole /* markKey */ };

    explicit ObligationsModel(QObject *parent = nullptr);

    // Where verdicts come from; null shows the analysis status only.
    void setSession(const CheckSession *session);
    // The verdict of one step changed: its row and its lemma's row are repainted.
    void obligationChanged(const QString &id);
    // Every verdict may have changed (same snapshot). Announced once, after the event.
    void verdictsReset();
    QModelIndex indexOfObligation(const QString &id) const;

    // Replaces the snapshot; null clears the panel. A model reset unless the new module has
    // the same lemmas and steps in the same order: then the rows stay and change in place.
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
    // What the Kind column shows for a check of an SMT-LIB or DIMACS document: the solver's
    // answer and the :status the file expects ("sat (:status unsat)").
    static QString documentAnswer(const engine::DocumentCheck &check);
    static QString statusLabel(lang::ObligationStatus status);
    static QColor statusColor(lang::ObligationStatus status);

private:
    struct Group {
        std::string lemma;
        const lang::LemmaInfo *info = nullptr; // into m_module; null if lang lists no lemma
        std::vector<std::size_t> obligations;  // indexes into m_module->obligations
    };

    // The rows of a module: its lemmas in source order, each with its obligations.
    static std::vector<Group> groupsOf(const lang::Module &module);
    // Whether `groups` of `module` are the rows shown now: same lemmas, same step ids.
    bool sameRows(const lang::Module &module, const std::vector<Group> &groups) const;
    const Group *groupAt(const QModelIndex &index) const;
    QVariant lemmaData(const Group &group, int column, int role) const;
    QVariant obligationData(const lang::Obligation &ob, int column, int role) const;

    MarkState markOf(const lang::Obligation &ob) const;
    void announceAllChanged();

    std::shared_ptr<const lang::Module> m_module;
    std::vector<Group> m_groups;
    QHash<QString, std::pair<int, int>> m_rowOf; // obligation id -> group, row in group
    QPointer<const CheckSession> m_session;
    bool m_allChangedPending = false;
};

} // namespace proofdesk::ui
