// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphscene.h"

#include "graph/export.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace proofdesk::ui {

namespace {

// An edge listed in more cells than this goes to the long-edge list instead.
constexpr int kMaxEdgeCells = 16;
constexpr int kMaxGridSide = 2048;

std::uint32_t mix(std::uint32_t x)
{
    // A cheap integer hash, so that thinned-out edges are spread over the graph instead of
    // keeping one contiguous (and thus structured) block of the edge list.
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

template<class Fill>
void buildCsr(std::size_t cells, std::vector<std::uint32_t> &start, std::vector<std::uint32_t> &items, Fill fill)
{
    start.assign(cells + 1, 0);
    fill([&](std::size_t cell, std::uint32_t) { ++start[cell + 1]; });
    for (std::size_t i = 0; i < cells; ++i)
        start[i + 1] += start[i];
    items.resize(start[cells]);
    std::vector<std::uint32_t> cursor(start.begin(), start.end() - 1);
    fill([&](std::size_t cell, std::uint32_t item) { items[cursor[cell]++] = item; });
}

} // namespace

// --- SpatialGrid -------------------------------------------------------------------------

int SpatialGrid::cellX(double x) const
{
    return std::clamp(static_cast<int>(std::floor((x - m_x0) / m_cell)), 0, std::max(0, m_cols - 1));
}

int SpatialGrid::cellY(double y) const
{
    return std::clamp(static_cast<int>(std::floor((y - m_y0) / m_cell)), 0, std::max(0, m_rows - 1));
}

void SpatialGrid::build(std::span<const QPointF> positions,
                        std::span<const std::pair<std::uint32_t, std::uint32_t>> edges, const QRectF &bounds)
{
    const double n = std::max<double>(1, static_cast<double>(positions.size()));
    m_x0 = bounds.left();
    m_y0 = bounds.top();
    // About four nodes per cell on average, and never more than kMaxGridSide cells a side.
    const double area = std::max(1e-9, bounds.width() * bounds.height());
    m_cell = std::max({std::sqrt(area * 4 / n), bounds.width() / kMaxGridSide, bounds.height() / kMaxGridSide, 1e-9});
    m_cols = std::max(1, static_cast<int>(std::ceil(bounds.width() / m_cell)) + 1);
    m_rows = std::max(1, static_cast<int>(std::ceil(bounds.height() / m_cell)) + 1);
    const std::size_t cells = std::size_t(m_cols) * std::size_t(m_rows);

    buildCsr(cells, m_nodeStart, m_nodes, [&](auto add) {
        for (std::size_t i = 0; i < positions.size(); ++i)
            add(std::size_t(cellY(positions[i].y())) * m_cols + cellX(positions[i].x()), std::uint32_t(i));
    });
    m_longEdges.clear();
    int pass = 0; // buildCsr runs the fill twice (count, then place): collect long edges once
    buildCsr(cells, m_edgeStart, m_edges, [&](auto add) {
        const bool first = pass++ == 0;
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const QPointF a = positions[edges[i].first], b = positions[edges[i].second];
            const int x0 = cellX(std::min(a.x(), b.x())), x1 = cellX(std::max(a.x(), b.x()));
            const int y0 = cellY(std::min(a.y(), b.y())), y1 = cellY(std::max(a.y(), b.y()));
            if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxEdgeCells) {
                if (first)
                    m_longEdges.push_back(std::uint32_t(i));
                continue;
            }
            for (int y = y0; y <= y1; ++y)
                for (int x = x0; x <= x1; ++x)
                    add(std::size_t(y) * m_cols + x, std::uint32_t(i));
        }
    });
    m_sat.assign(std::size_t(m_cols + 1) * std::size_t(m_rows + 1), 0);
    const auto at = [&](int x, int y) -> std::uint64_t & { return m_sat[std::size_t(y) * (m_cols + 1) + x]; };
    for (int y = 0; y < m_rows; ++y)
        for (int x = 0; x < m_cols; ++x) {
            const std::size_t c = std::size_t(y) * m_cols + x;
            at(x + 1, y + 1) = (m_nodeStart[c + 1] - m_nodeStart[c]) + at(x, y + 1) + at(x + 1, y) - at(x, y);
        }
}

std::span<const std::uint32_t> SpatialGrid::nodesIn(int cx, int cy) const
{
    const std::size_t c = std::size_t(cy) * m_cols + cx;
    return {m_nodes.data() + m_nodeStart[c], m_nodeStart[c + 1] - m_nodeStart[c]};
}

