// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Each fuzz target defines LLVMFuzzerTestOneInput. Built with clang's libFuzzer (preset
// `fuzz`, `./dev fuzz NAME SECONDS`) it searches for crashes under ASan and UBSan; built
// with the regression driver (driver.cpp) in every normal build, CTest replays the kept
// inputs in tests/fuzz/corpus/NAME so that a fixed finding stays fixed.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

// An invariant the code under test promises for every input, checked in both builds: a
// violation is a finding, reported like a crash.
#define PROOFDESK_FUZZ_CHECK(cond)                                                        \
    do {                                                                                  \
        if (!(cond)) {                                                                    \
            std::fprintf(stderr, "fuzz invariant violated: %s (%s:%d)\n", #cond, __FILE__, \
                         __LINE__);                                                       \
            std::abort();                                                                 \
        }                                                                                 \
    } while (false)
