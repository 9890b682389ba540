// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/load.h"

#include "cnf/dimacs.h"
#include "graph/builders.h"
#include "graph/cnfgraph.h"
#include "lang/module.h"

#include <filesystem>
#include <format>

namespace proofdesk::graph {

namespace {

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

std::optional<GraphKind> parseKind(std::string_view name)
{
    if (name == "vig")
        return GraphKind::Vig;
    if (name == "incidence")
        return GraphKind::Incidence;
    if (name == "deps")
        return GraphKind::Dependencies;
    if (name == "proof")
        return GraphKind::Proof;
    return std::nullopt;
}

GraphKind defaultKind(std::string_view path)
{
    return endsWith(path, ".pds") ? GraphKind::Dependencies : GraphKind::Vig;
}

std::expected<Graph, std::string> loadGraph(const std::string &path, std::string_view text, GraphKind kind)
{
    const bool pds = endsWith(path, ".pds");
    const bool smt = endsWith(path, ".smt2") || endsWith(path, ".smt");
    switch (kind) {
    case GraphKind::Proof:
        // The proof needs a solver run in a separate process (export/proofrequest.h), which
        // this library does not start; the caller reads the dump with graph/proofdag.h.
        return std::unexpected(std::format("{}: a proof graph is built from a solver's proof (graph/proofdag.h)", path));
    case GraphKind::Dependencies: {
        if (!pds)
            return std::unexpected(std::format("{}: a dependency graph needs a .pds sketch", path));
        // Imports resolve beside the sketch, as when it is checked.
        lang::AnalyzeOptions options;
        options.resolver = lang::fileSystemResolver(std::filesystem::absolute(std::filesystem::path(path)).parent_path().string());
        const auto module = lang::analyze(text, path, options);
        Graph g = dependencyGraph(module);
        g[boost::graph_bundle].source = path;
        return g;
    }
    case GraphKind::Vig:
    case GraphKind::Incidence:
        break;
    }
    if (pds)
        return std::unexpected(std::format("{}: vig and incidence graphs are drawn for .cnf and .smt2 files; "
                                           "use --kind deps for a sketch",
                                           path));
    if (smt) {
        auto g = smtGraph(text, kind);
        if (!g)
            return std::unexpected(std::format("{}:{}:{}: {}", path, g.error().line, g.error().column, g.error().message));
        (*g)[boost::graph_bundle].source = path;
        return std::move(*g);
    }
    auto formula = cnf::parseDimacs(text);
    if (!formula)
        return std::unexpected(std::format("{}:{}:{}: {}", path, formula.error().line, formula.error().column,
                                           formula.error().message));
    const CnfGraphOptions options{.maxClauseSize = CnfGraphOptions{}.maxClauseSize, .file = path};
    Graph g = kind == GraphKind::Vig ? variableInteractionGraph(clauseView(*formula), options)
                                     : clauseIncidenceGraph(clauseView(*formula), options);
    g[boost::graph_bundle].source = path;
    return g;
}

} // namespace proofdesk::graph
