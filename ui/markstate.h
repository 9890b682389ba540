// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/verdict.h"

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace proofdesk::ui {

// What the gutter and the Obligations panel show for one obligation: an engine verdict, or
// where the obligation is on its way to one.
enum class MarkState {
    Pending,  // analysed, waiting for a solver
    Running,  // a solver works on it now
    Stale,    // the text changed; the mark is the verdict of an earlier revision
    Proved,
    Failed,
    Unknown,
    Admitted,
    Error,
};

MarkState markStateOf(engine::Status status);
QString markLabel(MarkState state);   // translated: "proved", "failed", ...
QString markKey(MarkState state);     // untranslated, for filters and tests: "proved", ...
QColor markColor(MarkState state);
// Worst first, as engine::severity: what a lemma row shows.
int markSeverity(MarkState state);

// Draws the mark in `box`. Every state has its own shape so that the marks stay apart for
// people who do not tell red from green: proved a filled disc, failed a cross, unknown a
// diamond, admitted an open square, running a ring, stale a small dot, error a triangle.
void paintMark(QPainter &painter, const QRectF &box, MarkState state);

} // namespace proofdesk::ui
