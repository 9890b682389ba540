// SPDX-License-Identifier: GPL-3.0-or-later
// bench_open: what putting a large text into the editor costs the GUI thread.
//
// 1. Where the time goes: for a generated sketch (.pds), a DIMACS file (.cnf) and an SMT-LIB
//    script (.smt2) of 2, 8 and 20 MB, one setPlainText into a bare QPlainTextEdit (building
//    the document's blocks, the layout), the same into the CodeEditor with its
//    KSyntaxHighlighting highlighter (blocks, layout and highlighting of every block), and a
//    rehighlight() of the filled editor (highlighting alone).
// 2. Old way against new way, side by side in one run, at the largest size: one
//    setPlainText into the CodeEditor (what opening did before) and ui::TextLoader (sliced
//    across event-loop iterations, what opening does now). A 10 ms heartbeat timer runs
//    meanwhile; its longest gap is how long the window could not paint or react. Printed
//    for each: the longest gap, the time until the whole text is in, and the ratios.
// The editor is shown offscreen at a window's size. A measurement: exits 0 whatever the
// figures.
#include "heartbeat.h"
#include "resources/resources.h"
#include "sketchgen.h"
#include "ui/codeeditor.h"
#include "ui/documenttab.h"
#include "ui/mainwindow.h"
#include "ui/textloader.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

using namespace proofdesk;

