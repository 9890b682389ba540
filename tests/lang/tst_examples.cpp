// SPDX-License-Identifier: GPL-3.0-or-later
// The example sketches: golden SMT-LIB for every obligation, and every `-- expect:` line
// matched by exactly one obligation of the right status.
//
// Update the golden files after an intended printer change with
//   PROOFDESK_UPDATE_REFERENCES=1 ./dev test -R tst_examples
// and review the diff before committing it.
#include "module.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QtTest>

using namespace proofdesk::lang;

namespace {
// The shared conformance examples when present, else the copies the app ships.
QString examplesDir()
{
    return proofdesk::test::haveShared() ? proofdesk::test::sharedDir() + QStringLiteral("/examples")
                                         : proofdesk::test::sourceDir() + QStringLiteral("/resources/examples");
}

Module analyzeFile(const QString &path)
{
    const std::string text = proofdesk::test::readFile(path);
    return analyze(text, QFileInfo(path).fileName().toStdString());
}

QString render(const Module &m)
{
    QString out;
    for (const auto &d : m.diagnostics)
        out += QStringLiteral("; diagnostic %1\n").arg(QString::fromStdString(formatDiagnostic(d)));
    for (const auto &o : m.obligations) {
        out += QStringLiteral("; obligation %1 (%2, %3, lines %4-%5)\n")
                   .arg(QString::fromStdString(o.id), QString::fromStdString(std::string(kindName(o.kind))),
                        QString::fromStdString(std::string(statusName(o.status))))
                   .arg(o.range.begin.line)
                   .arg(o.range.end.line);
        if (o.status == ObligationStatus::Error)
            out += QStringLiteral("; error: %1\n").arg(QString::fromStdString(o.error));
        else
            out += QString::fromStdString(o.smt);
    }
    return out;
}
} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("path");
        const auto files = QDir(examplesDir()).entryInfoList({QStringLiteral("*.pds")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 7);
        for (const auto &f : files)
            QTest::newRow(qPrintable(f.fileName())) << f.filePath();
    }

    void golden()
    {
        QFETCH(QString, path);
        const QString actual = render(analyzeFile(path));
        const QString goldenDir = qEnvironmentVariable("PROOFDESK_GOLDEN_DIR");
        QVERIFY(!goldenDir.isEmpty());
        const QString goldenPath = goldenDir + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".smt2");
        if (qEnvironmentVariableIsSet("PROOFDESK_UPDATE_REFERENCES")) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            qInfo("updated %s", qPrintable(goldenPath));
            return;
        }
        QFile in(goldenPath);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("no golden file %1; create it with PROOFDESK_UPDATE_REFERENCES=1").arg(goldenPath)));
        const QString expected = QString::fromUtf8(in.readAll());
        if (expected != actual) {
            const QStringList e = expected.split(QLatin1Char('\n'));
            const QStringList a = actual.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
                const QString el = i < e.size() ? e[i] : QStringLiteral("<end>");
                const QString al = i < a.size() ? a[i] : QStringLiteral("<end>");
                if (el != al)
                    QFAIL(qPrintable(QStringLiteral("line %1 differs\nexpected: %2\nactual:   %3").arg(i + 1).arg(el, al)));
            }
        }
    }

    void expectLines_data()
    {
        golden_data();
    }

    // Every `-- expect:` line has exactly one obligation ending there, of a matching status,
    // and every obligation sits on such a line.
    void expectLines()
    {
        QFETCH(QString, path);
        const Module m = analyzeFile(path);
        const QStringList lines = QString::fromStdString(proofdesk::test::readFile(path)).split(QLatin1Char('\n'));
        static const QRegularExpression expectRe(QStringLiteral("--\\s*expect:\\s*([a-z-]+)"));
        int expectations = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto match = expectRe.match(lines[i]);
            if (!match.hasMatch())
                continue;
            ++expectations;
            const QString verdict = match.captured(1);
            std::vector<const Obligation *> here;
            for (const auto &o : m.obligations)
                if (o.range.end.line == i + 1)
                    here.push_back(&o);
            QVERIFY2(here.size() == 1, qPrintable(QStringLiteral("line %1: %2 obligations").arg(i + 1).arg(here.size())));
            const ObligationStatus want = verdict == QLatin1String("error")      ? ObligationStatus::Error
                                          : verdict == QLatin1String("admitted") ? ObligationStatus::Admitted
                                                                                 : ObligationStatus::ToSolve;
            QVERIFY2(here.front()->status == want,
                     qPrintable(QStringLiteral("line %1: expected %2, got %3 (%4)")
                                    .arg(i + 1)
                                    .arg(verdict, QString::fromStdString(std::string(statusName(here.front()->status))),
                                         QString::fromStdString(here.front()->error))));
        }
        QVERIFY(expectations > 0);
        QCOMPARE(int(m.obligations.size()), expectations);
    }

    void errorsAreReportedAtTheirLines()
    {
        const Module m = analyzeFile(examplesDir() + QStringLiteral("/errors.pds"));
        std::vector<std::pair<int, QString>> found;
        for (const auto &d : m.diagnostics)
            found.emplace_back(int(d.range.begin.line), QString::fromStdString(d.message));
        QCOMPARE(found.size(), std::size_t(4));
        QCOMPARE(found[0].first, 7);
        QVERIFY(found[0].second.contains("expected an expression"));
        QCOMPARE(found[1].first, 10);
        QCOMPARE(found[1].second, QStringLiteral("expected Int, found Bool in `flag + 1`"));
        QCOMPARE(found[2].first, 13);
        QCOMPARE(found[2].second, QStringLiteral("unknown name `y`"));
        QCOMPARE(found[3].first, 16);
        QCOMPARE(found[3].second, QStringLiteral("unknown fact `nowhere`"));
        const auto still = std::find_if(m.obligations.begin(), m.obligations.end(),
                                        [](const Obligation &o) { return o.lemma == "still_checked"; });
        QVERIFY(still != m.obligations.end());
        QCOMPARE(still->status, ObligationStatus::ToSolve);
        QVERIFY(still->smt.find("(assert (! (> x 0) :named h))") != std::string::npos);
        QVERIFY(!m.lemmas.back().hasErrors);
    }

    void bundledExamplesAnalyzeCleanly()
    {
        const auto files = QDir(proofdesk::test::sourceDir() + QStringLiteral("/resources/examples"))
                               .entryInfoList({QStringLiteral("*.pds")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const auto &f : files) {
            const Module m = analyzeFile(f.filePath());
            if (f.fileName() != QLatin1String("errors.pds"))
                QVERIFY2(m.diagnostics.empty(), qPrintable(f.fileName()));
            QVERIFY(!m.obligations.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
