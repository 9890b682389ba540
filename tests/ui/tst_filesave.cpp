// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost on disk: the save routine (ui/filesave) is atomic under SIGKILL at random
// moments, and a full disk or a read-only folder gives an error naming the path and the
// reason while the window keeps the buffer and its unsaved state; autosave reports such a
// failure once; files above the size limit are opened only when confirmed; damaged settings
// and session values are clamped. The window runs offscreen with the real engine.
#include "savecontent.h"
#include "testutil.h"

#include "ui/appsettings.h"
#include "ui/codeeditor.h"
#include "ui/documenttab.h"
#include "ui/filesave.h"
#include "ui/mainwindow.h"
#include "ui/opensizecheck.h"
#include "ui/sessionstate.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace proofdesk;
using proofdesk::test::readAll;
using proofdesk::ui::MainWindow;

namespace {

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A full disk as the kernel reports it to one process: RLIMIT_FSIZE makes every write past
// `bytes` in a regular file fail (EFBIG, "File too large"; SIGXFSZ ignored), the same failed
// write() a full disk gives (ENOSPC), without mounting a small file system. Restored on exit.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

// Text for a buffer larger than the limits used below (sketch comments: analysis is quick).
QString largeText(int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("-- line %1 of a long sketch that is not saved yet\n").arg(i);
    return text;
}

} // namespace

class tst_FileSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void killDuringSaveLeavesOldOrNew();
    void fullDiskNamesPathAndReason();
    void readOnlyDirectoryNamesPathAndReason();
    void windowKeepsBufferWhenDiskIsFull();
    void autosaveFailureIsShownOnce();
    void largeFileAsksFirst();
    void damagedSettingsAreClamped();
    void damagedSessionIsIgnored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_FileSave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ProofDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_filesave"));
}

void tst_FileSave::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("check/useCache"), false);
    settings.setValue(QStringLiteral("solvers/disabled"), QStringList{QStringLiteral("z3")});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_FileSave::cleanup()
{
    ui::setLargeFileQuestion({});
    if (m_window) {
        m_window->setWindowModified(false);
        QFile::remove(m_window->recoveryPath());
    }
    m_window.reset();
}

void tst_FileSave::killDuringSaveLeavesOldOrNew()
{
    const QString victim = QCoreApplication::applicationDirPath() + QStringLiteral("/proofdesk_savekiller");
    QVERIFY2(QFileInfo(victim).isExecutable(), qPrintable(victim));
    const QByteArray contents[2] = {test::saveContent(0), test::saveContent(1)};
    const QString path = m_dir->filePath(QStringLiteral("large.pds"));
    QVERIFY(ui::writeFileAtomically(path, contents[0]).has_value());

    constexpr int Iterations = 50;
    int midWrite = 0;
    int leftovers = 0;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < Iterations; ++i) {
        QProcess process;
        process.setProgram(victim);
        process.setArguments({path});
        process.start();
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        QVERIFY(process.waitForReadyRead(30000)); // "ready": both documents are built
        // Anywhere from before the first write to a few writes in.
        QTest::qSleep(int(random->bounded(200)));
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        if (lines.last().startsWith("writing"))
            ++midWrite;
        // Exactly the old or the new document: never a prefix, never a mix.
        const QByteArray onDisk = readAll(path);
        QVERIFY2(onDisk == contents[0] || onDisk == contents[1],
                 qPrintable(QStringLiteral("iteration %1: %2 bytes on disk, torn").arg(i).arg(onDisk.size())));
        // A temporary file a kill left behind is never taken for a sketch (QSaveFile names
        // them "large.pds.XXXXXX", or keeps them nameless with O_TMPFILE).
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
            if (name == QLatin1String("large.pds"))
                continue;
            QVERIFY2(!name.endsWith(QLatin1String(".pds")), qPrintable(name));
            ++leftovers;
            QFile::remove(m_dir->filePath(name));
        }
    }
    qInfo("%d kills, %d of them during a write of a %lld/%lld byte document; %d temporary files left behind",
          Iterations, midWrite, qint64(contents[0].size()), qint64(contents[1].size()), leftovers);
    // The test is only worth something if kills landed inside writes.
    QVERIFY2(midWrite > 0, "no kill landed during a write");
}

