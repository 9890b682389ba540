// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/logmodel.h"

#include <QObject>

#include <memory>

namespace proofdesk::ui {

namespace detail {
class QueuedSink;
}

// Brings the messages of every spdlog logger (engine, solve, ui, qt, ...) to the GUI thread
// for the Log panel. The sink it registers runs on whatever thread logs and only posts a
// queued call to this object: the logging thread never waits for the GUI. Messages below
// `info` are not forwarded (the log file has them at a finer level if asked for).
class LogForwarder : public QObject
{
    Q_OBJECT
public:
    explicit LogForwarder(QObject *parent = nullptr);
    ~LogForwarder() override;
    Q_DISABLE_COPY_MOVE(LogForwarder)

signals:
    // On this object's thread, queued.
    void received(const proofdesk::ui::LogEntry &entry);

private:
    std::shared_ptr<detail::QueuedSink> m_sink;
};

} // namespace proofdesk::ui
