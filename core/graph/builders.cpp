// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"

#include "interaction.h"
#include "sexpr.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace proofdesk::graph {

namespace {

class NodeIndex {
public:
    explicit NodeIndex(Graph &g) : m_g(g) {}
    Vertex add(Node n)
    {
        auto it = m_byName.find(n.name);
        if (it != m_byName.end())
            return it->second;
        std::string name = n.name;
        const Vertex v = boost::add_vertex(std::move(n), m_g);
        m_byName.emplace(std::move(name), v);
        return v;
    }
    const Vertex *find(const std::string &name) const
    {
        auto it = m_byName.find(name);
        return it == m_byName.end() ? nullptr : &it->second;
    }

private:
    Graph &m_g;
    std::unordered_map<std::string, Vertex> m_byName;
};

void addEdgeOnce(Graph &g, Vertex a, Vertex b, EdgeKind kind)
{
    for (auto e : boost::make_iterator_range(boost::out_edges(a, g)))
        if (boost::target(e, g) == b && g[e].kind == kind)
            return;
    boost::add_edge(a, b, EdgeProps{1.0, kind, false}, g);
}

// Labels of SMT atoms can be whole formulas; the view needs something short.
std::string shorten(std::string s, std::size_t max = 60)
{
    if (s.size() > max) {
        s.resize(max - 3);
        s += "...";
    }
    return s;
}

bool isConnective(const std::string &head)
{
    return head == "and" || head == "or" || head == "not" || head == "=>" || head == "xor";
}

// One atom with the symbols it mentions, for either graph.
struct Atom {
    std::string text;
    std::vector<std::string> symbols;
};

void atomsOf(const lang::Term &t, std::vector<Atom> &out)
{
    using K = lang::Term::Kind;
    const bool boolArgs = !t.args.empty() && t.args.front().sort.kind == lang::Sort::Kind::Bool;
    if (t.kind == K::Apply && !t.user &&
        (isConnective(t.head) || (t.head == "=" && boolArgs) ||
         (t.head == "ite" && t.sort.kind == lang::Sort::Kind::Bool))) {
        for (const auto &a : t.args)
            atomsOf(a, out);
        return;
    }
    if (t.kind == K::Literal)
        return; // true / false carry no structure
    Atom atom;
    atom.text = lang::printTerm(t);
    std::vector<std::string> sorts;
    lang::collectSymbols(t, atom.symbols, sorts);
    out.push_back(std::move(atom));
}

// `lines`: where each symbol is declared, when known (SMT-LIB text), so that the view can
// show the declaration of a clicked symbol.
Graph graphOfAtoms(const std::vector<Atom> &atoms, const std::vector<std::string> &declared, GraphKind kind,
                   const std::map<std::string, std::uint32_t> &lines = {})
{
    Graph g;
    g[boost::graph_bundle].kind = kind;
    NodeIndex index(g);
    for (const auto &s : declared) {
        auto it = lines.find(s);
        index.add(Node{.name = s, .kind = NodeKind::Symbol, .line = it == lines.end() ? 0u : it->second});
    }
    if (kind == GraphKind::Incidence) {
        std::set<std::string> seen;
        for (const auto &a : atoms) {
            if (!seen.insert(a.text).second)
                continue;
            const Vertex av = index.add(Node{.name = "atom:" + a.text, .label = shorten(a.text), .kind = NodeKind::Atom});
            std::set<std::string> unique(a.symbols.begin(), a.symbols.end());
            for (const auto &s : unique)
                boost::add_edge(av, index.add(Node{.name = s, .kind = NodeKind::Symbol}), EdgeProps{1.0, EdgeKind::Occurs, false}, g);
        }
        return g;
    }
    InteractionAccumulator acc;
    std::vector<std::uint32_t> ids;
    for (const auto &a : atoms) {
        ids.clear();
        for (const auto &s : a.symbols)
            ids.push_back(static_cast<std::uint32_t>(index.add(Node{.name = s, .kind = NodeKind::Symbol})));
        acc.addGroup(ids);
    }
    acc.addEdgesTo(g);
    return g;
}

// --- SMT text ---------------------------------------------------------------------------

void symbolsOf(const sexpr::Expr &e, const std::set<std::string> &declared, std::vector<std::string> &out)
{
    if (!e.list) {
        if (declared.contains(e.atom))
            out.push_back(e.atom);
        return;
    }
    for (const auto &i : e.items)
        symbolsOf(i, declared, out);
}

std::string printExpr(const sexpr::Expr &e)
{
    if (!e.list)
        return e.atom;
    std::string s = "(";
    for (std::size_t i = 0; i < e.items.size(); ++i) {
        if (i)
            s += ' ';
        s += printExpr(e.items[i]);
        if (s.size() > 200)
            break; // only a label; the structure is in the symbols
    }
    return s + ")";
}

void atomsOf(const sexpr::Expr &e, const std::set<std::string> &declared, std::vector<Atom> &out)
{
    if (e.list && !e.items.empty() && !e.items.front().list) {
        const std::string &head = e.items.front().atom;
        if (isConnective(head)) {
            for (std::size_t i = 1; i < e.items.size(); ++i)
                atomsOf(e.items[i], declared, out);
            return;
        }
        if (head == "!" && e.items.size() >= 2) { // (! F :named n)
            atomsOf(e.items[1], declared, out);
            return;
        }
    }
    if (!e.list && (e.atom == "true" || e.atom == "false"))
        return;
    Atom atom;
    atom.text = printExpr(e);
    symbolsOf(e, declared, atom.symbols);
    out.push_back(std::move(atom));
}

} // namespace