void tst_FileSave::fullDiskNamesPathAndReason()
{
    const QString path = m_dir->filePath(QStringLiteral("doc.pds"));
    const QByteArray old = "-- the old text\n";
    QVERIFY(writeAll(path, old));
    {
        FileSizeLimit limit(256 * 1024);
        QVERIFY(limit.ok());
        const auto written = ui::writeFileAtomically(path, test::saveContent(0));
        QVERIFY(!written.has_value());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
        QVERIFY2(written.error().contains(QLatin1String("File too large")), qPrintable(written.error()));
    }
    QCOMPARE(readAll(path), old);
    // The temporary file of the failed write is gone.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("doc.pds")});
    // The async form carries the same error.
    FileSizeLimit limit(256 * 1024);
    auto future = ui::writeFileAtomicallyAsync(path, test::saveContent(1));
    future.waitForFinished();
    QVERIFY(!future.result().has_value());
    QVERIFY2(future.result().error().contains(QLatin1String("File too large")), qPrintable(future.result().error()));
}

void tst_FileSave::readOnlyDirectoryNamesPathAndReason()
{
    const QString dir = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(dir));
    const QString old = dir + QStringLiteral("/doc.pds");
    QVERIFY(writeAll(old, "-- old\n"));
    // Saving as a new file there (the existing one, owned by root in a root run, would be
    // refused for its own permissions before the directory's).
    const QString path = dir + QStringLiteral("/new.pds");
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                          QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), readable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(dir, readable));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(dir, readable | QFileDevice::WriteOwner); });
    QString error;
    if (QFile probe(dir + QStringLiteral("/probe")); !probe.open(QIODevice::WriteOnly)) {
        const auto written = ui::writeFileAtomically(path, "-- new\n");
        QVERIFY(!written.has_value());
        error = written.error();
    } else {
        // Root writes into a read-only directory anyway: the same routine runs as "nobody"
        // in a child (setpriv), as it would for a user.
        probe.remove();
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: no user to whom the directory is read-only");
        QProcess child;
        child.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/proofdesk_savekiller"),
                              QStringLiteral("--once"), path});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 1);
        error = QString::fromUtf8(child.readAllStandardError()).trimmed();
    }
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Permission denied")), qPrintable(error));
    QCOMPARE(readAll(old), QByteArray("-- old\n"));
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("doc.pds")});
}

void tst_FileSave::windowKeepsBufferWhenDiskIsFull()
{
    const QString path = m_dir->filePath(QStringLiteral("doc.pds"));
    const QByteArray old = "-- saved earlier\n";
    QVERIFY(writeAll(path, old));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFile(path).has_value());
    m_window->editor()->moveCursor(QTextCursor::End);
    m_window->editor()->insertPlainText(largeText(12000)); // ≈ 600 KB
    const QString typed = m_window->editor()->toPlainText();
    QVERIFY(m_window->isWindowModified());
    {
        FileSizeLimit limit(256 * 1024);
        QVERIFY(limit.ok());
        const auto saved = m_window->saveTo(path);
        QVERIFY(!saved.has_value());
        QVERIFY2(saved.error().contains(QDir::toNativeSeparators(path)), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QLatin1String("File too large")), qPrintable(saved.error()));
    }
    QCOMPARE(m_window->editor()->toPlainText(), typed);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(readAll(path), old);
    // With room again the same save goes through, and only then is the document saved.
    const auto saved = m_window->saveTo(path);
    QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error()));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(QString::fromUtf8(readAll(path)), typed);
}

