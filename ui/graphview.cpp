// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphview.h"

#include "graph/export.h"
#include "graph/graph.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <bit>
#include <cmath>

namespace proofdesk::ui {

namespace {

constexpr double kMinNodePixels = 2.0;   // discs smaller than this are drawn as density
constexpr double kMaxScale = 400.0;      // pixels per world unit
constexpr int kLabelsUpTo = 300;         // labels when at most this many nodes are in view

QString standingText(graph::Standing s)
{
    switch (s) {
    case graph::Standing::Proved: return GraphView::tr("proved");
    case graph::Standing::Failed: return GraphView::tr("failed");
    case graph::Standing::Unknown: return GraphView::tr("unknown");
    case graph::Standing::Admitted: return GraphView::tr("admitted");
    case graph::Standing::Error: return GraphView::tr("error");
    case graph::Standing::None: break;
    }
    return GraphView::tr("not checked");
}

} // namespace

GraphView::GraphView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    // Two threads at most: the machine is shared, and a tile takes milliseconds.
    m_pool.setMaxThreadCount(std::max(1, std::min(2, QThread::idealThreadCount())));
}

GraphView::~GraphView()
{
    cancelJobs(true);
    m_pool.waitForDone(); // renderers stop at their next cancellation check
}

void GraphView::setScene(std::shared_ptr<const GraphScene> scene)
{
    cancelJobs(true);
    m_cache.clear();
    m_scene = std::move(scene);
    ++m_generation;
    m_selected = -1;
    m_hover = -1;
    m_communitySizes.clear();
    if (m_scene && !m_scene->community.empty()) {
        std::vector<std::uint32_t> size(m_scene->communityCount, 0);
        for (auto c : m_scene->community)
            ++size[c];
        for (std::uint32_t c = 0; c < size.size(); ++c)
            m_communitySizes.emplace_back(size[c], c);
        std::sort(m_communitySizes.begin(), m_communitySizes.end(), std::greater<>());
    }
    m_standingCounts.fill(0);
    if (m_scene)
        for (auto s : m_scene->standing)
            ++m_standingCounts[std::size_t(s)];
    m_autoFit = true;
    fit();
}

void GraphView::setMaxNodesWithoutLod(int n)
{
    m_maxNodesWithoutLod = std::max(1, n);
    update();
}

void GraphView::setEdgeBudget(int n)
{
    m_edgeBudget = std::max(1, n);
    update();
}

void GraphView::setLabelsShown(bool shown)
{
    m_labels = shown;
    update();
}

void GraphView::setColouring(GraphColouring c)
{
    if (c == m_colouring)
        return;
    m_colouring = c;
    update(); // tiles are keyed by colouring; the others stay cached for switching back
}

// --- geometry ------------------------------------------------------------------------------

void GraphView::fit()
{
    if (!m_scene) {
        m_scale = 1;
        m_centre = {};
        update();
        return;
    }
    const QRectF b = m_scene->bounds;
    const double margin = 16;
    const double w = std::max(1.0, width() - 2 * margin), h = std::max(1.0, height() - 2 * margin);
    m_scale = std::min(kMaxScale, std::min(w / b.width(), h / b.height()));
    m_centre = b.center();
    update();
}

void GraphView::zoomBy(double factor, QPointF anchor)
{
    if (!m_scene)
        return;
    const QRectF b = m_scene->bounds;
    const double fitScale = std::min(width() / b.width(), height() / b.height());
    const double next = std::clamp(m_scale * factor, fitScale / 8, kMaxScale);
    const QPointF world = screenToWorld(anchor);
    m_scale = next;
    m_centre = world - (anchor - QRectF(rect()).center()) / m_scale;
    m_autoFit = false;
    update();
}

void GraphView::centreOn(QPointF world)
{
    m_centre = world;
    m_autoFit = false;
    update();
}

void GraphView::panBy(QPointF pixels)
{
    m_centre -= pixels / m_scale;
    m_autoFit = false;
    update();
}

QPointF GraphView::worldToScreen(QPointF world) const
{
    return (world - m_centre) * m_scale + QRectF(rect()).center();
}

