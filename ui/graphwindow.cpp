// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graphwindow.h"

#include "engine/verdict.h"
#include "engine/workerprocess.h"
#include "export/depgraph.h"
#include "export/proofrequest.h"
#include "graph/builders.h"
#include "graph/load.h"
#include "graph/proofdag.h"
#include "lang/module.h"
#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/graphpanel.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QVBoxLayout>

#include <deque>
#include <format>

namespace proofdesk::ui {

namespace {

// As the editor's analysis reads the sketch: imports resolve beside the file, inside its
// folder unless the user's settings allow more.
lang::AnalyzeOptions analyzeOptions(const QString &file, bool allowOutside)
{
    lang::AnalyzeOptions options;
    if (!file.isEmpty() && !file.startsWith(QLatin1Char(':')))
        options.resolver = lang::fileSystemResolver(QFileInfo(file).absolutePath().toStdString(), allowOutside);
    return options;
}

// The innermost obligation whose step spans `line`, or null.
const lang::Obligation *obligationAt(const lang::Module &module, std::uint32_t line)
{
    const lang::Obligation *best = nullptr;
    for (const auto &o : module.obligations)
        if (o.range.begin.line <= line && line <= o.range.end.line &&
            (!best || o.range.end.offset - o.range.begin.offset < best->range.end.offset - best->range.begin.offset))
            best = &o;
    return best;
}

// What the session knows from checking, as plain data for the worker thread.
graph::DependencyInput dependencyInput(const CheckSession *session)
{
    graph::DependencyInput input;
    const lang::Module *module = session ? session->module() : nullptr;
    if (!module)
        return input;
    for (const auto &o : module->obligations) {
        const engine::Verdict *v = session->verdict(QString::fromStdString(o.id));
        if (!v)
            continue;
        input.obligations[o.id] = exporting::standingOf(v->status);
        auto &core = input.cores[o.id];
        for (const QString &f : v->core)
            core.push_back(f.toStdString());
    }
    for (const auto &l : session->standings())
        input.lemmas[l.lemma.toStdString()] = exporting::standingOf(l.standing);
    return input;
}

// The part of a dependency graph that `root` rests on (everything reachable from it).
graph::Graph reachableFrom(const graph::Graph &g, graph::Vertex root)
{
    std::vector<graph::Vertex> map(boost::num_vertices(g), boost::graph_traits<graph::Graph>::null_vertex());
    graph::Graph out;
    out[boost::graph_bundle] = g[boost::graph_bundle];
    std::deque<graph::Vertex> queue{root};
    map[root] = boost::add_vertex(g[root], out);
    while (!queue.empty()) {
        const graph::Vertex v = queue.front();
        queue.pop_front();
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            const graph::Vertex t = boost::target(e, g);
            if (map[t] == boost::graph_traits<graph::Graph>::null_vertex()) {
                map[t] = boost::add_vertex(g[t], out);
                queue.push_back(t);
            }
            boost::add_edge(map[v], map[t], g[e], out);
        }
    }
    return out;
}

bool isSketch(const QString &path)
{
    return path.isEmpty() || path.endsWith(QLatin1String(".pds"));
}

} // namespace

GraphWindow::GraphWindow(MainWindow *window) : QWidget(window, Qt::Window), m_window(window)
{
    setWindowTitle(tr("Structure Graph — ProofDesk"));
    m_panel = new GraphPanel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    resize(1000, 700);
    connect(m_panel, &GraphPanel::sourceRequested, this, &GraphWindow::jump);
}

void GraphWindow::jump(const QString &file, int line)
{
    const QString current = m_window->currentFile();
    // Nodes of imported lemmas carry their own file; only this document can be shown here.
    if (!file.isEmpty() && !current.isEmpty() && QFileInfo(file) != QFileInfo(current))
        return;
    m_window->jumpTo(line, 1);
    m_window->activateWindow();
    m_window->editor()->setFocus();
}

