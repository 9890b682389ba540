// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphpanel.h"

#include "graph/export.h"
#include "graph/load.h"
#include "ui/graphview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <format>

namespace proofdesk::ui {

namespace {

QString kindText(graph::GraphKind k)
{
    switch (k) {
    case graph::GraphKind::Vig: return GraphPanel::tr("Variable interaction");
    case graph::GraphKind::Incidence: return GraphPanel::tr("Incidence");
    case graph::GraphKind::Dependencies: return GraphPanel::tr("Dependencies");
    case graph::GraphKind::Proof: return GraphPanel::tr("Proof");
    }
    return {};
}

// The whole picture as a PNG, at most 2000 pixels on its longer side.
QImage renderWhole(const GraphScene &scene, int maxNodesWithoutLod)
{
    const QRectF b = scene.bounds;
    const double scale = std::min(200.0, 2000.0 / std::max(b.width(), b.height()));
    TileParams tp;
    tp.world = b;
    tp.pixels = QSize(std::max(64, int(b.width() * scale)), std::max(64, int(b.height() * scale)));
    tp.scale = scale;
    tp.levelOfDetail = 2 * kNodeWorldRadius * scale < 2 || scene.size() > std::size_t(maxNodesWithoutLod);
    return renderTile(scene, tp);
}

} // namespace

// State shared between the GUI thread and one worker job; the job never touches widgets.
struct GraphPanel::Job {
    std::atomic<bool> cancel{false};
    std::atomic<int> progress{0}; // per mille
    std::expected<std::shared_ptr<const GraphBundle>, std::string> result = std::unexpected(std::string());
    bool cancelled = false;
};

GraphPanel::GraphPanel(QWidget *parent) : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    m_kindBox = new QComboBox(this);
    m_kindBox->setToolTip(tr("Which graph of the file to draw"));
    m_kindBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_colourBox = new QComboBox(this);
    m_colourBox->addItem(tr("Colour by community"), int(GraphColouring::Community));
    m_colourBox->addItem(tr("Colour by standing"), int(GraphColouring::Standing));
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find node…"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(220);
    m_fit = new QToolButton(this);
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole graph (F)"));
    m_export = new QToolButton(this);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    const std::pair<QString, ExportFormat> formats[] = {{tr("SVG…"), ExportFormat::Svg},
                                                        {tr("PNG…"), ExportFormat::Png},
                                                        {tr("DOT (Graphviz)…"), ExportFormat::Dot},
                                                        {tr("GraphML…"), ExportFormat::Graphml},
                                                        {tr("JSON…"), ExportFormat::Json}};
    for (const auto &[text, format] : formats)
        exportMenu->addAction(text, this, [this, format] { exportDialog(format); });
    m_export->setMenu(exportMenu);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_titleLabel, 1);
    bar->addWidget(m_kindBox);
    bar->addWidget(m_colourBox);
    bar->addWidget(m_find);
    bar->addWidget(m_fit);
    bar->addWidget(m_export);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);

    m_view = new GraphView(this);
    m_metrics = new QTreeWidget(this);
    m_metrics->setColumnCount(2);
    m_metrics->setHeaderLabels({tr("Metric"), tr("Value")});
    m_metrics->setRootIsDecorated(false);
    m_metrics->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_metrics);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_job)
            m_progress->setValue(m_job->progress.load());
    });
    connect(m_cancel, &QToolButton::clicked, this, &GraphPanel::cancel);
    connect(m_fit, &QToolButton::clicked, m_view, &GraphView::fit);
    connect(m_find, &QLineEdit::returnPressed, this, &GraphPanel::findRequested);
    connect(m_colourBox, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setColouring(GraphColouring(m_colourBox->currentData().toInt())); });
    connect(m_kindBox, &QComboBox::activated, this, [this] {
        const auto k = graph::GraphKind(m_kindBox->currentData().toInt());
        if (k != m_kind && m_builder) {
            m_kind = k;
            start();
        }
    });
    connect(m_view, &GraphView::nodeActivated, this, [this](int, const QString &file, int line) {
        if (line > 0)
            emit sourceRequested(file, line);
    });
}

