// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A custom-drawn view of a laid-out structure graph. The picture is made of 256-pixel tiles
// rendered off the GUI thread (QtConcurrent on the view's own pool) and kept in a cache, so
// panning redraws cached images and only newly exposed tiles are rendered; while a tile is
// missing, tiles of an earlier zoom are shown scaled in its place. Hit tests go through the
// scene's spatial grid. Large views switch to a level of detail: a density raster for nodes
// and a hashed subset of the edges.

#include "ui/graphscene.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <array>
#include <atomic>
#include <memory>

namespace proofdesk::ui {

class GraphView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int maxNodesWithoutLod READ maxNodesWithoutLod WRITE setMaxNodesWithoutLod)
    Q_PROPERTY(int edgeBudget READ edgeBudget WRITE setEdgeBudget)
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    void setScene(std::shared_ptr<const GraphScene> scene);
    const std::shared_ptr<const GraphScene> &scene() const { return m_scene; }
    void clear() { setScene(nullptr); }

    // The largest number of nodes in view that is drawn node by node; more (or nodes smaller
    // than about 2 pixels) are drawn as a density raster.
    int maxNodesWithoutLod() const { return m_maxNodesWithoutLod; }
    void setMaxNodesWithoutLod(int n);
    // At most about this many edges are drawn per view under level of detail.
    int edgeBudget() const { return m_edgeBudget; }
    void setEdgeBudget(int n);
    static constexpr int kDefaultMaxNodesWithoutLod = 20000;
    static constexpr int kDefaultEdgeBudget = 60000;

    // Node names next to the discs when few nodes are in view.
    void setLabelsShown(bool shown);
    bool labelsShown() const { return m_labels; }

    void setColouring(GraphColouring c);
    GraphColouring colouring() const { return m_colouring; }

    // Geometry: the whole graph in view; zoom by a factor keeping `anchor` (widget
    // coordinates) in place; centre a world point.
    void fit();
    void zoomBy(double factor, QPointF anchor);
    void zoomBy(double factor) { zoomBy(factor, QRectF(rect()).center()); }
    void centreOn(QPointF world);
    void panBy(QPointF pixels);
    double scale() const { return m_scale; }
    QPointF worldToScreen(QPointF world) const;
    QPointF screenToWorld(QPointF screen) const;
    QPointF nodeScreenPosition(int node) const;
    // The node drawn at a widget position; -1 when none.
    int nodeAtScreen(QPointF pos) const;

    int selectedNode() const { return m_selected; }
    void selectNode(int node); // -1 clears
    // Selects the node named (or labelled, or containing) `text` and centres it.
    bool find(const QString &text);

    // Whether the current view is drawn with level of detail, and the edge stride used.
    bool levelOfDetail() const { return currentParams().lod; }
    std::uint32_t edgeStride() const { return currentParams().stride; }
    // Every visible tile of the current view is rendered.
    bool isComplete() const;
    std::uint64_t tilesRendered() const { return m_tilesRendered; }
    int cachedTiles() const { return int(m_cache.size()); }
    // Renders the whole current view at once on the calling thread, without the cache: the
    // full redraw that tiles avoid (screenshots of a finished view and the benchmark).
    QImage renderDirect() const;

    static constexpr int kTileSize = 256;
    static constexpr int kMaxCachedTiles = 192;

signals:
    // A node was clicked: its source location (line 0 when it has none; file empty: the
    // graph's source file).
    void nodeActivated(int node, const QString &file, int line);
    void selectionChanged(int node);
    // The last missing tile of the current view has arrived.
    void viewComplete();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct ViewParams {
        bool lod = false;
        std::uint32_t stride = 1;
    };
    struct TileKey {
        quint64 generation = 0;
        quint64 scaleBits = 0;
        bool lod = false;
        std::uint32_t stride = 1;
        int colouring = 0;
        int tx = 0, ty = 0;
        bool operator==(const TileKey &) const = default;
    };
    friend size_t qHash(const TileKey &k, size_t seed) noexcept
    {
        return qHashMulti(seed, k.generation, k.scaleBits, k.lod, k.stride, k.colouring, k.tx, k.ty);
    }
    struct Tile {
        QImage image;
        double scale = 1;
        quint64 lastUsed = 0;
        int tx = 0, ty = 0;
    };
    struct Job {
        std::shared_ptr<std::atomic<bool>> cancel;
        QFutureWatcher<QImage> *watcher = nullptr;
    };

    ViewParams currentParams() const;
    TileKey keyFor(int tx, int ty) const;
    QRectF tileWorldRect(int tx, int ty) const;
    void requestTiles();
    void tileDone(const TileKey &key, double scale);
    void cancelJobs(bool all);
    void evict();
    void drawOverlay(QPainter &p);
    void drawLegend(QPainter &p);
    QString toolTipFor(int node) const;
    double nodeRadiusPx() const;

    std::shared_ptr<const GraphScene> m_scene;
    quint64 m_generation = 0;
    double m_scale = 1;      // pixels per world unit
    QPointF m_centre;        // world point at the widget's centre
    bool m_autoFit = true;   // refit on resize until the user zooms or pans
    GraphColouring m_colouring = GraphColouring::Community;
    int m_maxNodesWithoutLod = kDefaultMaxNodesWithoutLod;
    int m_edgeBudget = kDefaultEdgeBudget;
    bool m_labels = true;
    int m_selected = -1;
    int m_hover = -1;
    QPoint m_pressPos;
    QPointF m_pressCentre;
    bool m_pressed = false;
    bool m_dragging = false;
    QHash<TileKey, Tile> m_cache;
    QHash<TileKey, Job> m_jobs;
    quint64 m_useClock = 0;
    std::uint64_t m_tilesRendered = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_communitySizes; // (size, community), largest first
    std::array<std::uint64_t, 6> m_standingCounts{};                    // per graph::Standing
    QThreadPool m_pool;
};

} // namespace proofdesk::ui
