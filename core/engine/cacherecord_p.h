// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solve/protocol.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The stored JSON form of one cache entry. Internal to the cache; declared here so that the
// record reader can be fuzzed on its own (tests/fuzz).
namespace proofdesk::engine::detail {

QByteArray encodeCacheRecord(const solve::SolveResponse &response);
// nullopt with `*why` set for anything that is not a well-formed sat/unsat record.
std::optional<solve::SolveResponse> decodeCacheRecord(const QByteArray &json, QString *why);

} // namespace proofdesk::engine::detail
