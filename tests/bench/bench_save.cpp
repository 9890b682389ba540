// SPDX-License-Identifier: GPL-3.0-or-later
// bench_save: what a save or an open of a large file costs the GUI thread. A 10 ms heartbeat
// timer runs while a document (default 64 MB) is written through ui/filesave, once on the
// GUI thread (writeFileAtomically, as saves were before) and once off it
// (writeFileKeepingGuiAlive, what the window's Save does now), then read both ways. Prints
// the wall time and the longest gap between heartbeats of each, side by side in one run.
// A measurement: exits 0 whatever the figures.
#include "heartbeat.h"
#include "ui/filesave.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace proofdesk;

namespace {

struct Figures {
    qint64 wallMs = 0;
    qint64 longestGapMs = 0;
};

// Runs `work` from the event loop while the heartbeat ticks; the heartbeat's longest gap is
// how long the GUI could not paint or react.
Figures measure(const std::function<void()> &work)
{
    Figures f;
    test::Heartbeat heartbeat;
    heartbeat.start();
    QTimer::singleShot(30, [&] {
        QElapsedTimer wall;
        wall.start();
        work();
        f.wallMs = wall.elapsed();
        // A few more heartbeats so that the gap that ends after the work is counted.
        QTimer::singleShot(50, qApp, &QCoreApplication::quit);
    });
    QCoreApplication::exec();
    f.longestGapMs = heartbeat.longestGapMs();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qsizetype mb = argc > 1 ? QByteArray(argv[1]).toLongLong() : 64;
    QTemporaryDir dir;
    if (!dir.isValid() || mb <= 0) {
        std::fprintf(stderr, "usage: bench_save [MB] (needs a writable temporary folder)\n");
        return 2;
    }
    const QString path = dir.filePath(QStringLiteral("large.pds"));
    QByteArray data;
    data.reserve(mb * 1024 * 1024);
    for (int i = 0; data.size() < mb * 1024 * 1024; ++i)
        data += "lemma l" + QByteArray::number(i) + "(a: Int):\n  assume h: a > 0\n  show a > -1\n\n";

    bool ok = true;
    const Figures syncSave = measure([&] { ok &= ui::writeFileAtomically(path, data).has_value(); });
    const Figures asyncSave = measure([&] { ok &= ui::writeFileKeepingGuiAlive(path, data).has_value(); });
    const Figures syncRead = measure([&] {
        QFile f(path);
        ok &= f.open(QIODevice::ReadOnly) && f.readAll().size() == data.size();
    });
    const Figures asyncRead = measure([&] {
        const auto read = ui::readFileKeepingGuiAlive(path);
        ok &= read && read->size() == data.size();
    });
    if (!ok) {
        std::fprintf(stderr, "a save or read failed: nothing measured\n");
        return 1;
    }
    std::printf("save and open of a %lld MB document, longest gap of a 10 ms heartbeat on the GUI thread\n",
                qlonglong(mb));
    const auto row = [](const char *what, const Figures &on, const Figures &off) {
        std::printf("  %-5s on the GUI thread %6lld ms, gap %6lld ms   off it %6lld ms, gap %6lld ms   gap ratio %.1f x\n",
                    what, qlonglong(on.wallMs), qlonglong(on.longestGapMs), qlonglong(off.wallMs),
                    qlonglong(off.longestGapMs), double(on.longestGapMs) / double(qMax<qint64>(1, off.longestGapMs)));
    };
    row("save", syncSave, asyncSave);
    row("read", syncRead, asyncRead);
    std::printf("  (the window still lays out and highlights the text on the GUI thread after a read)\n");
    return 0;
}
