// SPDX-License-Identifier: GPL-3.0-or-later
// German and French are complete and faithful to their sources.
//
// "Complete" is judged the way a translator's tool sees it: lupdate reads the current sources
// into a copy of each catalogue, so a tr() string added since the catalogue was last updated
// shows up as unfinished here, not only an empty entry that is already in the file.
// "Faithful" is what a machine can judge: a translation keeps its source's %N placeholders
// (a lost %1 drops a file name or a count from a message) and its keyboard accelerator.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform> children, one per plural form.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && current.translations.isEmpty())
                    current.translations.append(xml.text().toString());
                else if (xml.isCharacters())
                    current.translations.last() += xml.text().toString();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    if (current.translations.size() == 1 && current.translations.first().trimmed().isEmpty())
                        current.translations.clear();
                    current.translations.append(xml.readElementText());
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source.left(90));
}

QString catalogue(const QString &language)
{
    return QStringLiteral(PROOFDESK_SOURCE_DIR "/translations/proofdesk_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+)"));
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// A menu accelerator: '&' before a letter or digit; "&&" is a literal ampersand.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void languages_data();
    void everySourceStringIsTranslated_data() { languages_data(); }
    void everySourceStringIsTranslated();
    void placeholdersAndAcceleratorsKept_data() { languages_data(); }
    void placeholdersAndAcceleratorsKept();
    void bothLanguagesCoverTheSameStrings();
};

void tst_Translations::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
    // English: only the plural forms of the strings with %n.
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_Translations::everySourceStringIsTranslated()
{
    QFETCH(QString, language);
    QVERIFY2(QFile::exists(QStringLiteral(PROOFDESK_LUPDATE_PROJECT_CMAKE)),
             "the lupdate project description is missing: reconfigure the build");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The project as JSON, as the update_translations target makes it.
    const QString project = dir.filePath(QStringLiteral("project.json"));
    {
        QProcess generate;
        generate.setProcessChannelMode(QProcess::MergedChannels);
        generate.start(QStringLiteral(PROOFDESK_CMAKE),
                       {QStringLiteral("-DIN_FILE=" PROOFDESK_LUPDATE_PROJECT_CMAKE), QStringLiteral("-DOUT_FILE=") + project,
                        QStringLiteral("-P"), QStringLiteral(PROOFDESK_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY2(generate.waitForFinished(60000), "generating the lupdate project did not finish");
        const QByteArray output = generate.readAll();
        QVERIFY2(generate.exitStatus() == QProcess::NormalExit && generate.exitCode() == 0 && QFile::exists(project),
                 output.constData());
    }
    const QString copy = dir.filePath(QStringLiteral("proofdesk_%1.ts").arg(language));
    QVERIFY(QFile::copy(catalogue(language), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The same options as qt_add_translations' LUPDATE_OPTIONS in ui/CMakeLists.txt.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // English is the plural forms alone, as qt_add_translations' PLURALS_TS_FILE keeps them.
    QStringList arguments{QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy};
    if (language == QLatin1String("en"))
        arguments << QStringLiteral("-pluralonly");
    lupdate.start(QStringLiteral(PROOFDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish within 2 minutes");
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());

    QString error;
    const QList<Message> messages = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Hundreds of strings; English holds only the few with a plural.
    const qsizetype expected = language == QLatin1String("en") ? 2 : 100;
    QVERIFY2(messages.size() > expected, qPrintable(QStringLiteral("only %1 messages read").arg(messages.size())));

    QStringList missing;
    for (const Message &m : messages) {
        const bool empty = std::ranges::all_of(m.translations, [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.type == QLatin1String("unfinished") || m.translations.isEmpty() || empty)
            missing.append(describe(m));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 strings have no finished %3 translation (refresh with the "
                                       "update_translations target, then translate):\n%4")
                            .arg(missing.size())
                            .arg(messages.size())
                            .arg(language, missing.mid(0, 30).join(QLatin1Char('\n')))));
}

void tst_Translations::placeholdersAndAcceleratorsKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList wrong;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue; // reported by the test above
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                wrong.append(describe(m) + QStringLiteral(" → placeholders differ in \"%1\"").arg(t.left(90)));
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                wrong.append(describe(m) + QStringLiteral(" → accelerator lost in \"%1\"").arg(t.left(90)));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 30).join(QLatin1Char('\n'))));
}

void tst_Translations::bothLanguagesCoverTheSameStrings()
{
    auto keys = [](const QString &language, QString *error) {
        QSet<QString> set;
        for (const Message &m : readCatalogue(catalogue(language), error))
            set.insert(m.context + QLatin1Char('\n') + m.source);
        return set;
    };
    QString error;
    const QSet<QString> de = keys(QStringLiteral("de"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> fr = keys(QStringLiteral("fr"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList onlyOne;
    for (const QString &k : de - fr)
        onlyOne.append(QStringLiteral("only German: ") + k.section(QLatin1Char('\n'), 1).left(90));
    for (const QString &k : fr - de)
        onlyOne.append(QStringLiteral("only French: ") + k.section(QLatin1Char('\n'), 1).left(90));
    QVERIFY2(onlyOne.isEmpty(), qPrintable(onlyOne.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
