// SPDX-License-Identifier: GPL-3.0-or-later
// The cache's record reader on arbitrary bytes: a damaged or hostile cache entry must be
// refused with a reason, and what is accepted must round-trip.
#include "fuzz.h"

#include "engine/cacherecord_p.h"

using namespace proofdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString why;
    const auto record = engine::detail::decodeCacheRecord(json, &why);
    if (!record) {
        PROOFDESK_FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    PROOFDESK_FUZZ_CHECK(record->answer == solve::Answer::Sat || record->answer == solve::Answer::Unsat);
    PROOFDESK_FUZZ_CHECK(record->elapsedMs >= 0);
    QString again;
    const auto reread = engine::detail::decodeCacheRecord(engine::detail::encodeCacheRecord(*record), &again);
    PROOFDESK_FUZZ_CHECK(reread && reread->answer == record->answer && reread->core == record->core
                         && reread->model == record->model && reread->solver == record->solver);
    return 0;
}
