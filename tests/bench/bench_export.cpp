// SPDX-License-Identifier: GPL-3.0-or-later
// ./dev bench export: export and verify time and bundle size for agents.pds and for a
// generated sketch of about N steps (default 200), measured side by side in one run, and
// agents.pds exported and verified with one job against one per core.
// ./dev bench export-2000 runs the same with --steps 2000 (about half an hour on 2 cores).
#include "lang/module.h"
#include "sketchgen.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace {

struct Timed {
    bool ok = false;
    double seconds = 0;
    QByteArray output;
};

Timed timed(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    p.waitForFinished(-1);
    Timed t;
    t.seconds = double(clock.nsecsElapsed()) / 1e9;
    t.output = p.readAll();
    t.ok = p.exitStatus() == QProcess::NormalExit;
    return t;
}

qint64 treeBytes(const QString &dir, int *files)
{
    qint64 total = 0;
    *files = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        total += QFileInfo(it.next()).size();
        ++*files;
    }
    return total;
}

QByteArray lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.last();
}

struct Figures {
    double exportSeconds = 0, verifySeconds = 0;
};

Figures measure(const char *name, const QString &sketch, int steps, const QString &cli, const QString &work,
                const QStringList &jobs = {})
{
    const QString out = work + QLatin1Char('/') + QLatin1String(name);
    // No result cache: every export solves everything.
    const Timed e = timed(cli, QStringList{QStringLiteral("export"), sketch, QStringLiteral("--no-cache"), QStringLiteral("--out"), out} + jobs, work);
    const Timed v = timed(cli, QStringList{QStringLiteral("verify"), out} + jobs, work);
    int files = 0;
    const qint64 bytes = treeBytes(out, &files);
    std::printf("%-10s steps %5d  export %8.2f s  verify %8.2f s  bundle %8.1f KiB in %5d files  (verify/export %.2f)\n",
                name, steps, e.seconds, v.seconds, double(bytes) / 1024.0, files, e.seconds > 0 ? v.seconds / e.seconds : 0.0);
    std::printf("           export: %s\n           verify: %s\n", lastLine(e.output).constData(), lastLine(v.output).constData());
    std::fflush(stdout);
    return {e.seconds, v.seconds};
}

int stepsOf(const std::string &text)
{
    return int(proofdesk::lang::analyze(text, "sketch.pds").obligations.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int wanted = 200;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--steps") && i + 1 < args.size())
            wanted = args[++i].toInt();
        else {
            std::fprintf(stderr, "usage: bench_export [--steps N]\n");
            return 2;
        }
    }
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/proofdesk-cli");
    if (!QFile::exists(cli)) {
        std::fprintf(stderr, "bench_export: %s is not built\n", qPrintable(cli));
        return 2;
    }
    QTemporaryDir work;
    const QString agents = QStringLiteral(PROOFDESK_SOURCE_DIR "/resources/examples/agents.pds");
    QFile a(agents);
    if (!a.open(QIODevice::ReadOnly))
        return 2;
    const int agentSteps = stepsOf(a.readAll().toStdString());
    const Figures one = measure("agents-j1", agents, agentSteps, cli, work.path(), {QStringLiteral("--jobs"), QStringLiteral("1")});
    const Figures all = measure("agents", agents, agentSteps, cli, work.path());
    std::printf("agents: one job / one per core (%d): export %.2f, verify %.2f\n", QThread::idealThreadCount(),
                all.exportSeconds > 0 ? one.exportSeconds / all.exportSeconds : 0.0,
                all.verifySeconds > 0 ? one.verifySeconds / all.verifySeconds : 0.0);

    // Grow the generated sketch until it has the wanted number of steps.
    proofdesk::bench::SketchOptions options;
    options.lemmas = qMax(1, wanted / 4);
    proofdesk::bench::Sketch sketch = proofdesk::bench::generateSketch(options);
    int steps = stepsOf(sketch.text);
    options.lemmas = qMax(1, int(double(options.lemmas) * wanted / qMax(1, steps)));
    sketch = proofdesk::bench::generateSketch(options);
    steps = stepsOf(sketch.text);
    const QString generated = work.filePath(QStringLiteral("generated.pds"));
    QFile g(generated);
    if (!g.open(QIODevice::WriteOnly) || g.write(sketch.text.data(), qint64(sketch.text.size())) < 0)
        return 2;
    g.close();
    measure("generated", generated, steps, cli, work.path());
    return 0;
}
