// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/graphcommand.h"

#include "cli/clicommands.h"
#include "cli/graphimage.h"
#include "cli/interrupt.h"
#include "engine/workerprocess.h"
#include "export/proofrequest.h"
#include "graph/export.h"
#include "graph/layout.h"
#include "graph/load.h"
#include "graph/metrics.h"
#include "graph/proofdag.h"
#include "lang/module.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <atomic>

namespace proofdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::cli", text);
}

constexpr auto Program = "proofdesk-cli graph";

bool writeBytes(const QString &path, const QByteArray &data, QTextStream &err)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        err << Program << ": " << tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()) << '\n';
        return false;
    }
    return true;
}

// The proof DAG of one obligation: of a sketch's step (--obligation, or its only one), or of
// an .smt2 script, proved by proofdesk-worker in a separate process.
std::expected<graph::Graph, QString> proofGraphOf(const QString &path, const QByteArray &data,
                                                  const QString &obligationId, int timeoutMs,
                                                  const std::atomic_bool *cancel)
{
    QString script = QString::fromUtf8(data);
    QString name = QDir::toNativeSeparators(path);
    if (path.endsWith(QLatin1String(".pds"))) {
        lang::AnalyzeOptions options;
        options.resolver = lang::fileSystemResolver(QFileInfo(path).absolutePath().toStdString());
        const lang::Module module = lang::analyze(data.toStdString(), path.toStdString(), options);
        QStringList ids;
        const lang::Obligation *chosen = nullptr;
        for (const lang::Obligation &o : module.obligations) {
            if (o.smt.empty())
                continue;
            const QString id = QString::fromStdString(o.id);
            ids << id;
            if (id == obligationId || (obligationId.isEmpty() && ids.size() == 1))
                chosen = &o;
        }
        if (obligationId.isEmpty() && ids.size() > 1)
            return std::unexpected(tr("%1 has %2 obligations; choose one with --obligation (%3)")
                                       .arg(name).arg(ids.size()).arg(ids.mid(0, 8).join(QStringLiteral(", "))));
        if (!chosen)
            return std::unexpected(obligationId.isEmpty() ? tr("%1 has no obligation to prove").arg(name)
                                                          : tr("%1: no obligation '%2'").arg(name, obligationId));
        script = QString::fromStdString(chosen->smt);
        name += QLatin1Char(':') + QString::number(chosen->range.begin.line);
    } else if (path.endsWith(QLatin1String(".cnf"))) {
        return std::unexpected(tr("%1: --kind proof is for sketches and SMT-LIB files (a CNF's proof is DRAT)").arg(name));
    }
    exporting::RunLimits limits;
    limits.timeoutMs = timeoutMs;
    const exporting::WorkerProof proof = exporting::workerProof(
        engine::defaultWorkerProgram(), script,
        {solve::Strategy::Default, solve::Strategy::Mbqi, solve::Strategy::FmfFun}, QStringLiteral("dag"), limits, cancel);
    if (!proof.problem.isEmpty())
        return std::unexpected(QStringLiteral("%1: %2").arg(name, proof.problem));
    auto g = graph::proofGraph(proof.proof.toStdString(), path.toStdString());
    if (!g)
        return std::unexpected(tr("%1: the worker's proof dump is malformed at line %2: %3")
                                   .arg(name).arg(g.error().line).arg(QString::fromStdString(g.error().message)));
    return std::move(*g);
}

} // namespace

