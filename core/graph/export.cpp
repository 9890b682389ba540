// SPDX-License-Identifier: GPL-3.0-or-later
#include "export.h"

#include "jsonwriter.h"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <cmath>
#include <format>
#include <sstream>

namespace proofdesk::graph {

std::uint32_t standingColour(Standing s)
{
    switch (s) {
    case Standing::Proved: return 0x2e9d4a;
    case Standing::Failed: return 0xd7302a;
    case Standing::Unknown: return 0xe0a020;
    case Standing::Admitted: return 0x8a63c9;
    case Standing::Error: return 0x7a1010;
    case Standing::None: break;
    }
    return 0x9aa0a6;
}

std::uint32_t communityColour(std::uint32_t c)
{
    // Twelve distinguishable hues, then the golden-angle walk for the rest.
    static constexpr std::uint32_t palette[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b,
                                                0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f, 0x393b79, 0xad494a};
    if (c < std::size(palette))
        return palette[c];
    const double h = std::fmod(double(c) * 137.508, 360.0) / 60.0;
    const double s = 0.65, v = 0.85, cc = v * s, x = cc * (1 - std::abs(std::fmod(h, 2.0) - 1)), m = v - cc;
    double r = 0, g = 0, b = 0;
    switch (int(h)) {
    case 0: r = cc; g = x; break;
    case 1: r = x; g = cc; break;
    case 2: g = cc; b = x; break;
    case 3: g = x; b = cc; break;
    case 4: r = x; b = cc; break;
    default: r = cc; b = x; break;
    }
    auto byte = [&](double t) { return std::uint32_t(std::lround((t + m) * 255)); };
    return (byte(r) << 16) | (byte(g) << 8) | byte(b);
}

std::uint32_t nodeColour(const Graph &g, Vertex v, const Style &style)
{
    if (style.colourBy == ColourBy::Standing && g[v].standing != Standing::None)
        return standingColour(g[v].standing);
    if (style.colourBy == ColourBy::Community && v < style.community.size())
        return communityColour(style.community[v]);
    switch (g[v].kind) {
    case NodeKind::Clause: return 0xb0b0b0;
    case NodeKind::Lemma: return 0x1f77b4;
    case NodeKind::Step: return 0x17becf;
    case NodeKind::Fact: return 0xbcbd22;
    case NodeKind::Definition: return 0x8c564b;
    case NodeKind::Atom: return 0xff7f0e;
    default: return 0x1f77b4;
    }
}

namespace {

// Shared attribute maps for DOT and GraphML. Function maps are read-only, which is all the
// writers need.
template<class F>
auto vertexMap(F f)
{
    return boost::make_function_property_map<Vertex, std::string>(std::move(f));
}

using EdgeDesc = boost::graph_traits<Graph>::edge_descriptor;

boost::dynamic_properties attributes(const Graph &g, const Layout *layout, std::span<const std::uint32_t> community,
                                     bool withNodeId)
{
    boost::dynamic_properties dp(boost::ignore_other_properties);
    if (withNodeId)
        dp.property("node_id", vertexMap([&g](Vertex v) { return g[v].name; }));
    dp.property("label", vertexMap([&g](Vertex v) { return displayLabel(g[v]); }));
    dp.property("name", vertexMap([&g](Vertex v) { return g[v].name; }));
    dp.property("kind", vertexMap([&g](Vertex v) { return std::string(kindName(g[v].kind)); }));
    dp.property("file", vertexMap([&g](Vertex v) { return g[v].file; }));
    dp.property("line", vertexMap([&g](Vertex v) { return std::to_string(g[v].line); }));
    dp.property("standing", vertexMap([&g](Vertex v) { return std::string(standingName(g[v].standing)); }));
    if (!community.empty())
        dp.property("community", vertexMap([community](Vertex v) { return std::to_string(community[v]); }));
    if (layout) {
        dp.property("x", vertexMap([layout](Vertex v) { return std::format("{:.4f}", layout->position[v].x); }));
        dp.property("y", vertexMap([layout](Vertex v) { return std::format("{:.4f}", layout->position[v].y); }));
    }
    dp.property("weight", boost::make_function_property_map<EdgeDesc, std::string>(
                              [&g](EdgeDesc e) { return std::format("{}", g[e].weight); }));
    dp.property("edgekind", boost::make_function_property_map<EdgeDesc, std::string>(
                                [&g](EdgeDesc e) { return std::string(edgeKindName(g[e].kind)); }));
    return dp;
}

void xmlEscape(std::string &out, std::string_view s)
{
    for (char c : s) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        default:
            // XML 1.0 forbids most control characters even escaped
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n')
                out += c;
        }
    }
}

} // namespace

std::string toDot(const Graph &g, const Layout *layout, std::span<const std::uint32_t> community)
{
    std::ostringstream out;
    // write_graphviz_dp picks digraph/graph from the graph's directed category, which is
    // always directed (bidirectionalS); for undirected structure graphs the arrows are noise
    // but harmless, and Boost's reader accepts them back.
    boost::write_graphviz_dp(out, g, attributes(g, layout, community, true));
    return out.str();
}

std::string toGraphml(const Graph &g, const Layout *layout, std::span<const std::uint32_t> community)
{
    std::ostringstream out;
    auto dp = attributes(g, layout, community, false);
    boost::write_graphml(out, g, dp, true);
    return out.str();
}

