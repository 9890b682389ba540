// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <iterator>

namespace proofdesk::lang {

using namespace ast;

namespace {

// The tokens a parser still holds, numbered from the start of the file: fixed-size chunks
// whose tokens never move (the parser keeps references while it pulls more), handed back
// for reuse once every token in them is dropped. A std::deque did the same but freed and
// allocated a 512-byte node every eight tokens, a fifth of all of the parser's allocations.
class TokenWindow
{
public:
    std::size_t first() const { return m_first; }
    std::size_t end() const { return m_first + m_size; } // one past the last token held
    Token &operator[](std::size_t i)
    {
        const std::size_t off = i - m_first;
        return m_chunks[off / kChunk][off % kChunk];
    }
    Token &back() { return (*this)[end() - 1]; }
    void push_back(Token t)
    {
        const std::size_t off = m_size;
        if (off / kChunk == m_chunks.size()) {
            if (m_spare.empty()) {
                m_chunks.push_back(std::make_unique<Token[]>(kChunk));
            } else {
                m_chunks.push_back(std::move(m_spare.back()));
                m_spare.pop_back();
            }
        }
        m_chunks[off / kChunk][off % kChunk] = std::move(t);
        ++m_size;
    }
    // Drops the whole chunks of tokens before `i` (i >= first()).
    void dropBefore(std::size_t i)
    {
        const std::size_t drop = std::min((i - m_first) / kChunk, m_size / kChunk);
        if (drop == 0)
            return;
        for (std::size_t k = 0; k < drop; ++k)
            if (m_spare.size() < kMaxSpare) // after a huge declaration, memory goes back
                m_spare.push_back(std::move(m_chunks[k]));
        m_chunks.erase(m_chunks.begin(), m_chunks.begin() + static_cast<std::ptrdiff_t>(drop));
        m_first += drop * kChunk;
        m_size -= drop * kChunk;
    }

private:
    static constexpr std::size_t kChunk = 256;
    static constexpr std::size_t kMaxSpare = 8;
    std::vector<std::unique_ptr<Token[]>> m_chunks;
    std::vector<std::unique_ptr<Token[]>> m_spare;
    std::size_t m_first = 0;
    std::size_t m_size = 0;
};

constexpr std::array kTopLevel = {"sort", "const", "fun", "def", "datatype", "axiom", "lemma", "theorem", "import"};
constexpr std::array kStepStart = {"have", "show", "obtain", "cases", "induction", "case", "qed", "proof", "by", "sorry"};

std::string describe(const Token &t)
{
    switch (t.kind) {
    case Tok::End: return "the end of the file";
    case Tok::String: return "a string";
    case Tok::Invalid: return "an invalid character";
    default: return "`" + (t.text.size() > 24 ? t.text.substr(0, 24) + "…" : t.text) + "`";
    }
}

class Parser
{
public:
    Parser(std::string_view text, const std::string &file, std::vector<Diagnostic> &diags)
        : m_file(file), m_diags(diags), m_diagStart(diags.size()), m_stream(text, file, m_lexDiags)
    {
        // Invalid tokens were reported by the lexer; parsing treats them as errors again
        // only where they break the grammar, so drop none: positions stay exact.
    }

