// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opensizecheck.h"

#include "log/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace proofdesk::ui {

namespace {

LargeFileQuestion &question()
{
    static LargeFileQuestion q;
    return q;
}

bool askWithMessageBox(QWidget *parent, const QString &path, qint64 size, qint64 limit)
{
    const QLocale locale;
    const auto tr = [](const char *text) { return QCoreApplication::translate("proofdesk::ui::OpenSizeCheck", text); };
    return QMessageBox::question(parent, tr("Open Large File"),
                                 tr("%1 is %2, more than the %3 set in Settings. Opening it may make "
                                    "ProofDesk slow. Open it anyway?")
                                     .arg(QDir::toNativeSeparators(path), locale.formattedDataSize(size),
                                          locale.formattedDataSize(limit)))
           == QMessageBox::Yes;
}

} // namespace

void setLargeFileQuestion(LargeFileQuestion q)
{
    question() = std::move(q);
}

bool confirmOpenSize(QWidget *parent, const QString &path, qint64 limitBytes)
{
    if (path.startsWith(QLatin1Char(':')))
        return true;
    const QFileInfo info(path);
    if (!info.exists() || limitBytes <= 0 || info.size() <= limitBytes)
        return true;
    const bool yes = question() ? question()(parent, path, info.size(), limitBytes)
                                : askWithMessageBox(parent, path, info.size(), limitBytes);
    log::get("ui")->info("{} is {} bytes (limit {}): {}", path.toStdString(), info.size(), limitBytes,
                         yes ? "opened on request" : "not opened");
    return yes;
}

} // namespace proofdesk::ui
