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

struct ReportInput {
    QList<Claim> claims;
    QStringList sources;    // bundle paths
    QStringList texts;      // texts[i] is the content of sources[i]
    QStringList graphs;     // graphs[i]: the dependency graph of sources[i] as an <svg>
                            // element (dependencyGraphSvg), or empty
    QString toolVersion;
};

// The dependency graphs are inline SVG.
QString reportHtml(const ReportInput &input);

// Lays the same report out with QTextDocument and prints it with QPdfWriter (A4); Qt's
// rich text cannot show inline SVG, so each graph is rendered (QSvgRenderer) to an image
// first. Needs a QGuiApplication (offscreen is enough). Returns an error message, empty on
// success.
QString writeReportPdf(const ReportInput &input, const QString &path);

} // namespace proofdesk::exporting
