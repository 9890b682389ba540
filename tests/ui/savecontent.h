// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace proofdesk::test {

// One of two large documents (about 6 MB) the kill-during-save test alternates between.
// Every line is numbered and the two differ in every line and in length, so a torn file (a
// prefix, a mix of both, a hole) equals neither.
inline QByteArray saveContent(int which)
{
    const QByteArray word = which == 0 ? QByteArrayLiteral("alpha") : QByteArrayLiteral("beta");
    const qsizetype size = which == 0 ? 6'000'000 : 6'400'000;
    QByteArray out;
    out.reserve(size + 100);
    for (int i = 0; out.size() < size; ++i)
        out += "lemma " + word + QByteArray::number(i) + ": forall x. f(x) = x -- step " + QByteArray::number(i) + '\n';
    return out;
}

} // namespace proofdesk::test
