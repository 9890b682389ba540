// SPDX-License-Identifier: GPL-3.0-or-later
#include "elaborator.h"

#include "log/log.h"
#include "parser.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace proofdesk::lang::detail {

namespace {

void sortsOf(const Sort &s, std::vector<std::string> &out)
{
    std::vector<std::string> syms;
    collectSymbols(Term::symbol({}, s, false), syms, out);
}

bool isDatatype(const Env &env, const Sort &s)
{
    if (s.kind != Sort::Kind::User)
        return false;
    auto it = env.sorts().find(s.name);
    return it != env.sorts().end() && env.decls()[static_cast<std::size_t>(it->second)].kind == Declaration::Kind::Datatype;
}

} // namespace

Term LemmaStatement::instance(const std::vector<Term> *args) const
{
    std::vector<Term> parts;
    for (const auto &a : assumptions)
        parts.push_back(a.formula);
    Term body = implication(conjunction(std::move(parts)), goal);
    if (args) {
        std::map<std::string, Term> repl;
        for (std::size_t i = 0; i < params.size() && i < args->size(); ++i)
            repl.emplace(params[i].name, (*args)[i]);
        return substitute(body, repl);
    }
    if (params.empty())
        return body;
    Term q;
    q.kind = Term::Kind::Quantifier;
    q.head = "forall";
    q.binders = params;
    q.sort = Sort::boolean();
    q.args.push_back(std::move(body));
    return q;
}

Elaborator::Elaborator(Module &module, const AnalyzeOptions &options) : m_module(module), m_options(options) {}

void Elaborator::run(ast::File &file, std::string_view text, const std::string &fileName, bool keep)
{
    auto savedChecker = std::move(m_checker);
    const auto savedText = m_text;
    const auto savedFile = m_file;
    const bool savedKeep = m_keep;
    m_checker = std::make_unique<ExprChecker>(m_env, text, fileName, m_module.diagnostics);
    m_text = text;
    m_file = fileName;
    m_keep = keep;
    m_importStack.push_back(fileName);

    for (std::size_t i = 0; i < file.decls.size(); ++i) {
        auto &d = file.decls[i];
        if (m_module.diagnostics.size() > m_options.maxDiagnostics)
            break;
        if (keep && d.kind == ast::Decl::Kind::Lemma && (m_previous || m_next)) {
            std::size_t end = text.size();
            if (i + 1 < file.decls.size()) {
                // Up to the next declaration's keyword, which a message may name.
                end = file.decls[i + 1].range.begin.offset;
                while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])))
                    ++end;
            }
            documentLemma(d, end);
        } else {
            declare(d);
        }
        // Nothing may point into the released tree (lemma() leaves m_lemma set when it
        // returns early for a lemma with errors).
        m_lemma = LemmaState{};
        d.lemma.reset();
    }

    m_importStack.pop_back();
    m_checker = std::move(savedChecker);
    m_text = savedText;
    m_file = savedFile;
    m_keep = savedKeep;
}

void Elaborator::setReuse(const ReuseState *previous, ReuseState *next, int *reused, int *elaborated)
{
    m_previous = previous;
    m_next = next;
    m_reused = reused;
    m_elaborated = elaborated;
    m_env.setLogging(next != nullptr);
    m_env.compareLogWith(previous ? &previous->log : nullptr);
}

std::vector<EnvWrite> Elaborator::takeLog()
{
    return m_env.takeLog();
}

namespace {

SourcePos moved(SourcePos p, std::int64_t lines, std::int64_t bytes)
{
    p.line = static_cast<std::uint32_t>(p.line + lines);
    p.offset = static_cast<std::uint32_t>(p.offset + bytes);
    return p;
}

SourceRange moved(const SourceRange &r, std::int64_t lines, std::int64_t bytes)
{
    return {moved(r.begin, lines, bytes), moved(r.end, lines, bytes)};
}

} // namespace

void Elaborator::documentLemma(const ast::Decl &d, std::size_t textEnd)
{
    const std::size_t textBegin = d.range.begin.offset;
    if (m_previous) {
        const auto found = m_previous->byText.find(m_text.substr(textBegin, textEnd - textBegin));
        if (found != m_previous->byText.end())
            for (const std::size_t index : found->second)
                if (reuse(m_previous->lemmas[index], d, textEnd)) {
                    if (m_reused)
                        ++*m_reused;
                    return;
                }
    }
    LemmaMemo memo;
    memo.textBegin = textBegin;
    memo.textEnd = textEnd;
    memo.begin = d.range.begin;
    memo.logLength = m_env.globalLog().size();
    memo.obligationsBegin = m_module.obligations.size();
    memo.diagnosticsBegin = m_module.diagnostics.size();
    const std::size_t infoIndex = m_module.lemmas.size();
    EnvRecord record;
    m_renumbered = false;
    m_lineSensitive = false;
    if (m_next)
        m_env.setRecord(&record);
    declare(d);
    m_env.setRecord(nullptr);
    if (m_elaborated)
        ++*m_elaborated;
    // An id numbered because another lemma has the same name depends on that lemma: not kept.
    if (!m_next || m_renumbered || infoIndex >= m_module.lemmas.size())
        return;
    memo.reads = std::move(record.reads);
    memo.writes = std::move(record.writes);
    memo.lineSensitive = m_lineSensitive;
    memo.obligationsEnd = m_module.obligations.size();
    memo.diagnosticsEnd = m_module.diagnostics.size();
    memo.info = m_module.lemmas[infoIndex];
    m_next->lemmas.push_back(std::move(memo));
}

