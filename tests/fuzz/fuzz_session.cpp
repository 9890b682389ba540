// SPDX-License-Identifier: GPL-3.0-or-later
// The readers a start uses to restore the last session, on arbitrary bytes: the session keys
// of the settings file (file, line, column) and the header of a recovery file. Nothing to
// restore is a valid answer; what is restored names an existing file by an absolute path
// and a position inside the clamped range.
#include "fuzz.h"
#include "scratch.h"

#include "ui/recoverybanner.h"
#include "ui/sessionstate.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cstdlib>

using namespace proofdesk;

namespace {

struct Scratch {
    QString ini, recoveryDir, recovery;
};

const Scratch &scratch()
{
    static const Scratch s = [] {
        const QString dir = fuzz::scratchDir(QStringLiteral("session"));
        const QString recoveryDir = dir + QStringLiteral("/recovery");
        if (!QDir().mkpath(recoveryDir))
            std::abort();
        return Scratch{dir + QStringLiteral("/session.ini"), recoveryDir, recoveryDir + QStringLiteral("/r.pds")};
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Scratch &files = scratch();
    fuzz::writeInput(files.ini, data, size);
    {
        const QSettings settings(files.ini, QSettings::IniFormat);
        if (const auto session = ui::readSession(settings)) {
            PROOFDESK_FUZZ_CHECK(!session->documents.isEmpty() && session->documents.size() <= 256);
            PROOFDESK_FUZZ_CHECK(session->current >= 0 && session->current < session->documents.size());
            for (const auto &d : session->documents) {
                PROOFDESK_FUZZ_CHECK(d.line >= 1 && d.line <= 10'000'000);
                PROOFDESK_FUZZ_CHECK(d.column >= 1 && d.column <= 10'000'000);
                PROOFDESK_FUZZ_CHECK(d.file.startsWith(QLatin1Char(':')) || QFileInfo(d.file).isAbsolute());
                PROOFDESK_FUZZ_CHECK(QFileInfo(d.file).isFile());
            }
        }
    }

    // The recovery folder always holds this one file, rewritten.
    fuzz::writeInput(files.recovery, data, size);
    const auto found = ui::findRecoveryFiles(files.recoveryDir);
    PROOFDESK_FUZZ_CHECK(found.size() <= 1);
    for (const auto &f : found) {
        PROOFDESK_FUZZ_CHECK(f.path == files.recovery);
        PROOFDESK_FUZZ_CHECK(f.original.isEmpty() || QFileInfo(f.original).isAbsolute());
        PROOFDESK_FUZZ_CHECK(f.original.size() <= 4096);
    }
    return 0;
}
