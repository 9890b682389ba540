// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recoverybanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace proofdesk::ui {

QList<RecoveryFile> findRecoveryFiles(const QString &directory)
{
    QList<RecoveryFile> out;
    const QFileInfoList entries = QDir(directory).entryInfoList({QStringLiteral("*.pds")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : entries) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Only the header line: the text itself is read when the user restores it.
        const QString header = QString::fromUtf8(file.readLine(4096)).trimmed();
        const QString prefix = QStringLiteral("-- recovery of ");
        if (!header.startsWith(prefix))
            continue;
        QString original = header.mid(prefix.size());
        if (original == QLatin1String("untitled") || !QFileInfo(original).isAbsolute())
            original.clear();
        out.append({info.filePath(), original, info.lastModified()});
    }
    return out;
}

RecoveryBanner::RecoveryBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("recoveryBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    auto *restoreButton = new QPushButton(tr("&Restore"), this);
    auto *discardButton = new QPushButton(tr("&Discard"), this);
    layout->addWidget(m_label, 1);
    layout->addWidget(restoreButton);
    layout->addWidget(discardButton);
    connect(restoreButton, &QPushButton::clicked, this, &RecoveryBanner::restore);
    connect(discardButton, &QPushButton::clicked, this, &RecoveryBanner::discard);
    hide();
}

void RecoveryBanner::setFiles(const QList<RecoveryFile> &files)
{
    m_files = files;
    if (m_files.isEmpty()) {
        hide();
        return;
    }
    const RecoveryFile &f = m_files.first();
    const QString name = f.original.isEmpty() ? tr("an untitled sketch") : QDir::toNativeSeparators(f.original);
    QString text = tr("ProofDesk did not close normally. Restore the unsaved text of %1 (saved %2)?")
                       .arg(name, QLocale().toString(f.modified, QLocale::ShortFormat));
    if (m_files.size() > 1)
        text += QLatin1Char(' ') + tr("%n more recovery file(s) follow.", nullptr, int(m_files.size() - 1));
    m_label->setText(text);
    show();
}

QString RecoveryBanner::text() const
{
    return m_label->text();
}

void RecoveryBanner::restore()
{
    if (m_files.isEmpty())
        return;
    const RecoveryFile f = m_files.takeFirst();
    setFiles(m_files);
    emit restoreRequested(f);
}

void RecoveryBanner::discard()
{
    if (m_files.isEmpty())
        return;
    const RecoveryFile f = m_files.takeFirst();
    setFiles(m_files);
    emit discardRequested(f);
}

} // namespace proofdesk::ui
