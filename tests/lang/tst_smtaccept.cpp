// SPDX-License-Identifier: GPL-3.0-or-later
// Every printed obligation of the examples is well-formed and well-sorted SMT-LIB for both
// cvc5 (its parser library) and z3 (`z3 -in`): declarations and assertions are executed, the
// check itself is not, so this tests the printer and not the solvers' strength.
#include "module.h"
#include "testutil.h"

#include <cvc5/cvc5.h>
#include <cvc5/cvc5_parser.h>

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <sstream>

using namespace proofdesk::lang;

namespace {
QString examplesDir()
{
    return proofdesk::test::haveShared() ? proofdesk::test::sharedDir() + QStringLiteral("/examples")
                                         : proofdesk::test::sourceDir() + QStringLiteral("/resources/examples");
}

std::string withoutCheckSat(const std::string &smt)
{
    std::string out = smt;
    const auto pos = out.rfind("(check-sat)");
    if (pos != std::string::npos)
        out.erase(pos);
    return out;
}

// Empty on success, else the first complaint.
std::string cvc5Complaint(const std::string &script)
{
    try {
        cvc5::Solver solver;
        cvc5::parser::SymbolManager symbols(&solver);
        cvc5::parser::InputParser parser(&solver, &symbols);
        parser.setStringInput(cvc5::modes::InputLanguage::SMT_LIB_2_6, withoutCheckSat(script), "obligation");
        std::ostringstream out;
        for (cvc5::parser::Command cmd = parser.nextCommand(); !cmd.isNull(); cmd = parser.nextCommand())
            cmd.invoke(&solver, &symbols, out);
        // Execution errors are written, not thrown.
        if (out.str().find("(error") != std::string::npos)
            return out.str();
        return {};
    } catch (const cvc5::parser::ParserException &e) {
        return "parse error at line " + std::to_string(e.getLine()) + ": " + e.getMessage();
    } catch (const cvc5::CVC5ApiException &e) {
        return e.getMessage();
    }
}
} // namespace

class TestSmtAccept : public QObject
{
    Q_OBJECT

private slots:
    void obligations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("smt");
        int rows = 0;
        for (const auto &f : QDir(examplesDir()).entryInfoList({QStringLiteral("*.pds")}, QDir::Files, QDir::Name)) {
            const Module m = analyze(proofdesk::test::readFile(f.filePath()), f.fileName().toStdString());
            for (const auto &o : m.obligations) {
                if (o.status == ObligationStatus::Error)
                    continue;
                QTest::newRow(qPrintable(f.fileName() + QLatin1Char(':') + QString::fromStdString(o.id)))
                    << f.fileName() << QString::fromStdString(o.id) << QString::fromStdString(o.smt);
                ++rows;
            }
        }
        if (rows < 35)
            qFatal("only %d obligations found in %s", rows, qPrintable(examplesDir()));
    }

    void obligations()
    {
        QFETCH(QString, smt);
        const std::string script = smt.toStdString();

        const std::string complaint = cvc5Complaint(script);
        QVERIFY2(complaint.empty(), complaint.c_str());

        const QString z3 = QStandardPaths::findExecutable(QStringLiteral("z3"));
        if (z3.isEmpty())
            QSKIP("z3 is not installed");
        QProcess p;
        p.start(z3, {QStringLiteral("-in")});
        QVERIFY(p.waitForStarted());
        p.write(QByteArray::fromStdString(withoutCheckSat(script)));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(!out.contains("error"), out.constData());
        QCOMPARE(p.exitCode(), 0);
    }

    // The checker really rejects: a deliberately ill-sorted script is caught by both.
    void illSortedIsRejected()
    {
        const std::string bad = "(set-logic ALL)\n(declare-const x Int)\n(assert (! (and x true) :named h))\n(check-sat)\n";
        QVERIFY(!cvc5Complaint(bad).empty());
    }
};

QTEST_GUILESS_MAIN(TestSmtAccept)
#include "tst_smtaccept.moc"
