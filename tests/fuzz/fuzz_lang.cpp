// SPDX-License-Identifier: GPL-3.0-or-later
// The sketch front end on arbitrary bytes: parse, check, elaborate and print.
#include "fuzz.h"

#include "lang/module.h"

#include <string>
#include <string_view>

using namespace proofdesk::lang;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    AnalyzeOptions options;
    // Every import finds the same small library, so imports are elaborated, not only refused;
    // a library that imports itself exercises cycle detection.
    options.resolver = [](const std::string &, const std::string &path) -> std::variant<ImportedText, ImportError> {
        if (path == "missing")
            return ImportError{"no such file"};
        return ImportedText{"lib/" + path + ".pds",
                            "import \"self\"\nconst k: Int\n"
                            "lemma lib_lemma(x: Int):\n  assume hx: x > k\n  show x * x > 0\n"};
    };
    const Module m = analyze(text, "fuzz.pds", options);
    for (const Diagnostic &d : m.diagnostics) {
        PROOFDESK_FUZZ_CHECK(!d.message.empty());
        if (d.file == "fuzz.pds") {
            PROOFDESK_FUZZ_CHECK(d.range.begin.offset <= d.range.end.offset);
            PROOFDESK_FUZZ_CHECK(d.range.end.offset <= size);
            PROOFDESK_FUZZ_CHECK(d.range.begin.line >= 1 && d.range.begin.column >= 1);
        }
    }
    for (const Obligation &o : m.obligations) {
        PROOFDESK_FUZZ_CHECK(!o.id.empty());
        if (o.status == ObligationStatus::ToSolve)
            PROOFDESK_FUZZ_CHECK(o.smt.find("(check-sat)") != std::string::npos);
        if (o.status == ObligationStatus::Error)
            PROOFDESK_FUZZ_CHECK(!o.error.empty());
    }
    return 0;
}
