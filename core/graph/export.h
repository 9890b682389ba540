// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text exports of a graph: DOT (Boost write_graphviz), GraphML (Boost write_graphml), JSON
// and SVG. PNG needs QtGui and lives in core/graphimage.

#include "graph.h"
#include "layout.h"
#include "metrics.h"

#include <cstdint>
#include <span>
#include <string>

namespace proofdesk::graph {

enum class ColourBy { Community, Standing, Kind };

struct Style {
    ColourBy colourBy = ColourBy::Community;
    std::span<const std::uint32_t> community; // per vertex; empty: colour by kind
    int labelsUpTo = 400;                      // draw names when the graph has at most this many nodes
};

// 0xRRGGBB: one palette for the SVG, the PNG and the view.
std::uint32_t nodeColour(const Graph &g, Vertex v, const Style &style);
std::uint32_t standingColour(Standing s);
std::uint32_t communityColour(std::uint32_t community);

// Attributes written: name, label, kind, file, line, standing, community (when given), x/y
// (when a layout is given); edges: weight, kind.
std::string toDot(const Graph &g, const Layout *layout = nullptr, std::span<const std::uint32_t> community = {});
std::string toGraphml(const Graph &g, const Layout *layout = nullptr, std::span<const std::uint32_t> community = {});
// {"kind", "directed", "nodes":[{id,name,label,kind,file,line,standing,community,x,y}],
//  "edges":[{source,target,weight,kind}], "metrics":{...}}
std::string toJson(const Graph &g, const Layout *layout = nullptr, const Metrics *metrics = nullptr);
std::string toSvg(const Graph &g, const Layout &layout, const Style &style = {});

} // namespace proofdesk::graph
