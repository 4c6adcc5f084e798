#include "fixedwindowcounter.h"

FixedWindowCounter::Decision FixedWindowCounter::tryConsume(
    const QString &key, qint64 nowMs, const std::function<int()> &limitForNewWindow)
{
    QMutexLocker locker(&m_mutex);
    pruneExpired(nowMs);
    Window &window = m_windows[key];
    if (window.limit == 0 || nowMs >= window.startMs + kWindowMs)
        window = {nowMs, qMax(1, limitForNewWindow()), 0};
    const bool allowed = window.count < window.limit;
    if (allowed)
        ++window.count;
    return {allowed, window.limit, window.limit - window.count, window.startMs + kWindowMs};
}

FixedWindowCounter::Decision FixedWindowCounter::peek(const QString &key, qint64 nowMs) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_windows.constFind(key);
    if (it == m_windows.constEnd() || nowMs >= it->startMs + kWindowMs)
        return {true, 0, 0, 0};
    return {it->count < it->limit, it->limit, it->limit - it->count, it->startMs + kWindowMs};
}

void FixedWindowCounter::pruneExpired(qint64 nowMs)
{
    // Bounded memory: forget ended windows at most once per window length.
    if (nowMs - m_lastPruneMs < kWindowMs)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs >= it->startMs + kWindowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}