void tst_FileSave::autosaveFailureIsShownOnce()
{
    const QString path = m_dir->filePath(QStringLiteral("doc.pds"));
    QVERIFY(writeAll(path, "-- saved earlier\n"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFile(path).has_value());
    m_window->editor()->moveCursor(QTextCursor::End);
    m_window->editor()->insertPlainText(largeText(12000));
    QVERIFY(m_window->isWindowModified());
    QStringList shown;
    connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [&](const QString &m) {
        if (m.contains(QLatin1String("Autosave")))
            shown << m;
    });
    {
        FileSizeLimit limit(256 * 1024);
        QVERIFY(limit.ok());
        // Each write ends inside the limit: autosave writes on a worker thread.
        for (int i = 0; i < 5; ++i) {
            m_window->autosave();
            QTRY_VERIFY(!m_window->currentTab()->autosaving());
        }
    }
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QDir::toNativeSeparators(m_window->recoveryPath())), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QLatin1String("File too large")), qPrintable(shown.first()));
    QVERIFY(!QFile::exists(m_window->recoveryPath()));
    QVERIFY(QApplication::topLevelWidgets().size() == 1 || !QApplication::activeModalWidget());
    // Room again: the recovery file is written; a later failure is reported afresh.
    m_window->autosave();
    QTRY_VERIFY(!m_window->currentTab()->autosaving());
    QVERIFY(QFile::exists(m_window->recoveryPath()));
    QCOMPARE(shown.size(), 1);
    QFile::remove(m_window->recoveryPath());
    {
        FileSizeLimit limit(256 * 1024);
        m_window->autosave();
        m_window->autosave();
        QTRY_VERIFY(!m_window->currentTab()->autosaving());
    }
    QCOMPARE(shown.size(), 2);
    // The buffer never changed.
    QVERIFY(m_window->isWindowModified());
}

void tst_FileSave::largeFileAsksFirst()
{
    constexpr qint64 Limit = 4096;
    const auto sketch = [&](const char *name, qint64 size) {
        QByteArray text = "-- a sketch of exactly the size asked for\n";
        text += QByteArray(size - text.size() - 1, 'x') + '\n';
        const QString path = m_dir->filePath(QLatin1String(name));
        return writeAll(path, text) ? path : QString();
    };
    const QString below = sketch("below.pds", Limit - 1);
    const QString at = sketch("at.pds", Limit);
    const QString above = sketch("above.smt2", Limit + 1);
    QVERIFY(!below.isEmpty() && !at.isEmpty() && !above.isEmpty());
    QCOMPARE(QFileInfo(above).size(), Limit + 1);

    m_window = std::make_unique<MainWindow>();
    ui::AppSettings settings = m_window->settings();
    settings.maxOpenBytes = Limit;
    m_window->applySettings(settings);
    QStringList asked;
    bool answer = false;
    ui::setLargeFileQuestion([&](QWidget *, const QString &path, qint64 size, qint64 limit) {
        asked << QStringLiteral("%1 %2 %3").arg(QFileInfo(path).fileName()).arg(size).arg(limit);
        return answer;
    });

    QVERIFY(m_window->openFile(below).has_value());
    QVERIFY(m_window->openFile(at).has_value());
    QCOMPARE(asked, QStringList{});
    QCOMPARE(m_window->currentFile(), at);
    m_window->editor()->moveCursor(QTextCursor::End);
    m_window->editor()->insertPlainText(QStringLiteral("-- typed\n"));
    const QString typed = m_window->editor()->toPlainText();

    // "No": an empty error (nothing to report), and everything as it was.
    const auto refused = m_window->openFile(above);
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().isEmpty());
    QCOMPARE(asked, QStringList{QStringLiteral("above.smt2 4097 4096")});
    QCOMPARE(m_window->currentFile(), at);
    QCOMPARE(m_window->editor()->toPlainText(), typed);
    QVERIFY(m_window->isWindowModified());

    // "Yes" opens it.
    answer = true;
    m_window->setWindowModified(false);
    QVERIFY(m_window->openFile(above).has_value());
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_window->currentFile(), above);
    QCOMPARE(m_window->editor()->toPlainText().toUtf8(), readAll(above));

    // The limit survives a restart, and the default is 20 MB.
    QCOMPARE(ui::AppSettings::load().maxOpenBytes, Limit);
    QCOMPARE(ui::AppSettings{}.maxOpenBytes, qint64(20) * 1024 * 1024);
}

