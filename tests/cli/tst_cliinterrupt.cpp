// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C (SIGINT) and SIGTERM in proofdesk-cli check, export, verify and graph: the built
// executable runs a formula that takes hours, the test waits until its solver process
// exists, signals the CLI, and then asserts the exit code, a report that is still a valid
// document saying cancelled, no bundle or graph left behind, and that no process of the run
// remains.
#include "testutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <csignal>
#include <functional>
#include <optional>

namespace {

const QString Cli = QStringLiteral(PROOFDESK_BINARY_DIR "/bin/proofdesk-cli");

// A process as /proc shows it; pid and start time together name it even after pid reuse.
struct ProcessInfo {
    qint64 pid = 0;
    qint64 parent = 0;
    qint64 group = 0;
    QByteArray startTime;
    char state = '?';
    QString command;
};

std::optional<ProcessInfo> processInfo(qint64 pid)
{
    const QList<QByteArray> rest = proofdesk::test::procStatFields(QStringLiteral("/proc/%1/stat").arg(pid));
    if (rest.size() < 20)
        return std::nullopt;
    ProcessInfo p;
    p.pid = pid;
    p.state = rest[0].isEmpty() ? '?' : rest[0].at(0);
    p.parent = rest[1].toLongLong();
    p.group = rest[2].toLongLong();
    p.startTime = rest[19];
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    QByteArray cmd = cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
    cmd.replace('\0', ' ');
    p.command = QString::fromUtf8(cmd).trimmed();
    return p;
}

QList<ProcessInfo> allProcesses()
{
    QList<ProcessInfo> all;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric)
            if (auto p = processInfo(pid))
                all << *p;
    }
    return all;
}

// The processes of a run: every descendant of `root`, and every member of their process
// groups (a solver leads a group of its own, and may have children of its own) other than
// root's own group, which it shares with this test.
QList<ProcessInfo> processesOfRun(qint64 root)
{
    const QList<ProcessInfo> all = allProcesses();
    const auto self = processInfo(root);
    QSet<qint64> members{root};
    for (bool grew = true; grew;) {
        grew = false;
        for (const ProcessInfo &p : all)
            if (!members.contains(p.pid) && members.contains(p.parent))
                grew = (members.insert(p.pid), true);
    }
    QSet<qint64> groups;
    for (const ProcessInfo &p : all)
        if (members.contains(p.pid) && p.pid != root)
            groups.insert(p.group);
    if (self)
        groups.remove(self->group);
    QList<ProcessInfo> out;
    for (const ProcessInfo &p : all)
        if (p.pid != root && (members.contains(p.pid) || groups.contains(p.group)))
            out << p;
    return out;
}

// Of `recorded`, those still running (the same pid and start time, not a zombie), and any
// live process in one of their process groups.
QStringList survivors(const QList<ProcessInfo> &recorded)
{
    QSet<qint64> groups;
    for (const ProcessInfo &p : recorded)
        if (p.group == p.pid) // the groups the run's processes lead (solvers do)
            groups.insert(p.group);
    QStringList left;
    for (const ProcessInfo &p : allProcesses()) {
        if (p.state == 'Z')
            continue;
        const bool same = std::any_of(recorded.cbegin(), recorded.cend(), [&](const ProcessInfo &r) {
            return r.pid == p.pid && r.startTime == p.startTime;
        });
        if (same || groups.contains(p.group))
            left << QStringLiteral("%1 (group %2) %3").arg(p.pid).arg(p.group).arg(p.command);
    }
    return left;
}

QString describe(const QList<ProcessInfo> &processes)
{
    QStringList lines;
    for (const ProcessInfo &p : processes)
        lines << QStringLiteral("%1 (group %2) %3").arg(p.pid).arg(p.group).arg(p.command);
    return lines.join(QLatin1Char('\n'));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// One easy lemma, answered from the cache once a first run has checked it.
const QByteArray EasySketch = "const p1, p2: Bool\n\nlemma easy:\n  assume h: p1\n  show p1 or p2\n";

// The easy lemma, then the pigeonhole principle for `holes` holes as a lemma over Booleans
// whose goal is false: hours for cvc5 and z3 from about 11 holes on.
QByteArray pigeonholeSketch(int holes)
{
    const QList<QList<int>> clauses = proofdesk::test::pigeonholeClauses(holes);
    QByteArray text = "const p1, p2: Bool\n";
    for (int v = 3; v <= (holes + 1) * holes; ++v)
        text += "const p" + QByteArray::number(v) + ": Bool\n";
    text += "\nlemma easy:\n  assume h: p1\n  show p1 or p2\n\nlemma pigeons:\n";
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        QByteArrayList literals;
        for (const int lit : clauses[i])
            literals << (lit > 0 ? "p" + QByteArray::number(lit) : "not p" + QByteArray::number(-lit));
        text += "  assume c" + QByteArray::number(i + 1) + ": " + literals.join(" or ") + '\n';
    }
    return text + "  show false\n";
}

