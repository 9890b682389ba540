// SPDX-License-Identifier: GPL-3.0-or-later
// The sketch front end on arbitrary bytes: parse, check, elaborate and print.
#include "fuzz.h"
#include "fuzzlibrary.h"

#include "lang/module.h"

#include <string>
#include <string_view>

using namespace proofdesk::lang;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const AnalyzeOptions options = fuzzAnalyzeOptions();
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
