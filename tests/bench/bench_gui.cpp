// SPDX-License-Identifier: GPL-3.0-or-later
// bench_gui: the desktop window, offscreen, with the real engine. Measures
//  - start to interactive window: constructing MainWindow, showing it and handling its
//    first paint (the QApplication already exists; process start-up is not included);
//  - keystroke to repaint in a generated sketch with about 2,000 steps while the engine
//    checks it: from a key press sent to the editor until the editor's viewport has been
//    painted, median and 95th percentile. Keystrokes sent while the engine is busy and
//    while it is idle are reported apart: the engine answers this sketch within the first
//    keystrokes (and a step it has seen again from its memo), so most find it idle;
//  - resident memory with that document open, and where it goes: resident memory after each
//    stage (application, empty window, document open and analysed) and the heap in use
//    (mallinfo2), so that a regression names its stage.
// Prints each figure with its target. A measurement: exits 0 whatever the figures.
#include "measure.h"
#include "sketchgen.h"
#include "ui/checksession.h"
#include "ui/codeeditor.h"
#include "ui/documentanalyzer.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QPaintEvent>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

using namespace proofdesk;
using proofdesk::bench::percentile;

namespace {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

// Bytes the heap has handed out and not taken back (all arenas).
double heapInUseMB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

// Counts paints of the editor's viewport, and when the last one ended.
class PaintProbe : public QObject
{
public:
    int paints = 0;
    QElapsedTimer clock;
    qint64 lastPaintNs = 0;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            // Let the editor paint first, then note the time.
            object->removeEventFilter(this);
            QCoreApplication::sendEvent(object, event);
            object->installEventFilter(this);
            ++paints;
            lastPaintNs = clock.nsecsElapsed();
            return true;
        }
        return false;
    }
};

