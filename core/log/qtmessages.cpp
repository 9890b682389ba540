// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/qtmessages.h"

#include "log/log.h"

#include <QByteArray>
#include <QString>
#include <QtLogging>

#include <cstring>
#include <string>

namespace proofdesk::log {

namespace {

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::warn;
}

void handleQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const auto logger = get("qt");
    const auto level = levelFor(type);
    if (!logger->should_log(level) && type != QtFatalMsg)
        return;

    std::string line;
    if (context.category && std::strcmp(context.category, "default") != 0) {
        line += context.category;
        line += ": ";
    }
    line += message.toStdString();
    if (context.file && *context.file) {
        line += " (";
        line += context.file;
        if (context.line > 0) {
            line += ':';
            line += std::to_string(context.line);
        }
        line += ')';
    }
    logger->log(level, line);

    // Qt aborts right after the handler returns: get the reason on disk first.
    if (type == QtFatalMsg)
        flush();
}

} // namespace

void installQtMessageHandler()
{
    qInstallMessageHandler(handleQtMessage);
}

} // namespace proofdesk::log