std::span<const std::uint32_t> SpatialGrid::edgesIn(int cx, int cy) const
{
    const std::size_t c = std::size_t(cy) * m_cols + cx;
    return {m_edges.data() + m_edgeStart[c], m_edgeStart[c + 1] - m_edgeStart[c]};
}

SpatialGrid::Range SpatialGrid::range(const QRectF &world) const
{
    if (m_cols == 0 || world.right() < m_x0 || world.bottom() < m_y0 || world.left() > m_x0 + m_cols * m_cell ||
        world.top() > m_y0 + m_rows * m_cell)
        return {};
    return {cellX(world.left()), cellY(world.top()), cellX(world.right()), cellY(world.bottom())};
}

std::uint64_t SpatialGrid::countIn(const QRectF &world) const
{
    const Range r = range(world);
    if (r.x1 < r.x0 || r.y1 < r.y0)
        return 0;
    const auto at = [&](int x, int y) { return m_sat[std::size_t(y) * (m_cols + 1) + x]; };
    return at(r.x1 + 1, r.y1 + 1) - at(r.x0, r.y1 + 1) - at(r.x1 + 1, r.y0) + at(r.x0, r.y0);
}

// --- GraphScene --------------------------------------------------------------------------

int GraphScene::nodeAt(QPointF world, double radius) const
{
    const QRectF box(world.x() - radius, world.y() - radius, 2 * radius, 2 * radius);
    const auto r = grid.range(box);
    int best = -1;
    double bestD = radius * radius;
    for (int y = r.y0; y <= r.y1; ++y)
        for (int x = r.x0; x <= r.x1; ++x)
            for (std::uint32_t v : grid.nodesIn(x, y)) {
                const QPointF d = position[v] - world;
                const double dd = d.x() * d.x() + d.y() * d.y();
                if (dd <= bestD) {
                    bestD = dd;
                    best = int(v);
                }
            }
    return best;
}

int GraphScene::find(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    for (std::size_t i = 0; i < size(); ++i)
        if (name[i] == t)
            return int(i);
    for (std::size_t i = 0; i < size(); ++i)
        if (label[i] == t)
            return int(i);
    for (std::size_t i = 0; i < size(); ++i)
        if (name[i].contains(t, Qt::CaseInsensitive) || label[i].contains(t, Qt::CaseInsensitive))
            return int(i);
    return -1;
}

std::shared_ptr<const GraphScene> makeScene(const graph::Graph &g, const graph::Layout &layout,
                                            std::span<const std::uint32_t> community)
{
    auto s = std::make_shared<GraphScene>();
    const auto &info = g[boost::graph_bundle];
    s->kind = info.kind;
    s->directed = info.directed;
    s->source = QString::fromStdString(info.source);
    const std::size_t n = boost::num_vertices(g);
    s->position.resize(n);
    s->name.resize(n);
    s->label.resize(n);
    s->line.resize(n);
    s->file.resize(n);
    s->nodeKind.resize(n);
    s->standing.resize(n);
    s->degree.assign(n, 0);
    s->communityColour.resize(n);
    s->standingColour.resize(n);
    graph::Style kindStyle;
    kindStyle.colourBy = graph::ColourBy::Kind;
    if (community.size() == n) {
        s->community.assign(community.begin(), community.end());
        for (auto c : community)
            s->communityCount = std::max(s->communityCount, c + 1);
    }
    for (std::size_t v = 0; v < n; ++v) {
        const auto &node = g[v];
        const auto p = v < layout.position.size() ? layout.position[v] : graph::Point{};
        s->position[v] = QPointF(p.x, p.y);
        s->name[v] = QString::fromStdString(node.name);
        s->label[v] = QString::fromStdString(graph::displayLabel(node));
        s->line[v] = node.line;
        if (!node.file.empty() && node.file != info.source)
            s->file[v] = QString::fromStdString(node.file);
        s->nodeKind[v] = node.kind;
        s->standing[v] = node.standing;
        s->communityColour[v] = 0xff000000u | (s->community.empty() ? graph::nodeColour(g, v, kindStyle)
                                                                    : graph::communityColour(s->community[v]));
        s->standingColour[v] = 0xff000000u | graph::standingColour(node.standing);
    }
    s->edges.reserve(boost::num_edges(g));
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        const auto a = std::uint32_t(boost::source(e, g)), b = std::uint32_t(boost::target(e, g));
        if (a == b)
            continue;
        s->edges.emplace_back(a, b);
        ++s->degree[a];
        ++s->degree[b];
    }
    if (n == 0) {
        s->bounds = QRectF(-1, -1, 2, 2);
    } else {
        double x0 = s->position[0].x(), x1 = x0, y0 = s->position[0].y(), y1 = y0;
        for (const QPointF &p : s->position) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
        // A margin of one node so that discs on the border are inside the bounds.
        s->bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1)).adjusted(-1, -1, 1, 1);
    }
    s->grid.build(s->position, s->edges, s->bounds);
    return s;
}