std::string toJson(const Graph &g, const Layout *layout, const Metrics *metrics)
{
    JsonWriter j;
    const auto &info = g[boost::graph_bundle];
    j.beginObject();
    j.key("kind").value(kindName(info.kind));
    j.key("directed").value(info.directed);
    j.key("source").value(info.source);
    j.key("nodes").beginArray();
    for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
        const Node &n = g[v];
        j.beginObject();
        j.key("id").value(std::uint64_t(v));
        j.key("name").value(n.name);
        if (!n.label.empty())
            j.key("label").value(n.label);
        j.key("kind").value(kindName(n.kind));
        if (!n.file.empty())
            j.key("file").value(n.file);
        if (n.line)
            j.key("line").value(std::uint64_t(n.line));
        if (n.standing != Standing::None)
            j.key("standing").value(standingName(n.standing));
        if (metrics && v < metrics->communities.of.size())
            j.key("community").value(std::uint64_t(metrics->communities.of[v]));
        if (layout && v < layout->position.size())
            j.key("x").value(layout->position[v].x).key("y").value(layout->position[v].y);
        j.endObject();
    }
    j.endArray();
    j.key("edges").beginArray();
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        j.beginObject();
        j.key("source").value(std::uint64_t(boost::source(e, g)));
        j.key("target").value(std::uint64_t(boost::target(e, g)));
        j.key("weight").value(g[e].weight);
        j.key("kind").value(edgeKindName(g[e].kind));
        if (g[e].negative)
            j.key("negative").value(true);
        j.endObject();
    }
    j.endArray();
    if (metrics)
        j.key("metrics").raw(metricsJson(g, *metrics));
    j.endObject();
    return j.take();
}

std::string toSvg(const Graph &g, const Layout &layout, const Style &style)
{
    const std::size_t n = boost::num_vertices(g);
    const double w = std::max(layout.maxX - layout.minX, 1.0), h = std::max(layout.maxY - layout.minY, 1.0);
    // Around 30 px per unit, but no side above 4000 px: a huge graph becomes a dense picture,
    // not a file no viewer opens.
    const double scale = std::min(30.0, 4000.0 / std::max(w, h));
    const double margin = 20;
    const bool labels = n <= std::size_t(std::max(style.labelsUpTo, 0));
    const double r = std::clamp(scale * 0.25, 1.0, 8.0);
    auto X = [&](double x) { return (x - layout.minX) * scale + margin; };
    auto Y = [&](double y) { return (y - layout.minY) * scale + margin; };
    std::string s;
    s.reserve(200 + 80 * (n + boost::num_edges(g)));
    s += std::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} {1:.0f}\">\n"
                     "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
                     w * scale + 2 * margin, h * scale + 2 * margin);
    const bool directed = g[boost::graph_bundle].directed;
    const double opacity = n > 2000 ? 0.25 : 0.6;
    s += std::format("<g stroke=\"#555\" stroke-opacity=\"{}\" stroke-width=\"{}\">\n", opacity, n > 2000 ? 0.4 : 1.0);
    // A directed edge ends in an arrowhead at the target's rim, drawn as a triangle of its
    // own rather than an SVG marker: Qt's renderer (report.pdf, PNG pictures) draws no
    // marker set on a group, and a triangle looks the same in every viewer.
    const double head = std::clamp(r * 1.2, 2.0, 10.0), halfWidth = head * 0.45;
    std::string heads;
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        const Point &a = layout.position[boost::source(e, g)], &b = layout.position[boost::target(e, g)];
        const bool core = g[e].kind == EdgeKind::Core;
        double x2 = X(b.x), y2 = Y(b.y);
        const double dx = x2 - X(a.x), dy = y2 - Y(a.y), d = std::hypot(dx, dy);
        if (directed && d > r + head) {
            const double ux = dx / d, uy = dy / d;
            const double tipX = x2 - ux * r, tipY = y2 - uy * r;
            x2 = tipX - ux * head; // the line stops at the head's base
            y2 = tipY - uy * head;
            heads += std::format("<path d=\"M{:.1f},{:.1f}L{:.1f},{:.1f}L{:.1f},{:.1f}z\"{}/>\n", tipX, tipY, x2 - uy * halfWidth,
                                 y2 + ux * halfWidth, x2 + uy * halfWidth, y2 - ux * halfWidth, core ? " fill=\"#2e9d4a\"" : "");
        }
        s += std::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"{}/>\n", X(a.x), Y(a.y), x2, y2,
                         core ? " stroke=\"#2e9d4a\" stroke-dasharray=\"4 2\"" : "");
    }
    if (!heads.empty())
        s += std::format("</g>\n<g fill=\"#555\" fill-opacity=\"{}\" stroke=\"none\">\n", std::min(1.0, opacity + 0.2)) + heads;
    s += "</g>\n<g stroke=\"#222\" stroke-width=\"0.5\">\n";
    for (Vertex v = 0; v < n; ++v) {
        const Point &p = layout.position[v];
        s += std::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\" fill=\"#{:06x}\"><title>", X(p.x), Y(p.y), r,
                         nodeColour(g, v, style));
        // The full label in the tooltip; the text beside the node is cut (proof steps carry
        // their conclusion, which can be long).
        xmlEscape(s, displayLabel(g[v]));
        s += "</title></circle>\n";
    }
    s += "</g>\n";
    if (labels) {
        s += "<g font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\" fill=\"#111\">\n";
        for (Vertex v = 0; v < n; ++v) {
            const Point &p = layout.position[v];
            s += std::format("<text x=\"{:.1f}\" y=\"{:.1f}\">", X(p.x) + r + 2, Y(p.y) + 4);
            xmlEscape(s, shortLabel(g[v]));
            s += "</text>\n";
        }
        s += "</g>\n";
    }
    s += "</svg>\n";
    return s;
}

} // namespace proofdesk::graph
