// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "env.h"
#include "module.h"

#include <deque>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>

namespace proofdesk::lang::detail {

// One lemma's elaboration, kept for the next revision of its document (incremental.h). It
// is taken again, moved with the edit, when the lemma's text is the same and the lemma
// would read the same of the environment.
struct LemmaMemo {
    // The lemma's text: from its keyword to the next declaration's keyword, that included,
    // or to the end of the file. The parser reads nothing else to make its tree (at most it
    // names the next token in a message), and the elaborator reads nothing else of the text.
    std::size_t textBegin = 0;
    std::size_t textEnd = 0;
    SourcePos begin;            // where its keyword was
    std::size_t logLength = 0;  // writes to the global environment before it
    std::vector<EnvRead> reads; // what it read by name
    std::vector<EnvWrite> writes;
    bool lineSensitive = false; // its output names its own line numbers (unnamed `have`)
    std::size_t obligationsBegin = 0, obligationsEnd = 0; // in the module of its revision
    std::size_t diagnosticsBegin = 0, diagnosticsEnd = 0;
    LemmaInfo info;
};

// What the analysis of one revision keeps for the next.
struct ReuseState {
    std::string file;
    std::string text;
    std::shared_ptr<const Module> module;
    std::vector<EnvWrite> log; // the global writes of the whole file, imports included
    std::vector<LemmaMemo> lemmas;
    std::unordered_map<std::string_view, std::vector<std::size_t>> byText; // into `lemmas`, views of `text`
};

// Turns a parsed file into obligations with the context rules of the language reference
// (sketch-language.md section 5). Imported files go through the same path with their
// obligations discarded.
// analyze(), reusing what `previous` kept and keeping what `next` needs (either may be
// null); `complete`: no diagnostics were cut off.
Module analyzeWith(std::string_view text, const std::string &file, const AnalyzeOptions &options,
                   const ReuseState *previous, ReuseState *next, int *reused, int *elaborated, bool *complete);

class Elaborator
{
public:
    Elaborator(Module &module, const AnalyzeOptions &options);
    // Releases each declaration's syntax tree once it is elaborated: the memory goes to the
    // next lemma's terms instead of the tree and the terms of the whole file being held at
    // once (fresh memory is slow to touch on virtual machines).
    void run(ast::File &file, std::string_view text, const std::string &fileName, bool keepObligations);
    // Takes lemmas of the document from `previous` where it can and records this revision's
    // in `next` (either may be null). `reused` and `elaborated` count the document's lemmas.
    void setReuse(const ReuseState *previous, ReuseState *next, int *reused, int *elaborated);
    // The writes to the global environment, for ReuseState::log.
    std::vector<EnvWrite> takeLog();

private:
    struct Context {
        std::vector<NamedFact> local;       // always in the context
        std::vector<NamedFact> steps;       // earlier steps: only without `by` or when cited
        std::vector<Declaration> localDecls;
        Scope scope;
    };
    struct Cited {
        std::vector<NamedFact> facts;
        std::vector<std::string> lemmas;
        std::vector<std::string> definitions;
    };
    struct LemmaState {
        const ast::Lemma *ast = nullptr;
        LemmaInfo *info = nullptr;
        std::vector<NamedFact> assumptions;
        std::vector<Binder> params;
        Term goal;
    };

    void declare(const ast::Decl &d);
    void declareDatatype(const ast::Decl &d);
    bool claimName(const std::string &name, const SourceRange &r);
    void addGlobal(Declaration decl, std::vector<std::string> extraUses = {});
    void importFile(const ast::Decl &d);
    void lemma(const ast::Lemma &l, const SourceRange &range);
    // A lemma of the document itself: reused from the previous revision or elaborated and
    // recorded. Its text runs to `textEnd`.
    void documentLemma(const ast::Decl &d, std::size_t textEnd);
    bool reuse(const LemmaMemo &old, const ast::Decl &d, std::size_t textEnd);

