// SPDX-License-Identifier: GPL-3.0-or-later
// proofdesk-cli: a thin client of proofdesk_cli (cli/clicommands.h).
#include "cli/clicommands.h"
#include "log/log.h"
#include "log/qtmessages.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
