// SPDX-License-Identifier: GPL-3.0-or-later
// .smt2 and .cnf documents: real cvc5 (in proofdesk-worker), real kissat and drat-trim;
// fake SAT solvers only where a lying solver is the point of the test.
#include "engine/cache.h"
#include "engine/documentcache.h"
#include "engine/documents.h"
#include "engine/processgroups.h"
#include "enginetestutil.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace proofdesk;
using namespace proofdesk::engine;

class tst_Documents : public QObject
{
    Q_OBJECT

private slots:
    void smt2AgreesWithStatus();
    void smt2DisagreementIsAnError();
    void smt2ParseErrorHasPosition();
    void smt2WorkerCrashIsAVerdict();
    void cnfSatIsCheckedAgainstTheClauses();
    void cnfUnsatNeedsAVerifiedProof();
    void cnfParseErrorHasPosition();
    void cnfLyingSatSolverIsNotTrusted();
    void cnfUnsatWithBadProofIsNotTrusted();
    void smt2DocumentIsAnsweredFromTheCache();
    void cnfDocumentIsAnsweredFromTheCache();
    void onlyProvedDocumentsAreCached();
    void corpusSample();
    void corpusFull();
    void smt2PortfolioAnswersWhatTheDefaultCannot();
    void smt2ChosenStrategiesAloneRun();
    void smt2Z3JoinsThePortfolioWhenDetected();
    void smt2ChecksSharingALineHaveTheirOwnIds();
    void smt2StrategiesAreInTheCacheKey();
    void smt2StopEndsTheLaterStrategiesToo();
    void smt2SideBySideTheFirstAnswerWins();
    void smt2OneJobRunsTheStrategiesInTurn();
    void smt2CrossCheckExposesALyingSolver_data();
    void smt2CrossCheckExposesALyingSolver();
    void smt2StopEndsStrategiesSideBySide();

private:
    static DocumentOptions options(int timeoutMs = 10000)
    {
        DocumentOptions o;
        o.limits.timeoutMs = timeoutMs;
        o.workerProgram = test::workerPath();
        return o;
    }
    static QString write(QTemporaryDir &dir, const QString &name, const QByteArray &text, bool executable = false)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        f.close();
        if (executable)
            f.setPermissions(f.permissions() | QFile::ExeOwner);
        return path;
    }
    static void runCorpus(int every);
};

void tst_Documents::smt2AgreesWithStatus()
{
    const QList<DocumentCheck> c = checkSmt2Document(QStringLiteral("(set-logic QF_LIA)\n(declare-const x Int)\n(set-info :status sat)\n"
                                                                    "(assert (> x 2))\n(check-sat)\n(assert (< x 0))\n"
                                                                    "(set-info :status unsat)\n(check-sat)\n"),
                                                     options());
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].line, 5);
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[0].verdict.status, Status::Proved);
    QVERIFY(c[0].verdict.solver.startsWith(QLatin1String("cvc5")));
    QCOMPARE(c[1].line, 8);
    QCOMPARE(c[1].answer, QStringLiteral("unsat"));
    QCOMPARE(c[1].expected, QStringLiteral("unsat"));
    QCOMPARE(c[1].verdict.status, Status::Proved);
}

void tst_Documents::smt2DisagreementIsAnError()
{
    const QList<DocumentCheck> c = checkSmt2Document(
        QStringLiteral("(declare-const x Int)\n(set-info :status unsat)\n(assert (> x 2))\n(check-sat)\n"), options());
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[0].expected, QStringLiteral("unsat"));
    QCOMPARE(c[0].verdict.status, Status::Error);
    QVERIFY2(c[0].verdict.reason.contains(QLatin1String("disagreement")), qPrintable(c[0].verdict.reason));
}

void tst_Documents::smt2ParseErrorHasPosition()
{
    // The same whether the strategies run in turn or side by side.
    for (const int jobs : {1, 2}) {
        DocumentOptions o = options();
        o.jobs = jobs;
        const QList<DocumentCheck> c = checkSmt2Document(
            QStringLiteral("(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n(assert (> x y))\n(check-sat)\n"), o);
        QCOMPARE(c.size(), 2); // the check before the error, then the error
        QCOMPARE(c[0].verdict.status, Status::Proved);
        QCOMPARE(c[1].verdict.status, Status::Error);
        QCOMPARE(c[1].line, 4);
        QVERIFY(c[1].column > 0);
        QVERIFY2(c[1].verdict.reason.startsWith(QLatin1String("line 4, column")), qPrintable(c[1].verdict.reason));
    }
}

