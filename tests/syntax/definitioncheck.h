// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A structural check of KSyntaxHighlighting definition files, along the lines of KDE's
// language.xsd and katehighlightingindexer, neither of which ships with the library. The
// library itself accepts a misspelt attribute or an unknown context without a word, so
// the test needs this to call a definition "valid".

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace proofdesk::test {

// Problems found in `xml`, one line each ("line 12: ..."); empty when none. Checks
// elements, their attributes and value types against the schema, and that every
// attribute, context and keyword list named is defined and every one defined is used,
// that regular expressions compile and cannot match empty text. `isKnownDefinition`
// answers for "##Other" references.
QStringList checkDefinition(const QByteArray &xml,
                            const std::function<bool(const QString &)> &isKnownDefinition);

} // namespace proofdesk::test
