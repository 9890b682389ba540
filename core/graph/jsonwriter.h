// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A minimal streaming JSON writer (no Qt in core/graph, so no QJsonDocument): commas and
// escaping only, the caller keeps the structure balanced.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace proofdesk::graph {

class JsonWriter {
public:
    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    JsonWriter &key(std::string_view k);
    JsonWriter &value(std::string_view s);
    JsonWriter &value(const char *s) { return value(std::string_view(s)); }
    JsonWriter &value(const std::string &s) { return value(std::string_view(s)); }
    JsonWriter &value(double d);
    JsonWriter &value(std::uint64_t u);
    JsonWriter &value(std::int64_t i);
    JsonWriter &value(bool b);
    JsonWriter &raw(std::string_view json); // an already serialised value
    std::string take() { return std::move(m_out); }

private:
    JsonWriter &open(char c);
    JsonWriter &close(char c);
    void separate();
    std::string m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

void appendJsonString(std::string &out, std::string_view s);

} // namespace proofdesk::graph