    File run()
    {
        File f;
        while (!at(Tok::End)) {
            // Between declarations no token is referenced any more: keep only the previous
            // one (for lastEnd()), so memory follows the longest declaration, not the file.
            if (m_pos > 0)
                m_toks.dropBefore(m_pos - 1);
            const Token &t = cur();
            if (t.kind == Tok::Keyword && isTopLevel(t.text)) {
                parseDecl(f);
            } else {
                report(t.range, "expected a declaration (sort, const, fun, def, datatype, axiom, lemma, "
                                "theorem or import), found " + describe(t));
                ++m_pos;
                syncTopLevel();
            }
        }
        // The lexer's diagnostics come first, as when the whole file was lexed up front.
        m_diags.insert(m_diags.begin() + static_cast<std::ptrdiff_t>(m_diagStart),
                       std::make_move_iterator(m_lexDiags.begin()), std::make_move_iterator(m_lexDiags.end()));
        return f;
    }

private:
    // --- token helpers ---------------------------------------------------------------------
    // Token number `i` of the file (End for every i past the end), pulled from the lexer
    // when first needed. References to earlier tokens stay valid as the window grows.
    const Token &tok(std::size_t i) const
    {
        if (m_failed && i >= m_pos)
            return m_failedEnd;
        if (i - m_toks.first() < m_toks.end() - m_toks.first()) // already pulled (and i >= first)
            return m_toks[i];
        while (m_toks.end() <= i && !m_ended) {
            m_toks.push_back(m_stream.next());
            m_ended = m_toks.back().kind == Tok::End;
        }
        return m_toks[std::min(i, m_toks.end() - 1)];
    }
    // The token at m_pos, asked for many times per token: remembered rather than looked
    // up in the window each time. Tokens are dropped only before the previous one, so the
    // reference stays valid.
    const Token &cur() const
    {
        if (m_failed)
            return m_failedEnd;
        if (m_curPos != m_pos) {
            m_cur = &tok(m_pos);
            m_curPos = m_pos;
        }
        return *m_cur;
    }
    const Token &peekTok(std::size_t n = 1) const { return tok(m_pos + n); }
    bool at(Tok k) const { return cur().kind == k; }
    bool atKw(std::string_view k) const { return cur().isKeyword(k); }
    bool atOp(std::string_view o) const { return cur().isOp(o); }
    const Token &take() { const Token &t = cur(); if (t.kind != Tok::End) ++m_pos; return t; }
    SourcePos lastEnd() const { return m_pos > 0 ? tok(m_pos - 1).range.end : cur().range.begin; }

    static bool isTopLevel(std::string_view k)
    {
        return std::find(kTopLevel.begin(), kTopLevel.end(), k) != kTopLevel.end();
    }

    void report(const SourceRange &r, std::string msg)
    {
        if (m_firstError.empty()) {
            m_firstError = msg;
            m_firstErrorRange = r;
        }
        m_diags.push_back({Severity::Error, m_file, r, std::move(msg)});
    }

    // A syntax error ends the declaration. Rather than unwinding by an exception, the parser
    // sees the end of the input from the failed token on: every rule then finishes at once
    // without reporting more, nothing is added to the file, and parseDecl() recovers from
    // where the error was. (Under AddressSanitizer every throw also made the next call walk
    // the whole fake stack: a fifth of the fuzzers' time went there.)
    void fail(const SourceRange &r, std::string msg)
    {
        if (m_failed)
            return;
        report(r, std::move(msg));
        m_failedEnd.range = {r.begin, r.begin};
        m_failed = true;
    }

    void expected(const std::string &what)
    {
        if (!m_failed)
            fail(cur().range, "expected " + what + ", found " + describe(cur()));
    }

    const Token &expectOp(std::string_view op)
    {
        if (!atOp(op))
            expected("`" + std::string(op) + "`");
        return take();
    }
    const Token &expectKw(std::string_view kw)
    {
        if (!atKw(kw))
            expected("`" + std::string(kw) + "`");
        return take();
    }
    const Token &expectIdent(std::string what)
    {
        if (!at(Tok::Ident)) {
            if (at(Tok::Keyword))
                fail(cur().range, "`" + cur().text + "` is a keyword and cannot be used as " + what);
            expected(what);
        }
        return take();
    }

    void syncTopLevel()
    {
        while (!at(Tok::End) && !(at(Tok::Keyword) && isTopLevel(cur().text)))
            ++m_pos;
    }

