// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/obligationsmodel.h"

#include "ui/checksession.h"

#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <optional>

namespace proofdesk::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string> &names)
{
    QStringList list;
    for (const auto &n : names)
        list.append(q(n));
    return list.join(QStringLiteral(", "));
}

} // namespace

ObligationsModel::ObligationsModel(QObject *parent) : QAbstractItemModel(parent) {}

std::vector<ObligationsModel::Group> ObligationsModel::groupsOf(const lang::Module &module)
{
    std::vector<Group> groups;
    std::unordered_map<std::string_view, std::size_t> byName;
    // The document's own lemmas in source order, even those without obligations.
    for (const auto &lemma : module.lemmas) {
        if (lemma.file != module.file || byName.contains(lemma.name))
            continue;
        byName.emplace(lemma.name, groups.size());
        groups.push_back({lemma.name, &lemma, {}});
    }
    for (std::size_t i = 0; i < module.obligations.size(); ++i) {
        const auto &ob = module.obligations[i];
        auto [it, added] = byName.try_emplace(ob.lemma, groups.size());
        if (added)
            groups.push_back({ob.lemma, nullptr, {}});
        groups[it->second].obligations.push_back(i);
    }
    return groups;
}

bool ObligationsModel::sameRows(const lang::Module &module, const std::vector<Group> &groups) const
{
    if (!m_module || groups.size() != m_groups.size())
        return false;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const Group &now = groups[g], &was = m_groups[g];
        if (now.lemma != was.lemma || now.obligations.size() != was.obligations.size())
            return false;
        for (std::size_t r = 0; r < now.obligations.size(); ++r) {
            if (module.obligations[now.obligations[r]].id != m_module->obligations[was.obligations[r]].id)
                return false;
        }
    }
    return true;
}

void ObligationsModel::setModule(std::shared_ptr<const lang::Module> module)
{
    std::vector<Group> groups = module ? groupsOf(*module) : std::vector<Group>{};
    if (module && sameRows(*module, groups)) {
        // An edit that kept every lemma and step (most keystrokes): the rows stay, so the
        // view keeps what is expanded, selected and scrolled to; only their text changes.
        m_module = std::move(module);
        m_groups = std::move(groups);
        verdictsReset();
        return;
    }
    beginResetModel();
    m_allChangedPending = false; // the reset says it all
    m_module = std::move(module);
    m_groups = std::move(groups);
    m_rowOf.clear();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        for (std::size_t r = 0; r < m_groups[g].obligations.size(); ++r)
            m_rowOf.insert(q(m_module->obligations[m_groups[g].obligations[r]].id), {int(g), int(r)});
    }
    endResetModel();
}

void ObligationsModel::setSession(const CheckSession *session)
{
    beginResetModel();
    m_session = session;
    endResetModel();
}

QModelIndex ObligationsModel::indexOfObligation(const QString &id) const
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.constEnd())
        return {};
    return index(it->second, 0, index(it->first, 0));
}

void ObligationsModel::obligationChanged(const QString &id)
{
    const QModelIndex at = indexOfObligation(id);
    if (!at.isValid())
        return;
    emit dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
    const QModelIndex lemma = at.parent();
    emit dataChanged(lemma, lemma.siblingAtColumn(ColumnCount - 1));
}

void ObligationsModel::verdictsReset()
{
    // Once per event, after it: a new analysis resets the verdicts and changes the rows in
    // place in one event, and for thousands of rows each announcement costs the view and
    // the filter tens of milliseconds. data() answers with the new state meanwhile.
    if (m_groups.empty() || m_allChangedPending)
        return;
    m_allChangedPending = true;
    QTimer::singleShot(0, this, &ObligationsModel::announceAllChanged);
}

void ObligationsModel::announceAllChanged()
{
    if (!m_allChangedPending)
        return; // a model reset came first
    m_allChangedPending = false;
    if (m_groups.empty())
        return;
    const QModelIndex last = index(int(m_groups.size()) - 1, ColumnCount - 1);
    emit dataChanged(index(0, 0), last);
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const int rows = int(m_groups[g].obligations.size());
        if (rows == 0)
            continue;
        const QModelIndex parent = index(int(g), 0);
        emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    }
}

MarkState ObligationsModel::markOf(const lang::Obligation &ob) const
{
    if (m_session && m_session->module())
        return m_session->state(q(ob.id));
    switch (ob.status) {
    case lang::ObligationStatus::Admitted:
        return MarkState::Admitted;
    case lang::ObligationStatus::Error:
        return MarkState::Error;
    case lang::ObligationStatus::ToSolve:
        break;
    }
    return MarkState::Pending;
}

int ObligationsModel::obligationCount() const
{
    return m_module ? static_cast<int>(m_module->obligations.size()) : 0;
}

const ObligationsModel::Group *ObligationsModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const quintptr id = index.internalId();
    const std::size_t row = id == 0 ? std::size_t(index.row()) : std::size_t(id - 1);
    return row < m_groups.size() ? &m_groups[row] : nullptr;
}

const lang::Obligation *ObligationsModel::obligationAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group *group = groupAt(index);
    if (!group || std::size_t(index.row()) >= group->obligations.size())
        return nullptr;
    return &m_module->obligations[group->obligations[std::size_t(index.row())]];
}

QModelIndex ObligationsModel::indexOfLemma(const QString &name) const
{
    const std::string key = name.toStdString();
    const auto it = std::ranges::find(m_groups, key, &Group::lemma);
    return it == m_groups.end() ? QModelIndex() : index(int(it - m_groups.begin()), 0);
}

