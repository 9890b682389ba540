// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

// The untyped syntax tree, exactly as written; names are resolved and sorts checked by the
// elaborator.
namespace proofdesk::lang::ast {

struct SortExpr {
    std::string name;               // Bool, Int, BitVec, Array, or a user sort
    std::vector<SortExpr> args;     // Array[I, E]
    std::optional<unsigned> width;  // BitVec[n]
    SourceRange range;
};

struct Expr;
struct Binder {
    std::string name;
    SortExpr sort;
    SourceRange range;
};

struct Expr {
    enum class Kind {
        Name,    // text
        Int,     // text: digits
        Decimal, // text: 3.14
        BitVec,  // text: #b0101 / #x1f
        String,  // text: decoded value
        Bool,    // text: true / false
        Call,    // text: callee; args
        Unary,   // text: "not" or "-"; args[0]
        Nary,    // text: "and" "or" "==>" "<==>" "+" "-" "*" "/" "div" "mod"; args (>= 2)
        Chain,   // ops: comparison operators between args
        Ite,     // args: cond, then, else
        Let,     // binders[0].name = args[0] in args[1]
        Quant,   // text: forall / exists; binders; args[0]
        Index,   // args: array, index
        Update,  // args: array, index, value
    };
    Kind kind = Kind::Name;
    std::string text;
    std::vector<Expr> args;
    std::vector<std::string> ops;
    std::vector<Binder> binders;
    SourceRange range;
    SourceRange headRange;   // Call: the callee name
    unsigned depth = 1;      // nesting depth, bounded by the parser
};

struct Param {
    std::string name;
    SortExpr sort;
    SourceRange range;
};

struct Ref {
    std::string name;
    std::vector<Expr> args;
    bool applied = false; // written with parentheses: lemma(args)
    SourceRange range;
};

struct Proof;

struct Justification {
    enum class Kind { None, By, Sorry, Proof };
    Kind kind = Kind::None;
    std::vector<Ref> refs;
    std::shared_ptr<Proof> proof; // Kind::Proof
    SourceRange range;
};

struct Step;

struct Case {
    std::string name;
    std::vector<std::string> vars;           // induction on a datatype: case cons(h, t)
    std::vector<SourceRange> varRanges;
    std::optional<Expr> condition;           // cases: case pos: x >= 0
    std::vector<Step> steps;
    SourceRange headRange;                   // `case name...:` line
    SourceRange range;
};

struct Step {
    enum class Kind { Have, Show, Obtain, Cases, Induction };
    Kind kind = Kind::Have;
    std::string name;                // have/obtain fact name (may be empty)
    std::optional<Expr> claim;       // have, show (optional), obtain
    std::vector<Param> vars;         // obtain
    Justification justification;
    std::string inductionVar;        // induction
    std::optional<Expr> inductionFrom;
    std::vector<Case> cases;         // cases, induction
    SourceRange headRange;           // the step itself up to its justification (the expect line)
    SourceRange range;
};

struct Proof {
    std::vector<Step> steps;
    SourceRange range;
    SourceRange qedRange;
};

struct Assumption {
    std::string name; // may be empty
    Expr formula;
    SourceRange range;
};

struct Lemma {
    std::string name;
    SourceRange nameRange;
    std::vector<Param> params;
    std::vector<Assumption> assumptions;
    std::optional<Expr> goal;
    Justification headerJustification; // `show F by ...` / `show F sorry` in the header
    SourceRange showRange;
    std::optional<Proof> proof;
    bool broken = false;               // a syntax error inside; already reported
    SourceRange errorRange;
    std::string errorMessage;
};

struct Decl {
    enum class Kind { Sort, Const, Fun, Def, Datatype, Axiom, Lemma, Import };
    Kind kind = Kind::Sort;
    std::string name;
    SourceRange range;
    SourceRange nameRange;
    std::vector<Param> params;       // fun, def
    std::optional<SortExpr> sort;    // const, fun/def result
    bool recursive = false;          // def rec
    std::optional<Expr> body;        // def body, axiom formula
    struct Ctor {
        std::string name;
        std::vector<Param> fields;
        SourceRange range;
    };
    std::vector<Ctor> ctors;         // datatype
    std::string path;                // import
    std::shared_ptr<Lemma> lemma;    // lemma / theorem
};

struct File {
    std::vector<Decl> decls;
};

} // namespace proofdesk::lang::ast
