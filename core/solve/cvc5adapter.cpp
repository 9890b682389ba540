// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve/cvc5adapter.h"

#include "log/log.h"
#include "solve/smt2scan.h"

#include <cvc5/cvc5.h>
#include <cvc5/cvc5_parser.h>

#include <QElapsedTimer>

#include <exception>
#include <expected>
#include <format>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

// How the parts that cvc5 1.1.2 offers no API for are done:
// - Unsat core: the API's getUnsatCore() returns assertion terms, and the :named names
//   live in the parser's SymbolManager, which has no public accessor in 1.1.2. So the
//   adapter invokes a parsed (get-unsat-core) command and reads the printed names.
// - Model: 1.1.2 has no SymbolManager::getDeclaredTerms(). The adapter records the symbol
//   of every declare-fun command (declare-const parses as declare-fun) from the command's
//   printed text, then resolves each with InputParser::nextTerm() on a fresh parser over
//   the same SymbolManager and asks Solver::getValue(). Symbols popped out of scope no
//   longer resolve and are left out.
namespace proofdesk::solve {

namespace {

constexpr auto kSmtLib = cvc5::modes::InputLanguage::SMT_LIB_2_6;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// cvc5 1.1.2 exports operator<< for its enums, sorts and terms but not std::to_string.
template <typename T> std::string printed(const T &value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

// The tokens of SMT-LIB text as cvc5 prints it: parentheses, |quoted symbols| and
// "string literals" kept whole, comments dropped.
std::vector<std::string> tokens(std::string_view text)
{
    std::vector<std::string> result;
    std::size_t i = 0;
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < text.size()) {
        const char c = text[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == ';') {
            while (i < text.size() && text[i] != '\n')
                ++i;
        } else if (c == '(' || c == ')') {
            result.emplace_back(1, c);
            ++i;
        } else if (c == '|') {
            const std::size_t end = text.find('|', i + 1);
            const std::size_t stop = end == std::string_view::npos ? text.size() : end + 1;
            result.emplace_back(text.substr(i, stop - i));
            i = stop;
        } else if (c == '"') {
            std::size_t j = i + 1;
            // "" inside a string literal is an escaped quote
            while (j < text.size() &&
                   (text[j] != '"' || (j + 1 < text.size() && text[j + 1] == '"')))
                j += text[j] == '"' ? 2 : 1;
            const std::size_t stop = std::min(j + 1, text.size());
            result.emplace_back(text.substr(i, stop - i));
            i = stop;
        } else {
            std::size_t j = i;
            while (j < text.size() && !isSpace(text[j]) && text[j] != '(' && text[j] != ')')
                ++j;
            result.emplace_back(text.substr(i, j - i));
            i = j;
        }
    }
    return result;
}

// "(declare-fun |x'| (Int) Real)" -> "|x'|"; "(set-option :tlimit-per 5)" -> ":tlimit-per".
std::string firstArgument(std::string_view commandText)
{
    const std::vector<std::string> t = tokens(commandText);
    return t.size() > 2 && t[0] == "(" ? t[2] : std::string();
}

std::string unquoteString(std::string_view literal)
{
    if (literal.size() < 2 || literal.front() != '"')
        return std::string(literal);
    std::string out;
    for (std::size_t i = 1; i + 1 < literal.size(); ++i) {
        out += literal[i];
        if (literal[i] == '"' && literal[i + 1] == '"')
            ++i;
    }
    return out;
}

// Execution errors are written, not thrown: `invoke` prints (error "...").
std::optional<std::string> writtenError(const std::string &output)
{
    const std::vector<std::string> t = tokens(output);
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i] == "(" && t[i + 1] == "error")
            return i + 2 < t.size() && t[i + 2] != ")" ? unquoteString(t[i + 2]) : output;
    }
    return std::nullopt;
}

std::string abbreviated(std::string text)
{
    constexpr std::size_t kMax = 80;
    if (text.size() > kMax)
        text = text.substr(0, kMax) + "...";
    return text;
}

// Options that the request governs (the time limit) or that would let a script write files
// or our stdout ("untrusted files run nothing"): a script's own setting is ignored.
bool reservedOption(const std::string &keyword)
{
    const std::string name = keyword.starts_with(':') ? keyword.substr(1) : keyword;
    return name == "tlimit" || name == "tlimit-per" || name == "in" || name == "out" ||
           name == "err" || name.find("channel") != std::string::npos ||
           name.find("file") != std::string::npos;
}

using Expected = std::expected<std::vector<std::string>, QString>;

