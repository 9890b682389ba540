// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The GUI thread's pulse, for the tests and benchmarks that show the event loop kept running:
// a timer that should fire every 10 ms. The longest gap between two of its ticks is how long
// the window could neither paint nor react. Tests print it (timing is not asserted in tests)
// and assert on what happened between ticks; benchmarks print it.

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

namespace proofdesk::test {

class Heartbeat
{
public:
    // Called at every tick with the gap since the previous one (or since start()) and the
    // time since start(), for what a test counts between ticks.
    using OnTick = std::function<void(qint64 gapMs, qint64 nowMs)>;

    explicit Heartbeat(OnTick onTick = {}) : m_onTick(std::move(onTick))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    Heartbeat(const Heartbeat &) = delete;
    Heartbeat &operator=(const Heartbeat &) = delete;

    // Starts afresh: the first gap is measured from here.
    void start()
    {
        m_longestGapMs = 0;
        m_ticks = 0;
        m_lastMs = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    qint64 longestGapMs() const { return m_longestGapMs; }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 gap = now - m_lastMs;
        m_longestGapMs = std::max(m_longestGapMs, gap);
        m_lastMs = now;
        ++m_ticks;
        if (m_onTick)
            m_onTick(gap, now);
    }

    OnTick m_onTick;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_longestGapMs = 0;
    int m_ticks = 0;
};

} // namespace proofdesk::test