    struct NestingGuard {
        Parser &p;
        explicit NestingGuard(Parser &parser) : p(parser)
        {
            if (++p.m_nesting > kMaxNesting)
                p.fail(p.cur().range, "expression or proof nested too deeply (more than " +
                                          std::to_string(kMaxNesting) + " levels)");
        }
        ~NestingGuard() { --p.m_nesting; }
    };

    // --- declarations ------------------------------------------------------------------------
    void parseDecl(File &f)
    {
        const Token kw = cur();
        m_firstError.clear();
        std::shared_ptr<Lemma> lemma;
        if (kw.text == "lemma" || kw.text == "theorem") {
            lemma = std::make_shared<Lemma>();
            Decl d;
            d.kind = Decl::Kind::Lemma;
            d.lemma = lemma;
            parseLemma(*lemma, d);
            if (!m_failed) {
                f.decls.push_back(std::move(d));
                return;
            }
        } else {
            parseOtherDecl(f);
        }
        if (m_failed) {
            m_failed = false;
            if (lemma && !lemma->name.empty()) {
                lemma->broken = true;
                lemma->errorRange = m_firstErrorRange;
                lemma->errorMessage = m_firstError;
                Decl d;
                d.kind = Decl::Kind::Lemma;
                d.name = lemma->name;
                d.nameRange = lemma->nameRange;
                d.range = {kw.range.begin, m_firstErrorRange.end};
                d.lemma = lemma;
                f.decls.push_back(std::move(d));
            }
            m_nesting = 0;
            if (!at(Tok::End) && cur().range.begin == kw.range.begin)
                ++m_pos;
            syncTopLevel();
        }
    }

    void parseOtherDecl(File &f)
    {
        const Token kw = take();
        Decl d;
        d.range.begin = kw.range.begin;
        if (kw.text == "import") {
            d.kind = Decl::Kind::Import;
            if (!at(Tok::String))
                expected("a file name in quotes after `import`");
            d.path = take().text;
        } else if (kw.text == "sort") {
            d.kind = Decl::Kind::Sort;
            const Token &n = expectIdent("a sort name");
            d.name = n.text;
            d.nameRange = n.range;
        } else if (kw.text == "const") {
            // `const a, b: Int` declares several constants.
            std::vector<std::pair<std::string, SourceRange>> names;
            do {
                const Token &n = expectIdent("a constant name");
                names.emplace_back(n.text, n.range);
            } while (atOp(",") && (take(), true));
            expectOp(":");
            SortExpr s = parseSort();
            if (m_failed)
                return;
            for (auto &[name, range] : names) {
                Decl c;
                c.kind = Decl::Kind::Const;
                c.name = name;
                c.nameRange = range;
                c.sort = s;
                c.range = {kw.range.begin, lastEnd()};
                f.decls.push_back(std::move(c));
            }
            return;
        } else if (kw.text == "fun") {
            d.kind = Decl::Kind::Fun;
            const Token &n = expectIdent("a function name");
            d.name = n.text;
            d.nameRange = n.range;
            expectOp("(");
            d.params = parseParams(")");
            expectOp(")");
            expectOp(":");
            d.sort = parseSort();
        } else if (kw.text == "def") {
            d.kind = Decl::Kind::Def;
            if (atKw("rec")) {
                take();
                d.recursive = true;
            }
            const Token &n = expectIdent("a definition name");
            d.name = n.text;
            d.nameRange = n.range;
            if (atOp("(")) {
                take();
                d.params = parseParams(")");
                expectOp(")");
            }
            expectOp(":");
            d.sort = parseSort();
            expectOp("=");
            d.body = parseExpr();
        } else if (kw.text == "datatype") {
            d.kind = Decl::Kind::Datatype;
            const Token &n = expectIdent("a datatype name");
            d.name = n.text;
            d.nameRange = n.range;
            expectOp("=");
            if (atOp("|"))
                take();
            do {
                Decl::Ctor c;
                const Token &cn = expectIdent("a constructor name");
                c.name = cn.text;
                c.range.begin = cn.range.begin;
                if (atOp("(")) {
                    take();
                    c.fields = parseParams(")");
                    expectOp(")");
                }
                c.range.end = lastEnd();
                d.ctors.push_back(std::move(c));
            } while (atOp("|") && (take(), true));
        } else if (kw.text == "axiom") {
            d.kind = Decl::Kind::Axiom;
            const Token &n = expectIdent("an axiom name");
            d.name = n.text;
            d.nameRange = n.range;
            expectOp(":");
            d.body = parseExpr();
        }
        if (m_failed)
            return;
        d.range.end = lastEnd();
        f.decls.push_back(std::move(d));
    }

