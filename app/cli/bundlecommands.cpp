// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/bundlecommands.h"

#include "cli/clicommands.h"
#include "cli/interrupt.h"
#include "engine/processgroups.h"
#include "export/bundle.h"
#include "export/verify.h"
#include "log/log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <atomic>

#include <stop_token>

#include <unistd.h>

namespace proofdesk::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::cli", text);
}
} // namespace

int exportBundle(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check sketches and write a bundle that others can re-check."));
    parser.addHelpOption();
    const QCommandLineOption outDir(QStringLiteral("out"), tr("The bundle directory to create."), QStringLiteral("DIR"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Solver processes at once (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Time limit per strategy in seconds (default 10)."), QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), tr("Neither read nor write the result cache."));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("Result cache file."), QStringLiteral("PATH"));
    const QCommandLineOption worker(QStringLiteral("worker"), tr("The proofdesk-worker executable to use."), QStringLiteral("PATH"));
    const QCommandLineOption noPdf(QStringLiteral("no-pdf"), tr("Do not write report.pdf."));
    parser.addOptions({outDir, jobs, timeout, noCache, cache, worker, noPdf});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Sketches (.pds), SMT-LIB (.smt2) or DIMACS (.cnf) files to export."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err << "proofdesk-cli export: " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (!parser.isSet(outDir) || parser.positionalArguments().isEmpty()) {
        err << "proofdesk-cli export: " << tr("usage: proofdesk-cli export FILE... --out DIR") << '\n';
        return UsageError;
    }
    exporting::BundleOptions options;
    options.outDir = parser.value(outDir);
    options.toolVersion = version();
    bool ok = true;
    if (parser.isSet(jobs)) {
        options.engine.jobs = parser.value(jobs).toInt(&ok);
        options.jobs = options.engine.jobs;
        if (!ok || options.engine.jobs < 1) {
            err << "proofdesk-cli export: " << tr("--jobs takes a positive number") << '\n';
            return UsageError;
        }
    }
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0) {
        err << "proofdesk-cli export: " << tr("--timeout takes a positive number of seconds") << '\n';
        return UsageError;
    }
    options.engine.limits.timeoutMs = int(seconds * 1000);
    options.documents.limits = options.engine.limits;
    options.proofLimits.timeoutMs = qMax(options.engine.limits.timeoutMs, 10000);
    options.engine.useCache = !parser.isSet(noCache);
    options.engine.cachePath = parser.value(cache);
    if (parser.isSet(worker)) {
        options.engine.workerProgram = parser.value(worker);
        options.workerProgram = parser.value(worker);
    }
    options.findCrossChecker = true;
    options.pdf = !parser.isSet(noPdf);
    if (options.pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << "proofdesk-cli export: " << tr("report.pdf needs a GUI application object; use --no-pdf") << '\n';
        return UsageError;
    }
    const bool bar = ::isatty(2) != 0;
    // Ctrl-C and SIGTERM cancel the export; the exporter removes the directory it began.
    InterruptWatcher interrupt(QStringLiteral("proofdesk-cli export"));
    std::stop_source stop;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &interrupt, [&](int signal) {
        err << (bar ? "\n" : "") << "proofdesk-cli export: "
            << tr("interrupted by %1: stopping the solvers (a second interrupt exits at once)").arg(InterruptWatcher::signalName(signal))
            << '\n' << Qt::flush;
        stop.request_stop();
    });
    if (interrupt.signalNumber())
        stop.request_stop();
    const exporting::BundleResult r = exporting::exportBundle(
        parser.positionalArguments(), options, [&](int done, int total, const QString &phase) {
            if (bar)
                err << '\r' << phase << ' ' << done << '/' << total << "   " << Qt::flush;
        }, stop.get_token());
    if (bar)
        err << '\n';
    const int signal = interrupt.signalNumber();
    if (signal) {
        if (const int left = engine::killAllProcessGroups(); left > 0)
            log::get("app")->warn("export: {} solver process groups were still running after the cancel", left);
    }
    if (signal && !r.ok) {
        // A bundle is there only when its manifest is: the exporter writes that last, and on
        // a cancel removes the directory it began.
        const QString name = InterruptWatcher::signalName(signal);
        err << "proofdesk-cli export: "
            << (QFileInfo::exists(options.outDir) ? tr("interrupted by %1: no bundle written (%2 is not a bundle)").arg(name, options.outDir)
                                                  : tr("interrupted by %1: no bundle written, nothing left at %2").arg(name, options.outDir))
            << '\n';
        return InterruptWatcher::exitCode(signal);
    }
    if (!r.ok) {
        err << "proofdesk-cli export: " << r.error << '\n';
        return UsageError;
    }
    QMap<QString, int> counts;
    for (const auto &c : r.claims)
        ++counts[exporting::evidenceName(c.evidence)];
    out << tr("wrote %1: %2 claims").arg(r.outDir).arg(r.claims.size());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out << ", " << it.value() << ' ' << it.key();
    out << '\n';
    QStringList phases;
    for (const auto &[phase, ms] : r.phaseMs)
        phases << QStringLiteral("%1 %2 s").arg(phase).arg(double(ms) / 1000.0, 0, 'f', 1);
    out << tr("time: %1").arg(phases.join(QStringLiteral(", "))) << '\n';
    if (signal) {
        // It came too late to stop anything: the bundle is whole, but the caller did interrupt.
        err << "proofdesk-cli export: "
            << tr("interrupted by %1 after the bundle was complete: %2 is kept").arg(InterruptWatcher::signalName(signal), r.outDir) << '\n';
        return InterruptWatcher::exitCode(signal);
    }
    return Success;
}