void tst_Documents::smt2WorkerCrashIsAVerdict()
{
    QTemporaryDir dir;
    DocumentOptions o = options();
    o.workerProgram = write(dir, QStringLiteral("crash.sh"), "#!/bin/sh\nkill -SEGV $$\n", true);
    const QList<DocumentCheck> c = checkSmt2Document(QStringLiteral("(check-sat)\n"), o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].verdict.status, Status::Error);
    QVERIFY2(c[0].verdict.reason.contains(QLatin1String("signal")) || c[0].verdict.reason.contains(QLatin1String("exit")),
             qPrintable(c[0].verdict.reason));
}

void tst_Documents::cnfSatIsCheckedAgainstTheClauses()
{
    if (QStandardPaths::findExecutable(QStringLiteral("kissat")).isEmpty())
        QSKIP("kissat is not installed");
    QTemporaryDir dir;
    // Header undercounts the clauses and a SATLIB trailer follows: our reader copes.
    const QString path = write(dir, QStringLiteral("s.cnf"), "c x\np cnf 3 2\n1 -2 0\n2 3 0\n-1 -3 0\n%\n0\n");
    const QList<DocumentCheck> c = checkCnfDocument(path, options());
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[0].verdict.status, Status::Proved);
    QCOMPARE(c[0].verdict.solver, QStringLiteral("kissat"));
    QVERIFY2(c[0].verdict.reason.contains(QLatin1String("satisfies all 3 clauses")), qPrintable(c[0].verdict.reason));
}

void tst_Documents::cnfUnsatNeedsAVerifiedProof()
{
    if (QStandardPaths::findExecutable(QStringLiteral("kissat")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("drat-trim")).isEmpty())
        QSKIP("kissat or drat-trim is not installed");
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("u.cnf"), "p cnf 2 4\n1 2 0\n-1 2 0\n1 -2 0\n-1 -2 0\n");
    const QList<DocumentCheck> c = checkCnfDocument(path, options());
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].answer, QStringLiteral("unsat"));
    QCOMPARE(c[0].verdict.status, Status::Proved);
    QVERIFY2(c[0].verdict.reason.contains(QLatin1String("verified by drat-trim")), qPrintable(c[0].verdict.reason));

    DocumentOptions o = options();
    o.satSolvers = {QStringLiteral("cadical")};
    if (QStandardPaths::findExecutable(QStringLiteral("cadical")).isEmpty())
        return;
    const QList<DocumentCheck> d = checkCnfDocument(path, o);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].verdict.solver, QStringLiteral("cadical"));
    QCOMPARE(d[0].verdict.status, Status::Proved);
}

void tst_Documents::cnfParseErrorHasPosition()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("bad.cnf"), "p cnf 2 1\n1 x 0\n");
    const QList<DocumentCheck> c = checkCnfDocument(path, options());
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].verdict.status, Status::Error);
    QCOMPARE(c[0].line, 2);
    QCOMPARE(c[0].column, 3);
}

void tst_Documents::cnfLyingSatSolverIsNotTrusted()
{
    QTemporaryDir dir;
    const QString cnf = write(dir, QStringLiteral("f.cnf"), "p cnf 2 2\n1 0\n-1 2 0\n");
    // Claims sat with an assignment that falsifies the first clause.
    const QString liar = write(dir, QStringLiteral("liar"), "#!/bin/sh\necho 's SATISFIABLE'\necho 'v -1 -2 0'\nexit 10\n", true);
    DocumentOptions o = options();
    o.satSolvers = {liar};
    const QList<DocumentCheck> c = checkCnfDocument(cnf, o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].verdict.status, Status::Error);
    QVERIFY2(c[0].verdict.reason.contains(QLatin1String("falsifies the clause on line 2")), qPrintable(c[0].verdict.reason));
}