void packComponents(graph::Layout &layout, std::span<const std::uint32_t> component, std::uint32_t count)
{
    const std::size_t n = layout.position.size();
    if (count < 2 || component.size() != n)
        return;
    struct Box {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        std::size_t nodes = 0;
        double dx = 0, dy = 0; // translation found by the packing
    };
    std::vector<Box> box(count);
    for (std::size_t v = 0; v < n; ++v) {
        Box &b = box[component[v]];
        const auto &p = layout.position[v];
        b.x0 = std::min(b.x0, p.x), b.x1 = std::max(b.x1, p.x);
        b.y0 = std::min(b.y0, p.y), b.y1 = std::max(b.y1, p.y);
        ++b.nodes;
    }
    const double gap = 1.5;
    double area = 0;
    std::vector<std::uint32_t> order;
    for (std::uint32_t c = 0; c < count; ++c)
        if (box[c].nodes) {
            order.push_back(c);
            area += (box[c].x1 - box[c].x0 + gap) * (box[c].y1 - box[c].y0 + gap);
        }
    // Tallest first, then by size: shelves of similar heights waste little space.
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const double ha = box[a].y1 - box[a].y0, hb = box[b].y1 - box[b].y0;
        return ha != hb ? ha > hb : box[a].nodes > box[b].nodes;
    });
    const double widest = box[order.front()].x1 - box[order.front()].x0 + gap;
    const double rowWidth = std::max(widest, std::sqrt(area) * 1.3); // about 4:3 overall
    double x = 0, y = 0, rowHeight = 0;
    for (std::uint32_t c : order) {
        Box &b = box[c];
        const double w = b.x1 - b.x0 + gap, h = b.y1 - b.y0 + gap;
        if (x > 0 && x + w > rowWidth) {
            x = 0;
            y += rowHeight;
            rowHeight = 0;
        }
        b.dx = x - b.x0;
        b.dy = y - b.y0;
        x += w;
        rowHeight = std::max(rowHeight, h);
    }
    for (std::size_t v = 0; v < n; ++v) {
        layout.position[v].x += box[component[v]].dx;
        layout.position[v].y += box[component[v]].dy;
    }
    layout.updateBounds();
}

// --- tiles -------------------------------------------------------------------------------

