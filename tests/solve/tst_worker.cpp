// SPDX-License-Identifier: GPL-3.0-or-later
// The cvc5 adapter on real obligations, first in process (solveWithCvc5), then through the
// built proofdesk-worker as a process speaking the frame protocol.
#include "lang/module.h"
#include "solve/cvc5adapter.h"
#include "solve/protocol.h"
#include "solve/workerloop.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace proofdesk;
using namespace proofdesk::solve;

namespace {

const QString Worker = QStringLiteral(PROOFDESK_BINARY_DIR "/bin/proofdesk-worker");

QString examplePath(const QString &name)
{
    return QStringLiteral(PROOFDESK_SOURCE_DIR "/resources/examples/") + name;
}

// The printed script of a lemma's single obligation in an example sketch, and its facts.
struct Printed {
    QString smt;
    QStringList facts;
};

Printed obligation(const QString &file, const QString &lemma)
{
    QFile f(examplePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = f.readAll();
    const lang::Module module =
        lang::analyze(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                      examplePath(file).toStdString());
    for (const lang::Obligation &o : module.obligations) {
        if (o.lemma == lemma.toStdString() && o.status == lang::ObligationStatus::ToSolve) {
            Printed p{QString::fromStdString(o.smt), {}};
            for (const std::string &fact : o.facts)
                p.facts.append(QString::fromStdString(fact));
            return p;
        }
    }
    return {};
}

const ModelEntry *entry(const SolveResponse &r, const QString &symbol)
{
    for (const ModelEntry &e : r.model) {
        if (e.symbol == symbol)
            return &e;
    }
    return nullptr;
}

// "#b11111110" -> 254, or -1
int bits(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^#b([01]{8})$"));
    const QRegularExpressionMatch m = re.match(value);
    return m.hasMatch() ? m.captured(1).toInt(nullptr, 2) : -1;
}

QString describe(const SolveResponse &r)
{
    QString text = answerName(r.answer);
    if (!r.reason.isEmpty())
        text += QStringLiteral(" (") + r.reason + QLatin1Char(')');
    if (!r.core.isEmpty())
        text += QStringLiteral(" core ") + r.core.join(QLatin1Char(' '));
    for (const ModelEntry &e : r.model)
        text += QStringLiteral(" %1:%2=%3").arg(e.symbol, e.sort, e.value);
    return text;
}

struct Case {
    QString name;
    SolveRequest request;
    std::function<void(const SolveResponse &)> check; // QVERIFY/QCOMPARE inside
};

const QString kSyntaxError = QStringLiteral(
    "(set-logic ALL)\n(declare-const x Int)\n(assert (> x 0)\n(assert (foo x))\n(check-sat)\n");
const QString kHardNonlinear = QStringLiteral(
    "(set-logic ALL)\n(declare-const x Real)\n(assert (= (* x x) 2.0))\n(check-sat)\n");
const QString kQuantified =
    QStringLiteral("(set-logic ALL)\n(declare-fun P (Int) Bool)\n(declare-const c Int)\n"
                   "(assert (forall ((x Int)) (=> (P x) (> x 0))))\n(assert (P c))\n(check-sat)\n");

} // namespace

class tst_Worker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adapter_data();
    void adapter();
    void adapterRejectsNegativeTimeout();
    void adapterModelOfFunctionsAndQuotedSymbols();
    void adapterIgnoresReservedOptions();
    void documentChecks();
    void documentParseErrorHasPosition();
    void documentThroughTheWorkerProcess();
    void version();
    void help();
    void unknownArgumentExitsTwo();
    void requestsInSequenceOnOneProcess();
    void closingStdinExitsZero();
    void malformedFrameExitsThree();
    void strayOutputDoesNotCorruptFrames();

private:
    void addRows();
    bool startWorker(QProcess &process);
    std::optional<SolveResponse> readResponse(QProcess &process, FrameDecoder &decoder,
                                              int timeoutMs);

    QList<Case> m_cases;
};

