// SPDX-License-Identifier: GPL-3.0-or-later
// proofdesk-cli end to end: the built executable run as a process.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Cli = QStringLiteral(PROOFDESK_BINARY_DIR "/bin/proofdesk-cli");

QString example(const char *name)
{
    return QStringLiteral(PROOFDESK_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void obligationsJson();
    void obligationsText();
    void errorsExitOne();
    void missingFileExitsTwo();
    void usageErrors_data();
    void usageErrors();
    void documentsSideBySideKeepOrder();
    void documentsAreAnsweredFromTheCache();
    void documentsTakeTheSolverOption();

private:
    Run run(const QStringList &arguments);

    QTemporaryDir m_state; // the CLI's log file goes here, not into the user's state dir
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFile::exists(Cli), qPrintable(Cli + QStringLiteral(" is not built")));
    QVERIFY(m_state.isValid());
}

Run tst_Cli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QStringLiteral(PROOFDESK_SOURCE_DIR));
    process.start(Cli, arguments);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_Cli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("proofdesk-cli " PROOFDESK_VERSION));
}

void tst_Cli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("obligations"), r.out.constData());
}

void tst_Cli::obligationsJson()
{
    const Run r = run({QStringLiteral("obligations"), example("basics.pds"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    QVERIFY(root.value(QStringLiteral("file")).toString().endsWith(QLatin1String("basics.pds")));
    QCOMPARE(root.value(QStringLiteral("diagnostics")).toArray().size(), 0);

    // basics.pds marks each of its 13 steps with `-- expect:`.
    const QJsonArray obligations = root.value(QStringLiteral("obligations")).toArray();
    QCOMPARE(obligations.size(), 13);
    QSet<QString> lemmas;
    for (const QJsonValue &value : obligations) {
        const QJsonObject ob = value.toObject();
        lemmas.insert(ob.value(QStringLiteral("lemma")).toString());
        for (const char *key : {"id", "lemma", "step", "kind", "status"})
            QVERIFY2(!ob.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(ob.value(QStringLiteral("facts")).isArray());
        QVERIFY(ob.value(QStringLiteral("citedLemmas")).isArray());
        QVERIFY(ob.value(QStringLiteral("error")).isString());
        const QJsonObject start = ob.value(QStringLiteral("range"))[QStringLiteral("start")].toObject();
        const QJsonObject end = ob.value(QStringLiteral("range"))[QStringLiteral("end")].toObject();
        QVERIFY(start.value(QStringLiteral("line")).toInt() >= 6);
        QVERIFY(start.value(QStringLiteral("column")).toInt() >= 1);
        QVERIFY(end.value(QStringLiteral("line")).toInt() >= start.value(QStringLiteral("line")).toInt());
        const QString smt = ob.value(QStringLiteral("smt")).toString();
        QVERIFY2(smt.startsWith(QLatin1String("(set-option")), qPrintable(smt.left(80)));
    }
    const QSet<QString> expected{QStringLiteral("sum_pos"),  QStringLiteral("too_strong"),
                                 QStringLiteral("steps"),    QStringLiteral("bad_step"),
                                 QStringLiteral("sketched"), QStringLiteral("by_cases"),
                                 QStringLiteral("chained")};
    QCOMPARE(lemmas, expected);
}

void tst_Cli::obligationsText()
{
    const Run r = run({QStringLiteral("obligations"), QStringLiteral("resources/examples/basics.pds")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QCOMPARE(out.count(QRegularExpression(QStringLiteral("^obligation "),
                                          QRegularExpression::MultilineOption)),
             13);
    // Ranges name the file as given, in file:line:col-line:col form.
    QVERIFY2(out.contains(QRegularExpression(
                 QStringLiteral("range: +resources/examples/basics\\.pds:9:\\d+-9:\\d+"))),
             qPrintable(out.left(600)));
    QVERIFY(out.contains(QLatin1String("(set-option")));
    QVERIFY(out.contains(QLatin1String("ha, hb")));
}

void tst_Cli::errorsExitOne()
{
    const Run r = run({QStringLiteral("obligations"), QStringLiteral("resources/examples/errors.pds")});
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    for (int line : {7, 10, 13, 16}) {
        const QString at = QStringLiteral("errors.pds:%1:").arg(line);
        QVERIFY2(err.contains(at), qPrintable(at + QStringLiteral(" not in:\n") + err));
    }
    QVERIFY(err.contains(QLatin1String(": error: ")));
    // The rest of the file is still elaborated.
    QVERIFY(r.out.contains("still_checked"));
}

void tst_Cli::missingFileExitsTwo()
{
    const Run r = run({QStringLiteral("obligations"), QStringLiteral("no/such/sketch.pds")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no/such/sketch.pds"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("prove")};
    QTest::newRow("obligations without a file") << QStringList{QStringLiteral("obligations")};
    QTest::newRow("two files")
        << QStringList{QStringLiteral("obligations"), example("basics.pds"), example("errors.pds")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("a directory")
        << QStringList{QStringLiteral("obligations"), QStringLiteral("resources/examples")};
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

// Several .smt2 and .cnf documents run side by side (--jobs 2); the report lists them in
// command-line order, each with its own answers.
namespace {

// Documents of both kinds with known outcomes: an unsat CNF, an .smt2 whose :status holds, one
// whose :status is wrong, and (with `satCnf`) a satisfiable CNF. An empty path if a write failed.
QStringList writeDocuments(const QTemporaryDir &dir, bool satCnf)
{
    const auto write = [&](const char *name, const QByteArray &text) {
        QFile f(dir.filePath(QLatin1String(name)));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() ? f.fileName() : QString();
    };
    QStringList paths{
        write("a-unsat.cnf", "p cnf 2 4\n1 2 0\n-1 2 0\n1 -2 0\n-1 -2 0\n"),
        write("b-sat.smt2", "(set-info :status sat)\n(declare-const x Int)\n(assert (> x 2))\n(check-sat)\n"),
        write("c-wrong-status.smt2", "(set-info :status sat)\n(declare-const x Int)\n(assert (> x x))\n(check-sat)\n"),
    };
    if (satCnf)
        paths << write("d-sat.cnf", "p cnf 2 1\n1 -2 0\n");
    return paths;
}

} // namespace

void tst_Cli::documentsSideBySideKeepOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList paths = writeDocuments(dir, true);
    QVERIFY(!paths.contains(QString()));
    const Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--jobs"), QStringLiteral("2"),
                                  QStringLiteral("--no-cache"), QStringLiteral("--format"), QStringLiteral("json")}
                      + paths);
    QCOMPARE(r.exitCode, 1); // the wrong :status is an error
    const QJsonArray files = QJsonDocument::fromJson(r.out).object().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), paths.size());
    QStringList verdicts;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject f = files[i].toObject();
        QCOMPARE(QDir::cleanPath(f.value(QLatin1String("path")).toString()), QDir::cleanPath(paths[i]));
        const QJsonArray obligations = f.value(QLatin1String("obligations")).toArray();
        QCOMPARE(obligations.size(), 1);
        verdicts << obligations[0].toObject().value(QLatin1String("verdict")).toString();
    }
    QCOMPARE(verdicts, (QStringList{QStringLiteral("proved"), QStringLiteral("proved"), QStringLiteral("error"),
                                    QStringLiteral("proved")}));
}

void tst_Cli::documentsAreAnsweredFromTheCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList paths = writeDocuments(dir, false);
    QVERIFY(!paths.contains(QString()));
    const QString cache = dir.filePath(QStringLiteral("shared.sqlite"));
    const auto cached = [&](bool trust) {
        const QStringList trusting = trust ? QStringList{QStringLiteral("--trust-cache")} : QStringList{};
        const Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--cache"), cache, QStringLiteral("--format"),
                                      QStringLiteral("json")} + trusting + paths);
        QList<QPair<QString, bool>> out;
        for (const QJsonValue &f : QJsonDocument::fromJson(r.out).object().value(QLatin1String("files")).toArray())
            for (const QJsonValue &o : f.toObject().value(QLatin1String("obligations")).toArray())
                out.append({o.toObject().value(QLatin1String("verdict")).toString(),
                            o.toObject().value(QLatin1String("cached")).toBool()});
        return out;
    };
    using Row = QPair<QString, bool>;
    QCOMPARE(cached(true), (QList<Row>{{"proved", false}, {"proved", false}, {"error", false}}));
    // The proved documents come from the cache; the disagreement is run again.
    QCOMPARE(cached(true), (QList<Row>{{"proved", true}, {"proved", true}, {"error", false}}));
    // Without --trust-cache, a cache named by path is someone else's: nothing proved comes from it.
    QCOMPARE(cached(false), (QList<Row>{{"proved", false}, {"proved", false}, {"error", false}}));
}

// An .smt2 check that cvc5's default cannot answer is answered by the portfolio (cvc5-mbqi);
// --solver keeps one strategy for documents too (and a SAT solver for a .cnf).
void tst_Cli::documentsTakeTheSolverOption()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString smt2 = dir.filePath(QStringLiteral("mbqi.smt2")), cnf = dir.filePath(QStringLiteral("u.cnf"));
    for (const auto &[path, text] : {std::pair{smt2, QByteArray("(set-logic ALL)\n(declare-fun f (Int) Int)\n(declare-const c Int)\n"
                                                               "(assert (forall ((x Int)) (>= (f x) 0)))\n(assert (> (f c) 5))\n(check-sat)\n")},
                                     std::pair{cnf, QByteArray("p cnf 1 2\n1 0\n-1 0\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
    }
    const auto first = [&](const QStringList &extra, const QString &path) {
        const Run r = run(QStringList{QStringLiteral("check"), QStringLiteral("--no-cache"), QStringLiteral("--format"), QStringLiteral("json")} +
                          extra + QStringList{path});
        const QJsonArray files = QJsonDocument::fromJson(r.out).object().value(QLatin1String("files")).toArray();
        const QJsonObject o = files.first().toObject().value(QLatin1String("obligations")).toArray().first().toObject();
        return QStringList{o.value(QLatin1String("verdict")).toString(), o.value(QLatin1String("strategy")).toString(),
                           o.value(QLatin1String("solver")).toString()};
    };
    // One job: the portfolio in its order (side by side, z3 may answer before mbqi).
    QStringList v = first({QStringLiteral("--jobs"), QStringLiteral("1")}, smt2);
    QCOMPARE(v.mid(0, 2), (QStringList{QStringLiteral("proved"), QStringLiteral("cvc5-mbqi")}));
    v = first({QStringLiteral("--solver"), QStringLiteral("cvc5")}, smt2);
    QCOMPARE(v.mid(0, 2), (QStringList{QStringLiteral("unknown"), QStringLiteral("cvc5")}));
    if (QStandardPaths::findExecutable(QStringLiteral("cadical")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("drat-trim")).isEmpty())
        QSKIP("cadical or drat-trim is not installed");
    v = first({QStringLiteral("--solver"), QStringLiteral("cadical")}, cnf);
    QCOMPARE(v, (QStringList{QStringLiteral("proved"), QStringLiteral("cadical+drat-trim"), QStringLiteral("cadical")}));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