void tst_Documents::cnfUnsatWithBadProofIsNotTrusted()
{
    if (QStandardPaths::findExecutable(QStringLiteral("drat-trim")).isEmpty())
        QSKIP("drat-trim is not installed");
    QTemporaryDir dir;
    const QString cnf = write(dir, QStringLiteral("f.cnf"), "p cnf 2 2\n1 0\n-1 2 0\n");
    // Claims unsat of a satisfiable formula, with a proof that derives the empty clause at once.
    const QString liar = write(dir, QStringLiteral("liar"), "#!/bin/sh\nprintf '0\\n' > \"$3\"\necho 's UNSATISFIABLE'\nexit 20\n", true);
    DocumentOptions o = options();
    o.satSolvers = {liar};
    const QList<DocumentCheck> c = checkCnfDocument(cnf, o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].answer, QStringLiteral("unsat"));
    QVERIFY2(c[0].verdict.status != Status::Proved, qPrintable(c[0].verdict.reason));
}

// Zero wrong answers: a definite answer that differs from the known one fails the test;
// unknown within the limit is allowed. `every` picks a deterministic sample.
namespace {

std::unique_ptr<ResultCache> openCache(const QString &path, bool trusted = true)
{
    auto cache = ResultCache::open(path, trusted);
    return cache ? std::move(*cache) : nullptr;
}

bool allFromCache(const QList<DocumentCheck> &checks)
{
    return !checks.isEmpty() && std::ranges::all_of(checks, [](const DocumentCheck &c) { return c.verdict.fromCache; });
}

bool noneFromCache(const QList<DocumentCheck> &checks)
{
    return std::ranges::none_of(checks, [](const DocumentCheck &c) { return c.verdict.fromCache; });
}

} // namespace

void tst_Documents::smt2DocumentIsAnsweredFromTheCache()
{
    QTemporaryDir dir;
    const QByteArray text = "(set-logic QF_LIA)\n(declare-const x Int)\n(set-info :status sat)\n"
                            "(assert (> x 2))\n(check-sat)\n(assert (< x 0))\n(set-info :status unsat)\n(check-sat)\n";
    const QString path = write(dir, QStringLiteral("two.smt2"), text);
    auto cache = openCache(dir.filePath(QStringLiteral("results.sqlite")));
    QVERIFY(cache);

    const QList<DocumentCheck> first = checkDocument(path, text, options(), cache.get());
    QCOMPARE(first.size(), 2);
    QVERIFY(noneFromCache(first));
    const QList<DocumentCheck> second = checkDocument(path, text, options(), cache.get());
    QVERIFY(allFromCache(second));
    QCOMPARE(second.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(second[i].id, first[i].id);
        QCOMPARE(second[i].line, first[i].line);
        QCOMPARE(second[i].answer, first[i].answer);
        QCOMPARE(second[i].expected, first[i].expected);
        QCOMPARE(second[i].verdict.status, Status::Proved);
        QCOMPARE(second[i].verdict.solver, first[i].verdict.solver);
    }

    // One changed byte is another document.
    QByteArray edited = text;
    edited.replace("(> x 2)", "(> x 3)");
    QVERIFY(noneFromCache(checkDocument(path, edited, options(), cache.get())));

    // A cache that is not trusted is written to, never read from.
    auto shared = openCache(dir.filePath(QStringLiteral("results.sqlite")), false);
    QVERIFY(shared);
    QVERIFY(noneFromCache(checkDocument(path, text, options(), shared.get())));

    // A damaged entry is a miss, dropped and replaced by the run.
    const QString key = documentCacheKey(path, text, documentSolverIdentity(path, options(), text));
    QVERIFY(cache->storeDocument(key, "[{\"id\": \"check-sat@5\", \"status\": \"proved\"}]"));
    QVERIFY(noneFromCache(checkDocument(path, text, options(), cache.get())));
    QVERIFY(allFromCache(checkDocument(path, text, options(), cache.get())));
    // Only proved checks are ever stored, so a record that says otherwise is not believed.
    QList<DocumentCheck> forged = first;
    forged[0].verdict.status = Status::Failed;
    QVERIFY(cache->storeDocument(key, encodeDocumentRecord(forged)));
    QVERIFY(noneFromCache(checkDocument(path, text, options(), cache.get())));
}

