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

#include <memory>

namespace proofdesk::ui {

namespace {

const QString KeyTimeout = QStringLiteral("check/timeoutMs");
const QString KeyMemory = QStringLiteral("check/memoryMiB");
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
    AppSettings a;
    a.timeoutMs = s.value(KeyTimeout, a.timeoutMs).toInt();
    a.memoryMiB = s.value(KeyMemory, a.memoryMiB).toInt();
    a.jobs = s.value(KeyJobs, a.jobs).toInt();
    a.crossCheck = s.value(KeyCrossCheck, a.crossCheck).toBool();
    a.allowOutsideImports = s.value(KeyOutside, a.allowOutsideImports).toBool();
    a.useCache = s.value(KeyCache, a.useCache).toBool();
    a.onlySolver = s.value(KeyOnly).toString();
    a.disabledSolvers = s.value(KeyDisabled).toStringList();
    a.enabledSolvers = s.value(KeyEnabled).toStringList();
    const int n = s.beginReadArray(KeyUser);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        a.userSolvers.append({s.value(QStringLiteral("id")).toString(),
                              s.value(QStringLiteral("command")).toString(),
                              s.value(QStringLiteral("enabled"), true).toBool()});
    }
    s.endArray();
    a.theme = themeFromKey(s.value(KeyTheme).toString());
    a.fontFamily = s.value(KeyFont).toString();
    a.fontPointSize = s.value(KeyFontSize, 0).toInt();
    a.language = s.value(KeyLanguage).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(KeyTimeout, timeoutMs);
    s.setValue(KeyMemory, memoryMiB);
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
    if (!translator->load(locale, QStringLiteral("proofdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QStringLiteral("en");
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
