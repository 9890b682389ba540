// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/graphimage.h"

#include <QPainter>

#include <algorithm>

namespace proofdesk::cli {

QImage renderGraph(const graph::Graph &g, const graph::Layout &layout, const graph::Style &style, int maxSide)
{
    const double w = std::max(1e-9, layout.maxX - layout.minX);
    const double h = std::max(1e-9, layout.maxY - layout.minY);
    const double margin = 20;
    const double scale = (maxSide - 2 * margin) / std::max(w, h);
    const int iw = std::max(64, static_cast<int>(w * scale + 2 * margin));
    const int ih = std::max(64, static_cast<int>(h * scale + 2 * margin));
    QImage image(iw, ih, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    auto at = [&](graph::Vertex v) {
        const auto &pt = layout.position[v];
        return QPointF((pt.x - layout.minX) * scale + margin, (pt.y - layout.minY) * scale + margin);
    };
    const std::size_t n = boost::num_vertices(g);
    // Many edges drawn faintly show density; few drawn firmly show structure.
    QPen edgePen(QColor(60, 60, 60, n > 2000 ? 40 : 140));
    edgePen.setWidthF(n > 2000 ? 0.5 : 1.0);
    p.setPen(edgePen);
    for (auto e : boost::make_iterator_range(boost::edges(g)))
        p.drawLine(at(boost::source(e, g)), at(boost::target(e, g)));
    const double r = std::clamp(scale * 0.25, 1.0, 8.0);
    p.setPen(n > 2000 ? Qt::NoPen : QPen(QColor(30, 30, 30), 0.5));
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
        p.setBrush(QColor::fromRgb(graph::nodeColour(g, v, style)));
        p.drawEllipse(at(v), r, r);
    }
    if (n <= std::size_t(std::max(style.labelsUpTo, 0))) {
        p.setPen(QColor(17, 17, 17));
        QFont font = p.font();
        font.setPixelSize(11);
        p.setFont(font);
        for (auto v : boost::make_iterator_range(boost::vertices(g)))
            p.drawText(at(v) + QPointF(r + 2, 4), QString::fromStdString(graph::shortLabel(g[v])));
    }
    return image;
}

} // namespace proofdesk::cli