void tst_Documents::cnfDocumentIsAnsweredFromTheCache()
{
    if (QStandardPaths::findExecutable(QStringLiteral("kissat")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("drat-trim")).isEmpty())
        QSKIP("kissat or drat-trim is not installed");
    QTemporaryDir dir;
    const QByteArray text = "p cnf 2 4\n1 2 0\n-1 2 0\n1 -2 0\n-1 -2 0\n";
    const QString path = write(dir, QStringLiteral("u.cnf"), text);
    auto cache = openCache(dir.filePath(QStringLiteral("results.sqlite")));
    QVERIFY(cache);
    const QList<DocumentCheck> first = checkDocument(path, text, options(), cache.get());
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].verdict.status, Status::Proved);
    QVERIFY(noneFromCache(first));
    const QList<DocumentCheck> second = checkDocument(path, text, options(), cache.get());
    QVERIFY(allFromCache(second));
    QCOMPARE(second[0].answer, QStringLiteral("unsat"));
    QCOMPARE(second[0].verdict.reason, first[0].verdict.reason); // "verified by drat-trim", as it was

    // Another SAT solver is another key.
    if (!QStandardPaths::findExecutable(QStringLiteral("cadical")).isEmpty()) {
        DocumentOptions o = options();
        o.satSolvers = {QStringLiteral("cadical")};
        QVERIFY(noneFromCache(checkDocument(path, text, o, cache.get())));
    }
    // An export wants the proof files: it runs.
    DocumentOptions keep = options();
    keep.keepFilesIn = dir.path();
    QVERIFY(noneFromCache(checkDocument(path, text, keep, cache.get())));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("proof.drat"))));
}

void tst_Documents::onlyProvedDocumentsAreCached()
{
    QTemporaryDir dir;
    // cvc5 says sat, the file says unsat: an error, solved again every time.
    const QByteArray text = "(declare-const x Int)\n(set-info :status unsat)\n(assert (> x 2))\n(check-sat)\n";
    const QString path = write(dir, QStringLiteral("wrong.smt2"), text);
    auto cache = openCache(dir.filePath(QStringLiteral("results.sqlite")));
    QVERIFY(cache);
    const QList<DocumentCheck> first = checkDocument(path, text, options(), cache.get());
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].verdict.status, Status::Error);
    const QList<DocumentCheck> second = checkDocument(path, text, options(), cache.get());
    QVERIFY(noneFromCache(second));
    QCOMPARE(second[0].verdict.status, Status::Error);
}

void tst_Documents::runCorpus(int every)
{
    PROOFDESK_REQUIRE_SHARED();
    const QString root = test::sharedDir() + QStringLiteral("/corpora");
    QFile manifest(root + QStringLiteral("/MANIFEST.tsv"));
    QVERIFY2(manifest.open(QIODevice::ReadOnly), qPrintable(manifest.fileName()));
    const QList<QByteArray> rows = manifest.readAll().split('\n');
    int checked = 0, agreed = 0, unknown = 0, row = 0;
    QStringList wrong;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows[i].split('\t');
        if (f.size() < 12)
            continue;
        const QString kind = QString::fromUtf8(f[3]);
        const QString expected = QString::fromUtf8(f[5]);
        if (expected == QLatin1String("unknown"))
            continue; // no known answer to compare with
        // The sample keeps to files the solvers answer fast here (manifest times).
        const QByteArray measured = kind == QLatin1String("cnf") ? f[11] : f[9];
        if (every > 1 && (measured.split(' ').value(1).chopped(1).toDouble() > 0.3 || row++ % every != 0))
            continue;
        const QString path = root + QLatin1Char('/') + QString::fromUtf8(f[0]);
        QList<DocumentCheck> c;
        if (kind == QLatin1String("cnf")) {
            c = checkCnfDocument(path, options(every > 1 ? 10000 : 60000));
        } else {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            c = checkSmt2Document(QString::fromUtf8(file.readAll()), options(10000));
        }
        ++checked;
        for (const DocumentCheck &d : c) {
            if (d.answer == QLatin1String("sat") || d.answer == QLatin1String("unsat")) {
                if (d.answer != expected)
                    wrong << QStringLiteral("%1: answered %2, known %3").arg(path, d.answer, expected);
                else if (d.verdict.status == Status::Proved)
                    ++agreed;
            } else {
                ++unknown;
                qInfo("%s: %s", qPrintable(path), qPrintable(d.verdict.reason));
            }
        }
    }
    qInfo("corpus: %d files, %d confirmed, %d unknown or error, %d wrong", checked, agreed, unknown, int(wrong.size()));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY(checked > 0);
    QVERIFY(agreed > 0);
}

void tst_Documents::corpusSample()
{
    runCorpus(25);
}

