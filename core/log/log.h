// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Logging by subsystem (style.md §13): one named spdlog logger per library, all writing to
// the same sinks: a rotating file in the state directory and stderr for warnings and worse.
// No Qt here, so that core/lang and the worker can log too; Qt's own messages are routed
// in by proofdesk_logqt (log/qtmessages.h).

#include <spdlog/common.h>
#include <spdlog/logger.h>

#include <array>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace proofdesk::log {

// The loggers the libraries use. Any other non-empty name works too, but sticking to
// these keeps the log file greppable by subsystem.
inline constexpr std::array<std::string_view, 7> kSubsystems{"lang",  "engine", "solve", "graph",
                                                             "ui",    "app",    "qt"};

struct FileOptions {
    // Several processes (GUI, CLI, workers) must not share one rotating file: rotation is
    // not coordinated across processes. Give each executable its own name.
    std::string fileName = "proofdesk.log";
    std::size_t maxFileSize = 5 * 1024 * 1024;
    // Files kept on disk in total, the current one included: proofdesk.log,
    // proofdesk.1.log, proofdesk.2.log for 3.
    std::size_t maxFiles = 3;
};

// Adds the rotating log file `logDirectory/options.fileName` to every logger, existing
// and future. The directory is created if needed. Calling it again replaces the file
// (tests, or a changed setting). Never throws: if the file cannot be opened, the reason
// goes to stderr and logging continues on stderr only (logFilePath() stays empty).
// Also applies $PROOFDESK_LOG_LEVEL (trace, debug, info, warning, error, critical, off).
void init(const std::string &logDirectory, const FileOptions &options = {});

// The named logger, created on first use with the shared sinks. Safe from any thread and
// before init() (then it reaches stderr only, until init() adds the file).
std::shared_ptr<spdlog::logger> get(std::string_view name);

// $XDG_STATE_HOME/proofdesk, else $HOME/.local/state/proofdesk (XDG base directories:
// logs are state, not configuration or cache).
std::string defaultLogDirectory();

// The file currently written, or empty before init() or after it failed.
std::filesystem::path logFilePath();

// Threshold of every logger, present and future. Default: info. The file receives
// everything that passes it; stderr only warnings and worse.
void setLevel(spdlog::level::level_enum level);
spdlog::level::level_enum level();

// Writes buffered lines out. Warnings and worse are flushed at once, and the file is
// flushed every few seconds anyway; call this before exiting or asserting on the file.
void flush();

} // namespace proofdesk::log
