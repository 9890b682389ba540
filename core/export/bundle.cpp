// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/bundle.h"

#include "engine/externalsolver.h"
#include "engine/standings.h"
#include "engine/workerprocess.h"
#include "export/depgraph.h"
#include "export/htmlreport.h"
#include "export/reports.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QMutex>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <set>

namespace proofdesk::exporting {

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::exporting", text);
}

// "bounded/case step/show" -> "bounded-case-step-show": portable file names.
QString fileStem(const QString &id)
{
    QString out;
    for (const QChar c : id)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') ? c : QLatin1Char('-');
    return out.left(80);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

Evidence levelOf(const engine::Verdict &v)
{
    switch (v.status) {
    case engine::Status::Proved: return v.crossCheckedBy.isEmpty() ? Evidence::Proved : Evidence::CrossChecked;
    case engine::Status::Failed: return Evidence::Failed;
    case engine::Status::Admitted: return Evidence::Admitted;
    case engine::Status::Unknown:
    case engine::Status::Error: break;
    }
    return Evidence::Unknown;
}

// The cvc5 strategy that found the proof, else the default one (z3 found it: cvc5 may
// still give a certificate).
solve::Strategy proofStrategy(const QString &strategy)
{
    return solve::strategyFromName(strategy).value_or(solve::Strategy::Default);
}

} // namespace

QString obligationFileText(const QString &obligationId, const QString &source, int line,
                           const QString &smt)
{
    // The id may hold any character the author used; a comment ends at a newline.
    QString id = obligationId;
    id.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QStringLiteral("; ProofDesk obligation %1 (%2:%3)\n").arg(id, source).arg(line) + smt;
}

struct BundleExporter::State {
    BundleOptions options;
    QList<CheckedFile> files;
    QStringList bundleSources;                   // "sources/agents.pds", per file
    QList<QByteArray> sourceBytes;
    QHash<QString, std::pair<int, QString>> owner; // engine id -> file index, obligation id
    int total = 0, done = 0;
    QElapsedTimer clock;                         // since start(): the checking phase
};

BundleExporter::BundleExporter(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<BundleResult>::finished, this,
            [this] { finish(m_watcher.result()); });
}

BundleExporter::~BundleExporter()
{
    if (m_cancel)
        m_cancel->store(true);
    m_stop.request_stop();
    m_engine.reset();
    m_watcher.waitForFinished();
}

void BundleExporter::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    m_stop.request_stop();
    if (m_engine) {
        m_engine->cancel();
        // The engine stops; what was checked so far is not a bundle.
        BundleResult r;
        r.cancelled = true;
        r.error = tr("cancelled");
        QMetaObject::invokeMethod(this, [this, r] { if (m_engine) { m_engine.reset(); finish(r); } },
                                  Qt::QueuedConnection);
    }
}

bool BundleExporter::start(const QStringList &sourcePaths, BundleOptions options)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_stop = std::stop_source();
    m_state = std::make_unique<State>();
    State &s = *m_state;
    s.options = std::move(options);
    s.options.engine.crossCheck = true;
    if (s.options.findCrossChecker &&
        std::none_of(s.options.engine.externals.cbegin(), s.options.engine.externals.cend(),
                     [](const engine::ExternalSolver &e) { return e.id == QLatin1String("z3"); }))
        for (const auto &solver : engine::detectExternalSolvers())
            if (solver.id == QLatin1String("z3"))
                s.options.engine.externals << solver;

    const auto fail = [this](const QString &message) {
        BundleResult r;
        r.error = message;
        QMetaObject::invokeMethod(this, [this, r] { finish(r); }, Qt::QueuedConnection);
        return true;
    };
    const QDir out(s.options.outDir);
    if (s.options.outDir.isEmpty())
        return fail(tr("no output directory given"));
    if (out.exists() && !out.isEmpty())
        return fail(tr("%1 exists and is not empty: a bundle is written into a new directory").arg(s.options.outDir));

    std::set<QString> used;
    std::vector<lang::Obligation> all;
    for (const QString &path : sourcePaths) {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(path, QFileInfo(path).isDir() ? tr("it is a directory") : file.errorString()));
        const bool document = engine::isCnfPath(path) || engine::isSmt2Path(path);
        if (!document && !path.endsWith(QLatin1String(".pds")))
            return fail(tr("%1: only sketches (.pds), SMT-LIB (.smt2) and DIMACS (.cnf) files can be exported").arg(path));
        const QByteArray bytes = file.readAll();
        const int index = int(s.files.size());
        QString name = QStringLiteral("sources/") + QFileInfo(path).fileName();
        if (!used.insert(name).second)
            name = QStringLiteral("sources/%1/%2").arg(index).arg(QFileInfo(path).fileName());
        used.insert(name);
        CheckedFile cf;
        cf.path = name; // reports inside the bundle name the bundled copy, never the original path
        if (!document) {
            // Documents are checked as a whole by the writer (engine/documents.h).
            lang::AnalyzeOptions ao;
            ao.resolver = lang::fileSystemResolver(QFileInfo(path).absolutePath().toStdString());
            cf.module = lang::analyze(bytes.toStdString(), name.toStdString(), ao);
        }
        for (auto o : cf.module.obligations) {
            if (o.status != lang::ObligationStatus::ToSolve)
                continue;
            const QString unique = QStringLiteral("%1:%2").arg(index).arg(str(o.id));
            s.owner.insert(unique, {index, str(o.id)});
            o.id = unique.toStdString();
            all.push_back(std::move(o));
        }
        s.files << std::move(cf);
        s.bundleSources << name;
        s.sourceBytes << bytes;
    }
    s.total = int(all.size());
    s.clock.start();

    m_engine = std::make_unique<engine::Engine>(s.options.engine);
    connect(m_engine.get(), &engine::Engine::verdictReady, this, &BundleExporter::onVerdict);
    connect(m_engine.get(), &engine::Engine::finished, this, [this](quint64) {
        QMetaObject::invokeMethod(this, &BundleExporter::onChecked, Qt::QueuedConnection);
    });
    emit progress(0, s.total, QStringLiteral("checking"));
    m_engine->submit(1, all);
    if (m_engine->idle())
        QMetaObject::invokeMethod(this, &BundleExporter::onChecked, Qt::QueuedConnection);
    return true;
}