    // name: Sort, name2, name3: Sort
    std::vector<Param> parseParams(std::string_view closer)
    {
        std::vector<Param> out;
        if (atOp(closer))
            return out;
        while (true) {
            std::vector<Param> group;
            while (true) {
                const Token &n = expectIdent("a parameter name");
                group.push_back({n.text, {}, n.range});
                if (atOp(",")) {
                    take();
                    continue;
                }
                break;
            }
            expectOp(":");
            SortExpr s = parseSort();
            for (auto &p : group) {
                p.sort = s;
                p.range.end = s.range.end;
                out.push_back(std::move(p));
            }
            if (atOp(",")) {
                take();
                continue;
            }
            return out;
        }
    }

    SortExpr parseSort()
    {
        SortExpr s;
        const Token &n = expectIdent("a sort (Bool, Int, Real, String, BitVec[n], Array[I, E] or a declared sort)");
        s.name = n.text;
        s.range = n.range;
        if (atOp("[")) {
            take();
            if (s.name == "BitVec") {
                if (!at(Tok::Int))
                    expected("a bit width");
                const Token &w = take();
                unsigned v = 0;
                auto [ptr, ec] = std::from_chars(w.text.data(), w.text.data() + w.text.size(), v);
                if (ec != std::errc() || v == 0 || v > 65536)
                    fail(w.range, "a bit width must be between 1 and 65536");
                s.width = v;
            } else {
                s.args.push_back(parseSort());
                while (atOp(",")) {
                    take();
                    s.args.push_back(parseSort());
                }
            }
            expectOp("]");
        }
        s.range.end = lastEnd();
        return s;
    }

    // --- lemmas and proofs ---------------------------------------------------------------------
    void parseLemma(Lemma &l, Decl &d)
    {
        const Token &kw = take();
        d.range.begin = kw.range.begin;
        const Token &n = expectIdent("a lemma name");
        l.name = n.text;
        l.nameRange = n.range;
        d.name = l.name;
        d.nameRange = n.range;
        if (atOp("(")) {
            take();
            l.params = parseParams(")");
            expectOp(")");
        }
        expectOp(":");
        while (atKw("assume")) {
            const Token &a = take();
            Assumption as;
            if (at(Tok::Ident) && peekTok().isOp(":")) {
                as.name = take().text;
                take();
            }
            as.formula = parseExpr();
            as.range = {a.range.begin, lastEnd()};
            l.assumptions.push_back(std::move(as));
        }
        if (!atKw("show"))
            expected(l.assumptions.empty() ? "`assume` or `show`" : "another `assume` or the goal (`show`)");
        const Token &s = take();
        if (!startsExpr(cur()))
            expected("the goal after `show`");
        l.goal = parseExpr();
        l.headerJustification = parseJustification(false);
        l.showRange = {s.range.begin, lastEnd()};
        if (atKw("proof")) {
            if (l.headerJustification.kind != Justification::Kind::None)
                fail(cur().range, "the goal already has a justification; remove it or the proof block");
            l.proof = parseProof();
        }
        d.range.end = lastEnd();
    }

