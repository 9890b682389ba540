// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/checkcommand.h"

#include "cli/clicommands.h"
#include "cli/interrupt.h"
#include "engine/cache.h"
#include "engine/documentcache.h"
#include "engine/documents.h"
#include "engine/engine.h"
#include "engine/processgroups.h"
#include "engine/standings.h"
#include "export/reports.h"
#include "log/log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <stop_token>

#include <unistd.h>

namespace proofdesk::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::cli", text);
}

// A one-line progress bar on a terminal, for runs long enough to need one.
void progress(QTextStream &err, int done, int total)
{
    constexpr int width = 30;
    const int filled = total ? done * width / total : width;
    err << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] " << done
        << '/' << total << Qt::flush;
}
// A document's checks, and whether an interrupt stopped them (documents.h: a stopped check
// comes back as one unknown "document" check).
struct DocumentResult {
    exporting::CheckedFile file;
    bool cancelled = false;
};

DocumentResult documentFile(const QString &path, const engine::EngineOptions &options, int jobs, std::stop_token stop)
{
    engine::DocumentOptions dopt;
    dopt.limits = options.limits;
    dopt.jobs = jobs;
    dopt.crossCheck = options.crossCheck;
    dopt.workerProgram = options.workerProgram;
    dopt.externals = options.externals; // z3 when installed, as for sketches
    if (!options.onlySolver.isEmpty()) {
        // --solver names one strategy (.smt2) or one SAT solver (.cnf); an SMT strategy
        // leaves a .cnf to the SAT solvers.
        dopt.strategies = {options.onlySolver};
        if (dopt.satSolvers.contains(options.onlySolver))
            dopt.satSolvers = {options.onlySolver};
    }
    dopt.stop = std::move(stop); // an interrupt ends the solver at once
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {exporting::documentFile(QDir::cleanPath(path), {})};
    const QByteArray content = file.readAll();
    // Each document runs on its own thread, and a cache connection belongs to one thread.
    std::unique_ptr<engine::ResultCache> cache;
    if (options.useCache) {
        const QString cachePath = options.cachePath.isEmpty() ? engine::ResultCache::defaultPath() : options.cachePath;
        if (auto opened = engine::ResultCache::open(cachePath, options.trustCache))
            cache = std::move(*opened);
        else
            log::get("app")->warn("{}", opened.error().toStdString());
    }
    const QList<engine::DocumentCheck> checks = engine::checkDocument(path, content, dopt, cache.get());
    const bool cancelled = dopt.stop.stop_requested() && checks.size() == 1 &&
                           checks.first().id == QLatin1String("document") && checks.first().verdict.status == engine::Status::Unknown;
    return {exporting::documentFile(QDir::cleanPath(path), checks), cancelled};
}

// Waits for the futures in an event loop rather than in result(): an interrupt is read by
// this thread's event loop, and it has to stop them.
void waitForAll(const QList<QFuture<DocumentResult>> &futures)
{
    QEventLoop loop;
    qsizetype pending = futures.size();
    std::vector<std::unique_ptr<QFutureWatcher<DocumentResult>>> watchers;
    for (const auto &future : futures) {
        auto &w = watchers.emplace_back(std::make_unique<QFutureWatcher<DocumentResult>>());
        QObject::connect(w.get(), &QFutureWatcherBase::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        w->setFuture(future);
    }
    if (pending > 0)
        loop.exec();
}

// After an interrupt: every obligation still without a verdict, and every document that the
// interrupt stopped, says so. Returns how many obligations that is.
int markCancelled(QList<exporting::CheckedFile> &files, const QSet<int> &stoppedDocuments, int signal)
{
    const QString reason = tr("cancelled: interrupted by %1").arg(InterruptWatcher::signalName(signal));
    int cancelled = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto &f = files[i];
        for (const auto &o : f.module.obligations) {
            const QString id = QString::fromStdString(o.id);
            const bool stopped = stoppedDocuments.contains(int(i));
            if (o.status != lang::ObligationStatus::ToSolve || (f.verdicts.contains(id) && !stopped))
                continue;
            engine::Verdict v = f.verdicts.value(id);
            v.status = engine::Status::Unknown;
            v.reason = reason;
            f.verdicts.insert(id, v);
            ++cancelled;
        }
    }
    return cancelled;
}

} // namespace

