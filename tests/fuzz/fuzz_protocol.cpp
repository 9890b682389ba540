// SPDX-License-Identifier: GPL-3.0-or-later
// The worker protocol on arbitrary bytes: the frame decoder fed in uneven pieces, then
// every complete frame decoded as a request and as a response.
#include "fuzz.h"

#include "solve/protocol.h"

using namespace proofdesk::solve;

namespace {

// encodeRequest/encodeResponse give whole frames; decoding wants the JSON inside.
QByteArray payloadOf(const QByteArray &frame)
{
    FrameDecoder d;
    d.feed(frame);
    PROOFDESK_FUZZ_CHECK(d.hasFrame() && !d.failed());
    return d.takeFrame();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the piece size, so that one input also tests resumption of a
    // header or payload cut at any point.
    const std::size_t piece = 1 + data[0] % 64;
    FrameDecoder decoder(1 << 20);
    for (std::size_t at = 1; at < size && !decoder.failed(); at += piece) {
        const std::size_t n = std::min(piece, size - at);
        decoder.feed(QByteArray(reinterpret_cast<const char *>(data + at), static_cast<qsizetype>(n)));
        while (decoder.hasFrame()) {
            const QByteArray json = decoder.takeFrame();
            QString why;
            if (const auto request = decodeRequest(json, &why)) {
                // What decodes must survive its own encoding unchanged.
                const auto again = decodeRequest(payloadOf(encodeRequest(*request)));
                PROOFDESK_FUZZ_CHECK(again && *again == *request);
            } else {
                PROOFDESK_FUZZ_CHECK(!why.isEmpty());
            }
            if (const auto response = decodeResponse(json, &why)) {
                const auto again = decodeResponse(payloadOf(encodeResponse(*response)));
                PROOFDESK_FUZZ_CHECK(again && *again == *response);
            }
        }
    }
    if (decoder.failed())
        PROOFDESK_FUZZ_CHECK(!decoder.error().isEmpty());
    return 0;
}