int graph(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draw the structure graph of a CNF, an SMT-LIB file or a sketch."));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("vig, incidence, deps or proof (default: deps for .pds, else vig)."),
                                  QStringLiteral("kind"));
    const QCommandLineOption format(QStringLiteral("format"), tr("svg, png, dot, graphml or json (default: from --out's suffix)."),
                                    QStringLiteral("format"));
    const QCommandLineOption outPath(QStringLiteral("out"), tr("Write the graph to PATH."), QStringLiteral("path"));
    const QCommandLineOption metrics(QStringLiteral("metrics"), tr("Print nodes, edges, components, degrees, communities (Louvain Q) and DAG depth."));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the layout and of Louvain (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption obligation(QStringLiteral("obligation"), tr("With --kind proof: the step of a sketch whose proof to draw (its id, as 'obligations' lists it)."),
                                        QStringLiteral("id"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("With --kind proof: seconds per solver attempt (default 30)."),
                                     QStringLiteral("seconds"), QStringLiteral("30"));
    for (const auto &o : {kind, format, outPath, metrics, seed, obligation, timeout})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr(".cnf, .smt2 or .pds file"));
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << Program << ": " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << Program << ": " << tr("takes exactly one FILE") << '\n';
        return UsageError;
    }
    const QString path = positional.at(0);
    const std::string pathStd = path.toStdString();
    graph::GraphKind graphKind = graph::defaultKind(pathStd);
    if (parser.isSet(kind)) {
        const auto k = graph::parseKind(parser.value(kind).toStdString());
        if (!k) {
            err << Program << ": " << tr("unknown --kind '%1' (vig, incidence, deps, proof)").arg(parser.value(kind)) << '\n';
            return UsageError;
        }
        graphKind = *k;
    }
    QString fmt = parser.value(format);
    if (fmt.isEmpty() && parser.isSet(outPath))
        fmt = QFileInfo(parser.value(outPath)).suffix().toLower();
    static const QStringList formats{QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("dot"),
                                     QStringLiteral("graphml"), QStringLiteral("json")};
    if (parser.isSet(outPath) && !formats.contains(fmt)) {
        err << Program << ": " << tr("unknown --format '%1' (svg, png, dot, graphml, json)").arg(fmt) << '\n';
        return UsageError;
    }
    if (!parser.isSet(outPath) && !parser.isSet(metrics)) {
        err << Program << ": " << tr("nothing to do: give --out PATH and/or --metrics") << '\n';
        return UsageError;
    }
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        err << Program << ": " << tr("--seed takes a non-negative integer") << '\n';
        return UsageError;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Program << ": " << tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
        return UsageError;
    }
    const QByteArray data = file.readAll();
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0 || timeoutSeconds > 86400) {
        err << Program << ": " << tr("--timeout takes seconds between 1 and 86400") << '\n';
        return UsageError;
    }
    std::expected<graph::Graph, QString> g;
    if (graphKind == graph::GraphKind::Proof) {
        // The one kind that runs a solver. Ctrl-C and SIGTERM stop it, nothing is written,
        // and the exit code is 128 + the signal.
        InterruptWatcher interrupt(QStringLiteral("proofdesk-cli graph"));
        std::atomic_bool cancel{false};
        QObject::connect(&interrupt, &InterruptWatcher::interrupted, &interrupt, [&](int signal) {
            err << Program << ": "
                << tr("interrupted by %1: stopping the solver (a second interrupt exits at once)").arg(InterruptWatcher::signalName(signal))
                << '\n' << Qt::flush;
            cancel = true;
        });
        const QString obligationId = parser.value(obligation);
        g = runReadingInterrupts([&] { return proofGraphOf(path, data, obligationId, timeoutSeconds * 1000, &cancel); });
        if (const int signal = interrupt.signalNumber()) {
            err << Program << ": " << tr("interrupted by %1: no graph written").arg(InterruptWatcher::signalName(signal)) << '\n';
            return InterruptWatcher::exitCode(signal);
        }
    } else {
        auto loaded = graph::loadGraph(pathStd, std::string_view(data.constData(), static_cast<std::size_t>(data.size())), graphKind);
        if (loaded)
            g = std::move(*loaded);
        else
            g = std::unexpected(QString::fromStdString(loaded.error()));
    }
    if (!g) {
        err << g.error() << '\n';
        return UsageError;
    }

    graph::LouvainOptions louvain;
    louvain.seed = seedValue;
    const graph::Metrics m = graph::computeMetrics(*g, louvain);
    if (parser.isSet(metrics))
        out << QString::fromStdString(graph::metricsText(*g, m));
    if (!parser.isSet(outPath))
        return Success;

    std::optional<graph::Layout> layout;
    if (fmt == QLatin1String("svg") || fmt == QLatin1String("png") || fmt == QLatin1String("json")) {
        graph::LayoutControl control;
        control.seed = seedValue;
        auto l = graph::autoLayout(*g, control);
        if (l)
            layout = std::move(*l);
    }
    graph::Style style;
    style.colourBy = graphKind == graph::GraphKind::Dependencies ? graph::ColourBy::Standing : graph::ColourBy::Community;
    style.community = m.communities.of;
    const QString target = parser.value(outPath);
    QByteArray bytes;
    if (fmt == QLatin1String("svg")) {
        bytes = QByteArray::fromStdString(graph::toSvg(*g, *layout, style));
    } else if (fmt == QLatin1String("png")) {
        const QImage image = renderGraph(*g, *layout, style);
        if (!image.save(target, "PNG")) {
            err << Program << ": " << tr("cannot write %1").arg(QDir::toNativeSeparators(target)) << '\n';
            return UsageError;
        }
        return Success;
    } else if (fmt == QLatin1String("dot")) {
        bytes = QByteArray::fromStdString(graph::toDot(*g, nullptr, m.communities.of));
    } else if (fmt == QLatin1String("graphml")) {
        bytes = QByteArray::fromStdString(graph::toGraphml(*g, nullptr, m.communities.of));
    } else {
        bytes = QByteArray::fromStdString(graph::toJson(*g, layout ? &*layout : nullptr, &m));
    }
    return writeBytes(target, bytes, err) ? Success : UsageError;
}

} // namespace proofdesk::cli
