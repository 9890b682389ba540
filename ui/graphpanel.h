// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The structure-graph panel: a GraphView with its controls. Building the graph, its metrics
// (Louvain communities) and its layout run as one job on a worker thread with a progress bar
// and a cancel button; exports run on a worker thread too. The GUI thread only polls an
// atomic progress value and receives finished results.

#include "graph/graph.h"
#include "graph/layout.h"
#include "graph/metrics.h"
#include "ui/graphscene.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <expected>
#include <functional>
#include <memory>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace proofdesk::ui {

class GraphView;

// Everything one job produced, shared read-only afterwards (exports read it on other threads).
struct GraphBundle {
    graph::Graph graph;
    graph::Layout layout;
    graph::Metrics metrics;
    std::shared_ptr<const GraphScene> scene;
};

class GraphPanel : public QWidget
{
    Q_OBJECT
public:
    // Runs on the worker thread: builds the graph of the chosen kind, or says why it cannot.
    using Builder = std::function<std::expected<graph::Graph, std::string>(graph::GraphKind)>;

    explicit GraphPanel(QWidget *parent = nullptr);
    ~GraphPanel() override;

    // Shows the graph of `kind` that `builder` makes; `kinds` are those the kind selector
    // offers (a sketch: deps; a CNF or SMT-LIB file: vig and incidence).
    void showGraph(Builder builder, graph::GraphKind kind, const QList<graph::GraphKind> &kinds, const QString &title);
    // A file's text through graph::loadGraph (.cnf, .smt2, .pds).
    void showFile(const QString &path, const QByteArray &text, graph::GraphKind kind);

    void cancel();
    bool busy() const;
    graph::GraphKind kind() const { return m_kind; }
    std::shared_ptr<const GraphBundle> bundle() const { return m_bundle; }
    QString errorText() const;

    enum class ExportFormat { Svg, Png, Dot, Graphml, Json };
    // Writes the shown graph off the GUI thread; exportFinished reports the outcome.
    bool exportTo(const QString &path, ExportFormat format);

    GraphView *view() const { return m_view; }
    QTreeWidget *metricsView() const { return m_metrics; }
    QLineEdit *findEdit() const { return m_find; }
    QProgressBar *progressBar() const { return m_progress; }

    // Layout seed: the same seed gives the same picture.
    static constexpr std::uint64_t kSeed = 1;

signals:
    // The graph is built, measured and laid out and the view shows it.
    void graphReady();
    // Building or laying out failed (the message) or was cancelled (cancelled = true); the
    // view keeps what it showed before.
    void graphFailed(const QString &message, bool cancelled);
    // A node with a source location was clicked (file empty: the graph's own source).
    void sourceRequested(const QString &file, int line);
    void exportFinished(const QString &path, const QString &error);

private:
    struct Job;
    void start();
    void finished();
    void fillMetrics(const GraphBundle &b);
    void exportDialog(ExportFormat format);
    void findRequested();

    Builder m_builder;
    graph::GraphKind m_kind = graph::GraphKind::Vig;
    QString m_title;
    std::shared_ptr<const GraphBundle> m_bundle;
    std::shared_ptr<Job> m_job;
    QFutureWatcher<void> *m_watcher = nullptr;
    QTimer *m_poll = nullptr;

    GraphView *m_view = nullptr;
    QLabel *m_titleLabel = nullptr;
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_colourBox = nullptr;
    QLineEdit *m_find = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_metrics = nullptr;
};

} // namespace proofdesk::ui