void tst_Documents::corpusFull()
{
    if (qEnvironmentVariableIsEmpty("PROOFDESK_CORPUS_FULL"))
        QSKIP("the whole corpus runs only as ctest -L corpus-full (configure with -DPROOFDESK_CORPUS_FULL=ON)");
    runCorpus(1);
}

namespace {

// cvc5's default answers unknown (quantified, no finite model finding); --mbqi finds the
// model (measured with cvc5 1.1.2: default "unknown", --mbqi "sat", each well under 1 s).
const char *const NeedsMbqi = "(set-logic ALL)\n"
                              "(set-info :status sat)\n"
                              "(declare-fun f (Int) Int)\n"
                              "(declare-const c Int)\n"
                              "(assert (forall ((x Int)) (>= (f x) 0)))\n"
                              "(assert (> (f c) 5))\n"
                              "(check-sat)\n";

} // namespace

void tst_Documents::smt2PortfolioAnswersWhatTheDefaultCannot()
{
    const QList<DocumentCheck> c = checkSmt2Document(QString::fromLatin1(NeedsMbqi), options());
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].id, QStringLiteral("check-sat@7"));
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[0].expected, QStringLiteral("sat"));
    QCOMPARE(c[0].verdict.status, Status::Proved);
    QCOMPARE(c[0].verdict.strategy, QStringLiteral("cvc5-mbqi"));
    QVERIFY(c[0].verdict.solver.startsWith(QLatin1String("cvc5")));
    // The reason says who could not answer before.
    QVERIFY2(c[0].verdict.reason.contains(QLatin1String("answered by cvc5-mbqi after cvc5:")), qPrintable(c[0].verdict.reason));
    QVERIFY(!c[0].verdict.model.isEmpty());
}

void tst_Documents::smt2ChosenStrategiesAloneRun()
{
    DocumentOptions o = options();
    o.strategies = {QStringLiteral("cvc5")};
    QCOMPARE(documentStrategies(o, QString::fromLatin1(NeedsMbqi)), QStringList{QStringLiteral("cvc5")});
    QList<DocumentCheck> c = checkSmt2Document(QString::fromLatin1(NeedsMbqi), o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].answer, QStringLiteral("unknown"));
    QCOMPARE(c[0].verdict.status, Status::Unknown);
    QCOMPARE(c[0].verdict.strategy, QStringLiteral("cvc5"));

    o.strategies = {QStringLiteral("cvc5-mbqi")};
    c = checkSmt2Document(QString::fromLatin1(NeedsMbqi), o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].verdict.status, Status::Proved);
    QCOMPARE(c[0].verdict.strategy, QStringLiteral("cvc5-mbqi"));
    QVERIFY2(!c[0].verdict.reason.contains(QLatin1String("after")), qPrintable(c[0].verdict.reason));

    // fmf-fun only where recursive definitions occur, and then first; a solver that is not
    // there is passed over, and none at all is an error, not an empty answer.
    DocumentOptions all = options();
    QCOMPARE(documentStrategies(all, QString::fromLatin1(NeedsMbqi)), (QStringList{QStringLiteral("cvc5"), QStringLiteral("cvc5-mbqi")}));
    QCOMPARE(documentStrategies(all, QStringLiteral("(define-fun-rec g ((x Int)) Int x)\n(check-sat)\n")),
             (QStringList{QStringLiteral("cvc5-fmf-fun"), QStringLiteral("cvc5"), QStringLiteral("cvc5-mbqi")}));
    o.strategies = {QStringLiteral("z3")};
    o.externals.clear();
    c = checkSmt2Document(QString::fromLatin1(NeedsMbqi), o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].verdict.status, Status::Error);
    QVERIFY2(c[0].verdict.reason.contains(QLatin1String("z3")), qPrintable(c[0].verdict.reason));
}

