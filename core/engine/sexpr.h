// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace proofdesk::engine {

// Just enough of an S-expression reader for what solvers print back: models, cores and
// `(error "...")` lines. Quoted |symbols|, "strings" with "" escapes and ; comments.
struct SExpr {
    bool list = false;
    QString atom;
    QList<SExpr> items;
    QString text() const; // printed back, compactly
};

// Parses every top-level expression in `text`; nullopt on unbalanced input.
std::optional<QList<SExpr>> parseSExprs(const QString &text, QString *error = nullptr);

} // namespace proofdesk::engine
