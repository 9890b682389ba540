// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documentanalyzer.h"

#include "log/log.h"
#include "ui/documentchecker.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <string>
#include <utility>

#include <sys/resource.h>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace proofdesk::ui {

namespace {

// Analysis runs below the GUI thread: on 2 cores, a keystroke's paint no longer waits
// behind the analysis of the keystroke before (`./dev bench gui`). Its own pool, so that
// only analysis runs on threads lowered this way.
constexpr int kAnalysisNiceness = 5;

// Ends with the application, as Qt's global pool does (waiting for a running analysis),
// not among static destructors after it. Used from the GUI thread only.
QThreadPool *analysisPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool)
        pool = new QThreadPool(QCoreApplication::instance());
    return pool;
}

void lowerThisThread()
{
    thread_local bool lowered = false;
    if (std::exchange(lowered, true))
        return;
    // Linux gives each thread its own nice value (PRIO_PROCESS with a thread id).
    const auto tid = static_cast<id_t>(::gettid());
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, tid, std::min(current + kAnalysisNiceness, 19));
}

// Runs on a pool thread: touches nothing but its arguments. `analyzer` is used by one
// analysis at a time (DocumentAnalyzer runs one at a time).
AnalysisResult analyzeSnapshot(quint64 revision, DocumentKind kind, const QString &source, const std::string &file,
                               const std::string &importRoot, bool allowOutside,
                               const std::shared_ptr<lang::IncrementalAnalyzer> &analyzer)
{
    lowerThisThread();
    QElapsedTimer clock;
    clock.start();
    // SMT-LIB and DIMACS are not sketches: lang would only report false parse errors. Their
    // checks are found here and run whole by the check session.
    if (kind != DocumentKind::Sketch)
        return {revision, releasedOffGuiThread(scanDocument(kind, source, file)), clock.elapsed(), kind, source};
    const std::string text = source.toStdString();
    lang::AnalyzeOptions options;
    if (!importRoot.empty())
        options.resolver = lang::fileSystemResolver(importRoot, allowOutside);
    std::shared_ptr<const lang::Module> module;
    try {
        // Only the lemmas an edit touched (or whose context it changed) are analysed again.
        module = analyzer->analyze(text, file, options);
    } catch (const std::exception &e) {
        // analyze() promises not to throw; if it does, the document still gets an answer.
        analyzer->clear();
        auto failed = std::make_shared<lang::Module>();
        failed->file = file;
        failed->diagnostics.push_back(
            {lang::Severity::Error, file, {}, std::string("internal error: ") + e.what()});
        module = std::move(failed);
    }
#if defined(__GLIBC__)
    // Each revision frees the previous one's obligations (tens of MB for a long sketch), and
    // glibc keeps freed memory in its per-thread arenas: without this the window's resident
    // memory grew by about 100 MB while typing, with under half of it in use.
    ::malloc_trim(0);
#endif
    return {revision, releasedOffGuiThread(std::move(module)), clock.elapsed(), DocumentKind::Sketch, {}};
}

} // namespace

DocumentAnalyzer::DocumentAnalyzer(QObject *parent)
    : QObject(parent), m_analyzer(std::make_shared<lang::IncrementalAnalyzer>())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentAnalyzer::start);
}

DocumentAnalyzer::~DocumentAnalyzer() = default;

void DocumentAnalyzer::setFile(const QString &path)
{
    m_file = path;
}

quint64 DocumentAnalyzer::setText(const QString &text)
{
    m_text = text;
    ++m_revision;
    m_debounce.start();
    return m_revision;
}

void DocumentAnalyzer::analyzeNow()
{
    m_debounce.stop();
    start();
}

void DocumentAnalyzer::start()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const bool inResources = m_file.startsWith(QLatin1Char(':'));
    const QString name = m_file.isEmpty() ? tr("untitled.pds") : m_file;
    const QString root =
        (m_file.isEmpty() || inResources) ? QString() : QFileInfo(m_file).absolutePath();

    auto *watcher = new QFutureWatcher<AnalysisResult>(this);
    connect(watcher, &QFutureWatcher<AnalysisResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finished(watcher->result());
    });
    m_running = true;
    emit runningChanged(true);
    watcher->setFuture(QtConcurrent::run(analysisPool(), analyzeSnapshot, m_revision, documentKindOf(m_file), m_text,
                                         name.toStdString(), root.toStdString(), m_allowOutside, m_analyzer));
}

void DocumentAnalyzer::finished(const AnalysisResult &result)
{
    m_running = false;
    offer(result);
    if (m_pending && !m_debounce.isActive())
        start();
    if (!m_running)
        emit runningChanged(false);
}

bool DocumentAnalyzer::offer(const AnalysisResult &result)
{
    if (result.revision != m_revision || !result.module) {
        ++m_dropped;
        log::get("ui")->debug("dropped the analysis of revision {} (current {})", result.revision,
                              m_revision);
        emit resultDropped(result.revision);
        return false;
    }
    m_applied = result;
    log::get("ui")->debug("revision {} analysed in {} ms: {} obligations, {} diagnostics",
                          result.revision, result.elapsedMs, result.module->obligations.size(),
                          result.module->diagnostics.size());
    emit resultReady(result);
    return true;
}

} // namespace proofdesk::ui
