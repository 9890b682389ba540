// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace proofdesk::lang::detail {

constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes one code point at `pos`; returns kInvalidCodePoint (and length 1) on a malformed,
// overlong or surrogate sequence.
char32_t decodeUtf8(std::string_view s, std::size_t pos, std::size_t &length);
void appendUtf8(std::string &out, char32_t cp);

} // namespace proofdesk::lang::detail