void tst_FileSave::damagedSettingsAreClamped()
{
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    QVERIFY(writeAll(ini, "[check]\ntimeoutMs=-5\nmemoryMiB=99999999999\njobs=100000\n"
                          "onlySolver=" + QByteArray(5000, 'z') + "\n"
                          "[appearance]\nfontSize=-3\nlanguage=xx\n"
                          "[files]\nmaxOpenBytes=0\n"
                          "[solvers]\nuser\\size=1000000\nuser\\1\\id=a\nuser\\1\\command=/bin/true\n"));
    QSettings s(ini, QSettings::IniFormat);
    const ui::AppSettings a = ui::AppSettings::load(s);
    const ui::AppSettings defaults;
    QCOMPARE(a.timeoutMs, defaults.timeoutMs);     // negative: the default
    QCOMPARE(a.memoryMiB, 1024 * 1024);            // too large: the largest allowed
    QCOMPARE(a.jobs, 256);
    QVERIFY(a.onlySolver.isEmpty());               // huge: damage, not a name
    QCOMPARE(a.fontPointSize, 0);
    QVERIFY(a.language.isEmpty());                 // no such translation
    QCOMPARE(a.maxOpenBytes, defaults.maxOpenBytes);
    QCOMPARE(a.userSolvers.size(), 1);             // the absurd count is capped; empty entries dropped
    QCOMPARE(a.userSolvers.first().id, QStringLiteral("a"));

    // Valid values pass unchanged.
    const QString good = m_dir->filePath(QStringLiteral("good.ini"));
    QVERIFY(writeAll(good, "[check]\ntimeoutMs=1500\nmemoryMiB=512\njobs=3\ncrossCheck=true\n"
                           "[files]\nmaxOpenBytes=4096\n"));
    QSettings g(good, QSettings::IniFormat);
    const ui::AppSettings b = ui::AppSettings::load(g);
    QCOMPARE(b.timeoutMs, 1500);
    QCOMPARE(b.memoryMiB, 512);
    QCOMPARE(b.jobs, 3);
    QVERIFY(b.crossCheck);
    QCOMPARE(b.maxOpenBytes, qint64(4096));
}

void tst_FileSave::damagedSessionIsIgnored()
{
    const QString sketch = m_dir->filePath(QStringLiteral("s.pds"));
    QVERIFY(writeAll(sketch, "-- a sketch\n"));
    const auto session = [&](const QByteArray &body) {
        static int n = 0;
        const QString ini = m_dir->filePath(QStringLiteral("session%1.ini").arg(++n));
        writeAll(ini, "[session]\n" + body);
        return ui::readSession(QSettings(ini, QSettings::IniFormat));
    };
    const auto ok = session("file=" + sketch.toUtf8() + "\nline=-7\ncolumn=99999999999\n");
    QVERIFY(ok.has_value());
    QCOMPARE(ok->documents.size(), 1);
    QCOMPARE(ok->documents[0].file, sketch);
    QCOMPARE(ok->documents[0].line, 1);
    QCOMPARE(ok->documents[0].column, 10'000'000);
    // The tabs' form: a missing file is dropped and `current` follows the documents kept.
    const auto tabs = session("documents\\size=3\ndocuments\\1\\file=" + m_dir->filePath(QStringLiteral("gone.pds")).toUtf8() +
                              "\ndocuments\\2\\file=" + sketch.toUtf8() + "\ndocuments\\2\\line=4\n"
                              "documents\\3\\file=" + sketch.toUtf8() + "\ncurrent=2\n");
    QVERIFY(tabs.has_value());
    QCOMPARE(tabs->documents.size(), 2);
    QCOMPARE(tabs->documents[0].line, 4);
    QCOMPARE(tabs->current, 1);
    QVERIFY(!session("documents\\size=2\ndocuments\\1\\file=relative.pds\ncurrent=0\n"));
    QVERIFY(!session("file=" + m_dir->filePath(QStringLiteral("gone.pds")).toUtf8() + "\n"));
    QVERIFY(!session("file=s.pds\n"));                  // relative
    QVERIFY(!session("file=" + m_dir->path().toUtf8() + "\n")); // a folder
    QVERIFY(!session("file=/" + QByteArray(100000, 'a') + "\n"));
    QVERIFY(!session("file=a, b, c\n"));                // a list, not a path
    QVERIFY(!session("line=3\n"));
}

QTEST_MAIN(tst_FileSave)
#include "tst_filesave.moc"