QPointF GraphView::screenToWorld(QPointF screen) const
{
    return (screen - QRectF(rect()).center()) / m_scale + m_centre;
}

QPointF GraphView::nodeScreenPosition(int node) const
{
    return m_scene && node >= 0 && std::size_t(node) < m_scene->size() ? worldToScreen(m_scene->position[node]) : QPointF();
}

double GraphView::nodeRadiusPx() const
{
    return std::clamp(kNodeWorldRadius * m_scale, 1.0, 14.0);
}

int GraphView::nodeAtScreen(QPointF pos) const
{
    if (!m_scene)
        return -1;
    // A few pixels of slack so that small discs can still be hit.
    return m_scene->nodeAt(screenToWorld(pos), std::max(nodeRadiusPx(), 4.0) / m_scale);
}

void GraphView::selectNode(int node)
{
    if (!m_scene || node < -1 || (node >= 0 && std::size_t(node) >= m_scene->size()))
        node = -1;
    if (node == m_selected)
        return;
    m_selected = node;
    update();
    emit selectionChanged(node);
}

bool GraphView::find(const QString &text)
{
    if (!m_scene)
        return false;
    const int node = m_scene->find(text);
    if (node < 0)
        return false;
    selectNode(node);
    // Close enough to see the node as a disc with its neighbours around it.
    if (nodeRadiusPx() < 5)
        m_scale = std::min(kMaxScale, 6 / kNodeWorldRadius);
    centreOn(m_scene->position[node]);
    return true;
}

// --- tiles ---------------------------------------------------------------------------------

GraphView::ViewParams GraphView::currentParams() const
{
    ViewParams p;
    if (!m_scene || m_scene->size() == 0)
        return p;
    // Decided per zoom level (not per position) so that tiles of one zoom agree with each
    // other: the nodes in view are estimated from the share of the graph's area in view.
    const QRectF b = m_scene->bounds;
    const double viewArea = (width() / m_scale) * (height() / m_scale);
    const double share = std::min(1.0, viewArea / std::max(1e-12, b.width() * b.height()));
    const double visible = share * double(m_scene->size());
    p.lod = 2 * kNodeWorldRadius * m_scale < kMinNodePixels || visible > m_maxNodesWithoutLod;
    if (p.lod) {
        const double visibleEdges = share * double(m_scene->edges.size());
        p.stride = std::max<std::uint32_t>(1, std::uint32_t(std::ceil(visibleEdges / m_edgeBudget)));
    }
    return p;
}

GraphView::TileKey GraphView::keyFor(int tx, int ty) const
{
    const ViewParams p = currentParams();
    return TileKey{m_generation, std::bit_cast<quint64>(m_scale), p.lod, p.stride, int(m_colouring), tx, ty};
}

QRectF GraphView::tileWorldRect(int tx, int ty) const
{
    const double s = kTileSize / m_scale;
    return QRectF(tx * s, ty * s, s, s);
}

// The tiles covering the widget: tile (tx, ty) spans world [tx, tx+1) * kTileSize / scale,
// anchored at the world origin so that panning keeps the same tiles.
struct TileRange {
    int x0, y0, x1, y1;
};

static TileRange visibleTiles(const GraphView &v)
{
    const QPointF a = v.screenToWorld(QPointF(0, 0)), b = v.screenToWorld(QPointF(v.width(), v.height()));
    const double s = GraphView::kTileSize / v.scale();
    return {int(std::floor(a.x() / s)), int(std::floor(a.y() / s)), int(std::floor(b.x() / s)),
            int(std::floor(b.y() / s))};
}

bool GraphView::isComplete() const
{
    if (!m_scene)
        return true;
    const TileRange r = visibleTiles(*this);
    for (int ty = r.y0; ty <= r.y1; ++ty)
        for (int tx = r.x0; tx <= r.x1; ++tx)
            if (!m_cache.contains(keyFor(tx, ty)))
                return false;
    return true;
}