GraphPanel::~GraphPanel()
{
    // The job owns its inputs and results; it only needs to stop soon.
    if (m_job)
        m_job->cancel.store(true);
}

void GraphPanel::showFile(const QString &path, const QByteArray &text, graph::GraphKind kind)
{
    const std::string p = path.toStdString();
    const std::string t = text.toStdString();
    const bool pds = path.endsWith(QLatin1String(".pds"));
    const QList<graph::GraphKind> kinds = pds ? QList{graph::GraphKind::Dependencies}
                                              : QList{graph::GraphKind::Vig, graph::GraphKind::Incidence};
    showGraph([p, t](graph::GraphKind k) { return graph::loadGraph(p, t, k); }, kind, kinds, QFileInfo(path).fileName());
}

void GraphPanel::showGraph(Builder builder, graph::GraphKind kind, const QList<graph::GraphKind> &kinds,
                           const QString &title)
{
    m_builder = std::move(builder);
    m_kind = kind;
    m_title = title;
    m_kindBox->clear();
    for (auto k : kinds)
        m_kindBox->addItem(kindText(k), int(k));
    m_kindBox->setCurrentIndex(std::max(0, m_kindBox->findData(int(kind))));
    m_kindBox->setEnabled(kinds.size() > 1);
    start();
}

void GraphPanel::start()
{
    if (m_job)
        m_job->cancel.store(true);
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_titleLabel->setText(tr("%1 — %2").arg(m_title, kindText(m_kind)));
    m_status->setText(tr("Building and laying out the graph…"));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_poll->start();

    auto job = std::make_shared<Job>();
    m_job = job;
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &GraphPanel::finished);
    m_watcher->setFuture(QtConcurrent::run([job, builder = m_builder, kind = m_kind] {
        auto g = builder(kind);
        if (!g) {
            job->result = std::unexpected(g.error());
            return;
        }
        job->progress.store(50);
        auto bundle = std::make_shared<GraphBundle>();
        bundle->graph = std::move(*g);
        graph::LouvainOptions louvain;
        louvain.seed = kSeed;
        louvain.cancel = &job->cancel;
        bundle->metrics = graph::computeMetrics(bundle->graph, louvain);
        if (job->cancel.load()) {
            job->cancelled = true;
            return;
        }
        job->progress.store(200);
        graph::LayoutControl control;
        control.seed = kSeed;
        control.cancel = &job->cancel;
        control.progress = [job](double f) { job->progress.store(200 + int(f * 750)); };
        auto layout = graph::autoLayout(bundle->graph, control);
        if (!layout) {
            job->cancelled = true;
            return;
        }
        bundle->layout = std::move(*layout);
        if (!bundle->graph[boost::graph_bundle].directed) // the layered layout places components itself
            packComponents(bundle->layout, bundle->metrics.components.of, bundle->metrics.components.count);
        bundle->scene = makeScene(bundle->graph, bundle->layout, bundle->metrics.communities.of);
        job->progress.store(1000);
        job->result = std::shared_ptr<const GraphBundle>(std::move(bundle));
    }));
}

