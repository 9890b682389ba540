// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers every benchmark here shares: wall-clock series, peak memory, and number
// formatting for the printed tables.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace proofdesk::bench {

// Minor page faults of this process so far: first touches of freshly mapped memory. On
// virtual machines each costs microseconds, so they show where allocation volume hurts.
inline long minorFaults()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

// The wall-clock durations (and page faults) of repeated runs of one phase.
struct Series
{
    std::vector<double> seconds;
    std::vector<long> faults;

    double best() const
    {
        return seconds.empty() ? 0 : *std::min_element(seconds.begin(), seconds.end());
    }
    double median() const
    {
        if (seconds.empty()) return 0;
        std::vector<double> s = seconds;
        std::sort(s.begin(), s.end());
        const std::size_t mid = s.size() / 2;
        return s.size() % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }
    long medianFaults() const
    {
        if (faults.empty()) return 0;
        std::vector<long> f = faults;
        std::sort(f.begin(), f.end());
        return f[f.size() / 2];
    }
};

// Times one run of a phase; the body calls start() and stop() around the measured part so
// that its own setup and teardown stay out.
class Stopwatch
{
public:
    void start()
    {
        m_faults = minorFaults();
        m_begin = std::chrono::steady_clock::now();
    }
    void stop()
    {
        m_elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_begin).count();
        m_faults = minorFaults() - m_faults;
    }
    double elapsed() const { return m_elapsed; }
    long faults() const { return m_faults; }

private:
    std::chrono::steady_clock::time_point m_begin;
    double m_elapsed = 0;
    long m_faults = 0;
};

// Runs `body` once and adds its time to `series`. Callers interleave the phases they
// compare (a, b, c, a, b, c, ...) so that a burst of load elsewhere hits all of them alike.
template <typename Body> void measureOnce(Series &series, Body &&body)
{
    Stopwatch w;
    body(w);
    series.seconds.push_back(w.elapsed());
    series.faults.push_back(w.faults());
}

// Peak resident set size of this process so far, in KiB (Linux reports ru_maxrss in KiB).
inline long peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// The p-quantile (0..1) of a sample, nearest rank.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

// 4812345 -> "4,812,345"
inline std::string grouped(std::uint64_t v)
{
    std::string digits = std::to_string(v);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace proofdesk::bench
