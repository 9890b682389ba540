// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/module.h"

#include <string>
#include <variant>

// The import resolver of the front end's fuzz targets: every import finds the same small
// library, so imports are elaborated, not only refused; a library that imports itself
// exercises cycle detection, and "missing" is a missing file.
inline proofdesk::lang::AnalyzeOptions fuzzAnalyzeOptions()
{
    using namespace proofdesk::lang;
    AnalyzeOptions options;
    options.resolver = [](const std::string &, const std::string &path) -> std::variant<ImportedText, ImportError> {
        if (path == "missing")
            return ImportError{"no such file"};
        return ImportedText{"lib/" + path + ".pds",
                            "import \"self\"\nconst k: Int\n"
                            "lemma lib_lemma(x: Int):\n  assume hx: x > k\n  show x * x > 0\n"};
    };
    return options;
}
