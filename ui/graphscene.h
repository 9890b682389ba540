// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the graph view draws, as flat arrays built once off the GUI thread and then shared
// read-only by the GUI thread (hit tests, overlays) and the tile renderers (worker threads).
// Not one object per node: a million nodes are a few arrays here.

#include "graph/graph.h"
#include "graph/layout.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QRgb>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace proofdesk::ui {

enum class GraphColouring { Community, Standing };

// A uniform grid over the layout's bounds: nodes bucketed by position (hit tests, visible
// counts), edges by the cells their bounding box covers (tile rendering), with a summed-area
// table of node counts so that "how many nodes are in this rectangle" is four lookups.
class SpatialGrid {
public:
    void build(std::span<const QPointF> positions, std::span<const std::pair<std::uint32_t, std::uint32_t>> edges,
               const QRectF &bounds);
    int columns() const { return m_cols; }
    int rows() const { return m_rows; }
    int cellX(double x) const;
    int cellY(double y) const;
    std::span<const std::uint32_t> nodesIn(int cx, int cy) const;
    std::span<const std::uint32_t> edgesIn(int cx, int cy) const;
    // Edges whose bounding box covers too many cells to be listed in each: every tile checks them.
    std::span<const std::uint32_t> longEdges() const { return m_longEdges; }
    // Nodes in the cells the rectangle touches (an upper bound of the nodes inside it).
    std::uint64_t countIn(const QRectF &world) const;
    // The cell range [x0, x1] x [y0, y1] a world rectangle touches, clamped to the grid.
    struct Range {
        int x0 = 0, y0 = 0, x1 = -1, y1 = -1;
    };
    Range range(const QRectF &world) const;
    double cellSize() const { return m_cell; }

private:
    double m_x0 = 0, m_y0 = 0, m_cell = 1;
    int m_cols = 0, m_rows = 0;
    std::vector<std::uint32_t> m_nodeStart, m_nodes; // CSR per cell
    std::vector<std::uint32_t> m_edgeStart, m_edges;
    std::vector<std::uint32_t> m_longEdges;
    std::vector<std::uint64_t> m_sat; // (cols+1) x (rows+1) summed-area table of node counts
};

struct GraphScene {
    graph::GraphKind kind = graph::GraphKind::Vig;
    bool directed = false;
    QString source;
    std::vector<QPointF> position;                           // layout coordinates
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    std::vector<QString> name;
    std::vector<QString> label;
    std::vector<std::uint32_t> line;                         // 0: none
    std::vector<QString> file;                               // empty: the graph's source
    std::vector<graph::NodeKind> nodeKind;
    std::vector<graph::Standing> standing;
    std::vector<std::uint32_t> degree;
    std::vector<std::uint32_t> community;                    // empty when not computed
    std::uint32_t communityCount = 0;
    std::vector<QRgb> communityColour;                       // per node
    std::vector<QRgb> standingColour;                        // per node
    QRectF bounds;                                           // of the positions, never empty
    SpatialGrid grid;

    std::size_t size() const { return position.size(); }
    const std::vector<QRgb> &colours(GraphColouring c) const
    {
        return c == GraphColouring::Community ? communityColour : standingColour;
    }
    // The node nearest to `world` within `radius` (world units); -1 when none.
    int nodeAt(QPointF world, double radius) const;
    // Exact name first, then exact label, then the first name or label containing `text`
    // (case-insensitive); -1 when none.
    int find(const QString &text) const;
};

// Builds the scene from a laid-out graph; `community` per vertex (may be empty).
std::shared_ptr<const GraphScene> makeScene(const graph::Graph &g, const graph::Layout &layout,
                                            std::span<const std::uint32_t> community);

// Moves each connected component (its own layout kept) onto shelves, largest first, so that
// small components and isolated nodes, which a force-directed layout leaves drifting far
// away, sit beside the big one instead of shrinking it to a dot when the view fits.
void packComponents(graph::Layout &layout, std::span<const std::uint32_t> component, std::uint32_t count);

// World radius of a node disc: layouts use edge length 1, so a quarter keeps discs apart.
inline constexpr double kNodeWorldRadius = 0.25;

// How one tile is drawn. `scale`: pixels per world unit; the tile covers world rectangle
// `world`, drawn into `pixels` pixels.
struct TileParams {
    QRectF world;
    QSize pixels;
    double scale = 1;
    bool levelOfDetail = false; // density raster for nodes instead of discs
    std::uint32_t edgeStride = 1; // draw every stride-th edge (by a hash), 1 = all
    GraphColouring colouring = GraphColouring::Community;
    qreal devicePixelRatio = 1;
};

// Renders one tile (any thread); returns a null image when `cancel` was set meanwhile.
QImage renderTile(const GraphScene &scene, const TileParams &params, const std::atomic<bool> *cancel = nullptr);

} // namespace proofdesk::ui
