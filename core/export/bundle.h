// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/documents.h"
#include "engine/engine.h"
#include "export/evidence.h"
#include "export/solverrun.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <stop_token>

// Bundles: a directory that lets anyone re-check a session without trusting ProofDesk
// (docs/certificates.md describes the layout and the levels of evidence).
namespace proofdesk::exporting {

inline constexpr auto kBundleFormat = "proofdesk-bundle/1";

struct BundleOptions {
    QString outDir;                 // created; must not exist or be empty
    engine::EngineOptions engine;   // how to check; the exporter turns crossCheck on
    QString workerProgram;          // proofdesk-worker for certificates; default: beside the executable
    QString cvc5Program = QStringLiteral("cvc5"); // the separate checker process
    QString proofFormat = QStringLiteral("alf");  // docs/certificates.md says why
    RunLimits proofLimits;          // per certificate request and per proof check
    QString toolVersion;
    bool certificates = true;
    bool pdf = true;                // report.pdf needs a QGuiApplication
    int jobs = 0;                   // certificate processes at once; 0: one per core
    engine::DocumentOptions documents; // .cnf and .smt2 files (limits, SAT solvers, drat-trim)
    // Look for z3 on PATH when the export starts (in the exporter's thread: it runs
    // `z3 --version`) and cross-check with it, unless engine.externals already names it.
    bool findCrossChecker = false;
};

struct BundleResult {
    bool ok = false;
    bool cancelled = false;
    QString error;                  // why there is no bundle
    QString outDir;
    QList<Claim> claims;
    // Where the time went, in order: "checking", "documents", "certificates", "reports".
    QList<std::pair<QString, qint64>> phaseMs;
};

// The text of obligations/X.smt2: one comment line naming the claim, then the script the
// front end printed. verify rebuilds it from the bundled source the same way.
QString obligationFileText(const QString &obligationId, const QString &source, int line,
                           const QString &smt);

// Exports one bundle asynchronously: checking runs in the engine's worker processes,
// documents, certificates, reports and hashing on a QtConcurrent thread. start() itself
// reads and analyses the sources, and the engine it makes opens the result cache, in the
// thread the exporter lives in: a GUI moves the exporter to a thread of its own
// (ui/exportdialog does), so that nothing of an export runs on the GUI thread. Progress
// comes by signal; cancel() stops at the next obligation and ends a running document check
// at once; finished() still arrives (with cancelled set; the partial directory is removed).
// Use from the thread the object lives in; one export at a time per object.
class BundleExporter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(BundleExporter)

public:
    explicit BundleExporter(QObject *parent = nullptr);
    ~BundleExporter() override; // cancels and waits for the background thread

    // Returns false (and emits nothing) when an export is already running.
    bool start(const QStringList &sourcePaths, BundleOptions options);
    void cancel();
    bool running() const { return m_running; }

signals:
    // phase: "checking", "documents", "certificates", "reports"; done of total within the phase.
    void progress(int done, int total, const QString &phase);
    void finished(const proofdesk::exporting::BundleResult &result);

private:
    struct State;
    void onVerdict(quint64, const QString &id, const engine::Verdict &v);
    void onChecked();
    void finish(BundleResult result);

    std::unique_ptr<State> m_state;
    std::unique_ptr<engine::Engine> m_engine;
    QFutureWatcher<BundleResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::stop_source m_stop; // for document checks, which stop by std::stop_token
    bool m_running = false;
};

// Runs a BundleExporter to completion in a local event loop: for command-line use. A stop
// requested on `cancel` (from this thread, e.g. by a Ctrl-C handler's slot) cancels the
// export as BundleExporter::cancel does: the result says cancelled, no directory is left.
BundleResult exportBundle(const QStringList &sourcePaths, const BundleOptions &options,
                          const std::function<void(int, int, const QString &)> &progress = {},
                          std::stop_token cancel = {});

} // namespace proofdesk::exporting
