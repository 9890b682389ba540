// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/log.h"
#include "log/sinks.h"

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <system_error>

namespace proofdesk::log {

namespace {

// Date to the millisecond, process and thread (GUI, CLI and workers may interleave when
// someone tails several files), logger name, level.
constexpr const char *kFilePattern = "[%Y-%m-%d %H:%M:%S.%e] [%P:%t] [%n] [%l] %v";
constexpr const char *kStderrPattern = "proofdesk [%n] %^%l%$: %v";
// An abrupt end (a killed worker, a crash) should lose at most this much of the file.
constexpr std::chrono::seconds kFlushInterval{3};

struct State {
    std::mutex mutex;
    // Every logger holds this one sink, so init() can add or replace the file for loggers
    // that already exist: dist_sink changes its children under its own lock, while a
    // logger's sink vector must not change once other threads may be logging.
    std::shared_ptr<spdlog::sinks::dist_sink_mt> sinks;
    std::shared_ptr<spdlog::sinks::sink> fileSink;
    std::filesystem::path filePath;
    std::map<std::string, std::shared_ptr<spdlog::logger>, std::less<>> loggers;
    spdlog::level::level_enum level = spdlog::level::info;
    bool periodicFlush = false;

    State() : sinks(std::make_shared<spdlog::sinks::dist_sink_mt>())
    {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        err->set_pattern(kStderrPattern);
        sinks->add_sink(std::move(err));
        if (const char *env = std::getenv("PROOFDESK_LOG_LEVEL"); env && *env) {
            const std::string_view value(env);
            const auto parsed = spdlog::level::from_str(std::string(value));
            // from_str() answers "off" for anything it does not know: do not let a typo
            // silence the log.
            if (parsed != spdlog::level::off || value == "off")
                level = parsed;
        }
    }
};

// Deliberately leaked: Qt and static destructors may still log during exit, after a
// function-local static would have been destroyed. exit() flushes the open FILE anyway.
State &state()
{
    static State *s = new State;
    return *s;
}

void reportFileError(const std::filesystem::path &path, const std::string &reason)
{
    get("app")->error("cannot write the log file {}: {}; logging to stderr only", path.string(),
                      reason);
}

} // namespace

void init(const std::string &logDirectory, const FileOptions &options)
{
    const std::filesystem::path dir(logDirectory);
    const std::filesystem::path path = dir / options.fileName;
    std::shared_ptr<spdlog::sinks::sink> file;
    if (logDirectory.empty() || options.fileName.empty()) {
        reportFileError(path, "no log directory or file name given");
    } else if (std::error_code ec; !std::filesystem::create_directories(dir, ec) && ec) {
        reportFileError(path, ec.message());
    } else {
        try {
            // spdlog counts the rotated files only, we count all of them.
            const std::size_t backups = options.maxFiles > 0 ? options.maxFiles - 1 : 0;
            file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path.string(), options.maxFileSize, backups);
            file->set_pattern(kFilePattern);
        } catch (const std::exception &e) {
            file.reset();
            reportFileError(path, e.what());
        }
    }

    auto &s = state();
    bool startFlusher = false;
    {
        std::lock_guard lock(s.mutex);
        if (s.fileSink)
            s.sinks->remove_sink(s.fileSink);
        s.fileSink = file;
        s.filePath = file ? path : std::filesystem::path();
        if (file)
            s.sinks->add_sink(file);
        startFlusher = file && !s.periodicFlush;
        s.periodicFlush = s.periodicFlush || startFlusher;
    }
    // The registry's flusher thread reaches our loggers because get() registers them.
    if (startFlusher)
        spdlog::flush_every(kFlushInterval);
}

std::shared_ptr<spdlog::logger> get(std::string_view name)
{
    auto &s = state();
    std::lock_guard lock(s.mutex);
    if (const auto it = s.loggers.find(name); it != s.loggers.end())
        return it->second;

    auto logger = std::make_shared<spdlog::logger>(std::string(name), s.sinks);
    logger->set_level(s.level);
    // Whatever leads up to a warning is worth having on disk if the process dies next.
    logger->flush_on(spdlog::level::warn);
    s.loggers.emplace(std::string(name), logger);
    // Registered so that spdlog::get(name) and the periodic flush see it too. A name
    // somebody already registered directly with spdlog keeps that registration.
    if (!spdlog::get(logger->name())) {
        try {
            spdlog::register_logger(logger);
        } catch (const spdlog::spdlog_ex &) {
            // lost a race with a direct spdlog user: ours still works, it is just not global
        }
    }
    return logger;
}

std::string defaultLogDirectory()
{
    // The XDG base directory spec says to ignore relative paths in these variables.
    if (const char *xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg) {
        const std::filesystem::path base(xdg);
        if (base.is_absolute())
            return (base / "proofdesk").string();
    }
    if (const char *home = std::getenv("HOME"); home && *home)
        return (std::filesystem::path(home) / ".local" / "state" / "proofdesk").string();
    // No home at all (a stripped-down service account): still leave a trace somewhere.
    std::error_code ec;
    const auto tmp = std::filesystem::temp_directory_path(ec);
    return ((ec ? std::filesystem::path("/tmp") : tmp) / "proofdesk").string();
}

std::filesystem::path logFilePath()
{
    auto &s = state();
    std::lock_guard lock(s.mutex);
    return s.filePath;
}

void setLevel(spdlog::level::level_enum level)
{
    auto &s = state();
    std::lock_guard lock(s.mutex);
    s.level = level;
    for (const auto &[name, logger] : s.loggers)
        logger->set_level(level);
}

spdlog::level::level_enum level()
{
    auto &s = state();
    std::lock_guard lock(s.mutex);
    return s.level;
}

void addSink(std::shared_ptr<spdlog::sinks::sink> sink)
{
    if (sink)
        state().sinks->add_sink(std::move(sink));
}

void removeSink(const std::shared_ptr<spdlog::sinks::sink> &sink)
{
    state().sinks->remove_sink(sink);
}

void flush()
{
    // All loggers share the one dist sink; flushing it reaches the file and stderr.
    state().sinks->flush();
}

} // namespace proofdesk::log