bool Elaborator::reuse(const LemmaMemo &old, const ast::Decl &d, std::size_t textEnd)
{
    const SourcePos begin = d.range.begin;
    // Columns are counted from the start of the line: the same text elsewhere on a line
    // has other ones.
    if (begin.column != old.begin.column || (old.lineSensitive && begin.line != old.begin.line))
        return false;
    const std::size_t logLength = m_env.globalLog().size();
    if (old.logLength != logLength || m_env.matchingLog() < logLength)
        return false;
    for (const EnvRead &r : old.reads)
        if (!m_env.reads(r))
            return false;
    const Module &before = *m_previous->module;
    for (std::size_t i = old.obligationsBegin; i < old.obligationsEnd; ++i)
        if (m_ids.contains(before.obligations[i].id))
            return false;

    const std::int64_t lines = std::int64_t(begin.line) - std::int64_t(old.begin.line);
    const std::int64_t bytes = std::int64_t(begin.offset) - std::int64_t(old.begin.offset);
    LemmaMemo memo = old;
    memo.textBegin = begin.offset;
    memo.textEnd = textEnd;
    memo.begin = begin;
    for (EnvWrite &w : memo.writes) {
        if (auto *declared = std::get_if<write::SetDeclared>(&w))
            declared->where.range = moved(declared->where.range, lines, bytes);
        m_env.apply(w);
    }
    memo.info.range = moved(memo.info.range, lines, bytes);
    memo.info.nameRange = moved(memo.info.nameRange, lines, bytes);
    m_module.lemmas.push_back(memo.info);
    memo.obligationsBegin = m_module.obligations.size();
    for (std::size_t i = old.obligationsBegin; i < old.obligationsEnd; ++i) {
        Obligation o = before.obligations[i];
        o.range = moved(o.range, lines, bytes);
        m_ids.insert(o.id);
        m_module.obligations.push_back(std::move(o));
    }
    memo.obligationsEnd = m_module.obligations.size();
    memo.diagnosticsBegin = m_module.diagnostics.size();
    for (std::size_t i = old.diagnosticsBegin; i < old.diagnosticsEnd; ++i) {
        Diagnostic diagnostic = before.diagnostics[i];
        diagnostic.range = moved(diagnostic.range, lines, bytes);
        m_module.diagnostics.push_back(std::move(diagnostic));
    }
    memo.diagnosticsEnd = m_module.diagnostics.size();
    if (m_next)
        m_next->lemmas.push_back(std::move(memo));
    return true;
}

bool Elaborator::claimName(const std::string &name, const SourceRange &r)
{
    if (ExprChecker::isBuiltinName(name)) {
        m_checker->error(r, "`" + name + "` is a built-in name; choose another");
        return false;
    }
    if (m_env.nameTaken(name)) {
        std::string where;
        if (const Declared *at = m_env.declared(name))
            where = " (line " + std::to_string(at->range.begin.line) + (at->file != m_file ? " of " + at->file : "") + ")";
        m_checker->error(r, "`" + name + "` is already declared" + where);
        return false;
    }
    m_env.apply(write::SetDeclared{name, {r, m_file}});
    return true;
}

void Elaborator::addGlobal(Declaration decl, std::vector<std::string> uses)
{
    for (const auto &s : decl.domain)
        sortsOf(s, uses);
    for (const auto &b : decl.parameters)
        sortsOf(b.sort, uses);
    sortsOf(decl.range, uses);
    if (decl.kind == Declaration::Kind::Definition || decl.kind == Declaration::Kind::RecursiveDefinition) {
        std::vector<std::string> sorts;
        collectSymbols(decl.body, uses, sorts);
        uses.insert(uses.end(), sorts.begin(), sorts.end());
    }
    std::erase(uses, decl.name);
    m_env.apply(write::AddDecl{std::move(decl), std::move(uses)});
}

void Elaborator::declare(const ast::Decl &d)
{
    using DK = ast::Decl::Kind;
    switch (d.kind) {
    case DK::Import:
        importFile(d);
        return;
    case DK::Lemma:
        lemma(*d.lemma, d.range);
        return;
    case DK::Sort: {
        if (!claimName(d.name, d.nameRange))
            return;
        m_env.apply(write::SetSort{d.name, static_cast<int>(m_env.decls().size())});
        Declaration decl;
        decl.kind = Declaration::Kind::Sort;
        decl.name = d.name;
        addGlobal(std::move(decl));
        return;
    }
    case DK::Datatype:
        declareDatatype(d);
        return;
    case DK::Const:
    case DK::Fun: {
        if (!claimName(d.name, d.nameRange))
            return;
        Declaration decl;
        decl.kind = Declaration::Kind::Function;
        decl.name = d.name;
        for (const auto &p : d.params) {
            Sort s = m_checker->resolveSort(p.sort);
            if (s.isError())
                return;
            decl.domain.push_back(s);
        }
        decl.range = m_checker->resolveSort(*d.sort);
        if (decl.range.isError())
            return;
        Symbol sym{Symbol::Kind::Function, decl.domain, decl.range, {}, static_cast<int>(m_env.decls().size())};
        m_env.apply(write::SetSymbol{d.name, std::move(sym)});
        addGlobal(std::move(decl));
        return;
    }
    case DK::Def: {
        if (!claimName(d.name, d.nameRange))
            return;
        Declaration decl;
        decl.kind = d.recursive ? Declaration::Kind::RecursiveDefinition : Declaration::Kind::Definition;
        decl.name = d.name;
        Scope scope;
        bool ok = true;
        for (const auto &p : d.params) {
            Sort s = m_checker->resolveSort(p.sort);
            ok = ok && !s.isError();
            decl.parameters.push_back({p.name, s});
            scope.push_back({p.name, s});
        }
        decl.range = m_checker->resolveSort(*d.sort);
        if (!ok || decl.range.isError())
            return;
        std::vector<Sort> domain;
        for (const auto &b : decl.parameters)
            domain.push_back(b.sort);
        const int index = static_cast<int>(m_env.decls().size());
        if (d.recursive) // a plain definition cannot mention itself
            m_env.apply(write::SetSymbol{d.name, Symbol{Symbol::Kind::Definition, domain, decl.range, {}, index}});
        decl.body = m_checker->expect(*d.body, scope, decl.range);
        m_env.apply(write::SetSymbol{d.name, Symbol{Symbol::Kind::Definition, domain, decl.range, {}, index}});
        if (decl.body.sort.isError()) {
            // Keep the name usable (as an uninterpreted function) so one mistake in a body
            // does not cascade into every lemma that mentions it.
            decl.kind = Declaration::Kind::Function;
            decl.domain = domain;
            decl.parameters.clear();
            decl.body = {};
        }
        m_env.apply(write::AddDefinitionFact{d.name + ".def", d.name});
        addGlobal(std::move(decl));
        return;
    }
    case DK::Axiom: {
        if (!claimName(d.name, d.nameRange))
            return;
        Scope scope;
        Term t = m_checker->expect(*d.body, scope, Sort::boolean());
        if (!t.sort.isError())
            m_env.apply(write::AddAxiom{{d.name, std::move(t)}});
        return;
    }
    }
}

