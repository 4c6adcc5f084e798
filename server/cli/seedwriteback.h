#pragma once

#include <QString>
#include <QThread>
#include <condition_variable>
#include <memory>
#include <mutex>

// While seeding, asks the kernel every quarter second to start writing the database file's
// dirty pages to disk. SQLite hands a seed's pages to the kernel when its cache spills and at
// commit, then waits in fsync() until all of them are on disk (seconds for a million records,
// since the kernel starts writing on its own only at gigabytes of dirty data or after 30 s);
// written along the way, few are left for the fsync. Durability and write order stay SQLite's:
// this only starts writes the kernel may start by itself at any time. Linux only; elsewhere it
// does nothing.
class SeedWriteback
{
public:
    explicit SeedWriteback(const QString &filePath);
    ~SeedWriteback();
    SeedWriteback(const SeedWriteback &) = delete;
    SeedWriteback &operator=(const SeedWriteback &) = delete;

private:
    void run();

    int m_fd = -1;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_stop;
    bool m_stopping = false;
};
