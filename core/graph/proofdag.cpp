// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/proofdag.h"

#include <charconv>
#include <format>
#include <vector>

namespace proofdesk::graph {

namespace {

// Reads an unsigned decimal at the front of `s` and drops it (and one following space).
bool takeNumber(std::string_view &s, std::uint64_t &value)
{
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end == s.data())
        return false;
    s.remove_prefix(static_cast<std::size_t>(end - s.data()));
    if (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    return true;
}

} // namespace

std::expected<Graph, ProofDagError> proofGraph(std::string_view dump, const std::string &file)
{
    Graph g;
    auto &info = g[boost::graph_bundle];
    info.kind = GraphKind::Proof;
    info.directed = true;
    info.source = file;
    std::uint32_t lineNo = 0;
    const auto fail = [&](std::string message) { return std::unexpected(ProofDagError{lineNo, std::move(message)}); };
    struct PendingEdge {
        std::uint64_t from, to;
        std::uint32_t line;
    };
    std::vector<PendingEdge> edges;
    while (!dump.empty()) {
        ++lineNo;
        const std::size_t eol = dump.find('\n');
        std::string_view line = dump.substr(0, eol);
        dump.remove_prefix(eol == std::string_view::npos ? dump.size() : eol + 1);
        if (line.empty())
            continue;
        if (line.size() < 2 || line[1] != ' ')
            return fail(std::format("expected 'N', 'E' or 'T' and a space, found '{}'", line.substr(0, 20)));
        const char tag = line[0];
        line.remove_prefix(2);
        std::uint64_t a = 0, b = 0;
        if (!takeNumber(line, a))
            return fail("expected a number");
        switch (tag) {
        case 'N': {
            // Ids are dense and in order, so the vertex index is the id.
            if (a != num_vertices(g))
                return fail(std::format("step {} out of order (expected {})", a, num_vertices(g)));
            const std::size_t tab = line.find('\t');
            if (tab == std::string_view::npos || tab == 0)
                return fail("expected '<rule>\\t<conclusion>'");
            const std::string rule(line.substr(0, tab));
            const std::string_view conclusion = line.substr(tab + 1);
            add_vertex(Node{.name = std::format("{}:{}", a, rule),
                            .label = std::format("{}: {}", rule, conclusion),
                            .kind = rule == "ASSUME" ? NodeKind::Fact : NodeKind::ProofStep,
                            .file = file},
                       g);
            break;
        }
        case 'E':
            if (!takeNumber(line, b))
                return fail("expected a second number");
            edges.push_back({a, b, lineNo});
            break;
        case 'T':
            info.truncatedAt = a;
            break;
        default:
            return fail(std::format("unknown line kind '{}'", tag));
        }
    }
    const std::uint64_t n = num_vertices(g);
    for (const auto &[from, to, at] : edges) {
        lineNo = at;
        if (from >= n || to >= n)
            return fail(std::format("edge {} -> {} names a step that does not exist ({} steps)", from, to, n));
        add_edge(static_cast<Vertex>(from), static_cast<Vertex>(to), EdgeProps{.kind = EdgeKind::Premise}, g);
    }
    if (n == 0)
        return std::unexpected(ProofDagError{0, "the proof has no steps"});
    return g;
}

} // namespace proofdesk::graph