void GraphWindow::showDocument()
{
    const QString file = m_window->currentFile();
    const std::string path = (file.isEmpty() ? QStringLiteral("untitled.pds") : file).toStdString();
    const std::string text = m_window->editor()->toPlainText().toStdString();
    const QString title = file.isEmpty() ? tr("Untitled") : QFileInfo(file).fileName();
    if (isSketch(file)) {
        m_panel->showGraph(
            [path, text, options = analyzeOptions(file, m_window->settings().allowOutsideImports),
             input = dependencyInput(m_window->session())](graph::GraphKind) -> std::expected<graph::Graph, std::string> {
                return graph::dependencyGraph(lang::analyze(text, path, options), input);
            },
            graph::GraphKind::Dependencies, {graph::GraphKind::Dependencies}, title);
    } else {
        m_panel->showGraph([path, text](graph::GraphKind k) { return graph::loadGraph(path, text, k); },
                           graph::GraphKind::Vig, {graph::GraphKind::Vig, graph::GraphKind::Incidence}, title);
    }
}

void GraphWindow::showAtCursor()
{
    const QString file = m_window->currentFile();
    if (!isSketch(file))
        return showDocument(); // a CNF or SMT-LIB file has one graph
    const std::string path = (file.isEmpty() ? QStringLiteral("untitled.pds") : file).toStdString();
    const std::string text = m_window->editor()->toPlainText().toStdString();
    const auto line = std::uint32_t(m_window->editor()->textCursor().blockNumber() + 1);
    // Whether the cursor is in a step is decided from the last analysis (already made); the
    // worker analyses the current text again and draws from that.
    bool inStep = false;
    if (const lang::Module *m = m_window->session() ? m_window->session()->module() : nullptr)
        for (const auto &o : m->obligations)
            inStep = inStep || (o.range.begin.line <= line && line <= o.range.end.line);
    const QString base = file.isEmpty() ? tr("Untitled") : QFileInfo(file).fileName();
    const lang::AnalyzeOptions options = analyzeOptions(file, m_window->settings().allowOutsideImports);
    if (inStep) {
        m_panel->showGraph(
            [path, text, line, options](graph::GraphKind kind) -> std::expected<graph::Graph, std::string> {
                const auto module = lang::analyze(text, path, options);
                const lang::Obligation *best = obligationAt(module, line);
                if (!best)
                    return std::unexpected(std::format("{}:{}: no step here any more", path, line));
                if (best->status == lang::ObligationStatus::Error)
                    return std::unexpected(std::format("{}:{}: {}", path, best->range.begin.line, best->error));
                graph::Graph g = graph::smtGraph(best->script, kind);
                g[boost::graph_bundle].source = path;
                // Symbols and atoms of one obligation all come from its step.
                for (auto v : boost::make_iterator_range(boost::vertices(g)))
                    if (g[v].line == 0)
                        g[v].line = best->range.begin.line;
                return g;
            },
            graph::GraphKind::Vig, {graph::GraphKind::Vig, graph::GraphKind::Incidence}, tr("%1, line %2").arg(base).arg(line));
        return;
    }
    m_panel->showGraph(
        [path, text, line, options, input = dependencyInput(m_window->session())](graph::GraphKind) -> std::expected<graph::Graph, std::string> {
            const auto module = lang::analyze(text, path, options);
            for (const auto &l : module.lemmas)
                if (l.range.begin.line <= line && line <= l.range.end.line) {
                    const graph::Graph all = graph::dependencyGraph(module, input);
                    for (auto v : boost::make_iterator_range(boost::vertices(all)))
                        if (all[v].kind == graph::NodeKind::Lemma && all[v].name == l.name)
                            return reachableFrom(all, v);
                }
            return std::unexpected(std::format("{}:{}: the cursor is in no lemma or step", path, line));
        },
        graph::GraphKind::Dependencies, {graph::GraphKind::Dependencies}, tr("%1, line %2").arg(base).arg(line));
}