// Runs every command but the checks and queries, which the adapter does itself once the
// script is loaded. Returns the declared symbols. Throws ParserException on a parse error.
Expected loadScript(cvc5::Solver &solver, cvc5::parser::SymbolManager &symbols,
                    const std::string &script)
{
    const auto logger = log::get("solve");
    cvc5::parser::InputParser parser(&solver, &symbols);
    parser.setStringInput(kSmtLib, script, "obligation");
    std::vector<std::string> declared;
    for (;;) {
        cvc5::parser::Command command = parser.nextCommand();
        if (command.isNull())
            break;
        const std::string name = command.getCommandName();
        if (name == "exit")
            break;
        if (name == "check-sat" || name.starts_with("get-"))
            continue;
        const std::string text = command.toString();
        if (name == "check-sat-assuming")
            return std::unexpected(QStringLiteral("check-sat-assuming is not supported: the worker "
                                                  "checks the assertions with one (check-sat)"));
        if (name == "set-option" && reservedOption(firstArgument(text))) {
            logger->warn("ignoring {}: the worker sets this option itself or does not allow it",
                      abbreviated(text));
            continue;
        }
        std::ostringstream out;
        command.invoke(&solver, &symbols, out);
        if (const auto error = writtenError(out.str()))
            return std::unexpected(fromStd(*error + " (in " + abbreviated(text) + ")"));
        // "unsupported" (an option or info cvc5 does not know) is worth a warning; other
        // output, such as (echo ...), is not ours to show.
        if (out.str().starts_with("unsupported"))
            logger->warn("{} answered: {}", abbreviated(text), out.str());
        else if (!out.str().empty())
            logger->debug("{} answered: {}", abbreviated(text), out.str());
        if (name == "declare-fun" || name == "declare-const")
            declared.push_back(firstArgument(text));
    }
    return declared;
}

// A command the adapter writes itself, such as (get-unsat-core); returns what it printed.
std::string runQuery(cvc5::Solver &solver, cvc5::parser::SymbolManager &symbols,
                     const std::string &text)
{
    cvc5::parser::InputParser parser(&solver, &symbols);
    parser.setStringInput(kSmtLib, text, "query");
    cvc5::parser::Command command = parser.nextCommand();
    std::ostringstream out;
    command.invoke(&solver, &symbols, out);
    return out.str();
}

std::expected<QStringList, QString> unsatCore(cvc5::Solver &solver,
                                              cvc5::parser::SymbolManager &symbols)
{
    const std::string output = runQuery(solver, symbols, "(get-unsat-core)");
    if (const auto error = writtenError(output))
        return std::unexpected(fromStd(*error));
    QStringList names;
    for (const std::string &t : tokens(output)) {
        if (t != "(" && t != ")")
            names.append(fromStd(t));
    }
    return names;
}

// Throws CVC5ApiException when the solver has no model to give.
QList<ModelEntry> modelOf(cvc5::Solver &solver, cvc5::parser::SymbolManager &symbols,
                          const std::vector<std::string> &declared)
{
    QList<ModelEntry> model;
    std::set<std::string> seen;
    for (const std::string &symbol : declared) {
        if (!seen.insert(symbol).second)
            continue;
        cvc5::Term term;
        try {
            cvc5::parser::InputParser parser(&solver, &symbols);
            parser.setStringInput(kSmtLib, symbol, "model");
            term = parser.nextTerm();
        } catch (const cvc5::parser::ParserException &) {
            continue; // declared in a scope that was popped
        }
        model.append({fromStd(symbol), fromStd(printed(term.getSort())),
                      fromStd(printed(solver.getValue(term)))});
    }
    return model;
}

void setStrategy(cvc5::Solver &solver, Strategy strategy)
{
    switch (strategy) {
    case Strategy::Default: break;
    case Strategy::Mbqi: solver.setOption("mbqi", "true"); break;
    case Strategy::FmfFun: solver.setOption("fmf-fun", "true"); break;
    }
}

// The native proof format is ALF in 1.1.x and was renamed CPC in 1.2 (the first version
// with cvc5_skolem_id.h); the option value and the enum differ, the printed format does not.
#if __has_include(<cvc5/cvc5_skolem_id.h>)
constexpr auto kNativeProofFormat = cvc5::modes::ProofFormat::CPC;
constexpr auto kNativeProofName = "cpc";
#else
constexpr auto kNativeProofFormat = cvc5::modes::ProofFormat::ALF;
constexpr auto kNativeProofName = "alf";
#endif

struct ProofFormatChoice {
    cvc5::modes::ProofFormat format;
    std::string optionValue;
    bool dag = false; // our own structure dump (see proofDag), printed by no cvc5 printer
};