    bool startsExpr(const Token &t) const
    {
        switch (t.kind) {
        case Tok::Ident:
        case Tok::Int:
        case Tok::Decimal:
        case Tok::BitVec:
        case Tok::String:
            return true;
        case Tok::Keyword:
            return t.textIs("not") || t.textIs("forall") || t.textIs("exists") || t.textIs("let") ||
                   t.textIs("if") || t.textIs("true") || t.textIs("false");
        case Tok::Op:
            return t.textIs("(") || t.textIs("-");
        default:
            return false;
        }
    }

    // by refs | sorry | proof ... qed (when allowed) | nothing
    Justification parseJustification(bool allowProof)
    {
        Justification j;
        j.range.begin = cur().range.begin;
        if (atKw("by")) {
            take();
            j.kind = Justification::Kind::By;
            do {
                j.refs.push_back(parseRef());
            } while (atOp(",") && (take(), true));
        } else if (atKw("sorry")) {
            take();
            j.kind = Justification::Kind::Sorry;
        } else if (allowProof && atKw("proof")) {
            j.kind = Justification::Kind::Proof;
            j.proof = std::make_shared<Proof>(parseProof());
        }
        j.range.end = lastEnd();
        return j;
    }

    Ref parseRef()
    {
        Ref r;
        const Token &n = expectIdent("a fact name after `by`");
        r.name = n.text;
        r.range = n.range;
        if (atOp("(")) {
            take();
            r.applied = true;
            if (!atOp(")")) {
                r.args.push_back(parseExpr());
                while (atOp(",")) {
                    take();
                    r.args.push_back(parseExpr());
                }
            }
            expectOp(")");
            r.range.end = lastEnd();
        }
        return r;
    }

    Proof parseProof()
    {
        NestingGuard guard(*this);
        Proof p;
        const Token &kw = expectKw("proof");
        p.range.begin = kw.range.begin;
        p.steps = parseSteps(false);
        p.qedRange = cur().range;
        expectKw("qed");
        p.range.end = lastEnd();
        return p;
    }

    // Steps up to `qed` (or, inside a case, up to the next `case`).
    std::vector<Step> parseSteps(bool inCase)
    {
        std::vector<Step> steps;
        while (true) {
            if (atKw("qed") || (inCase && atKw("case")))
                return steps;
            if (at(Tok::End) || (at(Tok::Keyword) && isTopLevel(cur().text))) {
                expected("`qed` to end the proof");
                return steps;
            }
            steps.push_back(parseStep());
        }
    }

    Step parseStep()
    {
        Step s;
        const Token &kw = cur();
        s.range.begin = kw.range.begin;
        s.headRange.begin = kw.range.begin;
        if (atKw("have")) {
            take();
            s.kind = Step::Kind::Have;
            if (at(Tok::Ident) && peekTok().isOp(":")) {
                s.name = take().text;
                take();
            }
            if (!startsExpr(cur()))
                expected("the claim after `have`");
            s.claim = parseExpr();
            s.justification = parseJustification(true);
        } else if (atKw("show")) {
            take();
            s.kind = Step::Kind::Show;
            if (startsExpr(cur()))
                s.claim = parseExpr();
            s.justification = parseJustification(true);
        } else if (atKw("obtain")) {
            take();
            s.kind = Step::Kind::Obtain;
            s.vars = parseParams("where");
            expectKw("where");
            if (at(Tok::Ident) && peekTok().isOp(":")) {
                s.name = take().text;
                take();
            }
            s.claim = parseExpr();
            s.justification = parseJustification(true);
        } else if (atKw("cases")) {
            take();
            s.kind = Step::Kind::Cases;
            s.justification = parseJustification(false);
            s.headRange.end = lastEnd();
            s.cases = parseCases(false);
        } else if (atKw("induction")) {
            take();
            s.kind = Step::Kind::Induction;
            s.inductionVar = expectIdent("the parameter to do induction on").text;
            if (atKw("from")) {
                take();
                s.inductionFrom = parseExpr();
            }
            s.headRange.end = lastEnd();
            s.cases = parseCases(true);
        } else if (atKw("case")) {
            fail(cur().range, "`case` must follow `cases` or `induction`");
        } else {
            expected("a proof step (have, show, obtain, cases, induction) or `qed`");
        }
        if (s.kind != Step::Kind::Cases && s.kind != Step::Kind::Induction) {
            // The step's own text ends before a nested proof.
            s.headRange.end = s.justification.kind == Justification::Kind::Proof
                                  ? (s.claim ? s.claim->range.end : kw.range.end)
                                  : lastEnd();
        }
        s.range.end = lastEnd();
        return s;
    }