    void block(const std::vector<ast::Step> &steps, Context ctx, const Term &goal, const std::string &path,
               const SourceRange &end, bool topLevel);
    void induction(const ast::Step &s, const Context &ctx, const std::string &path);
    void justify(const ast::Justification &j, Context &ctx, Term claim, ObligationKind kind,
                 const std::string &path, const std::string &label, const SourceRange &range);
    std::optional<Cited> resolve(const std::vector<ast::Ref> &refs, Context &ctx);
    std::optional<NamedFact> instantiate(const NamedFact &f, const ast::Ref &ref, Context &ctx);

    void emit(ObligationKind kind, const std::string &path, const std::string &label, const SourceRange &range,
              std::vector<NamedFact> facts, Term claim, const Context &ctx, ObligationStatus status,
              const Cited *cited = nullptr);
    void emitError(ObligationKind kind, const std::string &path, const std::string &label, const SourceRange &range,
                   const std::string &message);
    std::string uniqueId(const std::string &path);
    std::vector<NamedFact> everything(const Context &ctx) const;
    // A context fact's formula as printed, with the declarations it needs. Facts reach many
    // obligations (each later step's context holds every earlier step), so this is worked
    // out once per formula and lemma, not once per obligation.
    struct FactText {
        Term formula; // keeps the shared arguments alive, whose address is the key
        PrintedDeclaration printed;
        std::vector<int> globals;        // m_env.decls it needs, with what those need
        std::vector<std::string> locals; // other names, declared when the lemma has constants so named
    };
    // `scratch` receives the result for a formula without arguments (not cached: cheap).
    const FactText &factText(const Term &formula, FactText &scratch);
    // The index in m_env.decls of a global symbol or sort, or -1.
    int globalIndex(const std::string &name) const;
    // Marks declaration `index` and, transitively, the global declarations it uses; the
    // names it uses that are not global go to `others` (a definition's parameters are among
    // its uses, and a lemma constant of the same name gets declared).
    void markGlobal(int index, std::vector<bool> &marked, std::vector<std::string> &others) const;
    // The script of one obligation; `printed` receives its declarations as printed (global
    // ones printed once per file, local ones once per lemma), and `printedFacts` its facts.
    Script buildScript(std::vector<NamedFact> facts, Term claim, const Context &ctx,
                       std::vector<const PrintedDeclaration *> &printed,
                       std::vector<const PrintedDeclaration *> &printedFacts, std::vector<FactText> &scratch);
    std::string firstErrorSince(std::size_t before) const;

    Module &m_module;
    const AnalyzeOptions &m_options;
    Env m_env;
    std::unique_ptr<ExprChecker> m_checker;
    std::string_view m_text;
    std::string m_file;
    bool m_keep = true;
    LemmaState m_lemma;
    std::set<std::string> m_ids;
    bool m_renumbered = false;    // uniqueId() numbered an id since this was cleared
    bool m_lineSensitive = false; // an output named a line since this was cleared
    const ReuseState *m_previous = nullptr; // not owned
    ReuseState *m_next = nullptr;           // not owned
    int *m_reused = nullptr;                // not owned
    int *m_elaborated = nullptr;            // not owned
    std::vector<std::string> m_importStack;
    std::set<std::string> m_imported;
    std::deque<std::string> m_texts; // imported sources outlive their checkers
    // m_env.decls[i] as printed, made when an obligation first needs it (decls never change
    // once added, so the text stays right).
    std::vector<std::unique_ptr<PrintedDeclaration>> m_printedDecls;
    // FactText by TermList::identity() of the formula (several when terms share arguments),
    // for the current lemma and the axioms: the names a fact uses mean the same throughout
    // one lemma, and an axiom's throughout the file.
    std::unordered_map<const void *, std::vector<std::unique_ptr<FactText>>> m_factTexts;
    // Local declarations (lemma constants) as printed, for the current lemma. A deque, so
    // that the addresses handed to printScriptText() stay valid as it grows.
    const PrintedDeclaration &printedLocal(const Declaration &decl);
    std::unordered_map<std::string, std::deque<std::pair<Declaration, PrintedDeclaration>>> m_printedLocals;
    // Scratch lists of buildScript() and markGlobal(), kept to spare an allocation per call.
    mutable std::vector<int> m_markWork;
    std::vector<bool> m_globalMarks;
    std::vector<std::string> m_nameWork;
};

} // namespace proofdesk::lang::detail
