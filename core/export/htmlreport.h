// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/evidence.h"

#include <QList>
#include <QString>
#include <QStringList>

// report.html and report.pdf of a bundle. The HTML is self-contained (inline styles, no
// scripts, no external resources) and well formed, so that it reads the same in a browser,
// in xmllint and in Qt's rich-text engine, which prints it to PDF.
namespace proofdesk::exporting {

// sources[i] is the bundle path of texts[i].
QString reportHtml(const QList<Claim> &claims, const QStringList &sources,
                   const QStringList &texts, const QString &toolVersion);

// Lays reportHtml out with QTextDocument and prints it with QPdfWriter (A4). Needs a
// QGuiApplication (offscreen is enough). Returns an error message, empty on success.
QString writeReportPdf(const QList<Claim> &claims, const QStringList &sources,
                       const QStringList &texts, const QString &toolVersion, const QString &path);

} // namespace proofdesk::exporting