int check(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check every proof obligation of the given sketches."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: text, json, sarif or junit."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Solver processes at once (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Time limit per strategy in seconds (default 10)."), QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption solver(QStringLiteral("solver"), tr("Use only this strategy: cvc5, cvc5-mbqi, cvc5-fmf-fun, z3, cvc5-binary (for .cnf files: kissat, cadical)."), QStringLiteral("ID"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), tr("Neither read nor write the result cache."));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("Result cache file (shared by several users or a CI job)."), QStringLiteral("PATH"));
    const QCommandLineOption worker(QStringLiteral("worker"), tr("The proofdesk-worker executable to use."), QStringLiteral("PATH"));
    const QCommandLineOption crossCheck(QStringLiteral("cross-check"),
                                        tr("Ask a solver of another family to confirm every proof (z3 after cvc5)."));
    const QCommandLineOption memory(QStringLiteral("memory"), tr("Memory limit per solver process in MiB (default 4096)."),
                                    QStringLiteral("MIB"), QStringLiteral("4096"));
    const QCommandLineOption maxOutput(QStringLiteral("max-output"),
                                       tr("Output read from a solver at most, in MiB (default 64); more stops it."),
                                       QStringLiteral("MIB"), QStringLiteral("64"));
    const QCommandLineOption trustCache(QStringLiteral("trust-cache"),
                                        tr("Take proofs from the --cache file as proved (by default a cache given by path "
                                           "is shared, and its proofs are solved again)."));
    parser.addOptions({format, jobs, timeout, solver, noCache, cache, worker, crossCheck, memory, maxOutput, trustCache});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Sketches (.pds), SMT-LIB (.smt2) or DIMACS (.cnf) files to check."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err << "proofdesk-cli check: " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    const QString fmt = parser.value(format);
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif"), QStringLiteral("junit")}.contains(fmt)) {
        err << "proofdesk-cli check: " << tr("unknown format '%1' (text, json, sarif, junit)").arg(fmt) << '\n';
        return UsageError;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << "proofdesk-cli check: " << tr("no FILE given") << '\n';
        return UsageError;
    }

    engine::EngineOptions options;
    bool ok = true;
    if (parser.isSet(jobs)) {
        options.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || options.jobs < 1) {
            err << "proofdesk-cli check: " << tr("--jobs takes a positive number") << '\n';
            return UsageError;
        }
    }
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0) {
        err << "proofdesk-cli check: " << tr("--timeout takes a positive number of seconds") << '\n';
        return UsageError;
    }
    options.limits.timeoutMs = int(seconds * 1000);
    const qint64 mib = parser.value(memory).toLongLong(&ok);
    if (!ok || mib < 64 || mib > 1024 * 1024) {
        err << "proofdesk-cli check: " << tr("--memory takes a number of MiB from 64 to 1048576") << '\n';
        return UsageError;
    }
    options.limits.memoryBytes = mib * 1024 * 1024;
    const qint64 outputMib = parser.value(maxOutput).toLongLong(&ok);
    if (!ok || outputMib < 1 || outputMib > 4096) {
        err << "proofdesk-cli check: " << tr("--max-output takes a number of MiB from 1 to 4096") << '\n';
        return UsageError;
    }
    options.limits.maxOutputBytes = outputMib * 1024 * 1024;
    options.onlySolver = parser.value(solver);
    options.crossCheck = parser.isSet(crossCheck);
    options.useCache = !parser.isSet(noCache);
    options.cachePath = parser.value(cache);
    // The user's own cache is theirs; one named by path may have been filled by anyone.
    options.trustCache = !parser.isSet(cache) || parser.isSet(trustCache);
    if (parser.isSet(worker))
        options.workerProgram = parser.value(worker);
    // z3 joins the portfolio when installed; the cvc5 binary only when asked for by id.
    for (const auto &s : engine::detectExternalSolvers())
        if (s.id == QLatin1String("z3") || s.id == options.onlySolver)
            options.externals << s;

    // Ctrl-C and SIGTERM from here on cancel the run and still print what it has.
    InterruptWatcher interrupt(QStringLiteral("proofdesk-cli check"));
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &interrupt, [&err](int signal) {
        err << "proofdesk-cli check: "
            << tr("interrupted by %1: stopping the solvers (a second interrupt exits at once)").arg(InterruptWatcher::signalName(signal))
            << '\n' << Qt::flush;
    });
    std::stop_source stopDocuments;
    QSet<int> stoppedDocuments; // indexes in `files`
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &interrupt, [&stopDocuments] { stopDocuments.request_stop(); });

    QList<exporting::CheckedFile> files;
    QList<std::pair<int, QString>> documents; // index in `files`, path
    std::vector<lang::Obligation> all;
    QHash<QString, std::pair<int, QString>> owner; // unique id -> file index, obligation id
    for (const QString &path : paths) {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            err << "proofdesk-cli check: " << tr("cannot read %1: %2").arg(path, QFileInfo(path).isDir() ? tr("it is a directory") : file.errorString()) << '\n';
            return UsageError;
        }
        if (engine::isSmt2Path(path) || engine::isCnfPath(path)) {
            documents.append({int(files.size()), path});
            files << exporting::CheckedFile{}; // filled in below, in this order
            continue;
        }
        if (!path.endsWith(QLatin1String(".pds"))) {
            err << "proofdesk-cli check: " << tr("%1: only sketches (.pds), SMT-LIB (.smt2) and DIMACS (.cnf) files can be checked").arg(path) << '\n';
            return UsageError;
        }
        const std::string text = file.readAll().toStdString();
        lang::AnalyzeOptions ao;
        ao.resolver = lang::fileSystemResolver(QFileInfo(path).absolutePath().toStdString());
        exporting::CheckedFile cf;
        cf.path = QDir::cleanPath(path);
        cf.module = lang::analyze(text, cf.path.toStdString(), ao);
        for (const auto &d : cf.module.diagnostics)
            err << QString::fromStdString(lang::formatDiagnostic(d)) << '\n';
        const int index = int(files.size());
        for (auto o : cf.module.obligations) {
            const QString unique = QStringLiteral("%1:%2").arg(index).arg(QString::fromStdString(o.id));
            owner.insert(unique, {index, QString::fromStdString(o.id)});
            o.id = unique.toStdString();
            all.push_back(std::move(o));
        }
        files << std::move(cf);
    }

    // Documents each run in processes of their own (a worker, or a SAT solver and drat-trim)
    // and block until those end, so several go side by side on threads, --jobs at a time.
    if (!documents.isEmpty()) {
        QThreadPool pool;
        const int processes = options.jobs > 0 ? options.jobs : std::max(1, QThread::idealThreadCount());
        pool.setMaxThreadCount(processes);
        // The jobs are shared: one document alone runs its strategies side by side.
        const int perDocument = std::max(1, processes / int(documents.size()));
        if (interrupt.signalNumber())
            stopDocuments.request_stop();
        QList<QFuture<DocumentResult>> running;
        for (const auto &[index, path] : documents)
            running << QtConcurrent::run(&pool, documentFile, path, options, perDocument, stopDocuments.get_token());
        waitForAll(running);
        for (qsizetype i = 0; i < documents.size(); ++i) {
            files[documents[i].first] = running[i].result().file;
            if (running[i].result().cancelled)
                stoppedDocuments.insert(documents[i].first);
        }
    }

    engine::Engine engine(options);
    if (!engine.cacheError().isEmpty())
        err << "proofdesk-cli check: " << tr("warning: the result cache is not used: %1").arg(engine.cacheError()) << '\n';
    const bool bar = ::isatty(2) && all.size() > 20;
    int done = 0;
    QEventLoop loop;
    QObject::connect(&engine, &engine::Engine::verdictReady, &loop,
                     [&](quint64, const QString &id, const engine::Verdict &v) {
                         const auto where = owner.value(id);
                         files[where.first].verdicts.insert(where.second, v);
                         if (bar)
                             progress(err, ++done, int(all.size()));
                     });
    QObject::connect(&engine, &engine::Engine::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &engine, &engine::Engine::cancel);
    if (!interrupt.signalNumber())
        engine.submit(1, all);
    if (!engine.idle() && !interrupt.signalNumber())
        loop.exec();
    if (interrupt.signalNumber())
        engine.cancel(); // it may have come while no event loop ran
    if (bar)
        err << '\n';
    const auto stats = engine.stats();
    log::get("app")->info("check: {} obligations, {} solver runs, {} cache hits", all.size(), stats.solverRuns, stats.cacheHits);

    const int signal = interrupt.signalNumber();
    const int cancelled = signal ? markCancelled(files, stoppedDocuments, signal) : 0;
    for (auto &f : files)
        f.standings = engine::computeStandings(f.module, f.verdicts);

    if (fmt == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(exporting::toJson(files, version())).toJson(QJsonDocument::Indented));
    else if (fmt == QLatin1String("sarif"))
        out << QString::fromUtf8(QJsonDocument(exporting::toSarif(files, version())).toJson(QJsonDocument::Indented));
    else if (fmt == QLatin1String("junit"))
        out << exporting::toJUnit(files);
    else
        out << exporting::toText(files, ::isatty(1) != 0);

    const exporting::Summary s = exporting::summarize(files);
    if (signal) {
        out.flush();
        // Every solver ended with the cancel; this only catches one that did not.
        if (const int left = engine::killAllProcessGroups(); left > 0)
            log::get("app")->warn("check: {} solver process groups were still running after the cancel", left);
        err << "proofdesk-cli check: "
            << tr("interrupted by %1; obligations not finished, reported as cancelled: %2").arg(InterruptWatcher::signalName(signal)).arg(cancelled)
            << '\n';
        return InterruptWatcher::exitCode(signal);
    }
    return s.failed + s.unknown + s.errors > 0 ? SourceErrors : Success;
}

} // namespace proofdesk::cli
