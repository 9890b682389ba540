// SPDX-License-Identifier: GPL-3.0-or-later
#include "env.h"

#include <algorithm>

namespace proofdesk::lang::detail {

bool isGlobal(const EnvWrite &w)
{
    return !std::holds_alternative<write::SetLemma>(w) && !std::holds_alternative<write::SetDeclared>(w);
}

EnvRead Env::look(EnvRead::Kind kind, const std::string &name) const
{
    EnvRead r;
    r.kind = kind;
    r.name = name;
    switch (kind) {
    case EnvRead::Kind::LemmaExists:
        r.found = m_lemmas.contains(name);
        break;
    case EnvRead::Kind::Lemma:
        if (const auto it = m_lemmas.find(name); it != m_lemmas.end()) {
            r.found = true;
            r.statement = it->second;
        }
        break;
    case EnvRead::Kind::DeclaredLine:
        if (const auto it = m_declared.find(name); it != m_declared.end()) {
            r.found = true;
            r.line = it->second.range.begin.line;
            r.file = it->second.file;
        }
        break;
    }
    return r;
}

void Env::note(EnvRead::Kind kind, const std::string &name) const
{
    if (!m_record)
        return;
    // The first read of a name is the one that counts: a lemma changes the environment
    // only at its end, after its reads.
    if (!m_record->seen.insert(std::to_string(static_cast<int>(kind)) + name).second)
        return;
    m_record->reads.push_back(look(kind, name));
}

bool Env::reads(const EnvRead &read) const
{
    return look(read.kind, read.name) == read;
}

bool Env::hasLemma(const std::string &name) const
{
    note(EnvRead::Kind::LemmaExists, name);
    return m_lemmas.contains(name);
}

const LemmaStatement *Env::lemma(const std::string &name) const
{
    note(EnvRead::Kind::Lemma, name);
    const auto it = m_lemmas.find(name);
    return it == m_lemmas.end() ? nullptr : &it->second;
}

const Declared *Env::declared(const std::string &name) const
{
    note(EnvRead::Kind::DeclaredLine, name);
    const auto it = m_declared.find(name);
    return it == m_declared.end() ? nullptr : &it->second;
}

bool Env::nameTaken(const std::string &n) const
{
    return m_symbols.contains(n) || m_sorts.contains(n) || hasLemma(n) || m_definitionFacts.contains(n) ||
           std::any_of(m_axioms.begin(), m_axioms.end(), [&](const NamedFact &f) { return f.name == n; });
}

void Env::apply(EnvWrite w)
{
    std::visit(
        [this](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, write::AddDecl>) {
                m_decls.push_back(x.decl);
                m_declUses.push_back(x.uses);
            } else if constexpr (std::is_same_v<T, write::SetSymbol>) {
                m_symbols[x.name] = x.symbol;
            } else if constexpr (std::is_same_v<T, write::EraseSymbol>) {
                m_symbols.erase(x.name);
            } else if constexpr (std::is_same_v<T, write::SetSort>) {
                m_sorts[x.name] = x.decl;
            } else if constexpr (std::is_same_v<T, write::AddAxiom>) {
                m_axioms.push_back(x.fact);
            } else if constexpr (std::is_same_v<T, write::AddDefinitionFact>) {
                m_definitionFacts[x.fact] = x.function;
            } else if constexpr (std::is_same_v<T, write::SetLemma>) {
                m_lemmas[x.name] = x.statement;
            } else if constexpr (std::is_same_v<T, write::SetDeclared>) {
                m_declared[x.name] = x.where;
            }
        },
        w);
    if (m_record)
        m_record->writes.push_back(w);
    if (!m_logging || !isGlobal(w))
        return;
    if (m_previous && m_matching == m_log.size() && m_matching < m_previous->size() && (*m_previous)[m_matching] == w)
        ++m_matching;
    m_log.push_back(std::move(w));
}

} // namespace proofdesk::lang::detail
