// SPDX-License-Identifier: GPL-3.0-or-later
// proofdesk-cli: a thin client of proofdesk_cli (cli/clicommands.h).
#include "cli/clicommands.h"
#include "log/log.h"
#include "log/qtmessages.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // `export` prints report.pdf, and Qt lays text out only under a QGuiApplication; the
    // offscreen platform needs no display. Every other command stays a console application.
    const bool needsGui = argc > 1 && std::strcmp(argv[1], "export") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        needsGui ? std::unique_ptr<QCoreApplication>(std::make_unique<QGuiApplication>(argc, argv)) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("proofdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ProofDesk"));
    QCoreApplication::setApplicationVersion(proofdesk::cli::version());

    // Its own file: the GUI and its workers may be writing proofdesk.log right now.
    proofdesk::log::init(proofdesk::log::defaultLogDirectory(), {.fileName = "proofdesk-cli.log"});
    proofdesk::log::installQtMessageHandler();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = proofdesk::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    proofdesk::log::flush();
    return code;
}