void tst_Documents::smt2Z3JoinsThePortfolioWhenDetected()
{
    DocumentOptions o = options();
    for (const ExternalSolver &s : detectExternalSolvers())
        if (s.id == QLatin1String("z3"))
            o.externals << s;
    if (o.externals.isEmpty())
        QSKIP("z3 is not installed");
    QCOMPARE(documentStrategies(o, QString::fromLatin1(NeedsMbqi)),
             (QStringList{QStringLiteral("cvc5"), QStringLiteral("cvc5-mbqi"), QStringLiteral("z3")}));
    o.strategies = {QStringLiteral("z3")};
    // z3 alone, with a second check that is unsat; its (get-model) and :status are ours to
    // handle (z3 prints an error on a :status it contradicts, and on get-model after unsat).
    const QString text = QString::fromLatin1(NeedsMbqi) +
                         QStringLiteral("(get-model)\n(set-info :status unsat)\n(assert (< (f c) 0))\n(check-sat)\n(get-model)\n");
    const QList<DocumentCheck> c = checkSmt2Document(text, o);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[0].verdict.strategy, QStringLiteral("z3"));
    QVERIFY2(c[0].verdict.solver.startsWith(QLatin1String("z3")), qPrintable(c[0].verdict.solver));
    QCOMPARE(c[0].verdict.status, Status::Proved);
    QCOMPARE(c[1].id, QStringLiteral("check-sat@11"));
    QCOMPARE(c[1].answer, QStringLiteral("unsat"));
    QCOMPARE(c[1].expected, QStringLiteral("unsat"));
    QCOMPARE(c[1].verdict.status, Status::Proved);
}

void tst_Documents::smt2ChecksSharingALineHaveTheirOwnIds()
{
    //                                               col 1        col 30
    const QString text = QStringLiteral("(declare-const x Int)\n(assert (> x 0))\n(check-sat) (assert (< x 0)) (check-sat)\n(check-sat)\n");
    const QList<DocumentCheck> c = checkSmt2Document(text, options());
    QCOMPARE(c.size(), 3);
    QCOMPARE(c[0].id, QStringLiteral("check-sat@3:1"));
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[1].id, QStringLiteral("check-sat@3:30"));
    QCOMPARE(c[1].column, 30);
    QCOMPARE(c[1].answer, QStringLiteral("unsat"));
    QCOMPARE(c[2].id, QStringLiteral("check-sat@4")); // alone on its line: the name it always had
    QCOMPARE(c[2].answer, QStringLiteral("unsat"));
}

void tst_Documents::smt2StrategiesAreInTheCacheKey()
{
    QTemporaryDir dir;
    const QByteArray text = NeedsMbqi;
    const QString path = write(dir, QStringLiteral("mbqi.smt2"), text);
    auto cache = openCache(dir.filePath(QStringLiteral("results.sqlite")));
    QVERIFY(cache);
    const QList<DocumentCheck> first = checkDocument(path, text, options(), cache.get());
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].verdict.strategy, QStringLiteral("cvc5-mbqi"));
    const QList<DocumentCheck> again = checkDocument(path, text, options(), cache.get());
    QVERIFY(allFromCache(again));
    QCOMPARE(again[0].verdict.strategy, QStringLiteral("cvc5-mbqi"));
    // Another set of strategies is another key: cvc5's default alone is asked, and says unknown.
    DocumentOptions only = options();
    only.strategies = {QStringLiteral("cvc5")};
    QVERIFY(documentSolverIdentity(path, only, text) != documentSolverIdentity(path, options(), text));
    // A cross-checked answer is another answer; how many strategies run at once is not.
    DocumentOptions crossed = options();
    crossed.crossCheck = true;
    QVERIFY(documentSolverIdentity(path, crossed, text) != documentSolverIdentity(path, options(), text));
    DocumentOptions twoJobs = options();
    twoJobs.jobs = 2;
    QCOMPARE(documentSolverIdentity(path, twoJobs, text), documentSolverIdentity(path, options(), text));
    const QList<DocumentCheck> alone = checkDocument(path, text, only, cache.get());
    QVERIFY(noneFromCache(alone));
    QCOMPARE(alone[0].verdict.status, Status::Unknown);
}

namespace {

// Checks `text` with `o` while another thread requests a stop after `delay`.
QList<DocumentCheck> checkStoppingAfter(const char *text, DocumentOptions o, std::chrono::seconds delay)
{
    std::stop_source stop;
    o.stop = stop.get_token();
    std::thread stopper([&] {
        std::this_thread::sleep_for(delay);
        stop.request_stop();
    });
    const QList<DocumentCheck> c = checkSmt2Document(QString::fromLatin1(text), o);
    stopper.join();
    return c;
}

} // namespace