void tst_Worker::initTestCase()
{
    QVERIFY2(QFile::exists(Worker), qPrintable(Worker + QStringLiteral(" is not built")));

    const Printed sumPos = obligation(QStringLiteral("basics.pds"), QStringLiteral("sum_pos"));
    const Printed tooStrong =
        obligation(QStringLiteral("basics.pds"), QStringLiteral("too_strong"));
    const Printed appComm = obligation(QStringLiteral("lists.pds"), QStringLiteral("app_comm"));
    const Printed addWrong =
        obligation(QStringLiteral("bitvectors.pds"), QStringLiteral("add_monotone_wrong"));
    for (const Printed *p : {&sumPos, &tooStrong, &appComm, &addWrong})
        QVERIFY2(p->smt.contains(QStringLiteral("(check-sat)")),
                 "an example obligation is missing");
    QCOMPARE(sumPos.facts, QStringList({QStringLiteral("ha"), QStringLiteral("hb")}));

    quint64 id = 100;
    const auto request = [&id](const QString &script, Strategy strategy = Strategy::Default,
                               int timeoutMs = 10000) {
        SolveRequest r;
        r.id = ++id;
        r.script = script;
        r.strategy = strategy;
        r.timeoutMs = timeoutMs;
        return r;
    };

    // a + b > 0 needs both assumptions: a core must hold both and nothing else named.
    m_cases.append({QStringLiteral("basics sum_pos: unsat with core"), request(sumPos.smt),
                    [facts = sumPos.facts](const SolveResponse &r) {
                        QCOMPARE(r.answer, Answer::Unsat);
                        QVERIFY(r.reason.isEmpty());
                        QVERIFY(r.model.isEmpty());
                        QVERIFY(r.core.contains(QStringLiteral("ha")));
                        QVERIFY(r.core.contains(QStringLiteral("hb")));
                        for (const QString &name : r.core)
                            QVERIFY2(facts.contains(name), qPrintable(name));
                    }});

    SolveRequest noCore = request(sumPos.smt);
    noCore.wantCore = false;
    m_cases.append(
        {QStringLiteral("basics sum_pos: no core wanted"), noCore, [](const SolveResponse &r) {
             QCOMPARE(r.answer, Answer::Unsat);
             QVERIFY(r.core.isEmpty());
         }});

    // a > 0 and not a > 1: the only counterexample is a = 1.
    m_cases.append({QStringLiteral("basics too_strong: sat with model"), request(tooStrong.smt),
                    [](const SolveResponse &r) {
                        QCOMPARE(r.answer, Answer::Sat);
                        QVERIFY(r.core.isEmpty());
                        const ModelEntry *a = entry(r, QStringLiteral("a"));
                        QVERIFY(a);
                        QCOMPARE(a->sort, QStringLiteral("Int"));
                        QCOMPARE(a->value, QStringLiteral("1"));
                    }});

    SolveRequest noModel = request(tooStrong.smt);
    noModel.wantModel = false;
    m_cases.append(
        {QStringLiteral("basics too_strong: no model wanted"), noModel, [](const SolveResponse &r) {
             QCOMPARE(r.answer, Answer::Sat);
             QVERIFY(r.model.isEmpty());
         }});

    // Recursive definitions: only finite model finding for functions finds the counterexample.
    m_cases.append({QStringLiteral("lists app_comm fmf-fun: sat"),
                    request(appComm.smt, Strategy::FmfFun), [](const SolveResponse &r) {
                        QCOMPARE(r.answer, Answer::Sat);
                        const ModelEntry *a = entry(r, QStringLiteral("a"));
                        const ModelEntry *b = entry(r, QStringLiteral("b"));
                        QVERIFY(a && b);
                        QCOMPARE(a->sort, QStringLiteral("List!u"));
                        QVERIFY2(a->value.contains(QStringLiteral("cons")) ||
                                     b->value.contains(QStringLiteral("cons")),
                                 qPrintable(a->value + QLatin1Char(' ') + b->value));
                        QVERIFY(a->value != b->value);
                    }});
    m_cases.append({QStringLiteral("lists app_comm default: unknown"),
                    request(appComm.smt, Strategy::Default, 500), [](const SolveResponse &r) {
                        QCOMPARE(r.answer, Answer::Unknown);
                        QVERIFY(!r.reason.isEmpty());
                    }});

    m_cases.append(
        {QStringLiteral("bitvectors add_monotone_wrong: sat"), request(addWrong.smt),
         [](const SolveResponse &r) {
             QCOMPARE(r.answer, Answer::Sat);
             const ModelEntry *x = entry(r, QStringLiteral("x"));
             const ModelEntry *y = entry(r, QStringLiteral("y"));
             QVERIFY(x && y);
             QCOMPARE(x->sort, QStringLiteral("(_ BitVec 8)"));
             const int xv = bits(x->value);
             const int yv = bits(y->value);
             QVERIFY2(xv >= 0 && yv >= 0, qPrintable(x->value + QLatin1Char(' ') + y->value));
             QVERIFY2(xv > (xv + yv) % 256, "the model does not break bvule(x, bvadd(x, y))");
         }});

    m_cases.append({QStringLiteral("syntax error: line and column"), request(kSyntaxError),
                    [](const SolveResponse &r) {
                        QCOMPARE(r.answer, Answer::Error);
                        QVERIFY2(r.reason.startsWith(QStringLiteral("line 4, column 1: ")),
                                 qPrintable(r.reason));
                    }});
    m_cases.append(
        {QStringLiteral("sort error: line and column"),
         request(QStringLiteral(
             "(set-logic ALL)\n(declare-const x Int)\n(assert (+ x true))\n(check-sat)\n")),
         [](const SolveResponse &r) {
             QCOMPARE(r.answer, Answer::Error);
             QVERIFY2(r.reason.startsWith(QStringLiteral("line 3, column ")), qPrintable(r.reason));
         }});
    m_cases.append(
        {QStringLiteral("execution error: written by cvc5"),
         request(QStringLiteral(
             "(set-logic ALL)\n(declare-const x Int)\n(declare-const x Int)\n(check-sat)\n")),
         [](const SolveResponse &r) {
             QCOMPARE(r.answer, Answer::Error);
             QVERIFY2(r.reason.contains(QStringLiteral("Cannot bind x")), qPrintable(r.reason));
             QVERIFY2(r.reason.contains(QStringLiteral("(declare-fun x () Int)")),
                      qPrintable(r.reason));
         }});

    // cvc5 1.1.2 in Debian has no libpoly: x*x = 2 over the reals runs until the limit.
    m_cases.append({QStringLiteral("nonlinear real: timeout"),
                    request(kHardNonlinear, Strategy::Default, 200), [](const SolveResponse &r) {
                        QCOMPARE(r.answer, Answer::Unknown);
                        QVERIFY2(r.reason.contains(QStringLiteral("TIMEOUT")),
                                 qPrintable(r.reason));
                        QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
                    }});

    m_cases.append({QStringLiteral("quantified default: incomplete"), request(kQuantified),
                    [](const SolveResponse &r) {
                        QCOMPARE(r.answer, Answer::Unknown);
                        QCOMPARE(r.reason, QStringLiteral("INCOMPLETE"));
                    }});
    m_cases.append({QStringLiteral("quantified mbqi: sat"), request(kQuantified, Strategy::Mbqi),
                    [](const SolveResponse &r) {
                        QCOMPARE(r.answer, Answer::Sat);
                        const ModelEntry *p = entry(r, QStringLiteral("P"));
                        QVERIFY(p);
                        QCOMPARE(p->sort, QStringLiteral("(-> Int Bool)"));
                        QVERIFY2(p->value.startsWith(QStringLiteral("(lambda ")),
                                 qPrintable(p->value));
                        const ModelEntry *c = entry(r, QStringLiteral("c"));
                        QVERIFY(c);
                        QVERIFY2(c->value.toInt() > 0, qPrintable(c->value));
                    }});
}

