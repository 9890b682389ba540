// SPDX-License-Identifier: GPL-3.0-or-later
// The logging library: named loggers share one rotating file, loggers made before init()
// reach it too, Qt's messages are routed into the "qt" logger, and the file rotates.
// The functions run in declaration order and share the process-wide log state.

#include "log/log.h"
#include "log/qtmessages.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

#include <filesystem>
#include <optional>

using namespace proofdesk;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The first line of `text` that contains every one of `needles`, or an empty string.
QString lineWith(const QString &text, const QStringList &needles)
{
    const auto lines = text.split(u'\n');
    for (const auto &line : lines) {
        bool all = true;
        for (const auto &needle : needles)
            all = all && line.contains(needle);
        if (all)
            return line;
    }
    return {};
}

QString fromPath(const std::filesystem::path &p) { return QString::fromStdString(p.string()); }

// Restores an environment variable when the test function ends, pass or fail.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name) : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name))
            m_value = qgetenv(name);
    }
    ~EnvGuard()
    {
        if (m_value)
            qputenv(m_name, *m_value);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    const char *m_name;
    std::optional<QByteArray> m_value;
};

void setOrUnset(const char *name, const QString &value)
{
    // A null QString means "unset", an empty one "set but empty": XDG treats both alike,
    // the rows check that we do.
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value.toLocal8Bit());
}

} // namespace

class TestLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultLogDirectory_data();
    void defaultLogDirectory();
    void loggerBeforeInit();
    void namedLoggersShareTheFile();
    void levelFilters();
    void qtMessagesRouted();
    void unusableDirectoryKeepsStderr();
    void rotationLimits();
    void reinitReplacesFile();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_rotationDir;
};

void TestLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_rotationDir.isValid());
    log::setLevel(spdlog::level::info);
}

void TestLog::defaultLogDirectory_data()
{
    QTest::addColumn<QString>("xdgStateHome");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("expected");

    QTest::newRow("XDG_STATE_HOME set") << "/xdg/state" << "/home/ada" << "/xdg/state/proofdesk";
    QTest::newRow("XDG_STATE_HOME unset")
        << QString() << "/home/ada" << "/home/ada/.local/state/proofdesk";
    QTest::newRow("XDG_STATE_HOME empty")
        << "" << "/home/ada" << "/home/ada/.local/state/proofdesk";
    QTest::newRow("XDG_STATE_HOME relative is ignored")
        << "state" << "/home/ada" << "/home/ada/.local/state/proofdesk";
}

void TestLog::defaultLogDirectory()
{
    QFETCH(QString, xdgStateHome);
    QFETCH(QString, home);
    QFETCH(QString, expected);

    EnvGuard xdgGuard("XDG_STATE_HOME");
    EnvGuard homeGuard("HOME");
    setOrUnset("XDG_STATE_HOME", xdgStateHome);
    setOrUnset("HOME", home);

    QCOMPARE(QString::fromStdString(log::defaultLogDirectory()), expected);
}

void TestLog::loggerBeforeInit()
{
    // Nothing has called init() yet: no file, but loggers work (stderr only).
    QVERIFY(log::logFilePath().empty());
    const auto engine = log::get("engine");
    QVERIFY(engine);
    QCOMPARE(QString::fromStdString(engine->name()), QStringLiteral("engine"));
    QCOMPARE(log::get("engine"), engine);
    engine->info("engine line before init");
    QCOMPARE(spdlog::get("engine"), engine);
}

void TestLog::namedLoggersShareTheFile()
{
    const auto engineBefore = log::get("engine");
    log::init(m_dir.path().toStdString());
    const QString file = m_dir.filePath(QStringLiteral("proofdesk.log"));
    QCOMPARE(fromPath(log::logFilePath()), file);

    log::get("lang")->info("lexer saw {} tokens", 42);
    log::get("solve")->info("cvc5 answered {}", "unsat");
    engineBefore->info("engine line after init");
    log::flush();

    QVERIFY(QFileInfo::exists(file));
    const QString text = readAll(file);
    QVERIFY2(!lineWith(text, {"[lang]", "[info]", "lexer saw 42 tokens"}).isEmpty(),
             qPrintable(text));
    QVERIFY2(!lineWith(text, {"[solve]", "[info]", "cvc5 answered unsat"}).isEmpty(),
             qPrintable(text));
    // The logger made before init() got the file sink too...
    QVERIFY2(!lineWith(text, {"[engine]", "engine line after init"}).isEmpty(), qPrintable(text));
    // ...but what it said before had no file to go to.
    QVERIFY(!text.contains(QStringLiteral("engine line before init")));
}

void TestLog::levelFilters()
{
    const QString file = fromPath(log::logFilePath());
    QVERIFY(!file.isEmpty());

    log::setLevel(spdlog::level::warn);
    QCOMPARE(log::level(), spdlog::level::warn);
    log::get("graph")->info("graph info below the threshold");
    log::get("graph")->warn("graph warning above the threshold");
    log::setLevel(spdlog::level::info);
    log::get("graph")->info("graph info after lowering again");
    log::flush();

    const QString text = readAll(file);
    QVERIFY(!text.contains(QStringLiteral("graph info below the threshold")));
    QVERIFY(!lineWith(text, {"[graph]", "[warning]", "graph warning above"}).isEmpty());
    QVERIFY(!lineWith(text, {"[graph]", "[info]", "graph info after lowering"}).isEmpty());
}