void GraphView::requestTiles()
{
    if (!m_scene)
        return;
    const TileRange r = visibleTiles(*this);
    const ViewParams params = currentParams();
    const TileKey probe = keyFor(0, 0);
    // Jobs for another zoom, colouring or detail are useless now.
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        const TileKey &k = it.key();
        if (k.scaleBits != probe.scaleBits || k.colouring != probe.colouring || k.generation != probe.generation)
            it->cancel->store(true);
    }
    std::vector<std::pair<double, TileKey>> missing;
    const QPointF centre((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
    for (int ty = r.y0; ty <= r.y1; ++ty)
        for (int tx = r.x0; tx <= r.x1; ++tx) {
            const TileKey k = keyFor(tx, ty);
            if (m_cache.contains(k) || m_jobs.contains(k))
                continue;
            missing.emplace_back(std::hypot(tx - centre.x(), ty - centre.y()), k);
        }
    // Centre first: the eye goes there.
    std::sort(missing.begin(), missing.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[distance, k] : missing) {
        Q_UNUSED(distance);
        TileParams tp;
        tp.world = tileWorldRect(k.tx, k.ty);
        tp.pixels = QSize(kTileSize, kTileSize);
        tp.scale = m_scale;
        tp.levelOfDetail = params.lod;
        tp.edgeStride = params.stride;
        tp.colouring = m_colouring;
        tp.devicePixelRatio = devicePixelRatioF();
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        auto *watcher = new QFutureWatcher<QImage>(this);
        const double scale = m_scale;
        const TileKey key = k;
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, key, scale] { tileDone(key, scale); });
        watcher->setFuture(QtConcurrent::run(&m_pool, [scene = m_scene, tp, cancel] {
            return cancel->load() ? QImage() : renderTile(*scene, tp, cancel.get());
        }));
        m_jobs.insert(k, Job{cancel, watcher});
    }
}

void GraphView::tileDone(const TileKey &key, double scale)
{
    auto it = m_jobs.find(key);
    if (it == m_jobs.end())
        return;
    QFutureWatcher<QImage> *watcher = it->watcher;
    const bool cancelled = it->cancel->load();
    m_jobs.erase(it);
    const QImage image = watcher->result();
    watcher->deleteLater();
    if (cancelled || image.isNull() || key.generation != m_generation)
        return;
    ++m_tilesRendered;
    m_cache.insert(key, Tile{image, scale, ++m_useClock, key.tx, key.ty});
    evict();
    update();
    if (isComplete())
        emit viewComplete();
}

void GraphView::cancelJobs(bool all)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        if (all || it.key().generation != m_generation)
            it->cancel->store(true);
}

void GraphView::evict()
{
    while (m_cache.size() > kMaxCachedTiles) {
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        m_cache.erase(oldest);
    }
}

QImage GraphView::renderDirect() const
{
    QImage image(size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (!m_scene)
        return image;
    const ViewParams params = currentParams();
    TileParams tp;
    tp.world = QRectF(screenToWorld(QPointF(0, 0)), screenToWorld(QPointF(width(), height())));
    tp.pixels = size();
    tp.scale = m_scale;
    tp.levelOfDetail = params.lod;
    tp.edgeStride = params.stride;
    tp.colouring = m_colouring;
    return renderTile(*m_scene, tp);
}

// --- painting ------------------------------------------------------------------------------

void GraphView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_scene) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No graph"));
        return;
    }
    const TileRange r = visibleTiles(*this);
    const double s = kTileSize / m_scale;
    QRegion missing;
    std::vector<std::pair<QRect, const Tile *>> current;
    for (int ty = r.y0; ty <= r.y1; ++ty)
        for (int tx = r.x0; tx <= r.x1; ++tx) {
            const QRectF screen(worldToScreen(QPointF(tx * s, ty * s)), QSizeF(kTileSize, kTileSize));
            const QRect target = screen.toAlignedRect();
            auto it = m_cache.find(keyFor(tx, ty));
            if (it == m_cache.end()) {
                missing += target;
                continue;
            }
            it->lastUsed = ++m_useClock;
            current.emplace_back(target, &*it);
        }
    if (!missing.isEmpty()) {
        // Progressive drawing: tiles of other zooms stand in, scaled, until the new ones come.
        p.save();
        p.setClipRegion(missing);
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        std::vector<const Tile *> others;
        const TileKey probe = keyFor(0, 0);
        for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
            if (it.key().generation == m_generation && it.key().colouring == probe.colouring &&
                it.key().scaleBits != probe.scaleBits)
                others.push_back(&*it);
        // Farthest zoom first, so the closest one ends on top.
        std::sort(others.begin(), others.end(), [this](const Tile *a, const Tile *b) {
            return std::abs(std::log(a->scale / m_scale)) > std::abs(std::log(b->scale / m_scale));
        });
        for (const Tile *t : others) {
            const double ts = kTileSize / t->scale;
            const QRectF world(t->tx * ts, t->ty * ts, ts, ts);
            const QRectF screen(worldToScreen(world.topLeft()), worldToScreen(world.bottomRight()));
            if (screen.intersects(rect()))
                p.drawImage(screen, t->image);
        }
        p.restore();
    }
    for (const auto &[target, tile] : current)
        p.drawImage(target.topLeft(), tile->image);
    drawOverlay(p);
    if (!missing.isEmpty())
        requestTiles();
}