void BundleExporter::onVerdict(quint64, const QString &id, const engine::Verdict &v)
{
    if (!m_state)
        return;
    const auto where = m_state->owner.value(id);
    m_state->files[where.first].verdicts.insert(where.second, v);
    emit progress(++m_state->done, m_state->total, QStringLiteral("checking"));
}

namespace {

struct Writer {
    BundleOptions options;
    qint64 checkingMs = 0;
    QList<CheckedFile> files;
    QStringList bundleSources;
    QList<QByteArray> sourceBytes;
    std::shared_ptr<std::atomic_bool> cancel;
    std::function<void(int, int, const QString &)> progress;
    QString root;
    QString error;
    std::stop_token stop; // the same cancel, as document checks take it

    bool put(const QString &relative, const QByteArray &bytes)
    {
        return writeFile(root + QLatin1Char('/') + relative, bytes, &error);
    }

    BundleResult run();
};

// A certificate still to produce: the claim it belongs to and how cvc5 found the proof.
struct CertificateJob {
    std::size_t claim = 0;
    QString stem;
    solve::Strategy strategy = solve::Strategy::Default;
    // Claims whose obligation is the same SMT-LIB script (a step repeated, a generated
    // sketch): cvc5's proof is deterministic and ignores the naming comment, so one run
    // gives each of them the same certificate, under its own file name.
    std::vector<std::pair<std::size_t, QString>> same;
};

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

BundleResult Writer::run()
{
    BundleResult result;
    result.outDir = options.outDir;
    result.phaseMs.append({QStringLiteral("checking"), checkingMs});
    QElapsedTimer phase;
    phase.start();
    root = QDir(options.outDir).absolutePath();
    const auto failed = [&] {
        result.error = error;
        return result;
    };
    const auto cancelled = [&] {
        result.cancelled = true;
        result.error = tr("cancelled");
        return result;
    };
    if (!QDir().mkpath(root)) {
        result.error = tr("cannot create %1").arg(options.outDir);
        return result;
    }
    for (qsizetype i = 0; i < files.size(); ++i)
        if (!put(bundleSources[i], sourceBytes[i]))
            return failed();

    // Whole documents: the SAT solver with drat-trim, or cvc5 over the .smt2, each in its
    // own process (engine/documents.h). A CNF's formula, proof or model stay in a temporary
    // directory until they are bundled below.
    QHash<qsizetype, QList<engine::DocumentCheck>> documentChecks;
    QHash<qsizetype, std::shared_ptr<QTemporaryDir>> documentFiles;
    for (qsizetype fi = 0; fi < files.size(); ++fi) {
        const QString &source = bundleSources[fi];
        if (!engine::isCnfPath(source) && !engine::isSmt2Path(source))
            continue;
        if (cancel->load())
            return cancelled();
        progress(int(documentChecks.size()), int(files.size()), QStringLiteral("documents"));
        engine::DocumentOptions d = options.documents;
        // The .smt2 portfolio takes z3 where the sketches' engine has it (never from a file).
        if (d.externals.isEmpty())
            for (const engine::ExternalSolver &e : options.engine.externals)
                if (e.id == QLatin1String("z3"))
                    d.externals << e;
        if (d.workerProgram.isEmpty())
            d.workerProgram = !options.workerProgram.isEmpty()      ? options.workerProgram
                              : !options.engine.workerProgram.isEmpty() ? options.engine.workerProgram
                                                                        : engine::defaultWorkerProgram();
        // Cancel ends the solver, drat-trim or worker process at once, not after its limit.
        d.stop = stop;
        QList<engine::DocumentCheck> checks;
        if (engine::isCnfPath(source)) {
            auto dir = std::make_shared<QTemporaryDir>();
            if (!dir->isValid()) {
                result.error = tr("cannot create a temporary directory: %1").arg(dir->errorString());
                return result;
            }
            d.keepFilesIn = dir->path();
            checks = engine::checkCnfDocument(root + QLatin1Char('/') + source, d);
            documentFiles.insert(fi, dir);
        } else {
            checks = engine::checkSmt2Document(QString::fromUtf8(sourceBytes[fi]), d);
        }
        if (cancel->load())
            return cancelled();
        documentChecks.insert(fi, checks);
        files[fi] = documentFile(source, checks);
    }

    result.phaseMs.append({QStringLiteral("documents"), phase.restart()});
    std::vector<Claim> claims;
    std::vector<CertificateJob> jobs;
    QHash<QString, std::size_t> jobOf; // strategy + script -> index in jobs
    for (qsizetype fi = 0; fi < files.size(); ++fi) {
        CheckedFile &f = files[fi];
        f.standings = engine::computeStandings(f.module, f.verdicts);
        const bool document = documentChecks.contains(fi);
        const bool cnf = document && engine::isCnfPath(bundleSources[fi]);
        for (std::size_t oi = 0; oi < f.module.obligations.size(); ++oi) {
            const lang::Obligation &o = f.module.obligations[oi];
            if (cancel->load())
                return cancelled();
            const engine::Verdict v = verdictOf(f, o);
            Claim c;
            c.obligationId = str(o.id);
            c.source = bundleSources[fi];
            c.id = c.source.mid(8) + QLatin1Char('#') + c.obligationId;
            c.lemma = str(o.lemma);
            c.step = str(o.step);
            c.line = int(o.range.begin.line);
            c.column = int(o.range.begin.column);
            c.endLine = int(o.range.end.line);
            c.endColumn = int(o.range.end.column);
            c.verdict = engine::statusName(v.status);
            c.strategy = v.strategy;
            c.solver = v.solver;
            c.timeMs = v.elapsedMs;
            c.reason = v.reason;
            c.crossCheckedBy = v.crossCheckedBy;
            c.vacuous = v.vacuous;
            c.evidence = levelOf(v);
            if (v.status == engine::Status::Failed)
                for (const auto &m : v.model)
                    c.counterexample.append({m.symbol, m.sort, m.value});
            const QString stem = QStringLiteral("%1-%2").arg(claims.size() + 1, 4, 10, QLatin1Char('0'))
                                     .arg(fileStem(document ? QFileInfo(c.source).fileName() : c.obligationId));
            if (document) {
                const auto &checks = documentChecks[fi];
                if (oi < std::size_t(checks.size()))
                    c.answer = checks[qsizetype(oi)].answer;
                if (v.status != engine::Status::Proved) {
                    // unknown, or an error (a disagreement with :status, a rejected proof): nothing claimed
                } else if (!cnf) {
                    // An .smt2 check: cvc5 answered and the file's :status (if any) agrees.
                    // The document is its own obligation; verify runs it again.
                    c.obligation = c.source;
                } else {
                    // A CNF: the formula exactly as the SAT solver and drat-trim read it, and
                    // for unsat the DRAT proof drat-trim verified, for sat the assignment
                    // that satisfies every clause (both checks done by checkCnfDocument).
                    const QDir work(documentFiles.value(fi)->path());
                    const bool unsat = c.answer == QLatin1String("unsat");
                    c.obligation = QStringLiteral("obligations/%1.cnf").arg(stem);
                    c.certificateFormat = unsat ? QStringLiteral("drat") : QStringLiteral("dimacs-model");
                    c.certificate = QStringLiteral("certificates/%1.%2").arg(stem, unsat ? QStringLiteral("drat") : QStringLiteral("model"));
                    c.checker = unsat ? QStringLiteral("drat-trim OBLIGATION CERTIFICATE")
                                      : QStringLiteral("ProofDesk: the assignment satisfies every clause of OBLIGATION");
                    if (!put(c.obligation, readBytes(work.filePath(QStringLiteral("formula.cnf")))) ||
                        !put(c.certificate, readBytes(work.filePath(unsat ? QStringLiteral("proof.drat") : QStringLiteral("model.txt")))))
                        return failed();
                    c.checkerResult = QStringLiteral("accepted");
                    c.evidence = Evidence::Certified;
                }
            } else if (o.status == lang::ObligationStatus::ToSolve) {
                c.obligation = QStringLiteral("obligations/%1.smt2").arg(stem);
                const QString text = obligationFileText(c.obligationId, c.source, c.line, str(o.smt));
                if (!put(c.obligation, text.toUtf8()))
                    return failed();
                if (v.status == engine::Status::Proved && options.certificates) {
                    const solve::Strategy strategy = proofStrategy(v.strategy);
                    c.checker = QStringLiteral("cvc5 ") + cvc5ProofCheckArguments(strategy, options.proofFormat, options.proofLimits.timeoutMs).join(QLatin1Char(' ')) + QStringLiteral(" OBLIGATION");
                    const QString key = QString::number(int(strategy)) + QLatin1Char('\n') + str(o.smt);
                    if (const auto same = jobOf.constFind(key); same != jobOf.constEnd()) {
                        jobs[*same].same.emplace_back(claims.size(), stem);
                    } else {
                        jobOf.insert(key, jobs.size());
                        jobs.push_back({claims.size(), stem, strategy, {}});
                    }
                }
            }
            claims.push_back(std::move(c));
        }
    }

    // Certificates, several cvc5 processes at once: each is a separate re-solve with proof
    // checking, and they are independent of each other.
    // cvc5 1.1.2 cannot read a proof back in, so the certificate is the proof that a
    // separate cvc5 process printed and checked (--check-proofs) for the bundled obligation
    // file; verify re-runs that process and requires the same bytes (docs/certificates.md).
    QThreadPool pool;
    pool.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
    std::atomic_int done = 0;
    QMutex errorLock;
    QString jobError;
    const QString certificatesPhase = QStringLiteral("certificates");
    progress(0, int(jobs.size()), certificatesPhase);
    QtConcurrent::blockingMap(&pool, jobs, [&](const CertificateJob &job) {
        if (cancel->load())
            return;
        const SolverAnswer check = cvc5CheckProof(options.cvc5Program, root + QLatin1Char('/') + claims[job.claim].obligation,
                                                  job.strategy, options.proofFormat, options.proofLimits, cancel.get());
        std::vector<std::pair<std::size_t, QString>> all{{job.claim, job.stem}};
        all.insert(all.end(), job.same.begin(), job.same.end());
        for (const auto &[index, stem] : all) {
            Claim &c = claims[index];
            if (check.answer != QLatin1String("unsat") || check.proof.trimmed().isEmpty()) {
                c.checkerResult = QStringLiteral("not certified: ") +
                    (check.answer.isEmpty() ? check.problem : QStringLiteral("cvc5 answers ") + check.answer).left(200);
                continue;
            }
            const QString certificate = QStringLiteral("certificates/%1.%2").arg(stem, options.proofFormat);
            QString e;
            if (!writeFile(root + QLatin1Char('/') + certificate, check.proof.toUtf8(), &e)) {
                const QMutexLocker lock(&errorLock);
                jobError = e;
                return;
            }
            c.certificateFormat = options.proofFormat;
            c.certificate = certificate;
            c.checkerResult = QStringLiteral("accepted");
            c.evidence = Evidence::Certified;
        }
        progress(++done, int(jobs.size()), certificatesPhase);
    });
    if (cancel->load())
        return cancelled();
    if (!jobError.isEmpty()) {
        result.error = jobError;
        return result;
    }

    result.phaseMs.append({QStringLiteral("certificates"), phase.restart()});
    progress(0, 1, QStringLiteral("reports"));
    // Reports. The files' paths are the bundled copies, so no absolute path leaks in.
    const QString tool = options.toolVersion;
    if (!put(QStringLiteral("results.json"), QJsonDocument(toJson(files, tool)).toJson(QJsonDocument::Indented)) ||
        !put(QStringLiteral("results.sarif"), QJsonDocument(toSarif(files, tool)).toJson(QJsonDocument::Indented)) ||
        !put(QStringLiteral("results.junit.xml"), toJUnit(files).toUtf8()))
        return failed();
    ReportInput report;
    report.claims = QList<Claim>(claims.begin(), claims.end());
    report.sources = bundleSources;
    report.toolVersion = tool;
    for (qsizetype i = 0; i < files.size(); ++i) {
        report.texts << QString::fromUtf8(sourceBytes[i]);
        report.graphs << dependencyGraphSvg(files[i]);
    }
    if (!put(QStringLiteral("report.html"), reportHtml(report).toUtf8()))
        return failed();
    if (options.pdf) {
        if (const QString e = writeReportPdf(report, root + QStringLiteral("/report.pdf")); !e.isEmpty()) {
            result.error = e;
            return result;
        }
    }

    // The manifest lists every other file with its hash.
    QJsonArray hashes;
    QStringList paths;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(root).relativeFilePath(it.next());
    paths.sort();
    for (const QString &p : paths) {
        if (p == QLatin1String("manifest.json"))
            continue;
        QFile f(root + QLatin1Char('/') + p);
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (!f.open(QIODevice::ReadOnly) || !h.addData(&f)) {
            result.error = tr("cannot read back %1").arg(p);
            return result;
        }
        hashes.append(QJsonObject{{QStringLiteral("path"), p}, {QStringLiteral("sha256"), QString::fromLatin1(h.result().toHex())}});
    }
    QJsonArray claimArray;
    for (const Claim &c : claims)
        claimArray.append(claimToJson(c));
    QJsonArray sources;
    for (const QString &s : bundleSources)
        sources.append(s);
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(kBundleFormat)},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("ProofDesk")}, {QStringLiteral("version"), tool}}},
        {QStringLiteral("solvers"), QJsonObject{{QStringLiteral("cvc5"), binaryVersion(options.cvc5Program)},
                                                {QStringLiteral("z3"), binaryVersion(QStringLiteral("z3"))}}},
        {QStringLiteral("certificateFormat"), options.proofFormat},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("claims"), claimArray},
        {QStringLiteral("files"), hashes},
    };
    if (!put(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented)))
        return failed();
    result.ok = true;
    result.claims = report.claims;
    result.phaseMs.append({QStringLiteral("reports"), phase.elapsed()});
    return result;
}

} // namespace