    std::vector<Case> parseCases(bool induction)
    {
        std::vector<Case> cases;
        if (!atKw("case"))
            expected(induction ? "`case` blocks after `induction`" : "`case` blocks after `cases`");
        while (atKw("case")) {
            NestingGuard guard(*this);
            Case c;
            const Token &kw = take();
            c.range.begin = kw.range.begin;
            const Token &n = expectIdent("a case name");
            c.name = n.text;
            if (atOp("(")) {
                take();
                if (!atOp(")")) {
                    do {
                        const Token &v = expectIdent("a variable name");
                        c.vars.push_back(v.text);
                        c.varRanges.push_back(v.range);
                    } while (atOp(",") && (take(), true));
                }
                expectOp(")");
            }
            expectOp(":");
            if (startsExpr(cur()))
                c.condition = parseExpr();
            c.headRange = {kw.range.begin, lastEnd()};
            c.steps = parseSteps(true);
            c.range.end = lastEnd();
            cases.push_back(std::move(c));
        }
        return cases;
    }

    // --- expressions ------------------------------------------------------------------------
    Expr node(Expr::Kind k, std::string text, std::vector<Expr> args, SourceRange r)
    {
        Expr e;
        e.kind = k;
        e.text = std::move(text);
        e.args = std::move(args);
        e.range = r;
        unsigned d = 0;
        for (const auto &a : e.args)
            d = std::max(d, a.depth);
        e.depth = d + 1;
        if (e.depth > kMaxNesting)
            fail(r, "expression nested too deeply (more than " + std::to_string(kMaxNesting) + " levels)");
        return e;
    }

    Expr parseExpr()
    {
        NestingGuard guard(*this);
        return parseIff();
    }

    Expr parseIff()
    {
        Expr lhs = parseImplies();
        while (atOp("<==>")) {
            take();
            Expr rhs = parseImplies();
            SourceRange r = SourceRange::span(lhs.range, rhs.range);
            std::vector<Expr> args;
            args.reserve(2);
            args.push_back(std::move(lhs));
            args.push_back(std::move(rhs));
            lhs = node(Expr::Kind::Nary, "<==>", std::move(args), r);
        }
        return lhs;
    }

    Expr parseImplies()
    {
        Expr first = parseOr();
        if (!atOp("==>"))
            return first;
        std::vector<Expr> args;
        args.reserve(2);
        args.push_back(std::move(first));
        while (atOp("==>")) {
            take();
            args.push_back(parseOr());
        }
        SourceRange r = SourceRange::span(args.front().range, args.back().range);
        return node(Expr::Kind::Nary, "==>", std::move(args), r);
    }

    template<typename Next>
    Expr parseNary(std::initializer_list<std::string_view> ops, bool keywordOps, Next next)
    {
        Expr lhs = (this->*next)();
        bool fresh = false; // lhs is an n-ary node built here, so same operators extend it
        while (true) {
            const Token &t = cur();
            std::string_view op;
            for (auto o : ops) {
                if ((keywordOps ? (t.kind == Tok::Keyword || t.kind == Tok::Ident) : t.kind == Tok::Op) && t.textIs(o))
                    op = o;
                if (!keywordOps && t.kind == Tok::Ident && t.textIs(o)) // div, mod
                    op = o;
            }
            if (op.empty())
                return lhs;
            take();
            Expr rhs = (this->*next)();
            if (fresh && lhs.text == op && lhs.kind == Expr::Kind::Nary) {
                lhs.range.end = rhs.range.end;
                lhs.depth = std::max(lhs.depth, rhs.depth + 1);
                lhs.args.push_back(std::move(rhs));
            } else {
                SourceRange r = SourceRange::span(lhs.range, rhs.range);
                std::vector<Expr> args;
                args.reserve(2);
                args.push_back(std::move(lhs));
                args.push_back(std::move(rhs));
                lhs = node(Expr::Kind::Nary, std::string(op), std::move(args), r);
                fresh = true;
            }
        }
    }

