#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>

// Counts events per key in fixed 60-second windows. A window opens with the first event
// after the previous one ended, and its limit is fixed when it opens, so a changed limit
// applies from the next window. Thread-safe: under any concurrency no window admits more
// than its limit.
class FixedWindowCounter
{
public:
    static constexpr qint64 kWindowMs = 60 * 1000;

    struct Decision
    {
        bool allowed = false;
        int limit = 0;
        int remaining = 0;
        qint64 windowEndMs = 0;
    };

    // Counts one event when the key's window has room. limitForNewWindow is asked only
    // when a new window opens.
    Decision tryConsume(
        const QString &key, qint64 nowMs, const std::function<int()> &limitForNewWindow);
    // The key's current state without counting anything (allowed = room left).
    Decision peek(const QString &key, qint64 nowMs) const;

private:
    struct Window
    {
        qint64 startMs = 0;
        int limit = 0;
        int count = 0;
    };
    void pruneExpired(qint64 nowMs);

    mutable QMutex m_mutex;
    QHash<QString, Window> m_windows;
    qint64 m_lastPruneMs = 0;
};