void Elaborator::declareDatatype(const ast::Decl &d)
{
    if (!claimName(d.name, d.nameRange))
        return;
    const int index = static_cast<int>(m_env.decls().size());
    m_env.apply(write::SetSort{d.name, index}); // fields may refer to the datatype itself
    Declaration decl;
    decl.kind = Declaration::Kind::Datatype;
    decl.name = d.name;
    const Sort self = Sort::user(d.name);
    bool base = false;
    std::vector<std::pair<std::string, Symbol>> symbols;
    for (const auto &c : d.ctors) {
        if (!claimName(c.name, c.range))
            continue;
        Constructor ctor;
        ctor.name = c.name;
        bool recursive = false;
        for (const auto &f : c.fields) {
            Sort s = m_checker->resolveSort(f.sort);
            if (s.isError())
                return;
            if (!claimName(f.name, f.range))
                continue;
            recursive = recursive || s == self;
            ctor.fields.push_back({f.name, s});
            symbols.emplace_back(f.name, Symbol{Symbol::Kind::Selector, {self}, s, {}, index});
        }
        base = base || !recursive;
        std::vector<Sort> domain;
        for (const auto &f : ctor.fields)
            domain.push_back(f.sort);
        symbols.emplace_back(c.name, Symbol{Symbol::Kind::Constructor, domain, self, {}, index});
        const std::string tester = "is_" + c.name;
        if (claimName(tester, c.range))
            symbols.emplace_back(tester, Symbol{Symbol::Kind::Tester, {self}, Sort::boolean(), c.name, index});
        decl.constructors.push_back(std::move(ctor));
    }
    if (!base) {
        m_checker->error(d.nameRange, "datatype `" + d.name +
                                          "` has no constructor without a `" + d.name +
                                          "` field, so it has no values; add a base case such as `nil`");
    }
    for (auto &[n, s] : symbols)
        m_env.apply(write::SetSymbol{n, std::move(s)});
    addGlobal(std::move(decl));
}

void Elaborator::importFile(const ast::Decl &d)
{
    if (!m_options.resolver) {
        m_checker->error(d.range, "imports are not available for this document (it has no folder)");
        return;
    }
    auto result = m_options.resolver(m_file, d.path);
    if (auto *err = std::get_if<ImportError>(&result)) {
        m_checker->error(d.range, err->message);
        return;
    }
    auto &imported = std::get<ImportedText>(result);
    if (std::find(m_importStack.begin(), m_importStack.end(), imported.file) != m_importStack.end()) {
        std::string cycle;
        for (const auto &f : m_importStack)
            cycle += f + " → ";
        m_checker->error(d.range, "import cycle: " + cycle + imported.file);
        return;
    }
    if (!m_imported.insert(imported.file).second)
        return; // already imported through another path
    m_texts.push_back(std::move(imported.text));
    const std::string &text = m_texts.back();
    ast::File f = parse(text, imported.file, m_module.diagnostics);
    run(f, text, imported.file, false);
}

std::string Elaborator::firstErrorSince(std::size_t before) const
{
    for (std::size_t i = before; i < m_module.diagnostics.size(); ++i)
        if (m_module.diagnostics[i].severity == Severity::Error)
            return m_module.diagnostics[i].message;
    return "this step has errors";
}

void Elaborator::lemma(const ast::Lemma &l, const SourceRange &range)
{
    LemmaInfo info;
    info.name = l.name;
    info.file = m_file;
    info.range = range;
    info.nameRange = l.nameRange;
    m_lemma = LemmaState{};
    m_lemma.ast = &l;
    // Facts of the previous lemma are not asked for again, except the axioms: those reach
    // every lemma, and what their text needs does not change from lemma to lemma (their
    // names are globals, which cannot be declared twice; bound names are not among them).
    std::erase_if(m_factTexts, [&](const auto &entry) {
        return std::none_of(m_env.axioms().begin(), m_env.axioms().end(),
                            [&](const NamedFact &a) { return a.formula.args.identity() == entry.first; });
    });
    m_printedLocals.clear();
    m_module.lemmas.push_back(info);
    const std::size_t infoIndex = m_module.lemmas.size() - 1;
    auto markErrors = [&] { if (m_keep) m_module.lemmas[infoIndex].hasErrors = true; };
    auto registerBroken = [&] {
        if (!m_env.nameTaken(l.name)) {
            LemmaStatement st;
            st.file = m_file;
            st.broken = true;
            m_env.apply(write::SetLemma{l.name, std::move(st)});
        }
    };

    if (l.broken) {
        emitError(ObligationKind::Goal, "syntax", "syntax error", l.errorRange, l.errorMessage);
        markErrors();
        registerBroken();
        return;
    }
    const std::size_t before = m_module.diagnostics.size();
    if (!claimName(l.name, l.nameRange)) {
        emitError(ObligationKind::Goal, "name", "name", l.nameRange, firstErrorSince(before));
        markErrors();
        return;
    }

    Context ctx;
    for (const auto &p : l.params) {
        Sort s = m_checker->resolveSort(p.sort);
        if (s.isError())
            continue;
        if (m_env.nameTaken(p.name) || ExprChecker::isBuiltinName(p.name)) {
            m_checker->error(p.range, "parameter `" + p.name + "` has the name of a declaration; rename it");
            continue;
        }
        if (std::any_of(m_lemma.params.begin(), m_lemma.params.end(), [&](const Binder &b) { return b.name == p.name; })) {
            m_checker->error(p.range, "parameter `" + p.name + "` appears twice");
            continue;
        }
        Declaration decl;
        decl.kind = Declaration::Kind::Function;
        decl.name = p.name;
        decl.range = s;
        decl.local = true;
        ctx.localDecls.push_back(decl);
        ctx.scope.push_back({p.name, s});
        m_lemma.params.push_back({p.name, s});
    }
    for (std::size_t i = 0; i < l.assumptions.size(); ++i) {
        const auto &a = l.assumptions[i];
        Term t = m_checker->expect(a.formula, ctx.scope, Sort::boolean());
        const std::string name = a.name.empty() ? "assumption" + std::to_string(i + 1) : a.name;
        if (std::any_of(m_lemma.assumptions.begin(), m_lemma.assumptions.end(), [&](const NamedFact &f) { return f.name == name; }))
            m_checker->error(a.range, "two assumptions are named `" + name + "`");
        m_lemma.assumptions.push_back({name, std::move(t)});
    }
    m_lemma.goal = m_checker->expect(*l.goal, ctx.scope, Sort::boolean());

    if (m_module.diagnostics.size() > before) {
        // The statement itself is wrong: nothing about this lemma can be checked.
        const Diagnostic &first = m_module.diagnostics[before];
        emitError(ObligationKind::Goal, "statement", "statement", first.range, first.message);
        markErrors();
        registerBroken();
        return;
    }
    for (const auto &a : m_lemma.assumptions)
        m_module.lemmas[infoIndex].assumptions.push_back(a.name);
    ctx.local = m_lemma.assumptions;
    m_lemma.info = &m_module.lemmas[infoIndex];

    const std::size_t errorsBefore = m_module.diagnostics.size();
    if (!l.proof)
        justify(l.headerJustification, ctx, m_lemma.goal, ObligationKind::Goal, "show", "show", l.showRange);
    else
        block(l.proof->steps, ctx, m_lemma.goal, {}, l.proof->qedRange, true);
    if (m_module.diagnostics.size() > errorsBefore)
        markErrors();

    LemmaStatement st;
    st.file = m_file;
    st.params = m_lemma.params;
    st.assumptions = m_lemma.assumptions;
    st.goal = m_lemma.goal;
    m_env.apply(write::SetLemma{l.name, std::move(st)});
    m_lemma = LemmaState{};
}