    Expr parseOr() { return parseNary({"or"}, true, &Parser::parseAnd); }
    Expr parseAnd() { return parseNary({"and"}, true, &Parser::parseNot); }

    Expr parseNot()
    {
        if (atKw("not")) {
            NestingGuard guard(*this);
            const Token &t = take();
            Expr a = parseNot();
            SourceRange r{t.range.begin, a.range.end};
            std::vector<Expr> args;
            args.reserve(1);
            args.push_back(std::move(a));
            return node(Expr::Kind::Unary, "not", std::move(args), r);
        }
        return parseCmp();
    }

    static bool isCmp(const Token &t)
    {
        return t.kind == Tok::Op && (t.textIs("=") || t.textIs("!=") || t.textIs("<") || t.textIs("<=") ||
                                     t.textIs(">") || t.textIs(">="));
    }

    Expr parseCmp()
    {
        Expr first = parseAdd();
        if (!isCmp(cur()))
            return first;
        std::vector<Expr> args;
        std::vector<std::string> ops;
        args.reserve(2);
        ops.reserve(1);
        args.push_back(std::move(first));
        while (isCmp(cur())) {
            ops.push_back(take().text);
            args.push_back(parseAdd());
        }
        SourceRange r = SourceRange::span(args.front().range, args.back().range);
        Expr e = node(Expr::Kind::Chain, {}, std::move(args), r);
        e.ops = std::move(ops);
        return e;
    }

    Expr parseAdd() { return parseNary({"+", "-"}, false, &Parser::parseMul); }
    Expr parseMul() { return parseNary({"*", "/", "div", "mod"}, false, &Parser::parseUnary); }

    Expr parseUnary()
    {
        if (atOp("-")) {
            NestingGuard guard(*this);
            const Token &t = take();
            Expr a = parseUnary();
            SourceRange r{t.range.begin, a.range.end};
            std::vector<Expr> args;
            args.reserve(1);
            args.push_back(std::move(a));
            return node(Expr::Kind::Unary, "-", std::move(args), r);
        }
        return parsePostfix();
    }

    Expr parsePostfix()
    {
        Expr e = parsePrimary();
        while (atOp("[")) {
            take();
            Expr idx = parseExpr();
            if (atOp(":=")) {
                take();
                Expr val = parseExpr();
                expectOp("]");
                SourceRange r{e.range.begin, lastEnd()};
                std::vector<Expr> args;
                args.reserve(3);
                args.push_back(std::move(e));
                args.push_back(std::move(idx));
                args.push_back(std::move(val));
                e = node(Expr::Kind::Update, {}, std::move(args), r);
            } else {
                expectOp("]");
                SourceRange r{e.range.begin, lastEnd()};
                std::vector<Expr> args;
                args.reserve(2);
                args.push_back(std::move(e));
                args.push_back(std::move(idx));
                e = node(Expr::Kind::Index, {}, std::move(args), r);
            }
        }
        return e;
    }

    std::vector<Binder> parseBinders()
    {
        std::vector<Binder> out;
        for (auto &p : parseParams("."))
            out.push_back({p.name, p.sort, p.range});
        return out;
    }

