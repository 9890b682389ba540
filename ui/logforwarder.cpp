// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logforwarder.h"

#include "log/sinks.h"

#include <spdlog/sinks/base_sink.h>


#include <mutex>

namespace proofdesk::ui {

namespace detail {

// Called under the logger's sink lock on the logging thread: converts the message and
// posts it; nothing here waits for the GUI thread.
class QueuedSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit QueuedSink(LogForwarder *target) : m_target(target) {}

    // The forwarder is going away: later messages go nowhere.
    void detach()
    {
        std::lock_guard lock(m_targetMutex);
        m_target = nullptr;
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        LogEntry entry;
        entry.time = QDateTime::fromMSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count());
        entry.level = levelOf(msg.level);
        entry.source = QString::fromUtf8(msg.logger_name.data(), qsizetype(msg.logger_name.size()));
        entry.message = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
        std::lock_guard lock(m_targetMutex);
        if (!m_target)
            return;
        LogForwarder *target = m_target;
        // Queued even from the GUI thread: a message logged while the panel itself changes
        // must not re-enter it.
        QMetaObject::invokeMethod(
            target, [target, entry] { emit target->received(entry); }, Qt::QueuedConnection);
    }
    void flush_() override {}

private:
    static LogLevel levelOf(spdlog::level::level_enum level)
    {
        switch (level) {
        case spdlog::level::trace:
        case spdlog::level::debug:
            return LogLevel::Debug;
        case spdlog::level::info:
            return LogLevel::Info;
        case spdlog::level::warn:
            return LogLevel::Warning;
        default:
            return LogLevel::Error;
        }
    }

    std::mutex m_targetMutex;
    LogForwarder *m_target; // not owned; cleared by detach() before it dies
};

} // namespace detail

LogForwarder::LogForwarder(QObject *parent) : QObject(parent), m_sink(std::make_shared<detail::QueuedSink>(this))
{
    m_sink->set_level(spdlog::level::info);
    log::addSink(m_sink);
}

LogForwarder::~LogForwarder()
{
    log::removeSink(m_sink);
    // A thread may still be inside sink_it_ through its own reference: detach waits for it.
    m_sink->detach();
}

} // namespace proofdesk::ui