void tst_Worker::addRows()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases[i].name)) << int(i);
}

void tst_Worker::adapter_data()
{
    addRows();
}

void tst_Worker::adapter()
{
    QFETCH(int, index);
    const Case &c = m_cases[index];
    const SolveResponse r = solveWithCvc5(c.request);
    QCOMPARE(r.id, c.request.id);
    QVERIFY2(r.solver.startsWith(QStringLiteral("cvc5 1.")), qPrintable(r.solver));
    QVERIFY(r.elapsedMs >= 0);
    c.check(r);
    if (QTest::currentTestFailed())
        qWarning("response: %s", qPrintable(describe(r)));
}

void tst_Worker::adapterRejectsNegativeTimeout()
{
    SolveRequest r;
    r.id = 5;
    r.script = QStringLiteral("(check-sat)");
    r.timeoutMs = -1;
    const SolveResponse s = solveWithCvc5(r);
    QCOMPARE(s.answer, Answer::Error);
    QCOMPARE(s.id, quint64(5));
    QVERIFY(s.reason.contains(QStringLiteral("timeoutMs")));
}

void tst_Worker::adapterModelOfFunctionsAndQuotedSymbols()
{
    SolveRequest r;
    r.id = 6;
    r.script = QStringLiteral(
        "(set-logic ALL)\n(declare-fun |x'| (Int) Real)\n(declare-fun f (Int Bool) (_ BitVec 8))\n"
        "(declare-sort U 0)\n(declare-const u U)\n(define-fun g ((x Int)) Int x)\n"
        "(push 1)\n(declare-const gone Int)\n(pop 1)\n"
        "(assert (! (= (|x'| 2) 1.5) :named |fact one|))\n(assert (! (= (f 3 true) #x05) :named "
        "f2))\n"
        "(check-sat)\n(get-model)\n");
    const SolveResponse s = solveWithCvc5(r);
    QCOMPARE(s.answer, Answer::Sat);
    QStringList symbols;
    for (const ModelEntry &e : s.model)
        symbols.append(e.symbol);
    // declared only, in order; define-fun and popped symbols left out
    QCOMPARE(symbols,
             QStringList({QStringLiteral("|x'|"), QStringLiteral("f"), QStringLiteral("u")}));
    QCOMPARE(s.model[0].sort, QStringLiteral("(-> Int Real)"));
    QVERIFY2(s.model[0].value.startsWith(QStringLiteral("(lambda ")), qPrintable(s.model[0].value));
    QVERIFY2(s.model[0].value.contains(QStringLiteral("(/ 3 2)")), qPrintable(s.model[0].value));
    QCOMPARE(s.model[1].sort, QStringLiteral("(-> Int Bool (_ BitVec 8))"));
    QCOMPARE(s.model[2].sort, QStringLiteral("U"));

    // the same facts contradicted: a core with a quoted name
    r.script.replace(QStringLiteral("(check-sat)"),
                     QStringLiteral("(assert (not (= (|x'| 2) 1.5)))\n(check-sat)"));
    const SolveResponse u = solveWithCvc5(r);
    QCOMPARE(u.answer, Answer::Unsat);
    QCOMPARE(u.core, QStringList({QStringLiteral("|fact one|")}));
}

