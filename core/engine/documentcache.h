// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whole .smt2 and .cnf documents through the result cache, so that a file checked before
// is not solved again: the same bytes, checked by the same solver version, give the stored
// checks back without starting a process.
//
// The key is the SHA-256 of the document's bytes, its kind and the solvers' identity (the
// worker's cvc5 version; the SAT solver's version and drat-trim). Only documents whose every
// check was proved are stored: an unknown, a timeout or an error is always run again, and a
// disagreement with a :status is run again too, so that it is seen where it happens.
// Documents are stored whole because their checks are not independent: an .smt2 file's
// (check-sat) commands build on the assertions before them, so one changed byte anywhere
// makes it another document.
//
// A cache that is not trusted (a shared one, EngineOptions::trustCache false) is only
// written to: a stored "proved" from someone else's file is not shown as proved.

#include "engine/documents.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace proofdesk::engine {

class ResultCache;

// What answers a document of this kind: "cvc5 1.1.2 [cvc5, cvc5-mbqi, z3 4.13.3]" for .smt2
// (the worker's cvc5 and the strategies that run on `content`, in order, so that an answer
// is not reused for another portfolio), "kissat 4.0.2 + drat-trim" for .cnf. Runs the
// solver once with --version (bounded: a few seconds).
QString documentSolverIdentity(const QString &path, const DocumentOptions &options, const QByteArray &content);

QString documentCacheKey(const QString &path, const QByteArray &content, const QString &solverIdentity);

// The stored form of a document's checks, and back; nullopt (with why) for a record that
// is not one, never a partial list.
QByteArray encodeDocumentRecord(const QList<DocumentCheck> &checks);
std::optional<QList<DocumentCheck>> decodeDocumentRecord(const QByteArray &record, QString *why);

// Checks the document at `path` (whose bytes are `content`) as checkSmt2Document or
// checkCnfDocument does, through `cache` when it is not null: a hit returns the stored
// checks with Verdict::fromCache set; a miss runs and stores what is storable. With
// DocumentOptions::keepFilesIn set (an export wants the proof files) the cache is not read.
QList<DocumentCheck> checkDocument(const QString &path, const QByteArray &content, const DocumentOptions &options,
                                   ResultCache *cache);

} // namespace proofdesk::engine