void GraphPanel::finished()
{
    const auto job = m_job;
    m_job.reset();
    if (m_watcher) {
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_poll->stop();
    m_progress->hide();
    m_cancel->hide();
    if (!job)
        return;
    if (job->cancelled || job->cancel.load()) {
        m_status->setText(m_bundle ? tr("Layout cancelled; the view shows the previous graph.") : tr("Layout cancelled."));
        emit graphFailed(m_status->text(), true);
        return;
    }
    if (!job->result) {
        m_status->setText(QString::fromStdString(job->result.error()));
        emit graphFailed(m_status->text(), false);
        return;
    }
    m_bundle = *job->result;
    // A dependency graph is about standings; a structure graph or a proof (whose steps have
    // no standing) about its communities.
    m_colourBox->setCurrentIndex(m_colourBox->findData(int(m_bundle->graph[boost::graph_bundle].kind == graph::GraphKind::Dependencies
                                                                ? GraphColouring::Standing
                                                                : GraphColouring::Community)));
    m_view->setScene(m_bundle->scene);
    fillMetrics(*m_bundle);
    m_status->setText(tr("Click a node to show its source; drag to pan, wheel to zoom, F to fit."));
    emit graphReady();
}

void GraphPanel::cancel()
{
    if (m_job)
        m_job->cancel.store(true);
}

bool GraphPanel::busy() const
{
    return m_job != nullptr;
}

QString GraphPanel::errorText() const
{
    return m_status->text();
}

void GraphPanel::fillMetrics(const GraphBundle &b)
{
    m_metrics->clear();
    const auto &m = b.metrics;
    const auto row = [this](const QString &name, const QString &value) {
        auto *item = new QTreeWidgetItem(m_metrics, {name, value});
        item->setToolTip(1, value);
    };
    row(tr("Nodes"), QString::number(m.nodes));
    row(tr("Edges"), QString::number(m.edges));
    row(tr("Components"), tr("%1 (largest %2)").arg(m.components.count).arg(m.components.largest));
    row(tr("Communities"), QString::number(m.communities.count));
    row(tr("Modularity Q"), QString::number(m.communities.modularity, 'f', 4));
    row(tr("Degree"), tr("min %1, max %2, mean %3").arg(m.degrees.min).arg(m.degrees.max).arg(m.degrees.mean, 0, 'f', 2));
    if (const auto skipped = b.graph[boost::graph_bundle].skippedClauses)
        row(tr("Clauses left out"), QString::number(skipped));
    if (m.cyclic)
        row(tr("Depth"), tr("the graph has a cycle"));
    if (m.dag) {
        row(tr("Depth"), QString::number(m.dag->depth));
        QStringList path;
        for (auto v : m.dag->criticalPath)
            path << QString::fromStdString(graph::displayLabel(b.graph[v]));
        row(tr("Critical path"), path.join(QStringLiteral(" → ")));
    }
}

void GraphPanel::findRequested()
{
    const QString text = m_find->text();
    if (text.trimmed().isEmpty())
        return;
    if (!m_view->find(text))
        m_status->setText(tr("No node named “%1”.").arg(text));
    else
        m_status->setText(tr("Found “%1”.").arg(m_view->scene()->name[std::size_t(m_view->selectedNode())]));
}

void GraphPanel::exportDialog(ExportFormat format)
{
    if (!m_bundle)
        return;
    static const char *const suffixes[] = {"svg", "png", "dot", "graphml", "json"};
    const QString suffix = QLatin1String(suffixes[int(format)]);
    const QString base = QFileInfo(m_title).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), base + QLatin1Char('.') + suffix,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        exportTo(path, format);
}

bool GraphPanel::exportTo(const QString &path, ExportFormat format)
{
    if (!m_bundle)
        return false;
    m_status->setText(tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_status->setText(error.isEmpty() ? tr("Exported %1.").arg(QDir::toNativeSeparators(path)) : error);
        emit exportFinished(path, error);
    });
    watcher->setFuture(QtConcurrent::run([bundle = m_bundle, path, format, lodLimit = m_view->maxNodesWithoutLod()]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return GraphPanel::tr("Cannot write %1: %2").arg(path, file.errorString());
        const auto &g = bundle->graph;
        const auto &community = bundle->metrics.communities.of;
        std::string text;
        switch (format) {
        case ExportFormat::Svg: {
            graph::Style style;
            style.community = community;
            text = graph::toSvg(g, bundle->layout, style);
            break;
        }
        case ExportFormat::Dot: text = graph::toDot(g, &bundle->layout, community); break;
        case ExportFormat::Graphml: text = graph::toGraphml(g, &bundle->layout, community); break;
        case ExportFormat::Json: text = graph::toJson(g, &bundle->layout, &bundle->metrics); break;
        case ExportFormat::Png:
            if (!renderWhole(*bundle->scene, lodLimit).save(&file, "PNG"))
                return GraphPanel::tr("Cannot write %1: the PNG encoder failed").arg(path);
            break;
        }
        if (format != ExportFormat::Png && file.write(text.data(), qint64(text.size())) != qint64(text.size()))
            return GraphPanel::tr("Cannot write %1: %2").arg(path, file.errorString());
        if (!file.commit())
            return GraphPanel::tr("Cannot write %1: %2").arg(path, file.errorString());
        return {};
    }));
    return true;
}

} // namespace proofdesk::ui