void BundleExporter::onChecked()
{
    if (!m_engine || !m_state)
        return;
    m_engine.reset();
    if (m_cancel->load()) {
        BundleResult r;
        r.cancelled = true;
        r.error = tr("cancelled");
        finish(r);
        return;
    }
    auto writer = std::make_shared<Writer>(Writer{m_state->options, m_state->clock.elapsed(), m_state->files,
                                                  m_state->bundleSources, m_state->sourceBytes, m_cancel, {}, {}, {}, {}});
    writer->stop = m_stop.get_token();
    QPointer<BundleExporter> self(this);
    writer->progress = [self](int done, int total, const QString &phase) {
        QMetaObject::invokeMethod(self, [self, done, total, phase] {
            if (self)
                emit self->progress(done, total, phase);
        }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([writer] { return writer->run(); }));
}

void BundleExporter::finish(BundleResult result)
{
    if (!m_running)
        return;
    m_running = false;
    if (!result.ok && m_state && !m_state->options.outDir.isEmpty() && QDir(m_state->options.outDir).exists()) {
        // A half-written bundle must not look like a bundle: remove what this run wrote.
        if (!QFileInfo::exists(m_state->options.outDir + QStringLiteral("/manifest.json")))
            QDir(m_state->options.outDir).removeRecursively();
    }
    if (result.outDir.isEmpty() && m_state)
        result.outDir = m_state->options.outDir;
    m_state.reset();
    log::get("app")->info("export: {}", result.ok ? "done" : result.error.toStdString());
    emit finished(result);
}

BundleResult exportBundle(const QStringList &sourcePaths, const BundleOptions &options,
                          const std::function<void(int, int, const QString &)> &progress, std::stop_token cancel)
{
    BundleExporter exporter;
    BundleResult result;
    QEventLoop loop;
    QObject::connect(&exporter, &BundleExporter::finished, &loop, [&](const BundleResult &r) {
        result = r;
        loop.quit();
    });
    if (progress)
        QObject::connect(&exporter, &BundleExporter::progress, &loop, progress);
    exporter.start(sourcePaths, options);
    // Queued: the callback runs in the requesting thread, and right here if the stop came
    // before; cancel() belongs in the exporter's thread, with the loop running.
    const std::stop_callback onStop(cancel, [&exporter] {
        QMetaObject::invokeMethod(&exporter, &BundleExporter::cancel, Qt::QueuedConnection);
    });
    loop.exec();
    return result;
}

} // namespace proofdesk::exporting
