// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle verifier on an arbitrary manifest.json beside the files of a real bundle
// (tests/fuzz/manifest-bundle, exported from resources/examples/vacuity.pds). No checker is
// reachable here (the solver programs point nowhere), so whatever the manifest says, the
// bundle must never be reported verified: a level of evidence is confirmed only by
// running its checker. And every problem is reported in words.
#include "fuzz.h"
#include "scratch.h"

#include "export/verify.h"

#include <QDir>
#include <QFile>

using namespace proofdesk;

namespace {

QString copyFixture()
{
    const QDir dir(fuzz::scratchDir(QStringLiteral("manifest")));
    const QDir from(QStringLiteral(PROOFDESK_MANIFEST_FIXTURE));
    for (const QString &sub : from.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir(dir.path()).mkpath(sub);
        for (const QString &f : QDir(from.filePath(sub)).entryList(QDir::Files))
            QFile::copy(from.filePath(sub + QLatin1Char('/') + f), dir.filePath(sub + QLatin1Char('/') + f));
    }
    for (const QString &f : from.entryList(QDir::Files))
        QFile::copy(from.filePath(f), dir.filePath(f));
    return dir.path();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString bundle = copyFixture();
    fuzz::writeInput(bundle + QStringLiteral("/manifest.json"), data, size);

    exporting::VerifyOptions options;
    options.cvc5Program = QStringLiteral("/nonexistent/cvc5");
    options.z3Program = QStringLiteral("/nonexistent/z3");
    options.jobs = 1;
    const exporting::VerifyReport report = exporting::verifyBundle(bundle, options);
    PROOFDESK_FUZZ_CHECK(!report.ok());
    for (const QString &p : report.problems)
        PROOFDESK_FUZZ_CHECK(!p.trimmed().isEmpty());
    for (const exporting::ClaimCheck &c : report.claims)
        PROOFDESK_FUZZ_CHECK(!(c.confirmed && c.level == QLatin1String("certified")));
    return 0;
}