void GraphView::drawOverlay(QPainter &p)
{
    p.setRenderHint(QPainter::Antialiasing);
    const double radius = nodeRadiusPx();
    const ViewParams params = currentParams();
    // Labels only when few nodes are in view and discs are big enough to carry them; a label
    // that would overlap one already placed is left out, best-connected nodes first.
    if (m_labels && !params.lod && radius >= 4) {
        const QRectF world(screenToWorld(QPointF(0, 0)), screenToWorld(QPointF(width(), height())));
        if (m_scene->grid.countIn(world) <= kLabelsUpTo) {
            std::vector<std::uint32_t> shown;
            const auto range = m_scene->grid.range(world);
            for (int cy = range.y0; cy <= range.y1; ++cy)
                for (int cx = range.x0; cx <= range.x1; ++cx)
                    for (std::uint32_t v : m_scene->grid.nodesIn(cx, cy))
                        if (int(v) != m_selected) // drawn in bold below
                            shown.push_back(v);
            std::stable_sort(shown.begin(), shown.end(),
                             [this](std::uint32_t a, std::uint32_t b) { return m_scene->degree[a] > m_scene->degree[b]; });
            const QFontMetricsF fm(font());
            std::vector<QRectF> placed;
            p.setPen(QColor(20, 20, 20));
            for (std::uint32_t v : shown) {
                const QPointF at = worldToScreen(m_scene->position[v]) + QPointF(radius + 2, 4);
                const QRectF box = fm.boundingRect(m_scene->label[v]).translated(at);
                if (std::any_of(placed.begin(), placed.end(), [&](const QRectF &r) { return r.intersects(box); }))
                    continue;
                placed.push_back(box);
                p.drawText(at, m_scene->label[v]);
            }
        }
    }
    const auto ring = [&](int node, const QColor &colour, double width) {
        if (node < 0)
            return;
        QPen pen(colour, width);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const double rr = std::max(radius, 3.0) + width;
        p.drawEllipse(nodeScreenPosition(node), rr, rr);
    };
    ring(m_hover, QColor(0, 0, 0, 140), 1.5);
    if (m_selected >= 0) {
        ring(m_selected, QColor(230, 30, 30), 2.5);
        const QPointF at = nodeScreenPosition(m_selected);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(QColor(150, 0, 0));
        p.drawText(at + QPointF(std::max(radius, 3.0) + 5, -6), m_scene->label[m_selected]);
        p.setFont(font());
    }
    drawLegend(p);
}