// With --slow-events MS: every event the GUI thread took at least MS to handle while the
// keystrokes were sent, with its receiver and its nesting depth, to find what holds a paint.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    double thresholdMs = -1;
    bool recording = false;
    struct Slow {
        double ms;
        int depth;
        std::string what;
    };
    std::vector<Slow> slow;
    std::map<std::string, std::pair<int, double>> paints; // by widget: count, total ms

    Slow longest{0, 0, {}}; // the longest event handled from the event loop while recording

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs in the thread of the receiver: the engine's thread and the pool's
        // go through here too, and are not the GUI thread's time.
        if (!recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // The receiver may be deleted by its own event (a single-shot timer's object, a
        // watcher's deleteLater): it is named before, and its paint's rectangle read before.
        // Class names are static strings; a timer is named by its owner too, since the
        // QTimer itself says nothing.
        const int type = int(event->type());
        const char *className = receiver->metaObject()->className();
        const QObject *owner = receiver->parent();
        const char *ownerName = owner ? owner->metaObject()->className() : nullptr;
        std::string name, paintKey;
        if (thresholdMs >= 0) {
            name = std::string(className) + " \"" + receiver->objectName().toStdString() + "\"" +
                   (ownerName ? std::string(" of ") + ownerName : std::string());
            if (type == QEvent::Paint) {
                const QRect r = static_cast<QPaintEvent *>(event)->rect();
                paintKey = name + " in " + (ownerName ? ownerName : "") + " " +
                           std::to_string(r.width()) + "x" + std::to_string(r.height());
            }
        }
        QElapsedTimer t;
        t.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (m_depth == 0 && ms > longest.ms) {
            const std::string of = ownerName ? std::string(" of ") + ownerName : std::string();
            longest = {ms, 0, className + of + " event " + std::to_string(type)};
        }
        if (thresholdMs < 0)
            return result;
        if (type == QEvent::Paint) {
            auto &p = paints[paintKey];
            ++p.first;
            p.second += ms;
        }
        if (ms >= thresholdMs)
            slow.push_back({ms, m_depth, name + " event " + std::to_string(type)});
        return result;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char **argv)
{
    int lemmas = 400, runs = 5, keys = 200;
    double slowEventsMs = -1;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--lemmas"))
            lemmas = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--keys"))
            keys = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--slow-events"))
            slowEventsMs = std::atof(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: bench_gui [--lemmas N] [--runs N] [--keys N] [--slow-events MS]\n");
            return 2;
        }
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    app.thresholdMs = slowEventsMs;
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ProofDeskBench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui"));
    {
        QSettings s;
        s.clear();
        s.setValue(QStringLiteral("general/configured"), true); // no welcome page
        s.setValue(QStringLiteral("check/useCache"), false);   // the engine really works
        s.setValue(QStringLiteral("check/jobs"), 2);
        s.setValue(QStringLiteral("check/timeoutMs"), 2000);
    }

    const long appKiB = residentKiB();
    const double appHeapMB = heapInUseMB();

    // 1. Start to interactive window.
    std::vector<double> startMs;
    long windowKiB = 0;
    double windowHeapMB = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        ui::MainWindow window;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 2;
        QCoreApplication::processEvents();
        startMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (r == 0) {
            windowKiB = residentKiB();
            windowHeapMB = heapInUseMB();
        }
    }

    // 2. Keystrokes while checking a large sketch.
    const auto sketch = bench::generateSketch({lemmas});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pds"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(sketch.text.data(), qint64(sketch.text.size()));
    }
    ui::MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path))
        return 2;
    QElapsedTimer wait;
    wait.start();
    while (!window.session()->module() && wait.elapsed() < 120'000)
        QTest::qWait(20);
    const std::size_t steps = window.session()->module() ? window.session()->module()->obligations.size() : 0;
    const long rssKiB = residentKiB();
    const double documentHeapMB = heapInUseMB();

    auto *editor = window.editor();
    editor->goTo(sketch.lines / 2, 1);
    PaintProbe probe;
    probe.clock.start();
    editor->viewport()->installEventFilter(&probe);
    std::vector<double> keyMs, idleKeyMs;
    app.recording = true;
    for (int k = 0; k < keys; ++k) {
        QTest::qWait(30); // typing speed: the debounce and the engine get their turn
        const bool checking = window.session()->busy();
        const int before = probe.paints;
        const qint64 t0 = probe.clock.nsecsElapsed();
        QTest::keyClick(editor, k % 2 ? Qt::Key_Backspace : Qt::Key_Space);
        QElapsedTimer guard;
        guard.start();
        while (probe.paints == before && guard.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (probe.paints > before)
            (checking ? keyMs : idleKeyMs).push_back(double(probe.lastPaintNs - t0) / 1e6);
    }
    editor->viewport()->removeEventFilter(&probe);
    const TimingApplication::Slow longestTyping = app.longest;

    // 3. The pause after typing: the last text's analysis arrives and replaces the module
    // the window showed, which is released once nothing holds it any more.
    app.longest = {};
    const std::weak_ptr<const lang::Module> typedOver = window.session()->moduleSnapshot();
    QElapsedTimer pause;
    pause.start();
    while (!typedOver.expired() && pause.elapsed() < 120'000)
        QTest::qWait(20);
    const bool replaced = typedOver.expired();
    const double replaceSeconds = double(pause.elapsed()) / 1e3;
    app.recording = false;
    const long endKiB = residentKiB();
    const double endHeapMB = heapInUseMB();
    window.cancelChecking();

    std::printf("bench_gui (offscreen; %d lemmas, %zu steps, %d start runs, %zu keystrokes while checking, %zu while "
                "idle)\n",
                sketch.lemmas, steps, runs, keyMs.size(), idleKeyMs.size());
    std::printf("  %-44s %10s %10s %12s\n", "measure", "median", "p95", "target");
    std::printf("  %-44s %8.1f ms %8.1f ms %12s\n", "start to interactive window", percentile(startMs, 0.5),
                percentile(startMs, 0.95), "<= 400 ms");
    std::printf("  %-44s %8.2f ms %8.2f ms %12s\n", "keystroke to repaint (while checking)", percentile(keyMs, 0.5),
                percentile(keyMs, 0.95), "p95 <= 16 ms");
    if (!idleKeyMs.empty())
        std::printf("  %-44s %8.2f ms %8.2f ms\n", "keystroke to repaint (engine idle)", percentile(idleKeyMs, 0.5),
                    percentile(idleKeyMs, 0.95));
    // The GUI thread's longest stretch away from the event loop: what a keystroke arriving
    // just then would wait for, at any typing speed.
    std::printf("  %-44s %8.1f ms %10s %12s  (%s)\n", "longest event on the GUI thread while typing",
                longestTyping.ms, "", "<= 100 ms", longestTyping.what.c_str());
    if (replaced)
        std::printf("  %-44s %8.1f ms %10s %12s  (%s; replaced after %.1f s)\n",
                    "longest event, typing done until module replaced", app.longest.ms, "", "<= 100 ms",
                    app.longest.what.c_str(), replaceSeconds);
    else
        std::printf("  %-44s %10s (not replaced within %.0f s)\n", "longest event, typing done until module replaced",
                    "n/a", replaceSeconds);
    std::printf("  %-44s %8.1f MB %10s %12s\n", "resident memory, document open", double(rssKiB) / 1024.0, "",
                "<= 150 MB");
    std::printf("  where the memory goes (resident / heap in use):\n");
    std::printf("  %-44s %8.1f MB %7.1f MB\n", "application started", double(appKiB) / 1024.0, appHeapMB);
    std::printf("  %-44s %8.1f MB %7.1f MB\n", "empty window shown", double(windowKiB) / 1024.0, windowHeapMB);
    std::printf("  %-44s %8.1f MB %7.1f MB\n", "document open, analysed, checking", double(rssKiB) / 1024.0,
                documentHeapMB);
    std::printf("  %-44s %8.1f MB %7.1f MB\n", "after the keystrokes (re-analysed, checking)", double(endKiB) / 1024.0,
                endHeapMB);
    if (slowEventsMs >= 0) {
        std::printf("  events that took >= %.1f ms on the GUI thread while typing (depth 0 = from the event loop):\n",
                    slowEventsMs);
        for (const auto &e : app.slow)
            std::printf("  %8.2f ms  depth %d  %s\n", e.ms, e.depth, e.what.c_str());
        std::printf("  paints while typing, by widget (count, total ms):\n");
        for (const auto &[what, p] : app.paints)
            std::printf("  %6d %9.1f ms  %s\n", p.first, p.second, what.c_str());
    }
    return 0;
}
