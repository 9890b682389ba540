// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/depgraph.h"

#include "graph/builders.h"
#include "graph/export.h"
#include "graph/layout.h"

#include <algorithm>

namespace proofdesk::exporting {

graph::Standing standingOf(engine::Status s)
{
    switch (s) {
    case engine::Status::Proved: return graph::Standing::Proved;
    case engine::Status::Failed: return graph::Standing::Failed;
    case engine::Status::Unknown: return graph::Standing::Unknown;
    case engine::Status::Admitted: return graph::Standing::Admitted;
    case engine::Status::Error: return graph::Standing::Error;
    }
    return graph::Standing::None;
}

std::uint32_t kindColour(graph::NodeKind kind)
{
    graph::Graph g;
    graph::Node n;
    n.kind = kind;
    const graph::Vertex v = boost::add_vertex(n, g);
    graph::Style style;
    style.colourBy = graph::ColourBy::Standing;
    return graph::nodeColour(g, v, style);
}

QString dependencyGraphSvg(const CheckedFile &file, int maxNodes)
{
    if (file.module.lemmas.empty() || file.module.obligations.empty())
        return {};
    graph::DependencyInput input;
    for (const lang::Obligation &o : file.module.obligations)
        input.obligations.emplace(o.id, standingOf(verdictOf(file, o).status));
    for (const engine::LemmaStanding &l : file.standings)
        input.lemmas.emplace(l.lemma.toStdString(), standingOf(l.standing));
    const graph::Graph g = graph::dependencyGraph(file.module, input);
    if (boost::num_vertices(g) == 0 || boost::num_vertices(g) > std::size_t(maxNodes))
        return {};
    auto layout = graph::layeredLayout(g);
    if (!layout)
        return {};
    // The layered layout puts neighbours in a layer one unit apart, about 30 px in the
    // SVG, while the labels (drawn to the right of each node) are step names like
    // "have not_all_big": spread the layers sideways so that the labels do not overlap.
    std::size_t longest = 1;
    for (graph::Vertex v = 0; v < boost::num_vertices(g); ++v)
        longest = std::max(longest, graph::displayLabel(g[v]).size());
    const double spread = std::clamp((double(std::min<std::size_t>(longest, 24)) * 6.5 + 24) / 30.0, 1.0, 6.0);
    for (graph::Point &p : layout->position)
        p.x *= spread;
    layout->updateBounds();
    layout->maxX += spread; // room for the labels of the rightmost nodes
    graph::Style style;
    style.colourBy = graph::ColourBy::Standing;
    QString svg = QString::fromStdString(graph::toSvg(g, *layout, style));
    // Inline in HTML: no XML declaration, scaled to the page. Each edge ends in an arrowhead
    // of its own (a path, no marker with an id), pointing from a lemma through its steps to
    // what they cite: the lemmas it rests on.
    if (svg.startsWith(QLatin1String("<?xml")))
        svg = svg.mid(svg.indexOf(QLatin1Char('\n')) + 1);
    svg.replace(QLatin1String("<svg "), QStringLiteral("<svg style=\"max-width: 100%; height: auto\" "));
    return svg;
}

} // namespace proofdesk::exporting