std::vector<NamedFact> Elaborator::everything(const Context &ctx) const
{
    std::vector<NamedFact> facts;
    facts.reserve(m_env.axioms().size() + ctx.local.size() + ctx.steps.size());
    facts.insert(facts.end(), m_env.axioms().begin(), m_env.axioms().end());
    facts.insert(facts.end(), ctx.local.begin(), ctx.local.end());
    facts.insert(facts.end(), ctx.steps.begin(), ctx.steps.end());
    return facts;
}

void Elaborator::block(const std::vector<ast::Step> &steps, Context ctx, const Term &goal, const std::string &path,
                       const SourceRange &end, bool topLevel)
{
    bool closed = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const ast::Step &s = steps[i];
        const std::size_t before = m_module.diagnostics.size();
        if (closed) {
            m_checker->error(s.headRange, "nothing may follow here: the goal was already proved by the step above");
            emitError(ObligationKind::Show, path + "after show", "unreachable step", s.headRange, firstErrorSince(before));
            continue;
        }
        switch (s.kind) {
        case ast::Step::Kind::Have: {
            m_lineSensitive = m_lineSensitive || s.name.empty();
            const std::string factName = s.name.empty() ? "step" + std::to_string(s.headRange.begin.line) : s.name;
            const std::string label = s.name.empty() ? "have (line " + std::to_string(s.headRange.begin.line) + ")"
                                                     : "have " + s.name;
            Term claim = m_checker->expect(*s.claim, ctx.scope, Sort::boolean());
            const bool clash = std::any_of(ctx.local.begin(), ctx.local.end(), [&](const NamedFact &f) { return f.name == factName; }) ||
                               std::any_of(ctx.steps.begin(), ctx.steps.end(), [&](const NamedFact &f) { return f.name == factName; });
            if (clash)
                m_checker->error(s.headRange, "a fact named `" + factName + "` is already in scope");
            if (claim.sort.isError() || clash) {
                emitError(ObligationKind::Have, path + label, label, s.headRange, firstErrorSince(before));
                continue;
            }
            justify(s.justification, ctx, claim, ObligationKind::Have, path + label, label, s.headRange);
            ctx.steps.push_back({factName, std::move(claim)});
            break;
        }
        case ast::Step::Kind::Show: {
            Term claim = goal;
            if (s.claim) {
                Term stated = m_checker->expect(*s.claim, ctx.scope, Sort::boolean());
                if (stated.sort.isError()) {
                    emitError(ObligationKind::Show, path + "show", "show", s.headRange, firstErrorSince(before));
                    closed = true;
                    continue;
                }
                claim = conjunction({std::move(stated), goal});
            }
            justify(s.justification, ctx, std::move(claim), ObligationKind::Show, path + "show", "show", s.headRange);
            closed = true;
            break;
        }
        case ast::Step::Kind::Obtain: {
            std::vector<Binder> vars;
            bool ok = true;
            for (const auto &v : s.vars) {
                Sort srt = m_checker->resolveSort(v.sort);
                const bool taken = m_env.nameTaken(v.name) ||
                                   std::any_of(ctx.scope.begin(), ctx.scope.end(), [&](const ScopeEntry &e) { return e.name == v.name; });
                if (taken)
                    m_checker->error(v.range, "`" + v.name + "` is already in use; obtain a fresh name");
                ok = ok && !srt.isError() && !taken;
                vars.push_back({v.name, srt});
            }
            std::string label = "obtain";
            for (const auto &v : vars)
                label += " " + v.name;
            if (!ok) {
                emitError(ObligationKind::Obtain, path + label, label, s.headRange, firstErrorSince(before));
                continue;
            }
            for (const auto &v : vars)
                ctx.scope.push_back({v.name, v.sort});
            Term body = m_checker->expect(*s.claim, ctx.scope, Sort::boolean());
            if (body.sort.isError()) {
                ctx.scope.resize(ctx.scope.size() - vars.size());
                emitError(ObligationKind::Obtain, path + label, label, s.headRange, firstErrorSince(before));
                continue;
            }
            Term exists;
            exists.kind = Term::Kind::Quantifier;
            exists.head = "exists";
            exists.binders = vars;
            exists.sort = Sort::boolean();
            exists.args.push_back(body);
            // The existence claim is checked before the witnesses are in scope.
            Context before_ctx = ctx;
            before_ctx.scope.resize(before_ctx.scope.size() - vars.size());
            justify(s.justification, before_ctx, std::move(exists), ObligationKind::Obtain, path + label, label, s.headRange);
            for (const auto &v : vars) {
                Declaration decl;
                decl.kind = Declaration::Kind::Function;
                decl.name = v.name;
                decl.range = v.sort;
                decl.local = true;
                ctx.localDecls.push_back(std::move(decl));
            }
            ctx.local.push_back({s.name.empty() ? "obtained_" + vars.front().name : s.name, std::move(body)});
            break;
        }
        case ast::Step::Kind::Cases: {
            std::vector<Term> conds;
            bool ok = true;
            std::vector<std::string> names;
            for (const auto &c : s.cases) {
                if (!c.vars.empty()) {
                    m_checker->error(c.headRange, "only `induction` cases bind variables");
                    ok = false;
                }
                if (!c.condition) {
                    m_checker->error(c.headRange, "case `" + c.name + "` needs a condition, as in `case " + c.name + ": x >= 0`");
                    ok = false;
                    continue;
                }
                if (std::find(names.begin(), names.end(), c.name) != names.end()) {
                    m_checker->error(c.headRange, "two cases are named `" + c.name + "`");
                    ok = false;
                }
                names.push_back(c.name);
                Term t = m_checker->expect(*c.condition, ctx.scope, Sort::boolean());
                ok = ok && !t.sort.isError();
                conds.push_back(std::move(t));
            }
            if (!ok) {
                emitError(ObligationKind::Cases, path + "cases", "cases", s.headRange, firstErrorSince(before));
                closed = true;
                continue;
            }
            Term exhaustive = conds.size() == 1 ? conds.front() : Term::apply("or", conds, Sort::boolean());
            // Exhaustiveness holds in the local context (ctx.local, not the earlier steps),
            // plus any facts cited with `cases by`.
            if (s.justification.kind == ast::Justification::Kind::By) {
                auto cited = resolve(s.justification.refs, ctx);
                if (!cited) {
                    emitError(ObligationKind::Cases, path + "cases", "cases", s.headRange, firstErrorSince(before));
                } else {
                    std::vector<NamedFact> facts = ctx.local;
                    facts.insert(facts.end(), cited->facts.begin(), cited->facts.end());
                    emit(ObligationKind::Cases, path + "cases", "cases", s.headRange, std::move(facts), exhaustive,
                         ctx, ObligationStatus::ToSolve, &*cited);
                }
            } else {
                emit(ObligationKind::Cases, path + "cases", "cases", s.headRange, ctx.local, exhaustive, ctx,
                     ObligationStatus::ToSolve);
            }
            for (std::size_t k = 0; k < s.cases.size(); ++k) {
                Context inner = ctx;
                inner.local.push_back({s.cases[k].name, conds[k]});
                block(s.cases[k].steps, std::move(inner), goal, path + "case " + s.cases[k].name + "/",
                      s.cases[k].range, false);
            }
            closed = true;
            break;
        }
        case ast::Step::Kind::Induction:
            if (!topLevel || i != 0) {
                m_checker->error(s.headRange, "`induction` must be the first step of a lemma's proof");
                emitError(ObligationKind::Induction, path + "induction", "induction", s.headRange, firstErrorSince(before));
            } else {
                induction(s, ctx, path);
            }
            closed = true;
            break;
        }
    }
    if (!closed) {
        const std::size_t before = m_module.diagnostics.size();
        m_checker->error(end, "the proof ends without `show`: the goal `" + printTerm(goal) + "` is not proved");
        emitError(ObligationKind::Show, path + "show", "show", end, firstErrorSince(before));
    }
}