void tst_Documents::smt2StopEndsTheLaterStrategiesToo()
{
    // The first strategy answers unknown at once; the second would run until its limit.
    // A stop requested while it runs ends it: the call returns "cancelled" long before.
    QTemporaryDir dir;
    const QString hang = write(dir, QStringLiteral("hang"), "#!/bin/sh\nexec sleep 60\n", true);
    ExternalSolver slow{QStringLiteral("slow"), hang, {}, QStringLiteral("slow 1"), ExternalSolver::Flavor::Generic};
    DocumentOptions o = options(60000);
    o.strategies = {QStringLiteral("cvc5"), QStringLiteral("slow")};
    o.externals = {slow};
    const QList<DocumentCheck> c = checkStoppingAfter(NeedsMbqi, o, std::chrono::seconds(3));
    // Without the stop, the second strategy would end in its time limit (an unknown check).
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].id, QStringLiteral("document"));
    QCOMPARE(c[0].verdict.reason, QStringLiteral("cancelled"));
}

namespace {

QString fakeSolver(const char *name)
{
    return QStringLiteral(PROOFDESK_SOURCE_DIR "/tests/engine/fakes/") + QLatin1String(name);
}

// A solver that never answers (tests/engine/fakes/solver-hangs), creating `marker` when it
// starts.
ExternalSolver hangingSolver(const QString &marker)
{
    return {QStringLiteral("slow"), fakeSolver("solver-hangs"), {marker}, QStringLiteral("slow 1"), ExternalSolver::Flavor::Generic};
}

// No process of this test remains: no child (the workers, the fakes), no orphaned
// grandchild (the fake's sleep), no registered process group.
void verifyNoSolverRemains()
{
    QTRY_VERIFY_WITH_TIMEOUT(test::childProcesses().isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(fakeSolver("solver-hangs")).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(test::processesMatching(QStringLiteral("sleep 613")).isEmpty(), 5000);
    QVERIFY2(registeredProcessGroups().isEmpty(), qPrintable(QString::number(registeredProcessGroups().size())));
}

// Two checks cvc5's default answers, sat then unsat.
const char *const TwoChecks = "(set-logic QF_LIA)\n"
                              "(declare-const x Int)\n"
                              "(assert (> x 2))\n"
                              "(check-sat)\n"
                              "(assert (< x 0))\n"
                              "(check-sat)\n";

} // namespace

void tst_Documents::smt2SideBySideTheFirstAnswerWins()
{
    // cvc5's default (unknown), --mbqi (sat) and a solver that never answers, all at once:
    // mbqi's sat wins, and the one still running is stopped, its process group killed.
    // Its limit is ten minutes, beyond this test's CTest limit (five): left running, it
    // makes the test fail as hung, with no clock read here.
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("started"));
    DocumentOptions o = options(600000);
    o.externals = {hangingSolver(marker)};
    o.strategies = {QStringLiteral("cvc5"), QStringLiteral("cvc5-mbqi"), QStringLiteral("slow")};
    o.jobs = 3;
    const QList<DocumentCheck> c = checkSmt2Document(QString::fromLatin1(NeedsMbqi), o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[0].verdict.status, Status::Proved);
    QCOMPARE(c[0].verdict.strategy, QStringLiteral("cvc5-mbqi"));
    QVERIFY(!c[0].verdict.model.isEmpty());
    QVERIFY2(c[0].verdict.disagreement.isEmpty(), qPrintable(c[0].verdict.disagreement));
    QVERIFY2(!c[0].verdict.reason.contains(QLatin1String("slow")), qPrintable(c[0].verdict.reason));
    QVERIFY2(QFile::exists(marker), "the third strategy did not run side by side");
    verifyNoSolverRemains();
}

void tst_Documents::smt2OneJobRunsTheStrategiesInTurn()
{
    // One job: cvc5's default answers both checks, so the strategy after it never starts.
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("started"));
    DocumentOptions o = options(60000);
    o.externals = {hangingSolver(marker)};
    o.strategies = {QStringLiteral("cvc5"), QStringLiteral("slow")};
    o.jobs = 1;
    QList<DocumentCheck> c = checkSmt2Document(QString::fromLatin1(TwoChecks), o);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[1].answer, QStringLiteral("unsat"));
    for (const DocumentCheck &check : c) {
        QCOMPARE(check.verdict.status, Status::Proved);
        QCOMPARE(check.verdict.strategy, QStringLiteral("cvc5"));
    }
    QVERIFY2(!QFile::exists(marker), "a later strategy started although the first had answered everything");
    // And in turn: mbqi runs after the default has said unknown, and the reason says so.
    o.strategies = {QStringLiteral("cvc5"), QStringLiteral("cvc5-mbqi"), QStringLiteral("slow")};
    c = checkSmt2Document(QString::fromLatin1(NeedsMbqi), o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].verdict.strategy, QStringLiteral("cvc5-mbqi"));
    QVERIFY2(c[0].verdict.reason.contains(QLatin1String("answered by cvc5-mbqi after cvc5:")), qPrintable(c[0].verdict.reason));
    QVERIFY2(!QFile::exists(marker), "a later strategy started although mbqi had answered everything");
    verifyNoSolverRemains();
}

