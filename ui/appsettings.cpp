// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appsettings.h"

#include "log/log.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace proofdesk::ui {

namespace {

const QString KeyTimeout = QStringLiteral("check/timeoutMs");
const QString KeyMemory = QStringLiteral("check/memoryMiB");
const QString KeyMaxOutput = QStringLiteral("check/maxOutputMiB");
const QString KeyJobs = QStringLiteral("check/jobs");
const QString KeyCrossCheck = QStringLiteral("check/crossCheck");
const QString KeyOutside = QStringLiteral("check/allowOutsideImports");
const QString KeyCache = QStringLiteral("check/useCache");
const QString KeyOnly = QStringLiteral("check/onlySolver");
const QString KeyDisabled = QStringLiteral("solvers/disabled");
const QString KeyEnabled = QStringLiteral("solvers/enabled");
const QString KeyUser = QStringLiteral("solvers/user");
const QString KeyTheme = QStringLiteral("appearance/theme");
const QString KeyFont = QStringLiteral("appearance/font");
const QString KeyFontSize = QStringLiteral("appearance/fontSize");
const QString KeyLanguage = QStringLiteral("appearance/language");

const QString KeyMaxOpen = QStringLiteral("files/maxOpenBytes");
const QString KeyMaxGraphNodes = QStringLiteral("graph/maxNodesWithoutLod");

// What a hand-edited or damaged settings file may not push past (the dialog's own ranges).
constexpr qint64 MaxTimeoutMs = 3600 * 1000;
constexpr qint64 MinMemoryMiB = 64;
constexpr qint64 MaxMemoryMiB = 1024 * 1024;
constexpr qint64 MaxJobs = 256;
constexpr qint64 MaxOutputMiB = 4096;
constexpr qint64 MaxFontPointSize = 200;
constexpr qint64 MaxOpenBytesLimit = qint64(1) << 40;
constexpr qint64 MaxGraphNodesLimit = 10'000'000;
constexpr int MaxUserSolvers = 64;
constexpr qsizetype MaxText = 256;
constexpr qsizetype MaxCommandLine = 4096;

// A whole number in [low, high]: a larger one is clamped to high; a missing, non-numeric or
// too small one is the default (a zero or negative limit would mean "no limit" or nonsense).
qint64 boundedNumber(const QSettings &s, const QString &key, qint64 fallback, qint64 low, qint64 high)
{
    const QVariant v = s.value(key);
    if (!v.isValid() || v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return fallback;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < low)
        return fallback;
    return std::min(n, high);
}

bool flag(const QSettings &s, const QString &key, bool fallback)
{
    const QVariant v = s.value(key);
    if (!v.isValid())
        return fallback;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString t = v.toString().trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return fallback;
}

// Names, ids, languages and command lines are text a person types: control characters
// (tabs aside), byte order marks and broken surrogates in them are damage. The INI format
// does not carry them unchanged either: Qt drops a U+FEFF written right after an escaped
// control character when the file is read again, so a value holding both changed at every
// save (the settings fuzzer found this).
bool typable(QStringView t)
{
    for (const auto c : t.toUcs4())
        if (!(QChar::isPrint(char32_t(c)) || c == U'\t'))
            return false;
    return true;
}

// Names, ids and languages are short; a huge value is damage, not a name.
QString shortText(const QVariant &v, qsizetype limit = MaxText)
{
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return {};
    const QString t = v.toString();
    return t.size() <= limit && typable(t) ? t : QString();
}

QStringList shortList(const QVariant &v)
{
    QStringList out;
    const QStringList in = v.toStringList();
    for (const QString &t : in) {
        if (out.size() >= MaxUserSolvers * 4)
            break;
        if (!t.isEmpty() && t.size() <= MaxText && typable(t))
            out << t;
    }
    return out;
}

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    const QColor disabled(0x7f, 0x84, 0x8e), highlight(0x35, 0x74, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4e, 0x51, 0x57));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::LinkVisited, QColor(0xa5, 0x7e, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

AppSettings AppSettings::load()
{
    QSettings s;
    return load(s);
}

AppSettings AppSettings::load(QSettings &s)
{
    AppSettings a;
    a.timeoutMs = int(boundedNumber(s, KeyTimeout, a.timeoutMs, 1, MaxTimeoutMs));
    a.memoryMiB = int(boundedNumber(s, KeyMemory, a.memoryMiB, MinMemoryMiB, MaxMemoryMiB));
    a.maxOutputMiB = int(boundedNumber(s, KeyMaxOutput, a.maxOutputMiB, 1, MaxOutputMiB));
    a.jobs = int(boundedNumber(s, KeyJobs, a.jobs, 0, MaxJobs));
    a.crossCheck = flag(s, KeyCrossCheck, a.crossCheck);
    a.allowOutsideImports = flag(s, KeyOutside, a.allowOutsideImports);
    a.useCache = flag(s, KeyCache, a.useCache);
    a.onlySolver = shortText(s.value(KeyOnly));
    a.disabledSolvers = shortList(s.value(KeyDisabled));
    a.enabledSolvers = shortList(s.value(KeyEnabled));
    const int n = std::clamp(s.beginReadArray(KeyUser), 0, MaxUserSolvers);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        const UserSolver u{shortText(s.value(QStringLiteral("id"))),
                           shortText(s.value(QStringLiteral("command")), MaxCommandLine),
                           flag(s, QStringLiteral("enabled"), true)};
        if (!u.id.trimmed().isEmpty() && !u.commandLine.trimmed().isEmpty())
            a.userSolvers.append(u);
    }
    s.endArray();
    a.theme = themeFromKey(shortText(s.value(KeyTheme)));
    a.fontFamily = shortText(s.value(KeyFont));
    a.fontPointSize = int(boundedNumber(s, KeyFontSize, 0, 0, MaxFontPointSize));
    a.language = shortText(s.value(KeyLanguage));
    if (!a.language.isEmpty() && !availableLanguages().contains(a.language))
        a.language.clear();
    a.maxOpenBytes = boundedNumber(s, KeyMaxOpen, a.maxOpenBytes, 1, MaxOpenBytesLimit);
    a.maxGraphNodesWithoutLod = int(boundedNumber(s, KeyMaxGraphNodes, a.maxGraphNodesWithoutLod, 1, MaxGraphNodesLimit));
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    save(s);
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(KeyTimeout, timeoutMs);
    s.setValue(KeyMemory, memoryMiB);
    s.setValue(KeyMaxOutput, maxOutputMiB);
    s.setValue(KeyJobs, jobs);
    s.setValue(KeyCrossCheck, crossCheck);
    s.setValue(KeyOutside, allowOutsideImports);
    s.setValue(KeyCache, useCache);
    s.setValue(KeyOnly, onlySolver);
    s.setValue(KeyDisabled, disabledSolvers);
    s.setValue(KeyEnabled, enabledSolvers);
    s.remove(KeyUser);
    s.beginWriteArray(KeyUser, int(userSolvers.size()));
    for (int i = 0; i < userSolvers.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("id"), userSolvers[i].id);
        s.setValue(QStringLiteral("command"), userSolvers[i].commandLine);
        s.setValue(QStringLiteral("enabled"), userSolvers[i].enabled);
    }
    s.endArray();
    s.setValue(KeyTheme, themeKey(theme));
    s.setValue(KeyFont, fontFamily);
    s.setValue(KeyFontSize, fontPointSize);
    s.setValue(KeyLanguage, language);
    s.setValue(KeyMaxOpen, maxOpenBytes);
    s.setValue(KeyMaxGraphNodes, maxGraphNodesWithoutLod);
    s.setValue(QStringLiteral("general/configured"), true);
}

