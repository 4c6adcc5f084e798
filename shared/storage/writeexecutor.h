#pragma once

#include "database.h"
#include "walcheckpointer.h"

#include <QThread>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>

// Runs write operations on one thread with its own connection, committing the operations
// that arrive together in one transaction (group commit); the callers wait until the whole
// batch is durable. One commit per batch instead of per write is what lets a single SQLite
// file take thousands of writes a second. An operation that fails before changing anything
// (validation, not found, ...) simply reports its error; if one fails after changing rows,
// the batch is rolled back and each operation runs again in a transaction of its own.
class WriteExecutor
{
public:
    // Housekeeping for idle moments: one short step of it; returns true while more remains.
    using IdleStep = std::function<bool(const QSqlDatabase &)>;

    explicit WriteExecutor(const Database &database, IdleStep idleStep = {}, int maxBatch = 64);
    ~WriteExecutor();
    WriteExecutor(const WriteExecutor &) = delete;
    WriteExecutor &operator=(const WriteExecutor &) = delete;

    // Runs op(connection) on the writer thread; returns its result or rethrows its exception.
    template<typename Operation>
    auto run(Operation &&op) -> decltype(op(std::declval<const QSqlDatabase &>()))
    {
        using Result = decltype(op(std::declval<const QSqlDatabase &>()));
        std::optional<Result> result;
        Job job;
        job.work = [&](const QSqlDatabase &db) { result.emplace(op(db)); };
        submit(job);
        if (job.error)
            std::rethrow_exception(job.error);
        return std::move(*result);
    }

    // Queues op(connection) without waiting for it; done(error) runs on the writer thread once
    // the batch is committed (error is null) or op failed. For background work such as
    // recording webhook attempts, whose thread must not block.
    void post(std::function<void(const QSqlDatabase &)> op,
        std::function<void(std::exception_ptr error)> done);

private:
    struct Job
    {
        std::function<void(const QSqlDatabase &)> work;
        std::exception_ptr error;
        bool done = false;
        std::function<void(std::exception_ptr)> onDone; // set for posted jobs, which own themselves
    };

    // How long the queue must stay empty before a housekeeping step runs.
    static constexpr std::chrono::milliseconds kIdleDelay {100};

    void submit(Job &job);
    void loop();
    void runBatch(std::deque<Job *> &batch);
    void runAlone(Job &job);

    Database m_database;
    IdleStep m_idleStep;
    bool m_idleWorkLeft = false;
    int m_maxBatch;
    std::mutex m_mutex;
    std::condition_variable m_wakeWriter;
    std::condition_variable m_jobDone;
    std::deque<Job *> m_queue;
    bool m_stopping = false;
    WalCheckpointer m_checkpointer; // so no commit waits for a checkpoint
    QThread *m_thread = nullptr;
};