std::optional<ProofFormatChoice> proofFormat(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("alf") || n == QLatin1String("cpc"))
        return ProofFormatChoice{kNativeProofFormat, kNativeProofName};
    if (n == QLatin1String("lfsc"))
        return ProofFormatChoice{cvc5::modes::ProofFormat::LFSC, "lfsc"};
    if (n == QLatin1String("alethe"))
        return ProofFormatChoice{cvc5::modes::ProofFormat::ALETHE, "alethe"};
    if (n == QLatin1String("dot"))
        return ProofFormatChoice{cvc5::modes::ProofFormat::DOT, "dot"};
    if (n == QLatin1String("dag"))
        return ProofFormatChoice{kNativeProofFormat, kNativeProofName, true};
    return std::nullopt;
}

// The rule's name as cvc5 writes it (ASSUME, EQ_RESOLVE, ...); see core/solve/CMakeLists.txt
// for why the names come from a generated table.
std::string ruleName(cvc5::ProofRule rule)
{
    static const std::map<cvc5::ProofRule, std::string_view> names{
#define X(name) {cvc5::ProofRule::name, #name},
#include "proofrules.inc"
#undef X
    };
    const auto it = names.find(rule);
    return it != names.end() ? std::string(it->second) : std::format("RULE_{}", static_cast<std::uint32_t>(rule));
}

// The proof as a DAG in a line format that core/graph reads (graph/proofdag.h):
//   N <id> <rule>\t<conclusion>      one per distinct step, premises before conclusions
//   E <conclusion id> <premise id>
//   T <steps>                        the walk stopped at the budget; the DAG is partial
// cvc5 1.1.2's Proof has no identity (no operator==, no hash; the node pointer is private)
// and its DOT printer expands shared subproofs into a tree. So steps are merged by
// structure: same rule, same conclusion, same arguments and same premises are one step.
// The walk still visits a shared subproof once per use, hence the budget.
QString proofDag(cvc5::Solver &solver)
{
    constexpr std::size_t kBudget = 200000;   // Proof objects visited
    constexpr std::size_t kLabelChars = 160;  // conclusions are cut to this many characters
    struct Key {
        std::string rule;
        std::uint64_t result;
        std::vector<std::uint64_t> arguments;
        std::vector<std::size_t> premises;
        auto operator<=>(const Key &) const = default;
    };
    std::map<Key, std::size_t> ids;
    std::string nodes, edges;
    std::size_t visited = 0;
    bool truncated = false;
    // Iterative post-order: deep proofs (long resolution chains) would overflow the stack.
    struct Frame {
        cvc5::Proof proof;
        std::vector<cvc5::Proof> children;
        std::vector<std::size_t> premises;
    };
    const auto walk = [&](const cvc5::Proof &root) {
        std::vector<Frame> stack;
        stack.push_back({root, root.getChildren(), {}});
        std::size_t last = 0;
        while (!stack.empty()) {
            Frame &top = stack.back();
            if (top.premises.size() < top.children.size() && !truncated) {
                if (++visited > kBudget) {
                    truncated = true;
                    continue;
                }
                const cvc5::Proof child = top.children[top.premises.size()];
                top.premises.push_back(0); // placeholder, set when the child is done
                stack.push_back({child, child.getChildren(), {}});
                continue;
            }
            Key key{ruleName(top.proof.getRule()), top.proof.getResult().getId(), {}, top.premises};
            for (const cvc5::Term &a : top.proof.getArguments())
                key.arguments.push_back(a.getId());
            auto [it, inserted] = ids.try_emplace(std::move(key), ids.size());
            if (inserted) {
                std::string conclusion = printed(top.proof.getResult());
                if (conclusion.size() > kLabelChars)
                    conclusion = conclusion.substr(0, kLabelChars) + "...";
                for (char &c : conclusion) {
                    if (c == '\n' || c == '\t' || c == '\r')
                        c = ' ';
                }
                nodes += std::format("N {} {}\t{}\n", it->second, it->first.rule, conclusion);
                for (std::size_t p : it->first.premises)
                    edges += std::format("E {} {}\n", it->second, p);
            }
            last = it->second;
            stack.pop_back();
            if (!stack.empty())
                stack.back().premises.back() = last;
        }
    };
    for (const cvc5::Proof &proof : solver.getProof(cvc5::modes::ProofComponent::FULL))
        walk(proof);
    std::string text = nodes + edges;
    if (truncated)
        text += std::format("T {}\n", kBudget);
    return fromStd(text);
}