void Elaborator::induction(const ast::Step &s, const Context &ctx, const std::string &path)
{
    const std::size_t before = m_module.diagnostics.size();
    const std::string &v = s.inductionVar;
    const std::string label = "induction " + v;
    auto param = std::find_if(m_lemma.params.begin(), m_lemma.params.end(), [&](const Binder &b) { return b.name == v; });
    if (param == m_lemma.params.end()) {
        m_checker->error(s.headRange, "induction needs a parameter of the lemma; `" + v + "` is not one");
        emitError(ObligationKind::Induction, path + label, label, s.headRange, firstErrorSince(before));
        return;
    }
    const Sort sort = param->sort;

    auto at = [&](const Term &value) {
        std::map<std::string, Term> repl{{v, value}};
        std::vector<NamedFact> facts;
        for (const auto &a : m_lemma.assumptions)
            facts.push_back({a.name, substitute(a.formula, repl)});
        return facts;
    };
    auto statementAt = [&](const Term &value) {
        std::vector<Term> parts;
        for (const auto &a : at(value))
            parts.push_back(a.formula);
        return implication(conjunction(std::move(parts)), substitute(m_lemma.goal, {{v, value}}));
    };
    auto findCase = [&](const std::string &name) -> const ast::Case * {
        for (const auto &c : s.cases)
            if (c.name == name)
                return &c;
        return nullptr;
    };

    if (sort.kind == Sort::Kind::Int) {
        Term lo = Term::literal("0", Sort::integer());
        if (s.inductionFrom) {
            Scope scope = ctx.scope;
            lo = m_checker->expect(*s.inductionFrom, scope, Sort::integer());
            if (lo.sort.isError()) {
                emitError(ObligationKind::Induction, path + label, label, s.headRange, firstErrorSince(before));
                return;
            }
        }
        const Term var = Term::symbol(v, sort);
        for (const auto &c : s.cases)
            if (c.name != "base" && c.name != "step")
                m_checker->error(c.headRange, "induction on an integer has the cases `base` and `step`, not `" + c.name + "`");
        for (const char *needed : {"base", "step"})
            if (!findCase(needed))
                m_checker->error(s.headRange, std::string("induction on `") + v + "` is missing `case " + needed + ":`");
        if (m_module.diagnostics.size() > before) {
            emitError(ObligationKind::Induction, path + label, label, s.headRange, firstErrorSince(before));
            return;
        }
        // Without this the lemma would claim more than the induction proves.
        emit(ObligationKind::Induction, path + label, label, s.headRange, ctx.local,
             Term::apply(">=", {var, lo}, Sort::boolean()), ctx, ObligationStatus::ToSolve);

        const ast::Case *base = findCase("base");
        Context cb = ctx;
        cb.local = at(lo);
        block(base->steps, std::move(cb), substitute(m_lemma.goal, {{v, lo}}), path + "case base/", base->range, false);

        const ast::Case *step = findCase("step");
        const Term next = Term::apply("+", {var, Term::literal("1", Sort::integer())}, Sort::integer());
        Context cs = ctx;
        cs.local = at(next);
        cs.local.push_back({"ih", statementAt(var)});
        cs.local.push_back({"ih_lo", Term::apply(">=", {var, lo}, Sort::boolean())});
        block(step->steps, std::move(cs), substitute(m_lemma.goal, {{v, next}}), path + "case step/", step->range, false);
        return;
    }

    if (!isDatatype(m_env, sort)) {
        m_checker->error(s.headRange, "induction works on an Int or a datatype parameter; `" + v + "` is a " + sort.display());
        emitError(ObligationKind::Induction, path + label, label, s.headRange, firstErrorSince(before));
        return;
    }
    if (s.inductionFrom)
        m_checker->error(s.inductionFrom->range, "`from` applies to induction on integers only");
    const Declaration &dt = m_env.decls()[static_cast<std::size_t>(m_env.sorts().at(sort.name))];
    for (const auto &c : s.cases) {
        auto ctor = std::find_if(dt.constructors.begin(), dt.constructors.end(), [&](const Constructor &k) { return k.name == c.name; });
        if (ctor == dt.constructors.end())
            m_checker->error(c.headRange, "`" + c.name + "` is not a constructor of `" + dt.name + "`");
        else if (ctor->fields.size() != c.vars.size())
            m_checker->error(c.headRange, "`" + c.name + "` has " + std::to_string(ctor->fields.size()) +
                                              " fields; name each, as in `case " + c.name + "(…)`");
    }
    for (const auto &k : dt.constructors)
        if (!findCase(k.name))
            m_checker->error(s.headRange, "induction on `" + v + "` is missing the case for `" + k.name + "`");
    if (m_module.diagnostics.size() > before) {
        emitError(ObligationKind::Induction, path + label, label, s.headRange, firstErrorSince(before));
        return;
    }
    for (const auto &k : dt.constructors) {
        const ast::Case *c = findCase(k.name);
        const std::size_t caseBefore = m_module.diagnostics.size();
        Context cc = ctx;
        std::vector<Term> fields;
        for (std::size_t i = 0; i < k.fields.size(); ++i) {
            const std::string &name = c->vars[i];
            if (m_env.nameTaken(name) ||
                std::any_of(cc.scope.begin(), cc.scope.end(), [&](const ScopeEntry &e) { return e.name == name; }))
                m_checker->error(c->varRanges[i], "`" + name + "` is already in use; pick a fresh name");
            Declaration decl;
            decl.kind = Declaration::Kind::Function;
            decl.name = name;
            decl.range = k.fields[i].sort;
            decl.local = true;
            cc.localDecls.push_back(decl);
            cc.scope.push_back({name, k.fields[i].sort});
            fields.push_back(Term::symbol(name, k.fields[i].sort));
        }
        const std::string casePath = path + "case " + k.name + "/";
        if (m_module.diagnostics.size() > caseBefore) {
            emitError(ObligationKind::Show, casePath + "show", "show", c->headRange, firstErrorSince(caseBefore));
            continue;
        }
        const Term value = fields.empty() ? Term::symbol(k.name, sort) : Term::apply(k.name, fields, sort, true);
        cc.local = at(value);
        std::vector<std::string> recursive;
        for (std::size_t i = 0; i < k.fields.size(); ++i)
            if (k.fields[i].sort == sort) {
                cc.local.push_back({"ih_" + c->vars[i], statementAt(fields[i])});
                recursive.push_back(c->vars[i]);
            }
        if (recursive.size() == 1)
            cc.local.push_back({"ih", cc.local.back().formula});
        block(c->steps, std::move(cc), substitute(m_lemma.goal, {{v, value}}), casePath, c->range, false);
    }
}

