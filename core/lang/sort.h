// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace proofdesk::lang {

// A sort (type) of the sketch language; a cheap value.
struct Sort {
    enum class Kind { Error, Bool, Int, Real, String, BitVec, Array, User };

    Kind kind = Kind::Error;
    unsigned width = 0;      // BitVec
    std::string name;        // User (declared sort or datatype)
    std::vector<Sort> args;  // Array: index, element

    static Sort error() { return {}; }
    static Sort boolean() { return {Kind::Bool, 0, {}, {}}; }
    static Sort integer() { return {Kind::Int, 0, {}, {}}; }
    static Sort real() { return {Kind::Real, 0, {}, {}}; }
    static Sort string() { return {Kind::String, 0, {}, {}}; }
    static Sort bitvec(unsigned w) { return {Kind::BitVec, w, {}, {}}; }
    static Sort array(Sort i, Sort e) { return {Kind::Array, 0, {}, {std::move(i), std::move(e)}}; }
    static Sort user(std::string n) { return {Kind::User, 0, std::move(n), {}}; }

    bool isError() const { return kind == Kind::Error; }
    bool isNumeric() const { return kind == Kind::Int || kind == Kind::Real; }
    bool operator==(const Sort &) const = default;

    // As the author writes it: "Int", "BitVec[8]", "Array[Int, Real]".
    std::string display() const;
};

} // namespace proofdesk::lang