namespace {

// ---- realistic texts of a given size (fixed seeds: the same bytes every run)

// The benchmarks' generated sketch (sketchgen.h: every kind of step, Unicode, comments),
// with as many lemmas as it takes.
QString sketchText(qsizetype bytes)
{
    const auto probe = bench::generateSketch({200});
    const int lemmas = int(200 * bytes / qsizetype(probe.text.size())) + 1;
    return QString::fromStdString(bench::generateSketch({lemmas}).text);
}

// DIMACS: a header, comment lines, then clauses of 2 to 6 literals over many variables,
// like the bmc and gcp families of ../shared/corpora.
QString cnfText(qsizetype bytes)
{
    QRandomGenerator random(7);
    const int vars = 200000;
    QString text;
    text.reserve(bytes + 256);
    text += QStringLiteral("c generated for bench_open\nc like the satlib bmc family\np cnf %1 %2\n").arg(vars).arg(bytes / 24);
    while (text.size() < bytes) {
        const int width = 2 + int(random.bounded(5));
        for (int i = 0; i < width; ++i) {
            const int v = 1 + int(random.bounded(vars));
            text += random.bounded(2) ? QString::number(-v) : QString::number(v);
            text += QLatin1Char(' ');
        }
        text += QStringLiteral("0\n");
    }
    return text;
}

// SMT-LIB: declarations, then assertions of nested arithmetic and uninterpreted functions,
// comments, and a check-sat now and then.
QString smt2Text(qsizetype bytes)
{
    QRandomGenerator random(11);
    QString text;
    text.reserve(bytes + 4096);
    text += QStringLiteral("; generated for bench_open\n(set-logic QF_UFLIA)\n(declare-fun f (Int) Int)\n");
    for (int i = 0; i < 500; ++i)
        text += QStringLiteral("(declare-const x%1 Int)\n").arg(i);
    for (int n = 0; text.size() < bytes; ++n) {
        const int a = int(random.bounded(500)), b = int(random.bounded(500)), c = int(random.bounded(500));
        text += QStringLiteral("(assert (or (< (+ x%1 (* 3 x%2)) %3) (= (f x%2) (- x%4 7)) (not (>= x%1 x%4))))\n")
                    .arg(a).arg(b).arg(c).arg((a + c) % 500);
        if (n % 200 == 199)
            text += QStringLiteral("; block %1\n(push 1)\n(check-sat)\n(pop 1)\n").arg(n / 200);
    }
    return text;
}

struct Kind {
    const char *name;
    QString fileName;
    std::function<QString(qsizetype)> make;
};

// ---- the measurements

double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

struct Sizes {
    int width = 1000, height = 700;
};

// One setPlainText into a shown bare QPlainTextEdit (no highlighter), then the first paint.
double plainInsertMs(const QString &text)
{
    QPlainTextEdit editor;
    editor.setLineWrapMode(QPlainTextEdit::NoWrap);
    editor.resize(Sizes{}.width, Sizes{}.height);
    editor.show();
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    editor.setPlainText(text);
    editor.viewport()->repaint();
    return msSince(t);
}

struct Highlighted {
    double insertMs = 0;
    double rehighlightMs = 0;
};

// The same into the CodeEditor (its highlighter attached), then a rehighlight of all of it.
Highlighted highlightedInsert(KSyntaxHighlighting::Repository *repository, const QString &fileName,
                              const QString &text)
{
    ui::CodeEditor editor(repository);
    editor.setFileName(fileName);
    editor.resize(Sizes{}.width, Sizes{}.height);
    editor.show();
    QCoreApplication::processEvents();
    Highlighted h;
    QElapsedTimer t;
    t.start();
    editor.setPlainText(text);
    editor.viewport()->repaint();
    h.insertMs = msSince(t);
    QCoreApplication::processEvents();
    // rehighlight() is a slot of the highlighter, the document's child.
    auto *highlighter = editor.document()->findChild<QSyntaxHighlighter *>();
    t.start();
    if (highlighter)
        highlighter->rehighlight();
    h.rehighlightMs = msSince(t);
    return h;
}

struct Open {
    qint64 longestGapMs = 0;
    double totalMs = 0;
    int ticks = 0;
    int slices = 0;
    double inSlicesMs = 0;
};

// Runs `start` from the event loop while a 10 ms heartbeat ticks, until `done` says the
// text is in; records the longest gap between heartbeats and the time until done.
Open measureOpen(const std::function<void()> &start, const std::function<bool()> &done)
{
    Open o;
    test::Heartbeat heartbeat;
    heartbeat.start();
    QTest::qWait(50);
    QElapsedTimer wall;
    bool started = false;
    QTimer::singleShot(0, [&] {
        wall.start();
        started = true;
        start();
    });
    while (!started || !done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    o.totalMs = msSince(wall);
    // The gap that ends after the work counts too.
    QTest::qWait(30);
    o.longestGapMs = heartbeat.longestGapMs();
    o.ticks = heartbeat.ticks();
    return o;
}

// Pictures of the window opening `file`: 300 ms into the load and once it is all in (for
// looking at it as a user: run under xvfb-run with QT_QPA_PLATFORM=xcb).
int screenshots(const QString &file, const QString &dir)
{
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    QTest::qWait(500);
    if (auto opened = window.openFile(file); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    ui::DocumentTab *tab = window.currentTab();
    QTest::qWait(300);
    const QString mid = dir + QStringLiteral("/open-midload.png");
    const bool wasLoading = tab->isLoading();
    window.grab().save(mid);
    QElapsedTimer t;
    t.start();
    while (tab->isLoading() && t.elapsed() < 300'000)
        QTest::qWait(20);
    QTest::qWait(1500); // analysis and the first verdicts
    const QString after = dir + QStringLiteral("/open-loaded.png");
    window.grab().save(after);
    std::printf("%s (%s)\n%s (loaded after %lld ms more)\n", qPrintable(mid), wasLoading ? "loading" : "already loaded",
                qPrintable(after), t.elapsed());
    window.setWindowModified(false);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QList<int> sizesMB{2, 8, 20};
    bool hiddenNew = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--screenshots") && i + 2 < argc) {
            QApplication app(argc, argv);
            return screenshots(QString::fromLocal8Bit(argv[i + 1]), QString::fromLocal8Bit(argv[i + 2]));
        } else if (!std::strcmp(argv[i], "--hidden")) {
            hiddenNew = true;
        } else if (!std::strcmp(argv[i], "--sizes") && i + 1 < argc) {
            sizesMB.clear();
            for (const QByteArray &s : QByteArray(argv[++i]).split(','))
                sizesMB << s.toInt();
        } else {
            std::fprintf(stderr, "usage: bench_open [--sizes 2,8,20] [--hidden] | --screenshots FILE DIR\n");
            return 2;
        }
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initResources();
    KSyntaxHighlighting::Repository repository;
    repository.addCustomSearchPath(syntaxSearchPath());

    const Kind kinds[] = {{"sketch .pds", QStringLiteral("big.pds"), sketchText},
                          {"DIMACS .cnf", QStringLiteral("big.cnf"), cnfText},
                          {"SMT-LIB .smt2", QStringLiteral("big.smt2"), smt2Text}};
    const int largest = sizesMB.last();

    std::printf("bench_open (offscreen, editor %dx%d)\n", Sizes{}.width, Sizes{}.height);
    std::printf("1. one setPlainText on the GUI thread, where the time goes\n");
    std::printf("  %-14s %6s %9s %16s %20s %14s\n", "text", "MB", "lines", "blocks+layout", "blocks+layout+hl", "rehighlight");
    QList<QString> texts; // per kind, of the largest size; the smaller ones are its first lines
    for (const Kind &kind : kinds)
        texts << kind.make(qsizetype(largest) * 1024 * 1024);
    for (int k = 0; k < 3; ++k) {
        const Kind &kind = kinds[k];
        for (int mb : sizesMB) {
            const QString &all = texts[k];
            const QString text = all.left(all.lastIndexOf(QLatin1Char('\n'), qsizetype(mb) * 1024 * 1024) + 1);
            const double plain = plainInsertMs(text);
            const Highlighted h = highlightedInsert(&repository, kind.fileName, text);
            std::printf("  %-14s %6d %9lld %13.0f ms %17.0f ms %11.0f ms\n", kind.name, mb,
                        qint64(text.count(QLatin1Char('\n'))), plain, h.insertMs, h.rehighlightMs);
            std::fflush(stdout);
        }
    }

    std::printf("2. opening %d MB: old way (one setPlainText) vs new way (ui::TextLoader), 10 ms heartbeat\n", largest);
    std::printf("  %-14s %-8s %14s %14s %8s %8s\n", "text", "way", "longest gap", "until in", "ticks", "slices");
    for (int k = 0; k < 3; ++k) {
        const Kind &kind = kinds[k];
        const QString &text = texts[k];
        Open old, sliced;
        {
            ui::CodeEditor editor(&repository);
            editor.setFileName(kind.fileName);
            editor.resize(Sizes{}.width, Sizes{}.height);
            editor.show();
            bool done = false;
            old = measureOpen(
                [&] {
                    editor.setPlainText(text);
                    done = true;
                },
                [&] { return done; });
            old.slices = 1;
        }
        {
            ui::CodeEditor editor(&repository);
            editor.setFileName(kind.fileName);
            editor.resize(Sizes{}.width, Sizes{}.height);
            editor.show();
            if (hiddenNew)
                editor.hide(); // diagnosis: the event loop's share without painting
            auto *loader = new ui::TextLoader(&editor);
            bool done = false;
            QObject::connect(loader, &ui::TextLoader::finished, [&] { done = true; });
            sliced = measureOpen([&] { loader->load(text); }, [&] { return done; });
            sliced.slices = loader->sliceCount();
            sliced.inSlicesMs = double(loader->sliceNs()) / 1e6;
            if (editor.document()->characterCount() - 1 != text.size())
                std::printf("  (!) the loaded document has %d units, the text %lld\n",
                            editor.document()->characterCount() - 1, qint64(text.size()));
        }
        std::printf("  %-14s %-8s %11lld ms %11.0f ms %8d %8d\n", kind.name, "old", old.longestGapMs, old.totalMs,
                    old.ticks, old.slices);
        std::printf("  %-14s %-8s %11lld ms %11.0f ms %8d %8d  (%.0f ms of it inserting slices)\n", kind.name, "new",
                    sliced.longestGapMs, sliced.totalMs, sliced.ticks, sliced.slices, sliced.inSlicesMs);
        std::printf("  %-14s longest gap old/new %.1fx, time until in new/old %.2fx\n", kind.name,
                    double(old.longestGapMs) / double(qMax<qint64>(1, sliced.longestGapMs)),
                    sliced.totalMs / qMax(1.0, old.totalMs));
        std::fflush(stdout);
    }
    return 0;
}
