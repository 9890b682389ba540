// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QString>

class QLabel;

namespace proofdesk::ui {

// A recovery file autosave left behind: the unsaved text of `original` (empty: untitled).
struct RecoveryFile {
    QString path;
    QString original;
    QDateTime modified;
};

// The recovery files in `directory`, newest first. Each starts with "-- recovery of PATH".
QList<RecoveryFile> findRecoveryFiles(const QString &directory);

// A bar above the editor after a crash: "Restore the unsaved text of X?" with Restore and
// Discard. It does not block: the window can be used while it is shown.
class RecoveryBanner : public QFrame
{
    Q_OBJECT
public:
    explicit RecoveryBanner(QWidget *parent = nullptr);

    // Shows the first entry (hidden when there is none).
    void setFiles(const QList<RecoveryFile> &files);
    const QList<RecoveryFile> &files() const { return m_files; }
    QString text() const;

    // As the buttons do.
    void restore();
    void discard();

signals:
    void restoreRequested(const proofdesk::ui::RecoveryFile &file);
    void discardRequested(const proofdesk::ui::RecoveryFile &file);

private:
    QList<RecoveryFile> m_files;
    QLabel *m_label = nullptr;
};

} // namespace proofdesk::ui