bool AppSettings::exist()
{
    return QSettings().value(QStringLiteral("general/configured"), false).toBool();
}

bool AppSettings::enabledByDefault(const QString &id)
{
    return id == QLatin1String("z3");
}

bool AppSettings::solverEnabled(const QString &id) const
{
    if (disabledSolvers.contains(id))
        return false;
    return enabledSolvers.contains(id) || enabledByDefault(id);
}

engine::EngineOptions AppSettings::engineOptions(const QList<engine::ExternalSolver> &detected) const
{
    engine::EngineOptions options;
    options.limits.timeoutMs = timeoutMs;
    options.limits.memoryBytes = qint64(memoryMiB) * 1024 * 1024;
    options.limits.maxOutputBytes = qint64(maxOutputMiB) * 1024 * 1024;
    options.limits.niceness = kSolverNiceness;
    options.provisionalVerdicts = true; // a proved step shows as proved while its vacuity check runs
    options.jobs = jobs;
    options.crossCheck = crossCheck;
    options.useCache = useCache;
    options.onlySolver = onlySolver;
    for (const auto &s : detected) {
        if (solverEnabled(s.id) || s.id == onlySolver)
            options.externals << s;
    }
    for (const auto &u : userSolvers) {
        if (!u.enabled && u.id != onlySolver)
            continue;
        if (auto solver = parseUserSolver(u))
            options.externals << *solver;
        else
            log::get("ui")->warn("solver {} not used: {}", u.id.toStdString(), solver.error().toStdString());
    }
    return options;
}