// Only the FULL component is printed: printing another component in a format other than
// none segfaults in 1.1.2 (solver-notes.md).
QString printedProof(cvc5::Solver &solver, cvc5::modes::ProofFormat format)
{
    std::string text;
    for (const cvc5::Proof &proof : solver.getProof(cvc5::modes::ProofComponent::FULL))
        text += solver.proofToString(proof, format);
    return fromStd(text);
}

void solveInto(const SolveRequest &request, SolveResponse &response)
{
    cvc5::Solver solver;
    response.solver = QStringLiteral("cvc5 ") + fromStd(solver.getVersion());
    // Before the first assertion: 1.1.2 refuses these afterwards.
    std::optional<ProofFormatChoice> proofChoice;
    if (!request.proofFormat.isEmpty()) {
        proofChoice = proofFormat(request.proofFormat);
        if (!proofChoice) {
            response.reason = QStringLiteral("invalid request: unknown proof format \"%1\" "
                                             "(alf, cpc, lfsc, alethe, dot, dag)")
                                  .arg(request.proofFormat);
            return;
        }
        // A proof request sets exactly what `cvc5 --produce-proofs --proof-format-mode=F`
        // sets, so that a separate cvc5 process given the same options prints the same
        // proof (docs/certificates.md): no models, no cores. The format must be set before
        // solving, or Alethe output contains hole steps.
        solver.setOption("produce-proofs", "true");
        solver.setOption("proof-format-mode", proofChoice->optionValue);
    } else {
        solver.setOption("produce-models", "true");
        solver.setOption("produce-unsat-cores", "true");
    }
    solver.setOption("tlimit-per", std::to_string(request.timeoutMs));
    setStrategy(solver, request.strategy);

    cvc5::parser::SymbolManager symbols(&solver);
    const Expected declared = loadScript(solver, symbols, request.script.toStdString());
    if (!declared) {
        response.answer = Answer::Error;
        response.reason = declared.error();
        return;
    }

    const cvc5::Result result = solver.checkSat();
    if (result.isUnsat()) {
        response.answer = Answer::Unsat;
        if (proofChoice) {
            response.proof = proofChoice->dag ? proofDag(solver) : printedProof(solver, proofChoice->format);
            response.proofFormat = proofChoice->dag ? QStringLiteral("dag") : fromStd(proofChoice->optionValue);
            return;
        }
        if (request.wantCore) {
            if (auto core = unsatCore(solver, symbols))
                response.core = std::move(*core);
            else
                response.reason = QStringLiteral("no unsat core: ") + core.error();
        }
        return;
    }
    const bool sat = result.isSat();
    response.answer = sat ? Answer::Sat : Answer::Unknown;
    if (!sat)
        response.reason = fromStd(printed(result.getUnknownExplanation()));
    if (!request.wantModel || proofChoice)
        return;
    try {
        response.model = modelOf(solver, symbols, *declared);
    } catch (const cvc5::CVC5ApiException &e) {
        // An unknown answer need not come with a candidate model; a sat one should.
        if (sat)
            response.reason = QStringLiteral("no model: ") + fromStd(e.getMessage());
        log::get("solve")->debug("request {}: no model: {}", request.id, e.getMessage());
    }
}

