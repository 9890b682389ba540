// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/module.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace proofdesk::ui {

// What a tab holds, by the file's suffix: a sketch is analysed by lang and its steps go to
// the engine; an SMT-LIB script or a DIMACS formula is checked whole (engine/documents.h).
enum class DocumentKind { Sketch, Smt2, Cnf };
DocumentKind documentKindOf(const QString &path);

// What one analysis produced, tagged with the document revision it was computed for.
// The module is shared and immutable, so both panels can hold the same snapshot. For an
// SMT-LIB or DIMACS document the module lists its checks (documentchecker.h) and `text` is
// the text they were found in, which the whole-document check runs on.
struct AnalysisResult {
    quint64 revision = 0;
    std::shared_ptr<const lang::Module> module;
    qint64 elapsedMs = 0;
    DocumentKind kind = DocumentKind::Sketch;
    QString text{}; // only for DocumentKind::Smt2 and Cnf (initialised: brace-built results may omit it)
};

// The same module, destroyed off the GUI thread: whoever lets go of it last (the session, a
// panel, a late result dropped unread), freeing thousands of obligations is not done on the
// GUI thread, where it took tens of milliseconds for a long sketch. Elsewhere it is freed
// where it is let go, as before.
std::shared_ptr<const lang::Module> releasedOffGuiThread(std::shared_ptr<const lang::Module> module);

// Counts for the status bar: every obligation, and diagnostics of error severity.
struct AnalysisSummary {
    int obligations = 0;
    int errors = 0;
};

inline AnalysisSummary summarize(const lang::Module &module)
{
    AnalysisSummary s;
    s.obligations = static_cast<int>(module.obligations.size());
    for (const auto &d : module.diagnostics) {
        if (d.severity == lang::Severity::Error)
            ++s.errors;
    }
    return s;
}

} // namespace proofdesk::ui

Q_DECLARE_METATYPE(proofdesk::ui::AnalysisResult)
