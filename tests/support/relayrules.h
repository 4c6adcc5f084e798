#pragma once

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>

// What a RelayServer does, set from the test's thread while it relays on its own.
struct RelayRules
{
    std::atomic<quint16> upstreamPort {0};
    std::atomic<int> dropped {0};

    void dropResponses(const QByteArray &requestMethod, int count)
    {
        QMutexLocker locker(&mutex);
        method = requestMethod + ' ';
        remaining = count;
    }

    // Whether the response to a request that starts with firstBytes is to be swallowed (and
    // counts it against the remaining drops).
    bool takeDrop(const QByteArray &firstBytes)
    {
        QMutexLocker locker(&mutex);
        if (remaining <= 0 || !firstBytes.startsWith(method))
            return false;
        --remaining;
        return true;
    }

private:
    QMutex mutex;
    QByteArray method;
    int remaining = 0;
};