void GraphWindow::showProofAtCursor()
{
    const QString file = m_window->currentFile();
    const bool smt = file.endsWith(QLatin1String(".smt2"));
    if (!isSketch(file) && !smt)
        return; // a CNF's proof is a DRAT file, not a graph of rules
    const std::string path = (file.isEmpty() ? QStringLiteral("untitled.pds") : file).toStdString();
    const std::string text = m_window->editor()->toPlainText().toStdString();
    const auto line = std::uint32_t(m_window->editor()->textCursor().blockNumber() + 1);
    const lang::AnalyzeOptions options = analyzeOptions(file, m_window->settings().allowOutsideImports);
    exporting::RunLimits limits;
    limits.timeoutMs = m_window->settings().timeoutMs;
    limits.memoryBytes = m_window->settings().memoryMiB * 1024LL * 1024LL;
    limits.niceness = kSolverNiceness;
    const QString base = file.isEmpty() ? tr("Untitled") : QFileInfo(file).fileName();
    // Runs on the panel's worker thread: the solver runs in a separate worker process, and
    // this thread waits for it, never the GUI's.
    m_panel->showGraph(
        [path, text, line, options, smt, limits](graph::GraphKind) -> std::expected<graph::Graph, std::string> {
            std::string script = text;
            std::string where = path;
            if (!smt) {
                const auto module = lang::analyze(text, path, options);
                const lang::Obligation *o = obligationAt(module, line);
                if (!o)
                    return std::unexpected(std::format("{}:{}: the cursor is in no step", path, line));
                if (o->smt.empty())
                    return std::unexpected(std::format("{}:{}: {}", path, o->range.begin.line,
                                                       o->error.empty() ? std::string("this step has nothing to prove") : o->error));
                script = o->smt;
                where = std::format("{}:{}", path, o->range.begin.line);
            }
            const exporting::WorkerProof proof = exporting::workerProof(
                engine::defaultWorkerProgram(), QString::fromStdString(script),
                {solve::Strategy::Default, solve::Strategy::Mbqi, solve::Strategy::FmfFun}, QStringLiteral("dag"), limits);
            if (!proof.problem.isEmpty())
                return std::unexpected(std::format("{}: {}", where, proof.problem.toStdString()));
            auto g = graph::proofGraph(proof.proof.toStdString(), path);
            if (!g)
                return std::unexpected(std::format("{}: the worker's proof dump is malformed at line {}: {}", where,
                                                   g.error().line, g.error().message));
            return std::move(*g);
        },
        graph::GraphKind::Proof, {graph::GraphKind::Proof}, tr("Proof, %1, line %2").arg(base).arg(line));
}

void GraphWindow::setMaxNodesWithoutLod(int nodes)
{
    m_panel->view()->setMaxNodesWithoutLod(nodes);
}

GraphWindow *existingStructureGraphWindow(MainWindow *window)
{
    return window->findChild<GraphWindow *>(QString(), Qt::FindDirectChildrenOnly);
}

GraphWindow *structureGraphWindow(MainWindow *window)
{
    if (auto *w = existingStructureGraphWindow(window))
        return w;
    auto *w = new GraphWindow(window);
    w->setMaxNodesWithoutLod(window->settings().maxGraphNodesWithoutLod);
    return w;
}

void addStructureGraphActions(MainWindow *window, QMenu *viewMenu)
{
    viewMenu->addSeparator();
    QAction *doc = viewMenu->addAction(GraphWindow::tr("Structure &Graph"), window, [window] {
        GraphWindow *w = structureGraphWindow(window);
        w->showDocument();
        w->show();
        w->raise();
    });
    doc->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+G")));
    viewMenu->addAction(GraphWindow::tr("Structure Graph at &Cursor"), window, [window] {
        GraphWindow *w = structureGraphWindow(window);
        w->showAtCursor();
        w->show();
        w->raise();
    });
    viewMenu->addAction(GraphWindow::tr("&Proof Graph of Step at Cursor"), window, [window] {
        GraphWindow *w = structureGraphWindow(window);
        w->showProofAtCursor();
        w->show();
        w->raise();
    });
}

} // namespace proofdesk::ui