struct Outcome {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    QList<ProcessInfo> recorded; // the run's processes just before the signal
};

} // namespace

class tst_CliInterrupt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void exportCancelled_data();
    void exportCancelled();
    void verifyCancelled();
    void graphCancelled();
    void secondSignalExitsAtOnce();

private:
    QProcessEnvironment environment() const;
    // Starts the CLI, waits until a process whose command line holds `solver` runs under
    // it, records the run's processes, calls `atSolver`, then sends `sequence` (in this order;
    // after SIGSTOP it waits until the CLI has stopped) and waits for the end. Returns false
    // (and kills the run) when the solver never appears or the CLI does not end.
    bool interrupt(const QStringList &arguments, const QString &solver, const QList<int> &sequence, Outcome &outcome,
                   const std::function<void()> &atSolver = {});
    void expectNoProcessLeft(const Outcome &outcome);

    QTemporaryDir m_home; // the CLI's log and result cache, never the user's
    QTemporaryDir m_files;
};

void tst_CliInterrupt::initTestCase()
{
    QVERIFY2(QFile::exists(Cli), qPrintable(Cli + QStringLiteral(" is not built")));
    QVERIFY(m_home.isValid() && m_files.isValid());
    // 13 pigeons in 12 holes: hours for every solver, far beyond the test.
    QVERIFY(writeFile(m_files.filePath(QStringLiteral("php12.pds")), pigeonholeSketch(12)));
    QVERIFY(writeFile(m_files.filePath(QStringLiteral("php12.cnf")), proofdesk::test::pigeonholeCnf(12)));
    QVERIFY(writeFile(m_files.filePath(QStringLiteral("php12.smt2")), proofdesk::test::pigeonholeSmt2(12)));
    QVERIFY(writeFile(m_files.filePath(QStringLiteral("easy.pds")), EasySketch));
    // The easy lemma into the cache, so that in the interrupted runs it is proved before
    // any signal: a verdict that was there must stay, not turn into "cancelled".
    const auto r = proofdesk::test::runProgram(Cli, {QStringLiteral("check"), m_files.filePath(QStringLiteral("easy.pds"))},
                                               m_home.path(), 120'000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

QProcessEnvironment tst_CliInterrupt::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    return env;
}

bool tst_CliInterrupt::interrupt(const QStringList &arguments, const QString &solver, const QList<int> &sequence,
                                 Outcome &outcome, const std::function<void()> &atSolver)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(Cli, arguments);
    if (!process.waitForStarted(30'000)) {
        qWarning("proofdesk-cli did not start: %s", qPrintable(process.errorString()));
        return false;
    }
    const qint64 pid = process.processId();
    const auto solverRuns = [&] {
        const auto run = processesOfRun(pid);
        // Solving, not answering --version (a probe the CLI runs first).
        return std::any_of(run.cbegin(), run.cend(), [&](const ProcessInfo &p) {
            return p.command.contains(solver) && !p.command.contains(QLatin1String("--version"));
        });
    };
    // Generous: start-up and analysis of the sketch under a loaded machine.
    for (QDeadlineTimer deadline(120'000); !solverRuns() && process.state() == QProcess::Running && !deadline.hasExpired();)
        QTest::qWait(50);
    if (!solverRuns()) {
        process.kill();
        process.waitForFinished(10'000);
        qWarning("no %s ran; the CLI said:\n%s\n%s", qPrintable(solver), process.readAllStandardOutput().constData(),
                 process.readAllStandardError().constData());
        return false;
    }
    outcome.recorded = processesOfRun(pid);
    if (atSolver)
        atSolver();
    for (const int signal : sequence) {
        ::kill(pid_t(pid), signal);
        // A SIGCONT would discard a SIGSTOP not yet acted on: wait until it has stopped.
        for (QDeadlineTimer deadline(30'000); signal == SIGSTOP && !deadline.hasExpired();) {
            const auto p = processInfo(pid);
            if (!p || p->state == 'T')
                break;
            QTest::qWait(10);
        }
    }
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished(10'000);
        qWarning("proofdesk-cli did not end after the signal");
        return false;
    }
    outcome.exitCode = process.exitCode();
    outcome.status = process.exitStatus();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return true;
}

void tst_CliInterrupt::expectNoProcessLeft(const Outcome &outcome)
{
    QVERIFY2(!outcome.recorded.isEmpty(), "the run's processes were not seen");
    // The solvers are killed before the CLI exits; a short wait covers reaping and /proc.
    QTRY_VERIFY2_WITH_TIMEOUT(survivors(outcome.recorded).isEmpty(),
                              qPrintable(QStringLiteral("left running:\n%1\nof the run:\n%2")
                                             .arg(survivors(outcome.recorded).join(QLatin1Char('\n')), describe(outcome.recorded))),
                              10'000);
    QTRY_VERIFY2_WITH_TIMEOUT(proofdesk::test::childProcesses().isEmpty(),
                              qPrintable(proofdesk::test::childProcesses().join(QLatin1Char('\n'))), 10'000);
}

void tst_CliInterrupt::check_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("solver"); // the process to wait for, as its command line names it
    QTest::addColumn<int>("signal");

    QTest::newRow("sketch, json, SIGINT") << "php12.pds" << "json" << "proofdesk-worker" << SIGINT;
    QTest::newRow("sketch, sarif, SIGTERM") << "php12.pds" << "sarif" << "proofdesk-worker" << SIGTERM;
    QTest::newRow("sketch, junit, SIGINT") << "php12.pds" << "junit" << "proofdesk-worker" << SIGINT;
    QTest::newRow("sketch, text, SIGTERM") << "php12.pds" << "text" << "proofdesk-worker" << SIGTERM;
    QTest::newRow("cnf (kissat), json, SIGINT") << "php12.cnf" << "json" << "kissat" << SIGINT;
    QTest::newRow("smt2 (worker), junit, SIGTERM") << "php12.smt2" << "junit" << "proofdesk-worker" << SIGTERM;
}

// The first signal cancels: the report is complete and valid in the chosen format, what was
// not finished says cancelled, what was finished keeps its verdict, the exit code is 128 +
// the signal, and no solver outlives the CLI.
void tst_CliInterrupt::check()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, solver);
    QFETCH(int, signal);
    // The easy sketch after the hard file: with a .cnf or .smt2 first (checked before any
    // sketch), its lemma never starts and must say cancelled too; after a sketch it was
    // answered from the cache and must say proved.
    const QStringList arguments{QStringLiteral("check"), m_files.filePath(file), m_files.filePath(QStringLiteral("easy.pds")),
                                QStringLiteral("--format"), format, QStringLiteral("--timeout"), QStringLiteral("600"),
                                QStringLiteral("--jobs"), QStringLiteral("2")};
    Outcome o;
    QVERIFY(interrupt(arguments, solver, {signal}, o));
    QCOMPARE(o.status, QProcess::NormalExit);
    QVERIFY2(o.exitCode == 128 + signal, qPrintable(QStringLiteral("exit %1, stderr:\n%2").arg(o.exitCode).arg(QString::fromUtf8(o.err))));
    const QString name = signal == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM");
    QVERIFY2(o.err.contains(("interrupted by " + name).toUtf8()), o.err.constData());
    const bool document = !file.endsWith(QLatin1String(".pds"));
    const QString cancelled = QStringLiteral("cancelled: interrupted by ") + name;

    if (format == QLatin1String("json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(o.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + QString::fromUtf8(o.out.left(2000))));
        QCOMPARE(doc[QStringLiteral("schema")].toString(), QStringLiteral("proofdesk-check/1"));
        QHash<QString, QJsonObject> byLemma;
        int cancelledCount = 0;
        for (const QJsonValue &f : doc[QStringLiteral("files")].toArray())
            for (const QJsonValue &ob : f[QStringLiteral("obligations")].toArray()) {
                byLemma.insert(ob[QStringLiteral("lemma")].toString(), ob.toObject());
                if (ob[QStringLiteral("reason")].toString() == cancelled) {
                    QCOMPARE(ob[QStringLiteral("verdict")].toString(), QStringLiteral("unknown"));
                    ++cancelledCount;
                }
            }
        const QJsonObject hard = byLemma.value(document ? QFileInfo(file).fileName() : QStringLiteral("pigeons"));
        QCOMPARE(hard[QStringLiteral("verdict")].toString(), QStringLiteral("unknown"));
        QCOMPARE(hard[QStringLiteral("reason")].toString(), cancelled);
        const QJsonObject easy = byLemma.value(QStringLiteral("easy"));
        QCOMPARE(easy[QStringLiteral("verdict")].toString(), document ? QStringLiteral("unknown") : QStringLiteral("proved"));
        if (document)
            QCOMPARE(easy[QStringLiteral("reason")].toString(), cancelled);
        // The summary counts what the obligations say.
        QCOMPARE(doc[QStringLiteral("summary")][QStringLiteral("unknown")].toInt(), cancelledCount);
        QVERIFY(o.err.contains(QStringLiteral("obligations not finished, reported as cancelled: %1\n").arg(cancelledCount).toUtf8()));
    } else if (format == QLatin1String("sarif")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(o.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
        QStringList messages;
        for (const QJsonValue &run : doc[QStringLiteral("runs")].toArray())
            for (const QJsonValue &result : run[QStringLiteral("results")].toArray())
                messages << result[QStringLiteral("message")][QStringLiteral("text")].toString();
        QVERIFY2(messages.filter(cancelled).size() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY2(messages.filter(QStringLiteral("pigeons")).size() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
    } else if (format == QLatin1String("junit")) {
        QXmlStreamReader xml(o.out);
        QStringList cancelledCases;
        QString testCase;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("testcase"))
                testCase = xml.attributes().value(QStringLiteral("name")).toString();
            if (xml.isStartElement() && xml.attributes().value(QStringLiteral("message")) == cancelled)
                cancelledCases << testCase;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QLatin1Char('\n') + QString::fromUtf8(o.out.left(2000))));
        // The hard file's obligation, and for a document first the easy lemma too.
        QVERIFY2(cancelledCases.size() == (document ? 2 : 1), qPrintable(cancelledCases.join(QLatin1Char('\n'))));
    } else {
        const QString text = QString::fromUtf8(o.out);
        QVERIFY2(text.count(cancelled) == 1, qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("pigeons")), qPrintable(text));
    }
    expectNoProcessLeft(o);
}

void tst_CliInterrupt::exportCancelled_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("solver");
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("begun"); // the bundle directory exists when the solver runs
    // A sketch is checked by the engine before the bundle directory is made; a CNF is checked
    // by the writer, which has begun the directory (sources/) by then.
    QTest::newRow("sketch while checking, SIGINT") << "php12.pds" << "proofdesk-worker" << SIGINT << false;
    QTest::newRow("cnf while writing, SIGTERM") << "php12.cnf" << "kissat" << SIGTERM << true;
}

// An interrupted export leaves no bundle directory: not a half-written one that could pass
// for a bundle.
void tst_CliInterrupt::exportCancelled()
{
    QFETCH(QString, file);
    QFETCH(QString, solver);
    QFETCH(int, signal);
    QFETCH(bool, begun);
    QTemporaryDir out;
    const QString bundle = out.filePath(QStringLiteral("bundle"));
    const QStringList arguments{QStringLiteral("export"), m_files.filePath(file), QStringLiteral("--out"), bundle,
                                QStringLiteral("--no-pdf"), QStringLiteral("--timeout"), QStringLiteral("600"),
                                QStringLiteral("--jobs"), QStringLiteral("2")};
    Outcome o;
    bool existed = false;
    QVERIFY(interrupt(arguments, solver, {signal}, o, [&] { existed = QFileInfo::exists(bundle); }));
    QCOMPARE(existed, begun);
    QCOMPARE(o.status, QProcess::NormalExit);
    QVERIFY2(o.exitCode == 128 + signal, qPrintable(QStringLiteral("exit %1, stderr:\n%2").arg(o.exitCode).arg(QString::fromUtf8(o.err))));
    QVERIFY2(o.err.contains("interrupted by") && o.err.contains("no bundle written, nothing left at"), o.err.constData());
    QVERIFY2(!QFileInfo::exists(bundle), qPrintable(QDir(bundle).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' '))));
    QVERIFY(o.out.isEmpty()); // "wrote ..." only for a bundle
    expectNoProcessLeft(o);
}

// An interrupted verify stops its checkers and never says verified. The bundle holds an
// .smt2 document whose first check is easy (proved at export) and whose second is the
// pigeonhole formula (unknown at export, under a 2 s limit): verify re-runs the whole
// document with the cvc5 binary to confirm the first check, and that run cannot end.
void tst_CliInterrupt::verifyCancelled()
{
    QByteArray hard = proofdesk::test::pigeonholeSmt2(12);
    hard.remove(0, hard.indexOf('\n') + 1); // its (set-logic), which comes first here
    const QString document = m_files.filePath(QStringLiteral("easy-then-pigeons.smt2"));
    QVERIFY(writeFile(document, "(set-logic QF_UF)\n(push 1)\n(declare-const q Bool)\n(assert (and q (not q)))\n"
                                "(check-sat)\n(pop 1)\n" + hard));
    QTemporaryDir out;
    const QString bundle = out.filePath(QStringLiteral("bundle"));
    const auto made = proofdesk::test::runProgram(Cli, {QStringLiteral("export"), document, QStringLiteral("--out"), bundle,
                                                        QStringLiteral("--no-pdf"), QStringLiteral("--timeout"), QStringLiteral("2")},
                                                  m_home.path(), 300'000);
    QVERIFY2(QFileInfo::exists(bundle + QStringLiteral("/manifest.json")), qPrintable(made.out + made.err));

    for (const int signal : {SIGINT, SIGTERM}) {
        Outcome o;
        QVERIFY(interrupt({QStringLiteral("verify"), bundle, QStringLiteral("--timeout"), QStringLiteral("600")},
                          QStringLiteral("cvc5"), {signal}, o));
        QCOMPARE(o.status, QProcess::NormalExit);
        QVERIFY2(o.exitCode == 128 + signal,
                 qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(o.exitCode).arg(QString::fromUtf8(o.out), QString::fromUtf8(o.err))));
        const QByteArray name = signal == SIGINT ? "SIGINT" : "SIGTERM";
        QVERIFY2(o.err.contains("interrupted by " + name + ": the bundle is not verified"), o.err.constData());
        QVERIFY2(o.out.contains("NOT verified") && !o.out.contains(": verified"), o.out.constData());
        QVERIFY2(o.out.contains("cancelled"), o.out.constData());
        expectNoProcessLeft(o);
    }
}

// `graph --kind proof` asks the worker for a proof of the pigeonhole formula, which cannot
// come: a signal stops the worker, nothing is written, and the exit code says which signal.
void tst_CliInterrupt::graphCancelled()
{
    QTemporaryDir out;
    const QString picture = out.filePath(QStringLiteral("proof.svg"));
    for (const int signal : {SIGINT, SIGTERM}) {
        Outcome o;
        QVERIFY(interrupt({QStringLiteral("graph"), m_files.filePath(QStringLiteral("php12.smt2")), QStringLiteral("--kind"),
                           QStringLiteral("proof"), QStringLiteral("--out"), picture, QStringLiteral("--timeout"), QStringLiteral("600")},
                          QStringLiteral("proofdesk-worker"), {signal}, o));
        QCOMPARE(o.status, QProcess::NormalExit);
        QVERIFY2(o.exitCode == 128 + signal,
                 qPrintable(QStringLiteral("exit %1\n%2").arg(o.exitCode).arg(QString::fromUtf8(o.err))));
        const QByteArray name = signal == SIGINT ? "SIGINT" : "SIGTERM";
        QVERIFY2(o.err.contains("interrupted by " + name + ": no graph written"), o.err.constData());
        QVERIFY(!QFileInfo::exists(picture));
        expectNoProcessLeft(o);
    }
}

// A second signal while the first one's cancel runs exits at once, from the signal handler,
// still killing every solver process group. The CLI is stopped (SIGSTOP) while both signals
// are sent, so that both are pending when it resumes: the second one then always arrives
// before the cancel of the first could finish.
void tst_CliInterrupt::secondSignalExitsAtOnce()
{
    const QStringList arguments{QStringLiteral("check"), m_files.filePath(QStringLiteral("php12.cnf")),
                                m_files.filePath(QStringLiteral("php12.pds")), QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("600")};
    Outcome o;
    QVERIFY(interrupt(arguments, QStringLiteral("kissat"), {SIGSTOP, SIGINT, SIGTERM, SIGCONT}, o));
    QCOMPARE(o.status, QProcess::NormalExit);
    // Both signals are pending at once; which of them the CLI's threads take first is the
    // kernel's choice, and the exit code is that of the second.
    QVERIFY2(o.exitCode == 128 + SIGINT || o.exitCode == 128 + SIGTERM,
             qPrintable(QStringLiteral("exit %1, stderr:\n%2").arg(o.exitCode).arg(QString::fromUtf8(o.err))));
    QVERIFY2(o.err.contains("interrupted again: killing the solvers and exiting at once"), o.err.constData());
    QVERIFY(o.out.isEmpty()); // no report: it exited before writing one
    expectNoProcessLeft(o);
}

QTEST_GUILESS_MAIN(tst_CliInterrupt)
#include "tst_cliinterrupt.moc"