int verifyBundle(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Re-check a bundle from its files alone."));
    parser.addHelpOption();
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Time limit per check in seconds (default 30)."), QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Claims checked at once (default: one per core)."), QStringLiteral("N"));
    parser.addOptions({timeout, jobs});
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The bundle directory."));
    if (!parser.parse(arguments)) {
        err << "proofdesk-cli verify: " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "proofdesk-cli verify: " << tr("usage: proofdesk-cli verify DIR") << '\n';
        return UsageError;
    }
    bool ok = true;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0) {
        err << "proofdesk-cli verify: " << tr("--timeout takes a positive number of seconds") << '\n';
        return UsageError;
    }
    exporting::VerifyOptions options;
    options.limits.timeoutMs = int(seconds * 1000);
    if (parser.isSet(jobs)) {
        options.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || options.jobs < 1) {
            err << "proofdesk-cli verify: " << tr("--jobs takes a positive number") << '\n';
            return UsageError;
        }
    }
    // Ctrl-C and SIGTERM stop the checkers: the claims not yet checked say cancelled, the
    // bundle is NOT verified, and the exit code is 128 + the signal. The checks run on a
    // thread of their own so that this thread's event loop can read the interrupt.
    InterruptWatcher interrupt(QStringLiteral("proofdesk-cli verify"));
    std::atomic_bool cancel{false};
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &interrupt, [&](int signal) {
        err << "proofdesk-cli verify: "
            << tr("interrupted by %1: stopping the checkers (a second interrupt exits at once)").arg(InterruptWatcher::signalName(signal))
            << '\n' << Qt::flush;
        cancel = true;
    });
    const QString dir = parser.positionalArguments().first();
    const exporting::VerifyReport report = runReadingInterrupts([&] {
        return exporting::verifyBundle(
            dir, options,
            [&](const exporting::ClaimCheck &c) {
                out << (c.confirmed ? "ok      " : "FAILED  ") << (c.level.isEmpty() ? QStringLiteral("-") : c.level)
                    << "  " << c.id << "  " << c.detail << '\n' << Qt::flush;
            },
            &cancel);
    });
    for (const QString &p : report.problems)
        out << "PROBLEM " << p << '\n';
    int confirmed = 0;
    for (const auto &c : report.claims)
        confirmed += c.confirmed ? 1 : 0;
    out << tr("%1 of %2 claims confirmed, %3 bundle problems: %4")
               .arg(confirmed)
               .arg(report.claims.size())
               .arg(report.problems.size())
               .arg(report.ok() ? tr("verified") : tr("NOT verified"))
        << '\n';
    if (const int signal = interrupt.signalNumber()) {
        err << "proofdesk-cli verify: " << tr("interrupted by %1: the bundle is not verified").arg(InterruptWatcher::signalName(signal)) << '\n';
        return InterruptWatcher::exitCode(signal);
    }
    return report.ok() ? Success : SourceErrors;
}

} // namespace proofdesk::cli