// Runs a whole .smt2 document: every command in order, each (check-sat) answered and
// recorded with the :status in force. Commands that print (get-*, echo) run silently;
// an execution error ends the run with the message, keeping the checks made so far.
void solveDocumentInto(const SolveRequest &request, SolveResponse &response)
{
    const auto logger = log::get("solve");
    cvc5::Solver solver;
    response.solver = QStringLiteral("cvc5 ") + fromStd(solver.getVersion());
    solver.setOption("produce-models", "true");
    solver.setOption("tlimit-per", std::to_string(request.timeoutMs));
    setStrategy(solver, request.strategy);

    const std::string script = request.script.toStdString();
    // Each check is named by its line (solve/smt2scan.h), as verify names it too.
    const std::vector<CheckSatCommand> lines = checkSatCommands(script);
    cvc5::parser::SymbolManager symbols(&solver);
    cvc5::parser::InputParser parser(&solver, &symbols);
    parser.setStringInput(kSmtLib, script, "document");
    std::vector<std::string> declared;
    std::string status;
    response.answer = Answer::Unknown;
    for (;;) {
        cvc5::parser::Command command;
        try {
            command = parser.nextCommand();
        } catch (const cvc5::parser::ParserException &e) {
            response.answer = Answer::Error;
            response.errorLine = static_cast<int>(e.getLine());
            response.errorColumn = static_cast<int>(e.getColumn());
            response.reason = QStringLiteral("line %1, column %2: %3")
                                  .arg(e.getLine())
                                  .arg(e.getColumn())
                                  .arg(fromStd(e.getMessage()));
            return;
        }
        if (command.isNull())
            break;
        const std::string name = command.getCommandName();
        if (name == "exit")
            break;
        const std::string text = command.toString();
        if (name.starts_with("get-") || name == "echo")
            continue;
        if (name == "set-option" && reservedOption(firstArgument(text))) {
            logger->warn("ignoring {}: the worker sets this option itself or does not allow it",
                         abbreviated(text));
            continue;
        }
        if (name == "set-info" && firstArgument(text) == ":status") {
            const std::vector<std::string> t = tokens(text);
            status = t.size() > 3 ? t[3] : std::string();
            // Not passed on: cvc5 1.1.2 aborts the process (SIGABRT, "Expected result unsat
            // but got sat") when an answer contradicts the :status it was told. The
            // comparison is ours to make and to show.
            continue;
        }
        if (name == "check-sat" || name == "check-sat-assuming") {
            const std::size_t index = static_cast<std::size_t>(response.checks.size());
            CheckResult check;
            check.line = index < lines.size() ? lines[index].line : 0;
            check.status = fromStd(status);
            QElapsedTimer timer;
            timer.start();
            if (name == "check-sat") {
                const cvc5::Result result = solver.checkSat();
                check.answer = result.isSat() ? Answer::Sat : result.isUnsat() ? Answer::Unsat : Answer::Unknown;
                if (check.answer == Answer::Unknown)
                    check.reason = fromStd(printed(result.getUnknownExplanation()));
            } else {
                // The assumptions are terms only the parsed command knows: let it run.
                std::ostringstream out;
                command.invoke(&solver, &symbols, out);
                const std::string answer = out.str().substr(0, out.str().find_first_of(" \n"));
                check.answer = answer == "sat"     ? Answer::Sat
                               : answer == "unsat" ? Answer::Unsat
                               : answer == "unknown" ? Answer::Unknown
                                                     : Answer::Error;
                if (check.answer == Answer::Error)
                    check.reason = fromStd(writtenError(out.str()).value_or(out.str()));
            }
            check.elapsedMs = timer.elapsed();
            if (check.answer == Answer::Sat) {
                try {
                    check.model = modelOf(solver, symbols, declared);
                } catch (const cvc5::CVC5ApiException &e) {
                    check.reason = QStringLiteral("no model: ") + fromStd(e.getMessage());
                }
            }
            response.answer = check.answer;
            response.checks.append(check);
            continue;
        }
        std::ostringstream out;
        command.invoke(&solver, &symbols, out);
        if (const auto error = writtenError(out.str())) {
            response.answer = Answer::Error;
            response.reason = fromStd(*error + " (in " + abbreviated(text) + ")");
            return;
        }
        if (name == "declare-fun" || name == "declare-const")
            declared.push_back(firstArgument(text));
    }
}

} // namespace

SolveResponse solveWithCvc5(const SolveRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    SolveResponse response;
    response.id = request.id;
    response.answer = Answer::Error;
    if (request.timeoutMs < 0) {
        response.reason =
            QStringLiteral("invalid request: timeoutMs is negative (%1)").arg(request.timeoutMs);
        return response;
    }
    try {
        if (request.kind == RequestKind::Document)
            solveDocumentInto(request, response);
        else
            solveInto(request, response);
    } catch (const cvc5::parser::ParserException &e) {
        response.answer = Answer::Error;
        response.reason = QStringLiteral("line %1, column %2: %3")
                              .arg(e.getLine())
                              .arg(e.getColumn())
                              .arg(fromStd(e.getMessage()));
    } catch (const cvc5::CVC5ApiException &e) {
        response.answer = Answer::Error;
        response.reason = fromStd(e.getMessage());
    } catch (const std::exception &e) {
        response.answer = Answer::Error;
        response.reason = QStringLiteral("internal error: ") + QString::fromUtf8(e.what());
    }
    if (response.answer == Answer::Error && request.kind == RequestKind::Obligation) {
        response.core.clear();
        response.model.clear();
    }
    response.elapsedMs = timer.elapsed();
    log::get("solve")->info(
        "request {} ({}): {}{}{} in {} ms", request.id,
        strategyName(request.strategy).toStdString(), answerName(response.answer).toStdString(),
        response.reason.isEmpty() ? "" : ": ", response.reason.toStdString(), response.elapsedMs);
    return response;
}

QString cvc5Version()
{
    try {
        cvc5::Solver solver;
        return fromStd(solver.getVersion());
    } catch (const std::exception &) {
        return QStringLiteral("unknown");
    }
}

} // namespace proofdesk::solve
