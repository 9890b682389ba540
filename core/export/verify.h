// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/solverrun.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// Re-checks a bundle from its files alone: the hash list, every path, the obligations
// against the bundled sources, and each claim's recorded level of evidence by running the
// checkers again. Blocking: run it off the GUI thread (QtConcurrent::run).
namespace proofdesk::exporting {

struct VerifyOptions {
    QString cvc5Program = QStringLiteral("cvc5");
    QString z3Program = QStringLiteral("z3");
    QString dratTrimProgram = QStringLiteral("drat-trim");
    int jobs = 0;                     // claims checked at once; 0: one per core
    RunLimits limits;
    qint64 maxManifestBytes = 64LL * 1024 * 1024;
    qsizetype maxEntries = 1'000'000; // files or claims in one manifest
};

struct ClaimCheck {
    QString id;
    QString level;      // as recorded
    bool confirmed = false;
    QString detail;     // what was checked, or what failed
};

struct VerifyReport {
    QStringList problems;    // bundle-wide: manifest, paths, hashes, missing or extra claims
    QList<ClaimCheck> claims;
    bool ok() const;         // no problem and every claim confirmed
};

// onClaim is called once per claim, from the checking threads (never two at once), in the
// order the checks finish; VerifyReport::claims keeps the manifest's order.
VerifyReport verifyBundle(const QString &dir, const VerifyOptions &options = {},
                          const std::function<void(const ClaimCheck &)> &onClaim = {},
                          const std::atomic_bool *cancel = nullptr);

} // namespace proofdesk::exporting
