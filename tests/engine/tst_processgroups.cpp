// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of solver process groups (engine/processgroups.h): what a CLI's signal handler
// kills when it has to exit at once, children of the solver included.
#include "engine/processgroups.h"
#include "engine/workerprocess.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace proofdesk::engine;

namespace {

// Live (not zombie) processes in process group `group`, from /proc.
QStringList membersOf(qint64 group)
{
    QStringList found;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QList<QByteArray> rest = proofdesk::test::procStatFields(QStringLiteral("/proc/%1/stat").arg(pid));
        if (rest.size() > 2 && rest[0] != "Z" && rest[2].toLongLong() == group)
            found << pid;
    }
    return found;
}

} // namespace

class tst_ProcessGroups : public QObject
{
    Q_OBJECT

private slots:
    void registeredWhileRunning();
    void killAllReachesTheSolversChildren();
    void endProcessUnregisters();
};

// A process started under applyChildLimits is registered, under its own group, from its
// start until it has finished.
void tst_ProcessGroups::registeredWhileRunning()
{
    QProcess p;
    applyChildLimits(p, Limits{.memoryBytes = 0});
    p.start(QStringLiteral("sleep"), {QStringLiteral("1")});
    QVERIFY(p.waitForStarted());
    const qint64 pid = p.processId();
    QVERIFY(registeredProcessGroups().contains(pid));
    QCOMPARE(membersOf(pid), QStringList{QString::number(pid)}); // it leads a group of its own
    QVERIFY(p.waitForFinished());
    QVERIFY(!registeredProcessGroups().contains(pid));
}

// A "solver" that forks a child of its own (a shell running sleep in the background): one
// call kills both, since the child stays in the solver's group.
void tst_ProcessGroups::killAllReachesTheSolversChildren()
{
    QProcess p;
    applyChildLimits(p, Limits{.memoryBytes = 0});
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 300 & sleep 300; wait")});
    QVERIFY(p.waitForStarted());
    const qint64 group = p.processId();
    QVERIFY(registeredProcessGroups().contains(group));
    QTRY_COMPARE_WITH_TIMEOUT(membersOf(group).size(), 3, 10'000); // sh and both sleeps
    QVERIFY(killAllProcessGroups() >= 1);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY2_WITH_TIMEOUT(membersOf(group).isEmpty(), qPrintable(membersOf(group).join(QLatin1Char(' '))), 10'000);
    QVERIFY(!registeredProcessGroups().contains(group));
}

// endProcess disconnects every handler of the process (engine callers pass no receiver), so
// it unregisters the group itself.
void tst_ProcessGroups::endProcessUnregisters()
{
    QProcess p;
    applyChildLimits(p, Limits{.memoryBytes = 0});
    p.start(QStringLiteral("sleep"), {QStringLiteral("300")});
    QVERIFY(p.waitForStarted());
    const qint64 group = p.processId();
    QVERIFY(registeredProcessGroups().contains(group));
    endProcess(p, nullptr);
    QCOMPARE(p.state(), QProcess::NotRunning);
    QVERIFY(!registeredProcessGroups().contains(group));
    QVERIFY(membersOf(group).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProcessGroups)
#include "tst_processgroups.moc"