void tst_Worker::adapterIgnoresReservedOptions()
{
    // A script cannot lift the request's limit or point cvc5's output at a file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("written"));
    SolveRequest r;
    r.id = 7;
    r.timeoutMs = 200;
    r.script = QStringLiteral(
                   "(set-option :tlimit-per 100000)\n(set-option :regular-output-channel \"%1\")\n")
                   .arg(file) +
               kHardNonlinear;
    const SolveResponse s = solveWithCvc5(r);
    QCOMPARE(s.answer, Answer::Unknown);
    QVERIFY2(s.reason.contains(QStringLiteral("TIMEOUT")), qPrintable(s.reason));
    QVERIFY(!QFile::exists(file));
}

namespace {
// Three check-sats with :status, push/pop between them, comments and a string that
// mention (check-sat) to confuse a naive line scan.
const char *kDocument =
    "(set-logic QF_LIA)\n"
    "; (check-sat) in a comment\n"
    "(declare-const x Int)\n"
    "(set-info :status sat)\n"
    "(assert (> x 2))\n"
    "(check-sat)\n"
    "(get-model)\n"
    "(push 1)\n"
    "(assert (< x 0))\n"
    "(set-info :status unsat)\n"
    "(echo \"(check-sat)\")\n"
    "  ( check-sat )\n"
    "(pop 1)\n"
    "(set-info :status unsat)\n"
    "(check-sat)\n";
} // namespace