void Elaborator::justify(const ast::Justification &j, Context &ctx, Term claim, ObligationKind kind,
                         const std::string &path, const std::string &label, const SourceRange &range)
{
    switch (j.kind) {
    case ast::Justification::Kind::None:
        emit(kind, path, label, range, everything(ctx), std::move(claim), ctx, ObligationStatus::ToSolve);
        return;
    case ast::Justification::Kind::Sorry:
        emit(kind, path, label, range, everything(ctx), std::move(claim), ctx, ObligationStatus::Admitted);
        return;
    case ast::Justification::Kind::By: {
        const std::size_t before = m_module.diagnostics.size();
        auto cited = resolve(j.refs, ctx);
        if (!cited) {
            emitError(kind, path, label, range, firstErrorSince(before));
            return;
        }
        std::vector<NamedFact> facts = ctx.local;
        facts.insert(facts.end(), cited->facts.begin(), cited->facts.end());
        emit(kind, path, label, range, std::move(facts), std::move(claim), ctx, ObligationStatus::ToSolve, &*cited);
        return;
    }
    case ast::Justification::Kind::Proof:
        block(j.proof->steps, ctx, claim, path + "/", j.proof->qedRange, false);
        return;
    }
}

std::optional<NamedFact> Elaborator::instantiate(const NamedFact &f, const ast::Ref &ref, Context &ctx)
{
    Term t = f.formula;
    std::size_t used = 0;
    while (used < ref.args.size()) {
        if (t.kind != Term::Kind::Quantifier || t.head != "forall") {
            m_checker->error(ref.range, "`" + f.name + "` is not of the form `forall x. …`, so it takes no arguments" +
                                            (used ? " beyond the first " + std::to_string(used) : ""));
            return std::nullopt;
        }
        std::map<std::string, Term> repl;
        std::size_t k = 0;
        for (; k < t.binders.size() && used < ref.args.size(); ++k, ++used) {
            Term a = m_checker->expect(ref.args[used], ctx.scope, t.binders[k].sort);
            if (a.sort.isError())
                return std::nullopt;
            repl.emplace(t.binders[k].name, std::move(a));
        }
        Term rest = t;
        rest.binders.erase(rest.binders.begin(), rest.binders.begin() + static_cast<std::ptrdiff_t>(k));
        t = substitute(rest.binders.empty() ? t.args[0] : rest, repl);
    }
    return NamedFact{quoteSource(m_text, ref.range, 1u << 16), std::move(t)};
}

