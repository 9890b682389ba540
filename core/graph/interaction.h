// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph.h"

#include <cstdint>
#include <span>
#include <unordered_map>

namespace proofdesk::graph {

// Sums the VIG weights of groups (clauses, atoms): every pair in a group of k distinct
// members gains 1/C(k,2), so that a long clause does not outweigh many short ones
// (Ansótegui, Giráldez-Cru and Levy's weighting, which the reference Q values use).
class InteractionAccumulator {
public:
    void addGroup(std::span<const std::uint32_t> members);
    void addEdgesTo(Graph &g) const; // in a deterministic order
    std::size_t size() const { return m_weights.size(); }

private:
    std::unordered_map<std::uint64_t, double> m_weights;
    std::vector<std::uint32_t> m_scratch;
};

} // namespace proofdesk::graph
