// SPDX-License-Identifier: GPL-3.0-or-later
// proofdesk: the desktop application, a thin client of proofdesk_ui.
#include "log/log.h"
#include "log/qtmessages.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --help and --version must work without a display, so they get a QCoreApplication.
bool wantsInfoOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app(wantsInfoOnly(argc, argv)
                                                    ? new QCoreApplication(argc, argv)
                                                    : new QApplication(argc, argv));
    QApplication::setApplicationName(QStringLiteral("ProofDesk"));
    QApplication::setOrganizationName(QStringLiteral("ProofDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROOFDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.proofdesk.ProofDesk")); // packaging/*.desktop

    proofdesk::log::init(proofdesk::log::defaultLogDirectory());
    proofdesk::log::installQtMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "ProofDesk: sketch lemmas, check every step with SMT solvers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The sketches to open, each in a tab."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window once the file is "
                                        "analysed, print its path and quit."),
        QStringLiteral("PNG"));
    parser.addOption(screenshot);
    // For screenshots and a quick look: the settings' theme stays as it is.
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QApplication::translate("main", "Use the light or the dark theme in this run only (light, dark)."),
        QStringLiteral("THEME"));
    parser.addOption(theme);
    parser.process(*app); // exits after --help or --version

    QTextStream err(stderr);
    const QString themeName = parser.value(theme);
    if (parser.isSet(theme) && themeName != QLatin1String("light") && themeName != QLatin1String("dark")) {
        err << QApplication::translate("main", "Unknown theme %1: light or dark.").arg(themeName) << '\n';
        return 2;
    }
    proofdesk::ui::MainWindow window;
    // After the window, which applies the theme of the settings.
    if (parser.isSet(theme))
        proofdesk::ui::applyTheme(themeName == QLatin1String("dark") ? proofdesk::ui::Theme::Dark
                                                                     : proofdesk::ui::Theme::Light);
    window.show();
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files) { // each in its own tab
        if (auto opened = window.openFile(file); !opened) {
            err << opened.error() << '\n';
            if (parser.isSet(screenshot))
                return 2;
        }
    }
    if (files.isEmpty() && !parser.isSet(screenshot))
        window.restoreSession(); // the files and cursors of the last session

    if (parser.isSet(screenshot)) {
        auto *shooter = new proofdesk::ui::Screenshotter(&window, parser.value(screenshot), app.get());
        QObject::connect(shooter, &proofdesk::ui::Screenshotter::finished, app.get(),
                         [&err](bool ok, const QString &path, const QString &message) {
                             if (ok)
                                 QTextStream(stdout) << path << '\n';
                             else
                                 err << message << '\n';
                             QApplication::exit(ok ? 0 : 1);
                         });
        shooter->start();
    }
    const int code = QApplication::exec();
    proofdesk::log::flush();
    return code;
}