Graph dependencyGraph(const lang::Module &module, const DependencyInput &input)
{
    Graph g;
    g[boost::graph_bundle].kind = GraphKind::Dependencies;
    g[boost::graph_bundle].directed = true;
    g[boost::graph_bundle].source = module.file;
    NodeIndex index(g);

    auto standingOf = [](const std::map<std::string, Standing> &m, const std::string &key) {
        auto it = m.find(key);
        return it == m.end() ? Standing::None : it->second;
    };
    std::map<std::string, const lang::LemmaInfo *> lemmas;
    for (const auto &l : module.lemmas) {
        lemmas.emplace(l.name, &l);
        index.add(Node{.name = l.name, .kind = NodeKind::Lemma, .file = l.file,
                       .line = l.nameRange.begin.line, .standing = standingOf(input.lemmas, l.name)});
    }
    // A fact is named per lemma: two lemmas may both have an assumption called `h`.
    auto factNode = [&](const std::string &lemma, const std::string &fact) {
        Node n{.name = lemma + "/" + fact, .label = fact, .kind = NodeKind::Fact};
        if (auto it = lemmas.find(lemma); it != lemmas.end()) {
            n.file = it->second->file;
            n.line = it->second->range.begin.line;
        }
        return index.add(std::move(n));
    };
    for (const auto &o : module.obligations) {
        const Vertex lemma = index.add(Node{.name = o.lemma, .kind = NodeKind::Lemma, .file = o.file,
                                            .line = o.range.begin.line, .standing = standingOf(input.lemmas, o.lemma)});
        const Vertex step = index.add(Node{.name = o.id, .label = o.step, .kind = NodeKind::Step, .file = o.file,
                                           .line = o.range.begin.line,
                                           .standing = o.status == lang::ObligationStatus::Admitted ? Standing::Admitted
                                                       : o.status == lang::ObligationStatus::Error ? Standing::Error
                                                       : standingOf(input.obligations, o.id)});
        addEdgeOnce(g, lemma, step, EdgeKind::Contains);
        for (const auto &c : o.citedLemmas) {
            const Vertex target = index.add(Node{.name = c, .kind = NodeKind::Lemma, .standing = standingOf(input.lemmas, c)});
            if (target != lemma) // recursion through an induction hypothesis is not a dependency cycle
                addEdgeOnce(g, step, target, EdgeKind::Cites);
        }
        for (const auto &d : o.citedDefinitions)
            addEdgeOnce(g, step, index.add(Node{.name = "def:" + d, .label = d, .kind = NodeKind::Definition}), EdgeKind::Cites);
        for (const auto &f : o.citedFacts)
            addEdgeOnce(g, step, factNode(o.lemma, f), EdgeKind::Cites);
        if (auto it = input.cores.find(o.id); it != input.cores.end())
            for (const auto &f : it->second)
                addEdgeOnce(g, step, factNode(o.lemma, f), EdgeKind::Core);
    }
    return g;
}

Graph smtGraph(const lang::Script &script, GraphKind kind)
{
    std::vector<Atom> atoms;
    for (const auto &f : script.facts)
        atomsOf(f.formula, atoms);
    atomsOf(script.claim, atoms);
    std::vector<std::string> declared;
    for (const auto &d : script.declarations)
        if (d.kind == lang::Declaration::Kind::Function || d.kind == lang::Declaration::Kind::Definition ||
            d.kind == lang::Declaration::Kind::RecursiveDefinition)
            declared.push_back(d.name);
    return graphOfAtoms(atoms, declared, kind);
}

std::expected<Graph, SmtTextError> smtGraph(std::string_view smtText, GraphKind kind)
{
    auto exprs = sexpr::read(smtText);
    if (!exprs)
        return std::unexpected(SmtTextError{exprs.error().line, exprs.error().column, exprs.error().message});
    std::set<std::string> declaredSet;
    std::vector<std::string> declared;
    std::map<std::string, std::uint32_t> lines;
    for (const auto &e : *exprs) {
        if (!e.list || e.items.size() < 2 || e.items[0].list || e.items[1].list)
            continue;
        const std::string &head = e.items[0].atom;
        if (head == "declare-fun" || head == "declare-const" || head == "define-fun" || head == "define-fun-rec")
            if (declaredSet.insert(e.items[1].atom).second) {
                declared.push_back(e.items[1].atom);
                lines.emplace(e.items[1].atom, e.line);
            }
    }
    std::vector<Atom> atoms;
    for (const auto &e : *exprs)
        if (e.list && e.items.size() == 2 && e.items[0].isAtom("assert"))
            atomsOf(e.items[1], declaredSet, atoms);
    return graphOfAtoms(atoms, declared, kind, lines);
}

} // namespace proofdesk::graph
