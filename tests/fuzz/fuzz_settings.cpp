// SPDX-License-Identifier: GPL-3.0-or-later
// The settings reader on an arbitrary INI file (a hand-edited, damaged or hostile
// proofdesk.conf): every value that comes out lies in the range the Settings dialog allows,
// strings stay short, and what was read survives a write and a second read unchanged.
#include "fuzz.h"
#include "scratch.h"

#include "log/log.h"
#include "ui/appsettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#include <algorithm>
#include <cstdlib>

using namespace proofdesk;

namespace {

struct Scratch {
    QString in, out;
};

const Scratch &scratch()
{
    static const Scratch s = [] {
        const QString dir = fuzz::scratchDir(QStringLiteral("settings"));
        // User solvers' programs are looked up on PATH: here that is one folder holding one
        // program (never run), so that a relative name can be found or not, whatever is
        // installed on the machine, in one look instead of one per folder of the real PATH.
        const QString bin = dir + QStringLiteral("/bin");
        QFile z3(bin + QStringLiteral("/z3"));
        if (!QDir().mkpath(bin) || !z3.open(QIODevice::WriteOnly) || !z3.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            std::abort();
        qputenv("PATH", bin.toLocal8Bit());
        // engineOptions() warns about every user solver it drops: formatting and writing
        // that to stderr (the fuzzer's log, which grew by a line per input) is not the code
        // under test.
        log::setLevel(spdlog::level::off);
        return Scratch{dir + QStringLiteral("/in.ini"), dir + QStringLiteral("/out.ini")};
    }();
    return s;
}

// Text that comes out is text a person could have typed: no control character but tabs, no
// byte order mark, no broken surrogate pair (the INI format does not carry them unchanged).
bool typable(const QString &t)
{
    for (const auto c : t.toUcs4())
        if (!(QChar::isPrint(char32_t(c)) || c == U'\t'))
            return false;
    return true;
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
    for (const auto &u : a.userSolvers) {
        PROOFDESK_FUZZ_CHECK(!u.id.trimmed().isEmpty() && u.id.size() <= 256 && u.commandLine.size() <= 4096);
        PROOFDESK_FUZZ_CHECK(typable(u.id) && typable(u.commandLine));
    }
    PROOFDESK_FUZZ_CHECK(typable(a.onlySolver) && typable(a.fontFamily) && typable(a.language));
    for (const QStringList *list : {&a.disabledSolvers, &a.enabledSolvers})
        PROOFDESK_FUZZ_CHECK(std::all_of(list->begin(), list->end(), typable));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Scratch &files = scratch();
    fuzz::writeInput(files.in, data, size);
    ui::AppSettings loaded;
    {
        QSettings in(files.in, QSettings::IniFormat);
        loaded = ui::AppSettings::load(in);
    }
    checkInRange(loaded);
    // Written into an empty file, as on a first save.
    QFile::remove(files.out);
    {
        QSettings out(files.out, QSettings::IniFormat);
        loaded.save(out);
    }
    // Without a new time QSettings would answer from what it wrote, not from the file.
    fuzz::touch(files.out);
    {
        QSettings reread(files.out, QSettings::IniFormat);
        PROOFDESK_FUZZ_CHECK(ui::AppSettings::load(reread) == loaded);
    }
    // What the engine is given from them stays sane too.
    const auto options = loaded.engineOptions({});
    PROOFDESK_FUZZ_CHECK(options.limits.timeoutMs > 0 && options.limits.memoryBytes > 0 && options.jobs >= 0);
    return 0;
}
