// SPDX-License-Identifier: GPL-3.0-or-later
// The settings reader on an arbitrary INI file (a hand-edited, damaged or hostile
// proofdesk.conf): every value that comes out lies in the range the Settings dialog allows,
// strings stay short, and what was read survives a write and a second read unchanged.
#include "fuzz.h"

#include "ui/appsettings.h"

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
        const QString d = base + QStringLiteral("/proofdesk-fuzz-settings-%1").arg(::getpid());
        QDir().mkpath(d);
        return d;
    }();
    return dir;
}

void checkInRange(const ui::AppSettings &a)
{
    PROOFDESK_FUZZ_CHECK(a.timeoutMs >= 1 && a.timeoutMs <= 3600 * 1000);
    PROOFDESK_FUZZ_CHECK(a.memoryMiB >= 64 && a.memoryMiB <= 1024 * 1024);
    PROOFDESK_FUZZ_CHECK(a.jobs >= 0 && a.jobs <= 256);
    PROOFDESK_FUZZ_CHECK(a.fontPointSize >= 0 && a.fontPointSize <= 200);
    PROOFDESK_FUZZ_CHECK(a.maxOpenBytes >= 1 && a.maxOpenBytes <= (qint64(1) << 40));
    PROOFDESK_FUZZ_CHECK(a.maxGraphNodesWithoutLod >= 1 && a.maxGraphNodesWithoutLod <= 10'000'000);
    PROOFDESK_FUZZ_CHECK(a.onlySolver.size() <= 256 && a.fontFamily.size() <= 256);
    PROOFDESK_FUZZ_CHECK(a.language.isEmpty() || ui::availableLanguages().contains(a.language));
    PROOFDESK_FUZZ_CHECK(a.disabledSolvers.size() <= 256 && a.enabledSolvers.size() <= 256);
    PROOFDESK_FUZZ_CHECK(a.userSolvers.size() <= 64);
    for (const auto &u : a.userSolvers)
        PROOFDESK_FUZZ_CHECK(!u.id.trimmed().isEmpty() && u.id.size() <= 256 && u.commandLine.size() <= 4096);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A fresh name per input: QSettings caches files by name.
    static unsigned long n = 0;
    const QString path = scratchDir() + QStringLiteral("/in-%1.ini").arg(++n);
    const QString again = scratchDir() + QStringLiteral("/out-%1.ini").arg(n);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    ui::AppSettings loaded;
    {
        QSettings in(path, QSettings::IniFormat);
        loaded = ui::AppSettings::load(in);
    }
    checkInRange(loaded);
    {
        QSettings out(again, QSettings::IniFormat);
        loaded.save(out);
    }
    {
        QSettings reread(again, QSettings::IniFormat);
        PROOFDESK_FUZZ_CHECK(ui::AppSettings::load(reread) == loaded);
    }
    // What the engine is given from them stays sane too.
    const auto options = loaded.engineOptions({});
    PROOFDESK_FUZZ_CHECK(options.limits.timeoutMs > 0 && options.limits.memoryBytes > 0 && options.jobs >= 0);
    QFile::remove(path);
    QFile::remove(again);
    return 0;
}