QModelIndex ObligationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ObligationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ObligationsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0; // obligations are leaves; only the first column has children
    const Group *group = groupAt(parent);
    return group ? static_cast<int>(group->obligations.size()) : 0;
}

int ObligationsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ObligationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group *group = groupAt(index);
        return group ? lemmaData(*group, index.column(), role) : QVariant();
    }
    const lang::Obligation *ob = obligationAt(index);
    return ob ? obligationData(*ob, index.column(), role) : QVariant();
}

QVariant ObligationsModel::lemmaData(const Group &group, int column, int role) const
{
    const lang::SourcePos *at = group.info ? &group.info->nameRange.begin : nullptr;
    if (!at && !group.obligations.empty())
        at = &m_module->obligations[group.obligations.front()].range.begin;
    std::optional<MarkState> worst;
    for (std::size_t i : group.obligations) {
        const MarkState s = markOf(m_module->obligations[i]);
        if (!worst || markSeverity(s) > markSeverity(*worst))
            worst = s;
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StepColumn:
            return q(group.lemma);
        case StatusColumn:
            return worst ? markLabel(*worst) : QVariant();
        case LineColumn:
            return at ? QVariant(int(at->line)) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (group.info && !group.info->citedLemmas.empty())
            return tr("%1 cites %2").arg(q(group.lemma), joined(group.info->citedLemmas));
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn && worst)
            return markColor(*worst);
        break;
    case StateRole:
        return worst ? markKey(*worst) : QVariant();
    case LineRole:
        return at ? QVariant(int(at->line)) : QVariant();
    case ColumnRole:
        return at ? QVariant(int(at->column)) : QVariant();
    case LemmaRole:
        return q(group.lemma);
    }
    return {};
}

QVariant ObligationsModel::obligationData(const lang::Obligation &ob, int column, int role) const
{
    const engine::Verdict *verdict = m_session ? m_session->verdict(q(ob.id)) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StepColumn:
            return q(ob.step);
        case KindColumn:
            if (const engine::DocumentCheck *check = m_session ? m_session->documentCheck(q(ob.id)) : nullptr)
                return documentAnswer(*check);
            return kindLabel(ob.kind);
        case StatusColumn:
            return markLabel(markOf(ob));
        case SolverColumn:
            return verdict ? verdict->strategy : QString();
        case TimeColumn:
            return verdict && !verdict->strategy.isEmpty()
                       ? tr("%1 s").arg(double(verdict->elapsedMs) / 1000.0, 0, 'f', 2)
                       : QString();
        case LineColumn:
            return int(ob.range.begin.line);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines{q(ob.id)};
        if (!ob.error.empty())
            lines.append(q(ob.error));
        if (!ob.facts.empty())
            lines.append(tr("Context: %1").arg(joined(ob.facts)));
        if (!ob.citedLemmas.empty())
            lines.append(tr("Cites: %1").arg(joined(ob.citedLemmas)));
        if (verdict && !verdict->reason.isEmpty())
            lines.append(verdict->reason);
        if (verdict && verdict->vacuous)
            lines.append(tr("Vacuous: proved only because the assumptions contradict each other."));
        if (verdict && verdict->provisional)
            lines.append(tr("Checking that the assumptions do not contradict each other…"));
        if (verdict && !verdict->crossCheckedBy.isEmpty())
            lines.append(tr("Cross-checked by %1").arg(verdict->crossCheckedBy));
        if (verdict && !verdict->disagreement.isEmpty())
            lines.append(tr("Solvers disagree: %1").arg(verdict->disagreement));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return markColor(markOf(ob));
        break;
    case StateRole:
        return markKey(markOf(ob));
    case LineRole:
        return int(ob.range.begin.line);
    case ColumnRole:
        return int(ob.range.begin.column);
    case IdRole:
        return q(ob.id);
    case LemmaRole:
        return q(ob.lemma);
    }
    return {};
}

QVariant ObligationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case KindColumn:
        return m_session && m_session->kind() != DocumentKind::Sketch ? tr("Answer") : tr("Kind");
    case StatusColumn:
        return tr("Status");
    case SolverColumn:
        return tr("Solver");
    case TimeColumn:
        return tr("Time");
    case LineColumn:
        return tr("Line");
    }
    return {};
}

QString ObligationsModel::documentAnswer(const engine::DocumentCheck &check)
{
    if (check.answer.isEmpty())
        return {};
    if (check.expected.isEmpty())
        return check.answer;
    return tr("%1 (:status %2)").arg(check.answer, check.expected);
}

QString ObligationsModel::kindLabel(lang::ObligationKind kind)
{
    switch (kind) {
    case lang::ObligationKind::Goal:
        return tr("goal");
    case lang::ObligationKind::Have:
        return tr("have");
    case lang::ObligationKind::Show:
        return tr("show");
    case lang::ObligationKind::Obtain:
        return tr("obtain");
    case lang::ObligationKind::Cases:
        return tr("cases");
    case lang::ObligationKind::Induction:
        return tr("induction");
    }
    return {};
}

QString ObligationsModel::statusLabel(lang::ObligationStatus status)
{
    switch (status) {
    case lang::ObligationStatus::ToSolve:
        return tr("to solve");
    case lang::ObligationStatus::Admitted:
        return tr("admitted");
    case lang::ObligationStatus::Error:
        return tr("error");
    }
    return {};
}

QColor ObligationsModel::statusColor(lang::ObligationStatus status)
{
    switch (status) {
    case lang::ObligationStatus::ToSolve:
        return QColor(0x7f, 0x8c, 0x8d);
    case lang::ObligationStatus::Admitted:
        return QColor(0xf6, 0x74, 0x00);
    case lang::ObligationStatus::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

} // namespace proofdesk::ui
