// SPDX-License-Identifier: GPL-3.0-or-later
// The result cache: keys over canonical text, moving responses between printed and canonical
// names, and the SQLite store (real files in temporary folders).
#include "engine/cache.h"
#include "engine/cachekey.h"
#include "lang/module.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>
#include <unordered_map>

using namespace proofdesk;
using engine::CacheKey;
using engine::ResultCache;
using solve::Answer;
using solve::ModelEntry;
using solve::SolveResponse;

namespace {

// Sketches A, A2 (a parameter renamed) and B (every name changed) are one obligation up to
// names; C claims something else.
constexpr const char *kSketchA = "fun g(a: Int): Int\n"
                                 "lemma l(k: Int, x': Int):\n"
                                 "  assume h: g(k) > x'\n"
                                 "  show g(x') > 0\n";
constexpr const char *kSketchA2 = "fun g(a: Int): Int\n"
                                  "lemma l(m: Int, x': Int):\n"
                                  "  assume h: g(m) > x'\n"
                                  "  show g(x') > 0\n";
constexpr const char *kSketchB = "fun f(a: Int): Int\n"
                                 "lemma other(j: Int, y': Int):\n"
                                 "  assume hyp: f(j) > y'\n"
                                 "  show f(y') > 0\n";
constexpr const char *kSketchC = "fun g(a: Int): Int\n"
                                 "lemma l(k: Int, x': Int):\n"
                                 "  assume h: g(k) > x'\n"
                                 "  show g(x') > 1\n";

// The last obligation of a sketch that must analyse cleanly.
lang::Script scriptOf(const char *text)
{
    const lang::Module m = lang::analyze(text, "t.pds");
    if (m.hasErrors() || m.obligations.empty()) {
        qWarning("sketch does not analyse cleanly:\n%s", text);
        return {};
    }
    return m.obligations.back().script;
}

CacheKey keyOf(const char *text, const QString &solver = QStringLiteral("cvc5"),
               const QString &version = QStringLiteral("1.1.2"), const QString &options = QString())
{
    return engine::makeKey(scriptOf(text), solver, version, options);
}

SolveResponse satResponse()
{
    SolveResponse r;
    r.id = 7;
    r.answer = Answer::Sat;
    r.model = {{QStringLiteral("k"), QStringLiteral("Int"), QStringLiteral("2")},
               {QStringLiteral("|x'|"), QStringLiteral("Int"), QStringLiteral("(- 1)")},
               {QStringLiteral("g"), QStringLiteral("(-> Int Int)"),
                QStringLiteral("(lambda ((x Int)) (ite (= x k) 1 (ite (= x |x'|) 0 (g (- x 1)))))")}};
    r.solver = QStringLiteral("cvc5 1.1.2");
    r.elapsedMs = 42;
    return r;
}

SolveResponse unsatResponse()
{
    SolveResponse r;
    r.answer = Answer::Unsat;
    r.core = {QStringLiteral("h")};
    r.solver = QStringLiteral("cvc5 1.1.2");
    r.elapsedMs = 5;
    return r;
}

SolveResponse withoutId(SolveResponse r)
{
    r.id = 0;
    return r;
}

QString hashOf(int i)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
}

std::unique_ptr<ResultCache> openOrFail(const QString &path, bool trusted = true)
{
    auto cache = ResultCache::open(path, trusted);
    if (!cache) {
        qWarning("open failed: %s", qPrintable(cache.error()));
        return nullptr;
    }
    return std::move(*cache);
}