QFont AppSettings::editorFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!fontFamily.isEmpty())
        font.setFamily(fontFamily);
    if (fontPointSize > 0)
        font.setPointSize(fontPointSize);
    return font;
}

std::expected<engine::ExternalSolver, QString> parseUserSolver(const UserSolver &solver)
{
    const QStringList words = QProcess::splitCommand(solver.commandLine);
    if (solver.id.trimmed().isEmpty())
        return std::unexpected(QApplication::translate("proofdesk::ui::AppSettings", "A solver needs an id."));
    if (words.isEmpty())
        return std::unexpected(QApplication::translate("proofdesk::ui::AppSettings", "The command line of %1 is empty.").arg(solver.id));
    QString program = words.first();
    if (!QFileInfo(program).isAbsolute())
        program = QStandardPaths::findExecutable(program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        return std::unexpected(QApplication::translate("proofdesk::ui::AppSettings", "%1: no program %2 found.")
                                   .arg(solver.id, words.first()));
    engine::ExternalSolver out;
    out.id = solver.id.trimmed();
    out.program = program;
    out.arguments = words.mid(1);
    out.version = solver.id;
    const QString base = QFileInfo(program).fileName();
    out.flavor = base.startsWith(QLatin1String("z3")) ? engine::ExternalSolver::Flavor::Z3
                 : base.startsWith(QLatin1String("cvc5")) ? engine::ExternalSolver::Flavor::Cvc5
                                                          : engine::ExternalSolver::Flavor::Generic;
    return out;
}

void applyTheme(Theme theme)
{
    // Fusion in every theme: the platform style may ignore an application palette.
    if (theme != Theme::System)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (theme) {
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::System:
        QApplication::setPalette(QPalette());
        break;
    }
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString applyLanguage(const QString &language)
{
    // Owned here: one translator for ours, one for Qt's own dialogs, replaced on each switch.
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qt;
    for (auto *t : {ours.get(), qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    ours.reset();
    qt.reset();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QStringLiteral("proofdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // English, or a language we have no catalogue for: the source strings, with only the
        // English plural forms from their own catalogue ("1 error", not "1 error(s)").
        if (translator->load(QStringLiteral(":/i18n/proofdesk_en.qm"))) {
            QCoreApplication::installTranslator(translator.get());
            ours = std::move(translator);
        }
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator.get());
    ours = std::move(translator);
    auto base = std::make_unique<QTranslator>();
    if (base->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base.get());
        qt = std::move(base);
    }
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace proofdesk::ui
