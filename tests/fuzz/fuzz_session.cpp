// SPDX-License-Identifier: GPL-3.0-or-later
// The readers a start uses to restore the last session, on arbitrary bytes: the session keys
// of the settings file (file, line, column) and the header of a recovery file. Nothing to
// restore is a valid answer; what is restored names an existing file by an absolute path
// and a position inside the clamped range.
#include "fuzz.h"

#include "ui/recoverybanner.h"
#include "ui/sessionstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <unistd.h>

using namespace proofdesk;

namespace {

QString scratchDir()
{
    static const QString dir = [] {
        // Memory-backed when there is one: QSettings writes through QSaveFile, whose fsync
        // on a disk would cost more than the reader under test.
        const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString d = base + QStringLiteral("/proofdesk-fuzz-session-%1").arg(::getpid());
        QDir().mkpath(d + QStringLiteral("/recovery"));
        return d;
    }();
    return dir;
}

void writeFile(const QString &path, const std::uint8_t *data, std::size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        std::abort();
    f.write(reinterpret_cast<const char *>(data), qint64(size));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static unsigned long n = 0;
    const QString ini = scratchDir() + QStringLiteral("/session-%1.ini").arg(++n);
    writeFile(ini, data, size);
    {
        const QSettings settings(ini, QSettings::IniFormat);
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
    QFile::remove(ini);

    const QString recoveryDir = scratchDir() + QStringLiteral("/recovery");
    const QString recovery = recoveryDir + QStringLiteral("/r.pds");
    writeFile(recovery, data, size);
    const auto files = ui::findRecoveryFiles(recoveryDir);
    PROOFDESK_FUZZ_CHECK(files.size() <= 1);
    for (const auto &f : files) {
        PROOFDESK_FUZZ_CHECK(f.path == recovery);
        PROOFDESK_FUZZ_CHECK(f.original.isEmpty() || QFileInfo(f.original).isAbsolute());
        PROOFDESK_FUZZ_CHECK(f.original.size() <= 4096);
    }
    QFile::remove(recovery);
    return 0;
}
