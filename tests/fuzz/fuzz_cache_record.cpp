// SPDX-License-Identifier: GPL-3.0-or-later
// The cache's record readers on arbitrary bytes (an obligation's response, a whole
// document's checks): a damaged or hostile cache entry must be refused with a reason, and
// what is accepted must round-trip.
#include "fuzz.h"

#include "engine/cacherecord_p.h"
#include "engine/documentcache.h"

using namespace proofdesk;

namespace {

void checkDocumentRecord(const QByteArray &json)
{
    QString why;
    const auto checks = engine::decodeDocumentRecord(json, &why);
    if (!checks) {
        PROOFDESK_FUZZ_CHECK(!why.isEmpty());
        return;
    }
    PROOFDESK_FUZZ_CHECK(!checks->isEmpty());
    for (const auto &c : *checks) // only proved documents are stored, so only they are read
        PROOFDESK_FUZZ_CHECK(c.verdict.status == engine::Status::Proved && c.line >= 0 && c.column >= 0 &&
                             c.verdict.elapsedMs >= 0 && !c.verdict.fromCache);
    QString again;
    const auto reread = engine::decodeDocumentRecord(engine::encodeDocumentRecord(*checks), &again);
    PROOFDESK_FUZZ_CHECK(reread && reread->size() == checks->size());
    for (qsizetype i = 0; i < checks->size(); ++i) {
        const auto &a = (*checks)[i];
        const auto &b = (*reread)[i];
        PROOFDESK_FUZZ_CHECK(a.id == b.id && a.line == b.line && a.column == b.column && a.answer == b.answer &&
                             a.expected == b.expected && a.verdict == b.verdict);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkDocumentRecord(json);
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