void tst_Worker::documentChecks()
{
    SolveRequest r;
    r.id = 5;
    r.kind = RequestKind::Document;
    r.script = QString::fromUtf8(kDocument);
    const SolveResponse s = solveWithCvc5(r);
    QCOMPARE(s.id, quint64(5));
    QVERIFY2(s.answer != Answer::Error, qPrintable(s.reason));
    QCOMPARE(s.checks.size(), 3);
    QCOMPARE(s.checks[0].line, 6);
    QCOMPARE(s.checks[0].answer, Answer::Sat);
    QCOMPARE(s.checks[0].status, QStringLiteral("sat"));
    QCOMPARE(s.checks[0].model.size(), 1);
    QCOMPARE(s.checks[0].model[0].symbol, QStringLiteral("x"));
    QVERIFY(s.checks[0].model[0].value.toInt() > 2);
    QCOMPARE(s.checks[1].line, 12);
    QCOMPARE(s.checks[1].answer, Answer::Unsat);
    QCOMPARE(s.checks[1].status, QStringLiteral("unsat"));
    // After the pop, x > 2 alone is satisfiable again: the document's :status is wrong,
    // and the worker reports the answer as it is (the engine shows the disagreement).
    QCOMPARE(s.checks[2].line, 15);
    QCOMPARE(s.checks[2].answer, Answer::Sat);
    QCOMPARE(s.checks[2].status, QStringLiteral("unsat"));
}

void tst_Worker::documentParseErrorHasPosition()
{
    SolveRequest r;
    r.id = 6;
    r.kind = RequestKind::Document;
    r.script = QStringLiteral("(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n(assert (> x y))\n(check-sat)\n");
    const SolveResponse s = solveWithCvc5(r);
    QCOMPARE(s.answer, Answer::Error);
    QCOMPARE(s.errorLine, 4);
    QVERIFY(s.errorColumn > 0);
    QVERIFY2(s.reason.startsWith(QStringLiteral("line 4, column ")), qPrintable(s.reason));
    // The check before the error was answered and is kept.
    QCOMPARE(s.checks.size(), 1);
    QCOMPARE(s.checks[0].answer, Answer::Sat);
}

void tst_Worker::documentThroughTheWorkerProcess()
{
    QProcess p;
    QVERIFY(startWorker(p));
    SolveRequest r;
    r.id = 77;
    r.kind = RequestKind::Document;
    r.script = QString::fromUtf8(kDocument);
    p.write(encodeRequest(r));
    FrameDecoder decoder;
    const std::optional<SolveResponse> s = readResponse(p, decoder, 60'000);
    QVERIFY2(s, qPrintable(decoder.error()));
    QCOMPARE(s->id, quint64(77));
    QCOMPARE(s->checks.size(), 3);
    QCOMPARE(s->checks[1].answer, Answer::Unsat);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), workerExitOk);
}

bool tst_Worker::startWorker(QProcess &process)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(Worker, {});
    return process.waitForStarted(10'000);
}

std::optional<SolveResponse> tst_Worker::readResponse(QProcess &process, FrameDecoder &decoder,
                                                      int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!decoder.hasFrame() && !decoder.failed()) {
        if (process.bytesAvailable() == 0 &&
            !process.waitForReadyRead(int(deadline.remainingTime())))
            return std::nullopt;
        decoder.feed(process.readAllStandardOutput());
    }
    if (!decoder.hasFrame())
        return std::nullopt;
    return decodeResponse(decoder.takeFrame());
}

