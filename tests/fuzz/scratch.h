// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

// Scratch files for the targets whose readers take a file (QSettings, recovery files, a
// bundle's manifest).
//
// Each input goes to the same few paths, not to a fresh name per input: QSettings keeps a
// parsed copy of every file it opened (its cache is keyed by name), so a fresh name per
// input leaves memory behind on every run. libFuzzer takes that for a possible leak and
// runs LeakSanitizer over the whole heap after such an input (95 % of the time of
// `settings`, most of `session`'s), and after 1000 such scans it turned leak detection
// off for the rest of the run. With fixed names the heap stays balanced and leak
// detection stays on.
//
// QSettings re-reads a cached file only when its size or modification time changed: every
// write here (and touch()) gives the file a modification time no earlier write had, so
// each read parses the bytes on disk.
namespace proofdesk::fuzz {

// A new directory, removed at exit, memory-backed when /dev/shm is there: on a disk, the
// fsync of QSettings' QSaveFile, and the write-back ext4 starts when a truncated file is
// closed (the manifest target rewrites manifest.json), cost more than the code under test.
QString scratchDir(const QString &target);

// Replaces the file's content by the input, with a modification time of its own.
void writeInput(const QString &path, const std::uint8_t *data, std::size_t size);

// Gives a file written by someone else (QSettings) a modification time of its own.
void touch(const QString &path);

} // namespace proofdesk::fuzz