void TestLog::qtMessagesRouted()
{
    const QString file = fromPath(log::logFilePath());
    QVERIFY(!file.isEmpty());

    // Keep QtTest's own handler to put back afterwards.
    const QtMessageHandler testHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(testHandler);
    log::installQtMessageHandler();

    qWarning("plain qt warning %d", 7);
    // An explicit context, so that file and line are there in release builds as well.
    const int line = __LINE__ + 1;
    QMessageLogger(__FILE__, line, nullptr, "proofdesk.test").warning("categorised warning");
    qInfo("qt info line");
    qDebug("qt debug line while at info");
    log::setLevel(spdlog::level::debug);
    qDebug("qt debug line while at debug");
    log::setLevel(spdlog::level::info);
    qCritical("qt critical line");

    qInstallMessageHandler(testHandler);
    log::flush();

    const QString text = readAll(file);
    QVERIFY2(!lineWith(text, {"[qt]", "[warning]", "plain qt warning 7"}).isEmpty(),
             qPrintable(text));
    // Qt's "default" category is noise and left out.
    QVERIFY(lineWith(text, {"default: plain qt warning"}).isEmpty());
    const QString categorised = lineWith(text, {"[qt]", "[warning]", "proofdesk.test: categorised warning"});
    QVERIFY2(!categorised.isEmpty(), qPrintable(text));
    QVERIFY2(categorised.contains(QStringLiteral("tst_log.cpp:%1)").arg(line)),
             qPrintable(categorised));
    QVERIFY(!lineWith(text, {"[qt]", "[info]", "qt info line"}).isEmpty());
    QVERIFY(!text.contains(QStringLiteral("qt debug line while at info")));
    QVERIFY(!lineWith(text, {"[qt]", "[debug]", "qt debug line while at debug"}).isEmpty());
    QVERIFY(!lineWith(text, {"[qt]", "[error]", "qt critical line"}).isEmpty());
}

void TestLog::unusableDirectoryKeepsStderr()
{
    // A regular file where a directory should be: fails even when the test runs as root.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-directory"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();

    log::init((blocker + QStringLiteral("/logs")).toStdString());
    QVERIFY(log::logFilePath().empty());
    log::get("app")->info("still alive without a file"); // must neither throw nor crash
    log::init(std::string());
    QVERIFY(log::logFilePath().empty());
}

void TestLog::rotationLimits()
{
    // The defaults the application gets.
    const log::FileOptions defaults;
    QCOMPARE(defaults.maxFileSize, std::size_t(5 * 1024 * 1024));
    QCOMPARE(defaults.maxFiles, std::size_t(3));
    QCOMPARE(QString::fromStdString(defaults.fileName), QStringLiteral("proofdesk.log"));

    // The same mechanism with a small limit, so that the test can watch it rotate.
    constexpr std::size_t limit = 4096;
    log::init(m_rotationDir.path().toStdString(), {"rotating.log", limit, 3});
    const QDir dir(m_rotationDir.path());
    QCOMPARE(fromPath(log::logFilePath()), dir.filePath(QStringLiteral("rotating.log")));

    const auto solve = log::get("solve");
    for (int i = 0; i < 500; ++i)
        solve->info("rotation filler line {:04} ........................................", i);
    solve->info("the very last line");
    log::flush();

    for (const auto *name : {"rotating.log", "rotating.1.log", "rotating.2.log"}) {
        const QFileInfo info(dir.filePath(QString::fromLatin1(name)));
        QVERIFY2(info.exists(), name);
        QVERIFY2(info.size() > 0, name);
        QVERIFY2(std::size_t(info.size()) <= limit, qPrintable(QString::number(info.size())));
    }
    QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("rotating.3.log"))),
             "more files kept than configured");
    QVERIFY(readAll(dir.filePath(QStringLiteral("rotating.log")))
                .contains(QStringLiteral("the very last line")));
}

void TestLog::reinitReplacesFile()
{
    // After switching files, the previous one (the rotation test's) gets nothing new.
    const QString previous = fromPath(log::logFilePath());
    QVERIFY(!previous.isEmpty());
    log::init(m_dir.path().toStdString());
    log::get("ui")->info("ui line for the second file");
    log::flush();

    QVERIFY(!readAll(previous).contains(QStringLiteral("ui line for the second file")));
    const QString text = readAll(m_dir.filePath(QStringLiteral("proofdesk.log")));
    QVERIFY(!lineWith(text, {"[ui]", "ui line for the second file"}).isEmpty());
    // Appended, not truncated: the first test's lines are still there.
    QVERIFY(text.contains(QStringLiteral("lexer saw 42 tokens")));
}

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