void tst_Documents::smt2CrossCheckExposesALyingSolver_data()
{
    QTest::addColumn<int>("jobs");
    QTest::newRow("side by side") << 2;
    QTest::newRow("one job") << 1;
}

void tst_Documents::smt2CrossCheckExposesALyingSolver()
{
    // A user's solver that says sat to everything, chosen as the only strategy, with the
    // cross-check on: cvc5 runs every check beside it. Where both say sat the check is
    // proved and cross-checked; where cvc5 proves unsat the check is an error naming both.
    QFETCH(int, jobs);
    DocumentOptions o = options();
    o.externals = {{QStringLiteral("fake"), fakeSolver("solver-says-sat"), {}, QStringLiteral("fake 1"), ExternalSolver::Flavor::Generic}};
    o.strategies = {QStringLiteral("fake")};
    o.crossCheck = true;
    o.jobs = jobs;
    QCOMPARE(documentStrategies(o, QString::fromLatin1(TwoChecks)), (QStringList{QStringLiteral("fake"), QStringLiteral("cvc5")}));
    const QList<DocumentCheck> c = checkSmt2Document(QString::fromLatin1(TwoChecks), o);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].answer, QStringLiteral("sat"));
    QCOMPARE(c[0].verdict.status, Status::Proved);
    const QStringList both{QStringLiteral("fake"), QStringLiteral("cvc5")};
    QVERIFY(both.contains(c[0].verdict.strategy));
    QVERIFY(both.contains(c[0].verdict.crossCheckedBy));
    QVERIFY(c[0].verdict.crossCheckedBy != c[0].verdict.strategy);
    QVERIFY(c[0].verdict.disagreement.isEmpty());

    QCOMPARE(c[1].id, QStringLiteral("check-sat@6"));
    QCOMPARE(c[1].verdict.status, Status::Error);
    QVERIFY(c[1].answer.isEmpty()); // neither word is taken
    QCOMPARE(c[1].verdict.disagreement, QStringLiteral("fake said sat, but cvc5 said unsat"));
    QVERIFY2(c[1].verdict.reason.contains(QLatin1String("contradict")), qPrintable(c[1].verdict.reason));
    QVERIFY(c[1].verdict.model.isEmpty());
    verifyNoSolverRemains();

    // Without the cross-check and with one job, the lie is all there is to go by: it is
    // what the sketch engine does too (proved, naming the one solver).
    o.crossCheck = false;
    const QList<DocumentCheck> alone = checkSmt2Document(QString::fromLatin1(TwoChecks), o);
    QCOMPARE(alone.size(), 2);
    QCOMPARE(alone[1].verdict.strategy, QStringLiteral("fake"));
    QCOMPARE(alone[1].answer, QStringLiteral("sat"));
    QVERIFY(alone[1].verdict.crossCheckedBy.isEmpty());
}

void tst_Documents::smt2StopEndsStrategiesSideBySide()
{
    // Two strategies that would run until their limit, side by side: a stop ends both.
    QTemporaryDir dir;
    DocumentOptions o = options(60000);
    o.externals = {hangingSolver(dir.filePath(QStringLiteral("started")))};
    o.strategies = {QStringLiteral("slow"), QStringLiteral("cvc5")};
    o.jobs = 2;
    // cvc5 answers at once; the hanging one keeps the check open until the stop.
    const QList<DocumentCheck> c = checkStoppingAfter(NeedsMbqi, o, std::chrono::seconds(2));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].id, QStringLiteral("document"));
    QCOMPARE(c[0].verdict.reason, QStringLiteral("cancelled"));
    verifyNoSolverRemains();
}

QTEST_GUILESS_MAIN(tst_Documents)
#include "tst_documents.moc"
