// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnosticsmodel.h"

#include <QColor>
#include <QFileInfo>

namespace proofdesk::ui {

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiagnosticsModel::setModule(std::shared_ptr<const lang::Module> module)
{
    beginResetModel();
    m_module = std::move(module);
    m_check.clear();
    endResetModel();
}

void DiagnosticsModel::setCheckWarnings(std::vector<lang::Diagnostic> warnings)
{
    if (!m_module || warnings == m_check)
        return;
    beginResetModel();
    m_check = std::move(warnings);
    endResetModel();
}

const lang::Diagnostic *DiagnosticsModel::diagnosticAt(const QModelIndex &index) const
{
    if (!m_module || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const auto row = static_cast<std::size_t>(index.row());
    if (row < m_module->diagnostics.size())
        return &m_module->diagnostics[row];
    return &m_check[row - m_module->diagnostics.size()];
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_module)
        return 0;
    return static_cast<int>(m_module->diagnostics.size() + m_check.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiagnosticsModel::severityName(lang::Severity severity)
{
    switch (severity) {
    case lang::Severity::Error:
        return tr("error");
    case lang::Severity::Warning:
        return tr("warning");
    case lang::Severity::Note:
        return tr("note");
    }
    return {};
}

QColor DiagnosticsModel::severityColor(lang::Severity severity)
{
    switch (severity) {
    case lang::Severity::Error:
        return QColor(0xda, 0x44, 0x53);
    case lang::Severity::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case lang::Severity::Note:
        return QColor(0x3d, 0xae, 0xe9);
    }
    return {};
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    const lang::Diagnostic *d = diagnosticAt(index);
    if (!d)
        return {};
    const bool ownFile = d->file == m_module->file;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(d->severity);
        case LocationColumn: {
            const QString at = QStringLiteral("%1:%2").arg(d->range.begin.line).arg(
                d->range.begin.column);
            // Problems in imported files name the file; the document's own do not need to.
            return ownFile ? at
                           : QFileInfo(QString::fromStdString(d->file)).fileName() +
                                 QLatin1Char(':') + at;
        }
        case MessageColumn:
            return QString::fromStdString(d->message);
        }
        break;
    case Qt::ToolTipRole:
        return QString::fromStdString(lang::formatDiagnostic(*d));
    case Qt::DecorationRole:
        // A colour swatch, not an icon: models stay free of widget styles.
        if (index.column() == SeverityColumn)
            return severityColor(d->severity);
        break;
    case LineRole:
        return int(d->range.begin.line);
    case ColumnRole:
        return int(d->range.begin.column);
    case FileRole:
        return QString::fromStdString(d->file);
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Line:Col");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace proofdesk::ui
