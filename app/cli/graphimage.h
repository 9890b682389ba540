// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A laid-out graph drawn with QPainter into a QImage (PNG). The SVG comes from core/graph's
// text writer, which needs no Qt; both use its palette (graph::nodeColour).

#include "graph/export.h"

#include <QImage>

namespace proofdesk::cli {

// At most `maxSide` pixels on the longer side. No text: a QCoreApplication has no fonts.
QImage renderGraph(const graph::Graph &g, const graph::Layout &layout, const graph::Style &style, int maxSide = 2000);

} // namespace proofdesk::cli
