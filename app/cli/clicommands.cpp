// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommands.h"

#include "cli/bundlecommands.h"
#include "cli/checkcommand.h"
#include "cli/graphcommand.h"
#include "cli/obligationreport.h"
#include "lang/module.h"
#include "log/log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace proofdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("proofdesk::cli", text);
}

constexpr auto Program = "proofdesk-cli";

QString usage()
{
    return tr("usage: proofdesk-cli check FILE... [--format text|json|sarif|junit] [--jobs N]\n"
              "                          [--timeout S] [--solver ID] [--no-cache] [--cache PATH [--trust-cache]]\n"
              "       proofdesk-cli obligations FILE [--json]\n"
              "       proofdesk-cli export FILE... --out DIR [--no-pdf] [--jobs N] [--timeout S]\n"
              "       proofdesk-cli verify DIR [--timeout S] [--jobs N]\n"
              "       proofdesk-cli graph FILE [--kind vig|incidence|deps|proof]\n"
              "                          [--format svg|png|dot|graphml|json] [--out PATH] [--metrics]\n"
              "       proofdesk-cli --version | --help\n");
}

} // namespace

QString version()
{
    return QStringLiteral(PROOFDESK_VERSION);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // `check` has options of its own.
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("check"))
        return check(arguments.mid(1), out, err);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("export"))
        return exportBundle(arguments.mid(1), out, err);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("verify"))
        return verifyBundle(arguments.mid(1), out, err);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("graph"))
        return graph(arguments.mid(1), out, err);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ProofDesk on the command line: analyse sketches and print their proof obligations."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           tr("Print the version and exit."));
    parser.addOption(versionOption);
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("obligations: print JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("obligations FILE: print the proof obligations of FILE."),
                                 QStringLiteral("command [arguments]"));

    if (!parser.parse(arguments)) {
        err << Program << ": " << parser.errorText() << '\n' << usage();
        return UsageError;
    }
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        out << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out << Program << ' ' << version() << '\n';
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << Program << ": " << tr("no command given") << '\n' << usage();
        return UsageError;
    }
    const QString command = positional.first();
    if (command == QLatin1String("obligations")) {
        if (positional.size() != 2) {
            err << Program << ": " << tr("obligations takes exactly one FILE") << '\n' << usage();
            return UsageError;
        }
        return obligations(positional.at(1), parser.isSet(json), out, err);
    }
    err << Program << ": " << tr("unknown command '%1'").arg(command) << '\n' << usage();
    return UsageError;
}

int obligations(const QString &path, bool json, QTextStream &out, QTextStream &err)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        err << Program << ": " << tr("cannot read %1: it is a directory").arg(shown) << '\n';
        return UsageError;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err << Program << ": " << tr("cannot read %1: %2").arg(shown, file.errorString()) << '\n';
        return UsageError;
    }
    // Bytes, not QString: lang's offsets count UTF-8 bytes of the text as written.
    const std::string text = file.readAll().toStdString();
    const std::string name = QDir::cleanPath(path).toStdString();

    lang::AnalyzeOptions options;
    options.resolver = lang::fileSystemResolver(QFileInfo(path).absolutePath().toStdString());
    const lang::Module module = lang::analyze(text, name, options);
    log::get("app")->info("{}: {} obligations, {} diagnostics", name, module.obligations.size(),
                          module.diagnostics.size());

    bool errors = false;
    for (const auto &d : module.diagnostics) {
        err << QString::fromStdString(lang::formatDiagnostic(d)) << '\n';
        errors = errors || d.severity == lang::Severity::Error;
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(moduleToJson(module)).toJson(QJsonDocument::Indented));
    else
        out << obligationsText(module);
    return errors ? SourceErrors : Success;
}

} // namespace proofdesk::cli