    Expr parsePrimary()
    {
        const Token &t = cur();
        switch (t.kind) {
        case Tok::Int: take(); return node(Expr::Kind::Int, t.text, {}, t.range);
        case Tok::Decimal: take(); return node(Expr::Kind::Decimal, t.text, {}, t.range);
        case Tok::BitVec: take(); return node(Expr::Kind::BitVec, t.text, {}, t.range);
        case Tok::String: take(); return node(Expr::Kind::String, t.text, {}, t.range);
        case Tok::Ident: {
            const Token &n = take();
            if (!atOp("("))
                return node(Expr::Kind::Name, n.text, {}, n.range);
            take();
            std::vector<Expr> args;
            if (!atOp(")")) {
                args.push_back(parseExpr());
                while (atOp(",")) {
                    take();
                    args.push_back(parseExpr());
                }
            }
            expectOp(")");
            Expr e = node(Expr::Kind::Call, n.text, std::move(args), {n.range.begin, lastEnd()});
            e.headRange = n.range;
            return e;
        }
        case Tok::Keyword:
            if (t.text == "true" || t.text == "false") {
                take();
                return node(Expr::Kind::Bool, t.text, {}, t.range);
            }
            if (t.text == "forall" || t.text == "exists") {
                NestingGuard guard(*this);
                const Token &q = take();
                std::vector<Binder> binders = parseBinders();
                expectOp(".");
                Expr body = parseExpr();
                SourceRange r{q.range.begin, body.range.end};
                std::vector<Expr> args;
                args.reserve(1);
                args.push_back(std::move(body));
                Expr e = node(Expr::Kind::Quant, q.text, std::move(args), r);
                e.binders = std::move(binders);
                return e;
            }
            if (t.text == "let") {
                NestingGuard guard(*this);
                const Token &l = take();
                const Token &n = expectIdent("a name after `let`");
                Binder b{n.text, {}, n.range};
                expectOp("=");
                Expr val = parseExpr();
                expectKw("in");
                Expr body = parseExpr();
                SourceRange r{l.range.begin, body.range.end};
                std::vector<Expr> args;
                args.reserve(2);
                args.push_back(std::move(val));
                args.push_back(std::move(body));
                Expr e = node(Expr::Kind::Let, {}, std::move(args), r);
                e.binders.push_back(std::move(b));
                return e;
            }
            if (t.text == "if") {
                NestingGuard guard(*this);
                const Token &i = take();
                Expr c = parseExpr();
                expectKw("then");
                Expr a = parseExpr();
                expectKw("else");
                Expr b = parseExpr();
                SourceRange r{i.range.begin, b.range.end};
                std::vector<Expr> args;
                args.reserve(3);
                args.push_back(std::move(c));
                args.push_back(std::move(a));
                args.push_back(std::move(b));
                return node(Expr::Kind::Ite, {}, std::move(args), r);
            }
            break;
        case Tok::Op:
            if (t.text == "(") {
                take();
                Expr e = parseExpr();
                expectOp(")");
                // The n-ary run of the enclosing level starts afresh, so (a + b) + c
                // keeps its grouping.
                e.range = {t.range.begin, lastEnd()};
                return e;
            }
            break;
        default:
            break;
        }
        expected("an expression");
        return {};
    }

    const std::string &m_file;
    std::vector<Diagnostic> &m_diags;
    std::size_t m_diagStart;
    std::vector<Diagnostic> m_lexDiags;
    mutable TokenStream m_stream;
    mutable TokenWindow m_toks;
    mutable bool m_ended = false;
    std::size_t m_pos = 0;
    mutable std::size_t m_curPos = static_cast<std::size_t>(-1);
    mutable const Token *m_cur = nullptr;
    unsigned m_nesting = 0;
    bool m_failed = false; // a syntax error in this declaration: the input ends there
    Token m_failedEnd; // kind End
    std::string m_firstError;
    SourceRange m_firstErrorRange;
};

} // namespace

File parse(std::string_view text, const std::string &file, std::vector<Diagnostic> &diagnostics)
{
    return Parser(text, file, diagnostics).run();
}

} // namespace proofdesk::lang
