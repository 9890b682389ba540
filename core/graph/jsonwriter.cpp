// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <cmath>
#include <format>

namespace proofdesk::graph {

void appendJsonString(std::string &out, std::string_view s)
{
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20)
                out += std::format("\\u{:04x}", c);
            else
                out += ch;
        }
    }
    out += '"';
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

JsonWriter &JsonWriter::open(char c)
{
    separate();
    m_out += c;
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::close(char c)
{
    m_out += c;
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view k)
{
    separate();
    appendJsonString(m_out, k);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view s)
{
    separate();
    appendJsonString(m_out, s);
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    separate();
    m_out += std::isfinite(d) ? std::format("{}", d) : std::string("null");
    return *this;
}

JsonWriter &JsonWriter::value(std::uint64_t u)
{
    separate();
    m_out += std::to_string(u);
    return *this;
}

JsonWriter &JsonWriter::value(std::int64_t i)
{
    separate();
    m_out += std::to_string(i);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    m_out += b ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::raw(std::string_view json)
{
    separate();
    m_out += json;
    return *this;
}

} // namespace proofdesk::graph
