// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_cache: stores entries into the cache at argv[1] as fast as it can,
// forever, printing "ready" once the first is committed. The test kills it mid-write.
#include "engine/cache.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>

using namespace proofdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto cache = engine::ResultCache::open(QString::fromLocal8Bit(argv[1]));
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error()));
        return 1;
    }
    // Large entries, so that a kill lands inside a page write more often than between them.
    solve::SolveResponse r;
    r.answer = solve::Answer::Sat;
    r.solver = QStringLiteral("cvc5 1.1.2");
    for (int i = 0; i < 200; ++i)
        r.model.append({QStringLiteral("s%1").arg(i), QStringLiteral("Int"), QString(400, QLatin1Char('7'))});
    for (quint64 n = 0;; ++n) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
        r.elapsedMs = qint64(n);
        if (!(*cache)->store(hash, r))
            return 1;
        if (n == 0) {
            std::puts("ready");
            std::fflush(stdout);
        }
    }
}
