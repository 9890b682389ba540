// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QtTest>

#include <string>

namespace proofdesk::test {

inline QString sourceDir() { return QStringLiteral(PROOFDESK_SOURCE_DIR); }
inline QString sharedDir() { return QStringLiteral(PROOFDESK_SHARED_DIR); }
inline bool haveShared() { return QDir(sharedDir() + QStringLiteral("/examples")).exists(); }

inline std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    return std::string(data.constData(), static_cast<std::size_t>(data.size()));
}

// Tests that need ../shared (the design folder beside a developer's or CI's checkout) skip
// with this message when it is absent, as it is on a user's machine.
#define PROOFDESK_REQUIRE_SHARED()                                                                           \
    do {                                                                                                     \
        if (!proofdesk::test::haveShared())                                                                  \
            QSKIP(qPrintable(QStringLiteral("../shared is absent (looked in %1): its examples and corpora "   \
                                            "exist only beside a developer's or CI's checkout")               \
                                 .arg(proofdesk::test::sharedDir())));                                        \
    } while (false)

} // namespace proofdesk::test
