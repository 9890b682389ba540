// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Extra sinks beside the file and stderr, for a program that shows the log itself (the
// desktop app's Log panel). Kept out of log.h so that the libraries that only log do not
// see spdlog's sink interface.

#include <spdlog/sinks/sink.h>

#include <memory>

namespace proofdesk::log {

// Every logger, present and future, writes to `sink` too until removeSink(). The sink is
// called on the logging thread, under the loggers' shared sink lock: it must not block.
void addSink(std::shared_ptr<spdlog::sinks::sink> sink);
void removeSink(const std::shared_ptr<spdlog::sinks::sink> &sink);

} // namespace proofdesk::log