std::optional<Elaborator::Cited> Elaborator::resolve(const std::vector<ast::Ref> &refs, Context &ctx)
{
    Cited c;
    bool ok = true;
    auto findIn = [](const std::vector<NamedFact> &v, const std::string &n) -> const NamedFact * {
        for (auto it = v.rbegin(); it != v.rend(); ++it)
            if (it->name == n)
                return &*it;
        return nullptr;
    };
    for (const auto &ref : refs) {
        if (auto def = m_env.definitionFacts().find(ref.name); def != m_env.definitionFacts().end()) {
            // The definition is always in the context; citing it records the dependency.
            if (ref.applied) {
                m_checker->error(ref.range, "`" + ref.name + "` takes no arguments: the definition is always in the context");
                ok = false;
            }
            c.definitions.push_back(def->second);
            continue;
        }
        const NamedFact *f = findIn(ctx.local, ref.name);
        if (!f)
            f = findIn(ctx.steps, ref.name);
        if (!f)
            f = findIn(m_env.axioms(), ref.name);
        if (f) {
            if (!ref.applied) {
                c.facts.push_back(*f);
            } else if (auto inst = instantiate(*f, ref, ctx)) {
                c.facts.push_back(std::move(*inst));
            } else {
                ok = false;
            }
            continue;
        }
        if (const LemmaStatement *found = m_env.lemma(ref.name)) {
            const LemmaStatement &st = *found;
            c.lemmas.push_back(ref.name);
            if (st.broken) {
                m_checker->error(ref.range, "lemma `" + ref.name + "` has errors, so it cannot be cited yet");
                ok = false;
                continue;
            }
            if (!ref.applied) {
                c.facts.push_back({ref.name, st.instance(nullptr)});
                continue;
            }
            if (ref.args.size() != st.params.size()) {
                m_checker->error(ref.range, "lemma `" + ref.name + "` has " + std::to_string(st.params.size()) +
                                                " parameters, found " + std::to_string(ref.args.size()) + " arguments");
                ok = false;
                continue;
            }
            std::vector<Term> args;
            for (std::size_t i = 0; i < ref.args.size(); ++i) {
                Term a = m_checker->expect(ref.args[i], ctx.scope, st.params[i].sort);
                ok = ok && !a.sort.isError();
                args.push_back(std::move(a));
            }
            if (ok)
                c.facts.push_back({quoteSource(m_text, ref.range, 1u << 16), st.instance(&args)});
            continue;
        }
        if (m_lemma.ast && ref.name == m_lemma.ast->name)
            m_checker->error(ref.range, "a lemma cannot cite itself; prove it by induction instead");
        else
            m_checker->error(ref.range, "unknown fact `" + ref.name + "`");
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return c;
}

std::string Elaborator::uniqueId(const std::string &path)
{
    const std::string base = (m_lemma.ast ? m_lemma.ast->name : std::string()) + "/" + path;
    std::string id = base;
    for (int n = 2; m_ids.contains(id); ++n) {
        id = base + " #" + std::to_string(n);
        m_renumbered = true;
    }
    m_ids.insert(id);
    return id;
}

int Elaborator::globalIndex(const std::string &name) const
{
    if (auto s = m_env.symbols().find(name); s != m_env.symbols().end())
        return s->second.decl;
    if (auto t = m_env.sorts().find(name); t != m_env.sorts().end())
        return t->second;
    return -1;
}

void Elaborator::markGlobal(int index, std::vector<bool> &marked, std::vector<std::string> &others) const
{
    if (index < 0 || marked[static_cast<std::size_t>(index)])
        return; // the common case: nothing new, and no work list
    std::vector<int> &work = m_markWork; // reused: called for every name of every obligation
    work.clear();
    work.push_back(index);
    while (!work.empty()) {
        const int i = work.back();
        work.pop_back();
        if (i < 0 || marked[static_cast<std::size_t>(i)])
            continue;
        marked[static_cast<std::size_t>(i)] = true;
        for (const auto &use : m_env.declUses()[static_cast<std::size_t>(i)]) {
            const int u = globalIndex(use);
            if (u >= 0)
                work.push_back(u);
            else
                others.push_back(use);
        }
    }
}

const Elaborator::FactText &Elaborator::factText(const Term &formula, FactText &scratch)
{
    auto fill = [&](FactText &out) {
        out.formula = formula;
        out.printed = printFormula(formula);
        std::vector<std::string> symbols, sorts;
        collectSymbols(formula, symbols, sorts);
        symbols.insert(symbols.end(), sorts.begin(), sorts.end());
        // Lemma constants never share a name with a global (they are refused), so a name
        // is one or the other, as in buildScript().
        std::vector<bool> marked(m_env.decls().size(), false);
        for (auto &name : symbols) {
            if (const int index = globalIndex(name); index >= 0)
                markGlobal(index, marked, out.locals);
            else
                out.locals.push_back(std::move(name));
        }
        for (std::size_t i = 0; i < marked.size(); ++i)
            if (marked[i])
                out.globals.push_back(static_cast<int>(i));
    };
    const void *key = formula.args.identity();
    if (!key) {
        fill(scratch);
        return scratch;
    }
    auto &entries = m_factTexts[key];
    for (const auto &e : entries)
        if (e->formula == formula) // the same arguments: compares only the root
            return *e;
    entries.push_back(std::make_unique<FactText>());
    fill(*entries.back());
    return *entries.back();
}

Script Elaborator::buildScript(std::vector<NamedFact> facts, Term claim, const Context &ctx,
                               std::vector<const PrintedDeclaration *> &printed,
                               std::vector<const PrintedDeclaration *> &printedFacts,
                               std::vector<FactText> &scratch)
{
    Script script;
    std::vector<bool> &globals = m_globalMarks; // reused across obligations
    globals.assign(m_env.decls().size(), false);
    std::vector<bool> locals(ctx.localDecls.size(), false);
    std::vector<std::string> &work = m_nameWork;
    work.clear();
    // Pointers into `scratch` stay valid: it holds the facts without arguments, counted first.
    const auto bare = std::count_if(facts.begin(), facts.end(), [](const NamedFact &f) { return !f.formula.args.identity(); });
    if (bare > 0)
        scratch.reserve(static_cast<std::size_t>(bare));
    for (const auto &f : facts) {
        FactText unused;
        const FactText &t = factText(f.formula, f.formula.args.identity() ? unused : scratch.emplace_back());
        for (const int i : t.globals)
            globals[static_cast<std::size_t>(i)] = true;
        work.insert(work.end(), t.locals.begin(), t.locals.end());
        printedFacts.push_back(&t.printed);
    }
    {
        std::vector<std::string> sorts;
        collectSymbols(claim, work, sorts);
        work.insert(work.end(), sorts.begin(), sorts.end());
    }
    while (!work.empty()) {
        const std::string name = std::move(work.back());
        work.pop_back();
        bool found = false;
        for (std::size_t i = 0; i < ctx.localDecls.size(); ++i)
            if (ctx.localDecls[i].name == name) {
                found = true;
                if (!locals[i]) {
                    locals[i] = true;
                    sortsOf(ctx.localDecls[i].range, work);
                }
            }
        if (!found)
            markGlobal(globalIndex(name), globals, work);
    }
    // Global declarations are printed once per file; local ones (a few constants) once per
    // lemma.
    if (m_printedDecls.size() < m_env.decls().size())
        m_printedDecls.resize(m_env.decls().size());
    const auto declarations = static_cast<std::size_t>(std::count(globals.begin(), globals.end(), true) +
                                                       std::count(locals.begin(), locals.end(), true));
    script.declarations.reserve(declarations);
    printed.reserve(printed.size() + declarations);
    for (std::size_t i = 0; i < globals.size(); ++i)
        if (globals[i]) {
            script.declarations.push_back(m_env.decls()[i]);
            if (!m_printedDecls[i])
                m_printedDecls[i] = std::make_unique<PrintedDeclaration>(printDeclaration(m_env.decls()[i]));
            printed.push_back(m_printedDecls[i].get());
        }
    for (std::size_t i = 0; i < locals.size(); ++i)
        if (locals[i]) {
            script.declarations.push_back(ctx.localDecls[i]);
            printed.push_back(&printedLocal(ctx.localDecls[i]));
        }
    script.facts = std::move(facts);
    script.claim = std::move(claim);
    return script;
}

const PrintedDeclaration &Elaborator::printedLocal(const Declaration &decl)
{
    // A lemma's constants are few and the same declaration reaches every later step.
    auto &entries = m_printedLocals[decl.name];
    for (const auto &e : entries)
        if (e.first == decl)
            return e.second;
    entries.emplace_back(decl, printDeclaration(decl));
    return entries.back().second;
}

void Elaborator::emit(ObligationKind kind, const std::string &path, const std::string &label, const SourceRange &range,
                      std::vector<NamedFact> facts, Term claim, const Context &ctx, ObligationStatus status,
                      const Cited *cited)
{
    if (cited && m_keep && m_lemma.info) {
        for (const auto &l : cited->lemmas)
            if (std::find(m_lemma.info->citedLemmas.begin(), m_lemma.info->citedLemmas.end(), l) == m_lemma.info->citedLemmas.end())
                m_lemma.info->citedLemmas.push_back(l);
    }
    if (!m_keep)
        return;
    // A fact cited twice, or cited while already in the local context, is asserted once.
    std::vector<NamedFact> unique;
    unique.reserve(facts.size());
    for (auto &f : facts)
        if (std::none_of(unique.begin(), unique.end(), [&](const NamedFact &u) { return u.name == f.name; }))
            unique.push_back(std::move(f));

    Obligation o;
    o.id = uniqueId(path);
    o.lemma = m_lemma.ast ? m_lemma.ast->name : std::string();
    o.step = label;
    o.kind = kind;
    o.status = status;
    o.file = m_file;
    o.range = range;
    o.facts.reserve(unique.size());
    for (const auto &f : unique)
        o.facts.push_back(f.name);
    if (cited) {
        o.citedLemmas = cited->lemmas;
        o.citedDefinitions = cited->definitions;
        for (const auto &f : cited->facts)
            o.citedFacts.push_back(f.name);
    }
    std::vector<const PrintedDeclaration *> printed, printedFacts;
    printedFacts.reserve(unique.size());
    std::vector<FactText> scratch;
    o.script = buildScript(std::move(unique), std::move(claim), ctx, printed, printedFacts, scratch);
    o.smt = printScriptText(o.script, printed, printedFacts);
    m_module.obligations.push_back(std::move(o));
}

void Elaborator::emitError(ObligationKind kind, const std::string &path, const std::string &label,
                           const SourceRange &range, const std::string &message)
{
    if (!m_keep)
        return;
    Obligation o;
    o.id = uniqueId(path);
    o.lemma = m_lemma.ast ? m_lemma.ast->name : std::string();
    o.step = label;
    o.kind = kind;
    o.status = ObligationStatus::Error;
    o.file = m_file;
    o.range = range;
    o.error = message;
    m_module.obligations.push_back(std::move(o));
}

} // namespace proofdesk::lang::detail
