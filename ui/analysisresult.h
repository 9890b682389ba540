// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lang/module.h"

#include <QMetaType>
#include <QtGlobal>

#include <memory>

namespace proofdesk::ui {

// What one analysis produced, tagged with the document revision it was computed for.
// The module is shared and immutable, so both panels can hold the same snapshot.
struct AnalysisResult {
    quint64 revision = 0;
    std::shared_ptr<const lang::Module> module;
    qint64 elapsedMs = 0;
};

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
