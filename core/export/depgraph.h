// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reports.h"
#include "graph/graph.h"

#include <QString>

// The dependency graph of a checked sketch for the reports: core/graph's DAG (lemma ->
// steps -> cited lemmas, facts, definitions), laid out in layers and drawn as SVG with every
// node coloured by its standing.
namespace proofdesk::exporting {

// An SVG element (no XML declaration) ready to sit inside report.html, or empty when the
// file has no lemmas (documents) or more than `maxNodes` nodes (a picture nobody could read,
// and a layout that would cost more than the rest of the report). Edges carry arrowheads,
// from a lemma to its steps and from a step to what it cites; the SVG declares no ids, so a
// report can hold several.
QString dependencyGraphSvg(const CheckedFile &file, int maxNodes = 3000);

// The engine's status as core/graph's standing (core/graph knows nothing of the engine).
graph::Standing standingOf(engine::Status status);
// 0xRRGGBB of a node without a standing (a fact, a definition) in that picture, for the legend.
std::uint32_t kindColour(graph::NodeKind kind);

} // namespace proofdesk::exporting
