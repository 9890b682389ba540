// SPDX-License-Identifier: GPL-3.0-or-later
#include "sort.h"

namespace proofdesk::lang {

std::string Sort::display() const
{
    switch (kind) {
    case Kind::Error: return "?";
    case Kind::Bool: return "Bool";
    case Kind::Int: return "Int";
    case Kind::Real: return "Real";
    case Kind::String: return "String";
    case Kind::BitVec: return "BitVec[" + std::to_string(width) + "]";
    case Kind::Array: return "Array[" + args[0].display() + ", " + args[1].display() + "]";
    case Kind::User: return name;
    }
    return "?";
}

} // namespace proofdesk::lang