void tst_Worker::version()
{
    QProcess p;
    p.start(Worker, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(QString::fromUtf8(p.readAllStandardOutput())
                 .startsWith(QStringLiteral("proofdesk-worker ")),
             "");
}

void tst_Worker::help()
{
    QProcess p;
    p.start(Worker, {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("Usage: proofdesk-worker"));
}

void tst_Worker::unknownArgumentExitsTwo()
{
    QProcess p;
    p.start(Worker, {QStringLiteral("--frobnicate")});
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), workerExitUsage);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(p.readAllStandardError().contains("--frobnicate"));
}

void tst_Worker::requestsInSequenceOnOneProcess()
{
    QProcess p;
    QVERIFY(startWorker(p));
    // All at once, so that the worker finds several frames in one read.
    QByteArray input;
    for (const Case &c : std::as_const(m_cases))
        input += encodeRequest(c.request);
    p.write(input);

    FrameDecoder decoder;
    for (const Case &c : std::as_const(m_cases)) {
        const std::optional<SolveResponse> r = readResponse(p, decoder, 60'000);
        QVERIFY2(r,
                 qPrintable(QStringLiteral("no response for %1: %2").arg(c.name, decoder.error())));
        QCOMPARE(r->id, c.request.id);
        c.check(*r);
        if (QTest::currentTestFailed()) {
            qWarning("%s: %s", qPrintable(c.name), qPrintable(describe(*r)));
            break;
        }
    }
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), workerExitOk);
    // Nothing but frames on stdout.
    decoder.feed(p.readAllStandardOutput());
    QVERIFY2(!decoder.failed(), qPrintable(decoder.error()));
    QVERIFY(!decoder.hasFrame());
    QVERIFY(!decoder.hasPartialFrame());
}

void tst_Worker::closingStdinExitsZero()
{
    QProcess p;
    QVERIFY(startWorker(p));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), workerExitOk);
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void tst_Worker::malformedFrameExitsThree()
{
    QProcess p;
    QVERIFY(startWorker(p));
    p.write("HTTP/1.1 200 OK\r\n\r\n");
    FrameDecoder decoder;
    const std::optional<SolveResponse> r = readResponse(p, decoder, 30'000);
    QVERIFY(r);
    QCOMPARE(r->id, quint64(0));
    QCOMPARE(r->answer, Answer::Error);
    QVERIFY2(r->reason.contains(QStringLiteral("malformed frame header")), qPrintable(r->reason));
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), workerExitProtocolError);
}

void tst_Worker::strayOutputDoesNotCorruptFrames()
{
    // At verbosity 2, cvc5 1.1.2's SAT solver prints statistics straight to stdout; the
    // worker keeps the real stdout for frames and points fd 1 at stderr.
    QProcess p;
    QVERIFY(startWorker(p));
    SolveRequest r;
    r.id = 77;
    r.script = QStringLiteral("(set-option :verbosity 2)\n(set-logic ALL)\n(declare-const x Int)\n"
                              "(assert (> x 0))\n(echo \"hello\")\n(check-sat)\n");
    p.write(encodeRequest(r));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), workerExitOk);
    FrameDecoder decoder;
    decoder.feed(p.readAllStandardOutput());
    QVERIFY2(!decoder.failed(), qPrintable(decoder.error()));
    const std::optional<SolveResponse> s = decodeResponse(decoder.takeFrame());
    QVERIFY(s);
    QCOMPARE(s->id, quint64(77));
    QCOMPARE(s->answer, Answer::Sat);
    QVERIFY(!decoder.hasFrame() && !decoder.hasPartialFrame());
    QVERIFY(p.readAllStandardError().contains("Search Statistics"));
}

QTEST_GUILESS_MAIN(tst_Worker)
#include "tst_worker.moc"
