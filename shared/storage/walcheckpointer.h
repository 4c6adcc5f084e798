#pragma once

#include "database.h"

#include <QThread>
#include <chrono>
#include <condition_variable>
#include <mutex>

// Copies the write-ahead log back into the database file on a thread of its own. SQLite
// would otherwise do it inside the commit that crosses the WAL's size threshold, so one
// write in a thousand would wait for a checkpoint and its fsync. The writer's connection
// turns its automatic checkpoints off (disableAutomaticCheckpoints) while this runs.
class WalCheckpointer
{
public:
    // 64 MiB of 4 KiB pages: the longest the log gets before it is rewound.
    static constexpr int kDefaultRestartFrames = 16384;

    explicit WalCheckpointer(const Database &database,
        std::chrono::milliseconds interval = std::chrono::milliseconds(250),
        int restartFrames = kDefaultRestartFrames);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    static void disableAutomaticCheckpoints(const QSqlDatabase &writerConnection);

private:
    void loop();
    void checkpoint();

    Database m_database;
    std::chrono::milliseconds m_interval;
    int m_restartFrames;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    QThread *m_thread = nullptr;
};