QImage renderTile(const GraphScene &scene, const TileParams &p, const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const qreal dpr = p.devicePixelRatio;
    QImage image(QSize(qRound(p.pixels.width() * dpr), qRound(p.pixels.height() * dpr)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    const double scale = p.scale;
    const QPointF origin = p.world.topLeft();
    const auto toTile = [&](QPointF w) { return (w - origin) * scale; };
    const double radiusPx = std::clamp(kNodeWorldRadius * scale, 1.0, 14.0);
    // Discs drawn at radiusPx may reach in from nodes just outside the tile.
    const double marginWorld = radiusPx / scale;
    const QRectF area = p.world.adjusted(-marginWorld, -marginWorld, marginWorld, marginWorld);
    const auto &colours = scene.colours(p.colouring);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, !p.levelOfDetail);

    // Edges: each edge is listed in every cell its bounding box covers; draw it only from
    // the first of those cells inside this tile's range, so that it is drawn once.
    {
        const bool many = scene.edges.size() > 5000 || p.levelOfDetail;
        QPen pen(QColor(60, 60, 60, many ? (p.levelOfDetail ? 45 : 70) : 150));
        pen.setWidthF(many ? 0.6 : 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        std::vector<QLineF> lines;
        lines.reserve(4096);
        const auto flush = [&] {
            painter.drawLines(lines.data(), int(lines.size()));
            lines.clear();
        };
        const auto keep = [&](std::uint32_t e) { return p.edgeStride <= 1 || mix(e) % p.edgeStride == 0; };
        const auto &grid = scene.grid;
        const auto r = grid.range(area);
        for (int cy = r.y0; cy <= r.y1; ++cy) {
            if (cancelled())
                return {};
            for (int cx = r.x0; cx <= r.x1; ++cx)
                for (std::uint32_t e : grid.edgesIn(cx, cy)) {
                    const QPointF a = scene.position[scene.edges[e].first], b = scene.position[scene.edges[e].second];
                    const int ex0 = grid.cellX(std::min(a.x(), b.x())), ey0 = grid.cellY(std::min(a.y(), b.y()));
                    if (std::max(ex0, r.x0) != cx || std::max(ey0, r.y0) != cy || !keep(e))
                        continue;
                    lines.emplace_back(toTile(a), toTile(b));
                    if (lines.size() == 4096)
                        flush();
                }
        }
        for (std::uint32_t e : grid.longEdges()) {
            const QPointF a = scene.position[scene.edges[e].first], b = scene.position[scene.edges[e].second];
            if (QRectF(a, b).normalized().intersects(area) && keep(e))
                lines.emplace_back(toTile(a), toTile(b));
        }
        flush();
        if (scene.directed && !p.levelOfDetail && radiusPx >= 3) {
            // Arrowheads at the target's rim: dependencies point from user to used.
            painter.setBrush(QColor(60, 60, 60, 150));
            painter.setPen(Qt::NoPen);
            for (const auto &[s, t] : scene.edges) {
                const QPointF a = toTile(scene.position[s]), b = toTile(scene.position[t]);
                const QPointF d = b - a;
                const double len = std::hypot(d.x(), d.y());
                if (len < 2 * radiusPx || !area.contains(scene.position[t]))
                    continue;
                const QPointF u = d / len, nrm(-u.y(), u.x());
                const QPointF tip = b - u * radiusPx;
                const double h = std::max(5.0, radiusPx * 0.8);
                const QPointF poly[3] = {tip, tip - u * h + nrm * h * 0.45, tip - u * h - nrm * h * 0.45};
                painter.drawPolygon(poly, 3);
            }
        }
    }

    const auto r = scene.grid.range(area);
    if (!p.levelOfDetail) {
        painter.setPen(scene.size() > 2000 ? QPen(Qt::NoPen) : QPen(QColor(30, 30, 30), 0.6));
        for (int cy = r.y0; cy <= r.y1; ++cy) {
            if (cancelled())
                return {};
            for (int cx = r.x0; cx <= r.x1; ++cx)
                for (std::uint32_t v : scene.grid.nodesIn(cx, cy)) {
                    painter.setBrush(QColor::fromRgb(colours[v]));
                    painter.drawEllipse(toTile(scene.position[v]), radiusPx, radiusPx);
                }
        }
        return image;
    }
    painter.end();

    // Level of detail: a density raster. Each device pixel averages the colours of the nodes
    // that fall in it; its opacity grows with their number, so dense communities read as
    // solid patches and sparse ones as dust.
    const int w = image.width(), h = image.height();
    std::vector<float> acc(std::size_t(w) * h * 4, 0.0f);
    const double k = scale * dpr;
    for (int cy = r.y0; cy <= r.y1; ++cy) {
        if (cancelled())
            return {};
        for (int cx = r.x0; cx <= r.x1; ++cx)
            for (std::uint32_t v : scene.grid.nodesIn(cx, cy)) {
                const QPointF q = (scene.position[v] - origin) * k;
                const int x = int(std::floor(q.x())), y = int(std::floor(q.y()));
                if (x < 0 || y < 0 || x >= w || y >= h)
                    continue;
                float *a = &acc[(std::size_t(y) * w + x) * 4];
                const QRgb c = colours[v];
                a[0] += float(qRed(c));
                a[1] += float(qGreen(c));
                a[2] += float(qBlue(c));
                a[3] += 1.0f;
            }
    }
    for (int y = 0; y < h; ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const float *a = &acc[(std::size_t(y) * w + x) * 4];
            if (a[3] == 0)
                continue;
            const float alpha = std::min(1.0f, 0.55f + 0.2f * std::log2(a[3]));
            const QRgb under = row[x];
            const auto blend = [&](float sum, int base) { return int(sum / a[3] * alpha + float(base) * (1 - alpha)); };
            row[x] = qRgb(blend(a[0], qRed(under)), blend(a[1], qGreen(under)), blend(a[2], qBlue(under)));
        }
    }
    return image;
}

} // namespace proofdesk::ui
