// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/incremental.h"
#include "ui/analysisresult.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace proofdesk::ui {

// Runs lang::analyze off the GUI thread for a versioned document (for an SMT-LIB or
// DIMACS file, by its suffix, the scan for its checks instead: documentchecker.h).
//
// Every setText() makes a new revision and (re)starts a debounce timer; when it fires the
// current text is analysed on the global thread pool. At most one analysis runs at a time:
// edits made meanwhile are coalesced into one follow-up run of the newest text. A result
// is accepted only if it was computed for the current revision; anything older is dropped
// (lang::analyze cannot be interrupted, so dropping is the cancel path). Each analysis builds
// on the previous one (lang::IncrementalAnalyzer): an edit of one step analyses that lemma
// again, not the whole document.
class DocumentAnalyzer : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDebounceMs = 300;

    explicit DocumentAnalyzer(QObject *parent = nullptr);
    ~DocumentAnalyzer() override;
    Q_DISABLE_COPY_MOVE(DocumentAnalyzer)

    // The file the text belongs to: it names the diagnostics and roots import resolution.
    // Paths into the Qt resource system (":/...") get no import resolver.
    void setFile(const QString &path);
    QString file() const { return m_file; }
    // Imports may leave the sketch's folder (Settings); off by default.
    void setAllowOutsideImports(bool allow) { m_allowOutside = allow; }

    // A new revision of the document; analysis follows after the debounce interval.
    quint64 setText(const QString &text);
    QString text() const { return m_text; }
    // Analyses the current revision without waiting for the debounce interval.
    void analyzeNow();

    quint64 revision() const { return m_revision; }
    // The revision of the last accepted result; 0 before the first.
    quint64 appliedRevision() const { return m_applied.revision; }
    const AnalysisResult &lastResult() const { return m_applied; }
    int droppedCount() const { return m_dropped; }
    bool isRunning() const { return m_running; }

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }

    // Accepts a result computed for the current revision (emits resultReady and returns
    // true); drops an older one (emits resultDropped and returns false). Public so that
    // tests can deliver a late result by hand.
    bool offer(const AnalysisResult &result);

signals:
    void resultReady(const proofdesk::ui::AnalysisResult &result);
    void resultDropped(quint64 revision);
    void runningChanged(bool running);

private:
    void start();
    void finished(const AnalysisResult &result);

    QString m_file;
    QString m_text;
    quint64 m_revision = 0;
    AnalysisResult m_applied;
    int m_dropped = 0;
    bool m_running = false;
    bool m_allowOutside = false;
    bool m_pending = false; // a newer revision waits for the running analysis to finish
    // Shared with the running analysis, which alone uses it (one runs at a time).
    std::shared_ptr<lang::IncrementalAnalyzer> m_analyzer;
    QTimer m_debounce;
};

} // namespace proofdesk::ui
