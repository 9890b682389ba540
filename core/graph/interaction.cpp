// SPDX-License-Identifier: GPL-3.0-or-later
#include "interaction.h"

#include <algorithm>

namespace proofdesk::graph {

void InteractionAccumulator::addGroup(std::span<const std::uint32_t> members)
{
    m_scratch.assign(members.begin(), members.end());
    std::sort(m_scratch.begin(), m_scratch.end());
    m_scratch.erase(std::unique(m_scratch.begin(), m_scratch.end()), m_scratch.end());
    const std::size_t k = m_scratch.size();
    if (k < 2)
        return;
    const double w = 2.0 / (static_cast<double>(k) * static_cast<double>(k - 1));
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i + 1; j < k; ++j)
            m_weights[(std::uint64_t(m_scratch[i]) << 32) | m_scratch[j]] += w;
}

void InteractionAccumulator::addEdgesTo(Graph &g) const
{
    std::vector<std::pair<std::uint64_t, double>> sorted(m_weights.begin(), m_weights.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[key, w] : sorted)
        boost::add_edge(static_cast<Vertex>(key >> 32), static_cast<Vertex>(key & 0xffffffffu),
                        EdgeProps{w, EdgeKind::Interaction, false}, g);
}

} // namespace proofdesk::graph