void GraphView::drawLegend(QPainter &p)
{
    struct Entry {
        QRgb colour;
        QString text;
    };
    std::vector<Entry> entries;
    if (m_colouring == GraphColouring::Community && !m_communitySizes.empty()) {
        const std::size_t shown = std::min<std::size_t>(6, m_communitySizes.size());
        for (std::size_t i = 0; i < shown; ++i) {
            const auto [size, c] = m_communitySizes[i];
            entries.push_back({0xff000000u | graph::communityColour(c), tr("community %1: %n node(s)", nullptr, int(size)).arg(c + 1)});
        }
        if (m_communitySizes.size() > shown)
            entries.push_back({qRgba(0, 0, 0, 0), tr("… %n more communities", nullptr, int(m_communitySizes.size() - shown))});
    } else if (m_colouring == GraphColouring::Standing) {
        const auto &count = m_standingCounts;
        for (std::size_t s = 0; s < count.size(); ++s)
            if (count[s])
                entries.push_back({0xff000000u | graph::standingColour(graph::Standing(s)),
                                   tr("%1: %2").arg(standingText(graph::Standing(s))).arg(count[s])});
    }
    const ViewParams params = currentParams();
    if (params.lod)
        entries.push_back({qRgba(0, 0, 0, 0), params.stride > 1 ? tr("level of detail: 1 edge in %1").arg(params.stride)
                                                                : tr("level of detail")});
    if (entries.empty())
        return;
    const QFontMetrics fm(font());
    int w = 0;
    for (const auto &e : entries)
        w = std::max(w, fm.horizontalAdvance(e.text));
    const int lineH = fm.height() + 2;
    const QRect box(8, 8, w + 34, int(entries.size()) * lineH + 8);
    p.setPen(QColor(0, 0, 0, 60));
    p.setBrush(QColor(255, 255, 255, 220));
    p.drawRoundedRect(box, 4, 4);
    int y = box.top() + 4;
    for (const auto &e : entries) {
        if (qAlpha(e.colour)) {
            p.setPen(QColor(30, 30, 30));
            p.setBrush(QColor::fromRgb(e.colour));
            p.drawEllipse(QPointF(box.left() + 12, y + lineH / 2.0), 5, 5);
        }
        p.setPen(QColor(20, 20, 20));
        p.drawText(QRect(box.left() + 24, y, w + 8, lineH), Qt::AlignVCenter | Qt::AlignLeft, e.text);
        y += lineH;
    }
}

QString GraphView::toolTipFor(int node) const
{
    const GraphScene &s = *m_scene;
    QString text = QStringLiteral("<b>%1</b>").arg(s.label[node].toHtmlEscaped());
    if (s.label[node] != s.name[node])
        text += QStringLiteral("<br>%1").arg(s.name[node].toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("%1, degree %2")
                                          .arg(QString::fromUtf8(graph::kindName(s.nodeKind[node])))
                                          .arg(s.degree[node]);
    if (!s.community.empty())
        text += QStringLiteral("<br>") + tr("community %1 of %2").arg(s.community[node] + 1).arg(s.communityCount);
    if (s.standing[node] != graph::Standing::None)
        text += QStringLiteral("<br>") + tr("standing: %1").arg(standingText(s.standing[node]));
    if (s.line[node])
        text += QStringLiteral("<br>") + tr("line %1").arg(s.line[node]);
    return text;
}

// --- input ---------------------------------------------------------------------------------

void GraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_autoFit)
        fit();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(2.0, steps / 4), event->position());
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressCentre = m_centre;
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 3) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_centre = m_pressCentre - QPointF(pos - m_pressPos) / m_scale;
            m_autoFit = false;
            update();
        }
        return;
    }
    const int node = nodeAtScreen(pos);
    if (node != m_hover) {
        m_hover = node;
        update();
    }
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const int node = nodeAtScreen(event->position());
    selectNode(node);
    if (node >= 0)
        emit nodeActivated(node, m_scene->file[node], int(m_scene->line[node]));
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const double step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25); break;
    case Qt::Key_Minus: zoomBy(0.8); break;
    case Qt::Key_0:
    case Qt::Key_F: m_autoFit = true; fit(); break;
    case Qt::Key_Left: panBy(QPointF(step, 0)); break;
    case Qt::Key_Right: panBy(QPointF(-step, 0)); break;
    case Qt::Key_Up: panBy(QPointF(0, step)); break;
    case Qt::Key_Down: panBy(QPointF(0, -step)); break;
    default: return QWidget::keyPressEvent(event);
    }
    event->accept();
}

bool GraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_scene) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAtScreen(help->pos());
        if (node >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(node), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace proofdesk::ui
