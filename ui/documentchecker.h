// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/documents.h"
#include "engine/engine.h"
#include "ui/analysisresult.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <stop_token>
#include <string>

namespace proofdesk::ui {

// The checks of an SMT-LIB script (one per top-level (check-sat), found by the worker's own
// scan, solve/smt2scan.h) or of a DIMACS formula (one, "cnf"), as obligations of a module:
// the Obligations panel, the gutter, Problems and the status bar show them as they show a
// sketch's steps. Each obligation's lemma is the file's name (its row in the panel groups
// the checks); its id is the id the whole-document check gives the check
// (engine::DocumentCheck::id).
std::shared_ptr<lang::Module> scanDocument(DocumentKind kind, const QString &text, const std::string &file);
// One obligation for a check: also for checks the scan could not foresee ("parse@3",
// "document").
lang::Obligation documentObligation(const QString &id, int line, int column, const std::string &file);
// What the check whose (check-sat) starts on `line` of an SMT-LIB script asks: the script's
// text up to and including that command (solve/smt2scan.h), since a check-sat is asked of
// every command before it. The lines keep their numbers. Empty if no check starts there.
QString smt2CheckScript(const QString &text, int line);

// What a document tab's check runs with, from its session's engine options: the limits,
// the worker, the external solvers (z3 joins the .smt2 portfolio when detected). A solver
// chosen for a re-run (EngineOptions::onlySolver) is the only strategy of an .smt2
// document, or the only SAT solver of a DIMACS one.
engine::DocumentOptions documentOptionsFor(const engine::EngineOptions &options, DocumentKind kind);

// Runs engine::checkSmt2Document / checkCnfDocument for a tab, one at a time, on a thread
// of its own (they block until their processes end). start() stops the run before it
// (std::stop_token: its process group is killed within about 50 ms) and only the newest
// run that was not cancelled reports. A .cnf document is checked from its file when the
// buffer is unmodified, else from a temporary copy of the text.
//
// With a cache (DocumentCache::use), a document proved before by the same solver version is
// answered from it (engine/documentcache.h); the cache is opened on the run's thread.
//
// The destructor stops the current run and waits for its thread: that is the time to kill
// a process, not the time to finish a check.
struct DocumentCache {
    bool use = false;
    QString path;        // empty: the user's default cache
    bool trusted = true; // an untrusted cache is only written to
};

class DocumentChecker : public QObject
{
    Q_OBJECT
public:
    explicit DocumentChecker(QObject *parent = nullptr);
    ~DocumentChecker() override;
    Q_DISABLE_COPY_MOVE(DocumentChecker)

    // `diskFile`: the file on disk that holds exactly `text`, or empty.
    void start(quint64 revision, DocumentKind kind, const QString &text, const QString &diskFile,
               engine::DocumentOptions options, DocumentCache cache = {});
    void cancel();
    bool busy() const { return m_current != 0; }

signals:
    void finished(quint64 revision, const QList<proofdesk::engine::DocumentCheck> &checks);

private:
    QThreadPool m_pool;
    std::stop_source m_stop;
    quint64 m_current = 0; // the revision whose result is wanted; 0 for none
};

} // namespace proofdesk::ui