// Runs `work` on a database connection of the test's own, outside the cache.
template<typename F>
bool withDatabase(const QString &path, F work)
{
    const QString name = QStringLiteral("tst_cache-raw");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

QStringList setAsideFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("results.sqlite.corrupt-*")}, QDir::Files);
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- keys ------------------------------------------------------------------------------

    void keyIgnoresNames()
    {
        const CacheKey a = keyOf(kSketchA);
        QVERIFY(!a.names.empty());
        QCOMPARE(a.hash.size(), 64);
        QCOMPARE(keyOf(kSketchA2).hash, a.hash);
        QCOMPARE(keyOf(kSketchB).hash, a.hash);
        QVERIFY(keyOf(kSketchC).hash != a.hash);
    }

    void keyIsTheDocumentedHash()
    {
        const lang::Script script = scriptOf(kSketchA);
        const std::string canonical = lang::printScript(script, {.canonical = true}).text;
        QByteArray data(canonical.data(), qsizetype(canonical.size()));
        for (const char *field : {"cvc5", "1.1.2", "--mbqi"}) {
            data += '\0';
            data += field;
        }
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(engine::makeKey(script, QStringLiteral("cvc5"), QStringLiteral("1.1.2"), QStringLiteral("--mbqi")).hash,
                 expected);
    }

    void keyDependsOnSolverAndOptions_data()
    {
        QTest::addColumn<QString>("solver");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("options");
        QTest::newRow("another solver") << "z3" << "1.1.2" << "";
        QTest::newRow("another version") << "cvc5" << "1.2.0" << "";
        QTest::newRow("other options") << "cvc5" << "1.1.2" << "--mbqi";
        QTest::newRow("fields do not run together") << "cvc5" << "1.1." << "2";
    }

    void keyDependsOnSolverAndOptions()
    {
        QFETCH(QString, solver);
        QFETCH(QString, version);
        QFETCH(QString, options);
        QVERIFY(keyOf(kSketchA, solver, version, options).hash != keyOf(kSketchA).hash);
    }

    void vacuityCheckHasItsOwnKey()
    {
        const lang::Script script = scriptOf(kSketchA);
        const QString c = QStringLiteral("cvc5");
        QVERIFY(engine::makeKey(script, c, c, c, true).hash != engine::makeKey(script, c, c, c).hash);
    }

    // --- names -----------------------------------------------------------------------------

    void renameSymbols_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a symbol") << "k" << "j";
        QTest::newRow("longer symbols are other symbols") << "(+ kk k2 k k.1)" << "(+ kk k2 j k.1)";
        QTest::newRow("a simple symbol written quoted") << "|k|" << "j";
        QTest::newRow("a quoted symbol") << "(= |x'| k)" << "(= |y'| j)";
        QTest::newRow("string literals are not symbols") << "(str.++ \"k\" \"a\"\"k\" k)"
                                                         << "(str.++ \"k\" \"a\"\"k\" j)";
        QTest::newRow("keywords are not symbols") << "(! k :k)" << "(! j :k)";
        QTest::newRow("literals are not symbols") << "(+ #b01 #xb 1.5 (_ bv5 8))" << "(+ #b01 #xb 1.5 (_ bv5 8))";
        QTest::newRow("a function value") << "(lambda ((x Int)) (ite (= x k) 1 (g (- x 1))))"
                                          << "(lambda ((x Int)) (ite (= x j) 1 (f (- x 1))))";
        QTest::newRow("a binder named like a renamed symbol is still a binder")
            << "(lambda ((k Int)) (+ k 1))" << "(lambda ((k!0 Int)) (+ k!0 1))";
        QTest::newRow("a binder named like a new name would capture it")
            << "(forall ((j Int)) (= j k))" << "(forall ((j!0 Int)) (= j!0 j))";
        QTest::newRow("a binder's scope ends with its term")
            << "(and (exists ((k Int)) (> k 0)) (> k 0))" << "(and (exists ((k!0 Int)) (> k!0 0)) (> j 0))";
        QTest::newRow("let binds in its body only") << "(let ((k 1) (z k)) (+ k z))"
                                                    << "(let ((k!0 1) (z j)) (+ k!0 z))";
        QTest::newRow("a quoted binder") << "(lambda ((|x'| Int)) (= |x'| k))" << "(lambda ((|x'!0| Int)) (= |x'!0| j))";
        QTest::newRow("sorts, also inside binders") << "(lambda ((s S)) (as @uc_S_0 S))"
                                                    << "(lambda ((s T)) (as @uc_S_0 T))";
        QTest::newRow("sort terms") << "(Array S (-> S (_ BitVec 8)))" << "(Array T (-> T (_ BitVec 8)))";
        QTest::newRow("match: constructors renamed, pattern variables bound")
            << "(match v ((nil k) ((cons h t) (+ h k))))" << "(match v ((nil j) ((C h t) (+ h j))))";
        QTest::newRow("match: a pattern variable named like a renamed symbol")
            << "(match v (((cons k t) (+ k 1)) (k k)))" << "(match v (((C k!0 t) (+ k!0 1)) (j j)))";
        QTest::newRow("layout and comments are kept") << "(ite  (= x k) ; k here\n  1\t0)"
                                                      << "(ite  (= x j) ; k here\n  1\t0)";
        QTest::newRow("non-ASCII symbols") << "(= α k)" << "(= α j)";
        QTest::newRow("unclosed list") << "(+ k (g" << "(+ j (f";
        QTest::newRow("stray parenthesis") << "k) k" << "j) j";
        QTest::newRow("unterminated quoted symbol") << "(= k |k" << "(= j |k";
        QTest::newRow("unterminated string") << "(= k \"k" << "(= j \"k";
        QTest::newRow("empty") << "" << "";
    }

    void renameSymbols()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::unordered_map<std::string, std::string> renaming{
            {"k", "j"}, {"x'", "|y'|"}, {"g", "f"}, {"S", "T"}, {"cons", "C"}};
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(QString::fromStdString(engine::detail::renameSymbols(utf8.toStdString(), renaming)), expected);
    }

    void renameSymbolsDeepNesting()
    {
        // Far deeper than any model: renamed without regard to binders, but renamed.
        const int depth = 100000;
        const std::string text = std::string(depth, '(') + "k" + std::string(depth, ')');
        const std::string out = engine::detail::renameSymbols(text, {{"k", "j"}});
        QCOMPARE(out, std::string(depth, '(') + "j" + std::string(depth, ')'));
    }

    void mappingRoundTrip_data()
    {
        QTest::addColumn<QString>("sketch");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QStringList>("core");
        QTest::newRow("parameters and a function") << kSketchA << "k" << QStringList{"h"};
        // The fact `h` prints as `h!f` because a parameter is called `h` too.
        QTest::newRow("fact renamed by the printer") << "lemma l(h: Int):\n  assume h2: h > 0\n  show h > 0\nproof\n"
                                                        "  have h: h > 0 by h2\n  show by h\nqed"
                                                     << "h" << QStringList{"h!f", "h2"};
        QTest::newRow("quoted names") << "const α: Real\nlemma l(x': Real):\n  assume pos': x' > α\n  show x' > 0"
                                      << "|α|" << QStringList{"|pos'|"};
    }

    void mappingRoundTrip()
    {
        QFETCH(QString, sketch);
        QFETCH(QString, symbol);
        QFETCH(QStringList, core);
        const CacheKey key = keyOf(qPrintable(sketch));
        QVERIFY(!key.names.empty());
        SolveResponse r;
        r.answer = Answer::Sat;
        r.core = core;
        r.model = {{symbol, QStringLiteral("Int"), QStringLiteral("(+ %1 1)").arg(symbol)}};
        const SolveResponse canonical = engine::toCanonical(r, key);
        // Canonical names only: s0, s1, ... for symbols, f0, f1, ... for facts.
        QVERIFY2(canonical.model[0].symbol.startsWith(QLatin1Char('s')), qPrintable(canonical.model[0].symbol));
        QCOMPARE(canonical.model[0].value, QStringLiteral("(+ %1 1)").arg(canonical.model[0].symbol));
        for (const QString &c : canonical.core)
            QVERIFY2(c.startsWith(QLatin1Char('f')), qPrintable(c));
        QCOMPARE(engine::fromCanonical(canonical, key), r);
    }

    void mappingToOtherNames()
    {
        const CacheKey a = keyOf(kSketchA);
        const CacheKey b = keyOf(kSketchB);
        QCOMPARE(b.hash, a.hash);
        SolveResponse r = satResponse();
        r.core = {QStringLiteral("h")};
        const SolveResponse canonical = engine::toCanonical(r, a);
        for (const ModelEntry &e : canonical.model) {
            QVERIFY2(!e.value.contains(QLatin1Char('k')) && !e.value.contains(QLatin1String("x'")), qPrintable(e.value));
        }
        const SolveResponse inB = engine::fromCanonical(canonical, b);
        QCOMPARE(inB.core, QStringList{QStringLiteral("hyp")});
        QCOMPARE(inB.model[0].symbol, QStringLiteral("j"));
        QCOMPARE(inB.model[1].symbol, QStringLiteral("|y'|"));
        QCOMPARE(inB.model[2].symbol, QStringLiteral("f"));
        QCOMPARE(inB.model[2].value, QStringLiteral("(lambda ((x Int)) (ite (= x j) 1 (ite (= x |y'|) 0 (f (- x 1)))))"));
        QCOMPARE(inB.model[2].sort, QStringLiteral("(-> Int Int)"));
    }

    // --- the store -------------------------------------------------------------------------

    void roundTrip()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.filePath(QStringLiteral("results.sqlite")));
        QVERIFY(cache);
        QCOMPARE(cache->size(), 0);
        QVERIFY(cache->store(hashOf(1), satResponse()));
        QVERIFY(cache->store(hashOf(2), unsatResponse()));
        QCOMPARE(cache->size(), 2);
        QCOMPARE(cache->lookup(hashOf(1)), withoutId(satResponse())); // the request id is not stored
        QCOMPARE(cache->lookup(hashOf(2)), unsatResponse());
        QVERIFY(!cache->lookup(hashOf(3)));
        QVERIFY(!cache->lookup(QString()));
        // A later answer for the same key replaces the earlier one.
        QVERIFY(cache->store(hashOf(1), unsatResponse()));
        QCOMPARE(cache->lookup(hashOf(1)), unsatResponse());
        QCOMPARE(cache->size(), 2);
        cache->clear();
        QCOMPARE(cache->size(), 0);
        QVERIFY(!cache->lookup(hashOf(2)));
    }

    // SQLite in WAL mode must make a kill at any moment harmless: every reopen finds a
    // healthy file (nothing set aside) whose every entry reads back whole.
    void survivesKillDuringWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.sqlite"));
        const QString writer = QStringLiteral(PROOFDESK_BINARY_DIR "/bin/cachewriter");
        QVERIFY2(QFile::exists(writer), qPrintable(writer));
        qint64 before = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess p;
            p.start(writer, {path});
            QVERIFY(p.waitForReadyRead(20000));
            QCOMPARE(p.readLine().trimmed(), QByteArray("ready"));
            QTest::qWait(37 + 23 * round); // kill at different points of the write cycle
            p.kill();
            QVERIFY(p.waitForFinished(5000));
            auto cache = openOrFail(path);
            QVERIFY(cache);
            QVERIFY2(cache->setAsidePath().isEmpty(), qPrintable(cache->setAsidePath()));
            const qint64 size = cache->size();
            QVERIFY(size >= before); // committed entries are never lost
            before = size;
            for (qint64 n = 0; n < size; ++n) {
                const QString hash = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
                const auto hit = cache->lookup(hash);
                QVERIFY2(hit && hit->model.size() == 200 && hit->elapsedMs == n, qPrintable(QString::number(n)));
            }
        }
        QVERIFY(before > 8);
    }

    void hitAfterReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/results.sqlite")); // folders are created
        {
            auto first = openOrFail(path);
            QVERIFY(first);
            QVERIFY(first->store(hashOf(1), unsatResponse()));
        }
        auto cache = openOrFail(path);
        QVERIFY(cache);
        QCOMPARE(cache->size(), 1);
        QCOMPARE(cache->lookup(hashOf(1)), unsatResponse());
        QVERIFY(!cache->lookup(hashOf(2)));
        QVERIFY(cache->setAsidePath().isEmpty());
        QCOMPARE(cache->path(), path);
    }

    void entriesRecordTimeAndSolver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.sqlite"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(openOrFail(path)->store(hashOf(1), satResponse()));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(withDatabase(path, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT answer, solver, created FROM results")) || !q.next())
                return false;
            return q.value(0).toString() == QLatin1String("sat") && q.value(1).toString() == satResponse().solver &&
                   q.value(2).toLongLong() >= before && q.value(2).toLongLong() <= after;
        }));
    }

    void onlyDefinitiveAnswersAreStored_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("unknown") << int(Answer::Unknown);
        QTest::newRow("error") << int(Answer::Error);
    }

    void onlyDefinitiveAnswersAreStored()
    {
        QFETCH(int, answer);
        QTemporaryDir dir;
        auto cache = openOrFail(dir.filePath(QStringLiteral("results.sqlite")));
        QVERIFY(cache);
        SolveResponse r = satResponse();
        r.answer = Answer(answer);
        r.reason = QStringLiteral("TIMEOUT");
        QVERIFY(!cache->store(hashOf(1), r));
        QCOMPARE(cache->size(), 0);
        QVERIFY(!cache->lookup(hashOf(1)));
    }

    void oversizedResponsesAreNotStored()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.filePath(QStringLiteral("results.sqlite")));
        QVERIFY(cache);
        SolveResponse r = satResponse();
        r.model[0].value = QString(ResultCache::maxStoredBytes(), QLatin1Char('1'));
        QVERIFY(!cache->store(hashOf(1), r));
        QCOMPARE(cache->size(), 0);
        r.model[0].value.resize(ResultCache::maxStoredBytes() / 2);
        QVERIFY(cache->store(hashOf(1), r));
        QCOMPARE(cache->lookup(hashOf(1))->model[0].value.size(), ResultCache::maxStoredBytes() / 2);
    }

    void hitForARenamedObligation()
    {
        QTemporaryDir dir;
        auto cache = openOrFail(dir.filePath(QStringLiteral("results.sqlite")));
        QVERIFY(cache);
        const CacheKey a = keyOf(kSketchA);
        SolveResponse r = satResponse();
        r.core = {QStringLiteral("h")};
        QVERIFY(cache->store(a.hash, engine::toCanonical(r, a)));

        const CacheKey b = keyOf(kSketchB);
        const auto hit = cache->lookup(b.hash);
        QVERIFY(hit);
        const SolveResponse inB = engine::fromCanonical(*hit, b);
        QCOMPARE(inB.core, QStringList{QStringLiteral("hyp")});
        QCOMPARE(inB.model.size(), 3);
        QCOMPARE(inB.model[0], (ModelEntry{QStringLiteral("j"), QStringLiteral("Int"), QStringLiteral("2")}));
        QCOMPARE(inB.model[1], (ModelEntry{QStringLiteral("|y'|"), QStringLiteral("Int"), QStringLiteral("(- 1)")}));
        QCOMPARE(inB.model[2].symbol, QStringLiteral("f"));
        QCOMPARE(inB.model[2].value, QStringLiteral("(lambda ((x Int)) (ite (= x j) 1 (ite (= x |y'|) 0 (f (- x 1)))))"));
        QCOMPARE(inB.solver, r.solver);
        QCOMPARE(inB.elapsedMs, r.elapsedMs);

        QVERIFY(!cache->lookup(keyOf(kSketchC).hash));
        QVERIFY(!cache->lookup(keyOf(kSketchA, QStringLiteral("z3"), QStringLiteral("4.13.3")).hash));
    }

    void sharedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.sqlite"));
        auto one = openOrFail(path);
        auto two = openOrFail(path);
        QVERIFY(one && two);
        QVERIFY(one->store(hashOf(1), satResponse()));
        QCOMPARE(two->lookup(hashOf(1)), withoutId(satResponse()));
        QVERIFY(two->store(hashOf(2), unsatResponse()));
        QCOMPARE(one->lookup(hashOf(2)), unsatResponse());
        QCOMPARE(one->size(), 2);
        two->clear();
        QCOMPARE(one->size(), 0);
    }

    void instancesInThreads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.sqlite"));
        constexpr int kThreads = 4;
        constexpr int kEach = 50;
        QList<QThread *> threads;
        QAtomicInt stored = 0;
        QMutex errorsLock;
        QStringList errors;
        for (int t = 0; t < kThreads; ++t) {
            threads.append(QThread::create([&path, &stored, &errorsLock, &errors, t] {
                auto cache = ResultCache::open(path);
                if (!cache) {
                    const QMutexLocker lock(&errorsLock);
                    errors << cache.error();
                    return;
                }
                for (int i = 0; i < kEach; ++i)
                    if ((*cache)->store(hashOf(t * kEach + i), unsatResponse()) && (*cache)->lookup(hashOf(t * kEach + i)))
                        stored.fetchAndAddRelaxed(1);
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        // Opening at the same moment as the others is not a reason to fail.
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(stored.loadRelaxed(), kThreads * kEach);
        QCOMPARE(openOrFail(path)->size(), kThreads * kEach);
    }

    void trustIsRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.sqlite"));
        QVERIFY(openOrFail(path)->trusted());
        auto untrusted = openOrFail(path, false);
        QVERIFY(untrusted);
        QVERIFY(!untrusted->trusted());
        QVERIFY(untrusted->store(hashOf(1), unsatResponse()));
        QCOMPARE(untrusted->lookup(hashOf(1)), unsatResponse());
    }

    void defaultPath()
    {
        const QString path = ResultCache::defaultPath();
        QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/results.sqlite"));
        QVERIFY(path.contains(QLatin1String("qttest"))); // test mode: never the user's own cache
    }

    // --- damaged and unusable files --------------------------------------------------------

    void damagedFileIsSetAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes") << "random";
        QTest::newRow("a few bytes of text") << "text";
        QTest::newRow("another program's database") << "foreign";
        QTest::newRow("our tables with other columns") << "columns";
        QTest::newRow("truncated database") << "truncated";
        QTest::newRow("database truncated inside its header") << "header";
    }

    void damagedFileIsSetAside()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.sqlite"));
        if (kind == QLatin1String("random") || kind == QLatin1String("text")) {
            QByteArray bytes;
            if (kind == QLatin1String("random")) {
                QRandomGenerator random(20240601);
                for (int i = 0; i < 8192; ++i)
                    bytes.append(char(random.bounded(256)));
            } else {
                bytes = "hello, cache\n";
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY(withDatabase(path, [](QSqlDatabase &db) {
                return execAll(db, {QStringLiteral("CREATE TABLE people (name TEXT)"),
                                    QStringLiteral("INSERT INTO people VALUES ('Ada')")});
            }));
        } else if (kind == QLatin1String("columns")) {
            QVERIFY(withDatabase(path, [](QSqlDatabase &db) {
                return execAll(db, {QStringLiteral("CREATE TABLE schema_version (version INTEGER)"),
                                    QStringLiteral("INSERT INTO schema_version VALUES (2)"), // this version
                                    QStringLiteral("CREATE TABLE results (key TEXT, value TEXT)")});
            }));
        } else {
            {
                auto cache = openOrFail(path);
                QVERIFY(cache);
                SolveResponse r = satResponse();
                r.model[0].value = QString(2000, QLatin1Char('7'));
                for (int i = 0; i < 300; ++i)
                    QVERIFY(cache->store(hashOf(i), r));
            }
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
            QFile f(path);
            const qint64 full = f.size();
            QVERIFY(full > 100000);
            QVERIFY(f.resize(kind == QLatin1String("header") ? 50 : full / 2));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();

        auto cache = openOrFail(path);
        QVERIFY(cache);
        const QStringList aside = setAsideFiles(dir.path());
        QCOMPARE(aside.size(), 1);
        QCOMPARE(cache->setAsidePath(), dir.filePath(aside.first()));
        QFile kept(cache->setAsidePath());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original); // kept as it was, for whoever wants to look
        // A fresh cache that works, with nothing from the damaged file.
        QCOMPARE(cache->size(), 0);
        QVERIFY(!cache->lookup(hashOf(1)));
        QVERIFY(cache->store(hashOf(1), unsatResponse()));
        QCOMPARE(cache->lookup(hashOf(1)), unsatResponse());
        cache.reset();
        auto reopened = openOrFail(path);
        QVERIFY(reopened);
        QVERIFY(reopened->setAsidePath().isEmpty());
        QCOMPARE(reopened->size(), 1);
        QCOMPARE(setAsideFiles(dir.path()).size(), 1);
    }

    void otherSchemaVersionStartsAfresh()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.sqlite"));
        QVERIFY(openOrFail(path)->store(hashOf(1), unsatResponse()));
        QVERIFY(withDatabase(path, [](QSqlDatabase &db) {
            return execAll(db, {QStringLiteral("UPDATE schema_version SET version = 99")});
        }));
        auto cache = openOrFail(path);
        QVERIFY(cache);
        QVERIFY(cache->setAsidePath().isEmpty());
        QCOMPARE(cache->size(), 0);
        QVERIFY(cache->store(hashOf(1), unsatResponse()));
        QCOMPARE(cache->size(), 1);
    }

    void unreadableEntryIsAMiss()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.sqlite"));
        auto cache = openOrFail(path);
        QVERIFY(cache);
        QVERIFY(cache->store(hashOf(1), unsatResponse()));
        QVERIFY(cache->store(hashOf(2), unsatResponse()));
        QVERIFY(withDatabase(path, [](QSqlDatabase &db) {
            return execAll(db, {QStringLiteral("UPDATE results SET response = '{\"answer\": \"unknown\"}' WHERE hash = '%1'")
                                    .arg(hashOf(1))});
        }));
        QVERIFY(!cache->lookup(hashOf(1)));
        QCOMPARE(cache->size(), 1); // dropped
        QCOMPARE(cache->lookup(hashOf(2)), unsatResponse());
    }

    void unusablePathIsAnError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("read-only folder") << "read-only";
        QTest::newRow("folder of a pseudo file system") << "proc";
        QTest::newRow("parent is a file") << "file-parent";
        QTest::newRow("path is a folder") << "folder";
    }

    void unusablePathIsAnError()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path;
        if (kind == QLatin1String("read-only")) {
            const QString folder = dir.filePath(QStringLiteral("ro"));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                QSKIP("permissions do not bind here (running as root): see the other rows");
            }
            path = folder + QStringLiteral("/results.sqlite");
        } else if (kind == QLatin1String("proc")) {
            if (!QFileInfo::exists(QStringLiteral("/proc/self/status")))
                QSKIP("no /proc");
            path = QStringLiteral("/proc/self/results.sqlite");
        } else if (kind == QLatin1String("file-parent")) {
            QFile file(dir.filePath(QStringLiteral("plain")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            path = file.fileName() + QStringLiteral("/results.sqlite");
        } else {
            path = dir.filePath(QStringLiteral("a-folder"));
            QVERIFY(QDir().mkpath(path));
        }
        const auto cache = ResultCache::open(path);
        QFile::setPermissions(dir.filePath(QStringLiteral("ro")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!cache);
        QVERIFY2(cache.error().contains(path), qPrintable(cache.error()));
        QVERIFY(setAsideFiles(QFileInfo(path).absolutePath()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
