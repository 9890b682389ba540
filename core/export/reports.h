// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/documents.h"
#include "engine/standings.h"
#include "engine/verdict.h"
#include "lang/module.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace proofdesk::exporting {

// One checked document: what the front end analysed and what the engine said.
struct CheckedFile {
    QString path;                                  // as given, relative where possible
    lang::Module module;
    QHash<QString, engine::Verdict> verdicts;      // by obligation id
    QList<engine::LemmaStanding> standings;
};

struct Summary {
    int proved = 0, failed = 0, unknown = 0, admitted = 0, errors = 0, vacuous = 0;
    int total() const { return proved + failed + unknown + admitted + errors; }
};
Summary summarize(const QList<CheckedFile> &files);

// The verdict of an obligation, from the engine or, for source errors and `sorry`, from the
// obligation itself.
engine::Verdict verdictOf(const CheckedFile &file, const lang::Obligation &o);

// An .smt2 or .cnf document as a checked file: each (check-sat), or the CNF as a whole, is
// one obligation of one "lemma" named after the file, so every output format applies.
// `path` is how reports name the file.
CheckedFile documentFile(const QString &path, const QList<engine::DocumentCheck> &checks);

// Schema: docs/check-json.md.
QJsonObject toJson(const QList<CheckedFile> &files, const QString &toolVersion);
QJsonObject toSarif(const QList<CheckedFile> &files, const QString &toolVersion);
QString toJUnit(const QList<CheckedFile> &files);
QString toText(const QList<CheckedFile> &files, bool colour);

} // namespace proofdesk::exporting
