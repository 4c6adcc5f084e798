#include "writeexecutor.h"

#include "transaction.h"

WriteExecutor::WriteExecutor(const Database &database, int maxBatch)
    : m_database(database)
    , m_maxBatch(maxBatch)
{
    m_thread = QThread::create([this] { loop(); });
    m_thread->setObjectName(QStringLiteral("omniotap-writer"));
    m_thread->start();
}

WriteExecutor::~WriteExecutor()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wakeWriter.notify_all();
    m_thread->wait();
    delete m_thread;
}

void WriteExecutor::submit(Job &job)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_queue.push_back(&job);
    m_wakeWriter.notify_one();
    m_jobDone.wait(lock, [&job] { return job.done; });
}

void WriteExecutor::loop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wakeWriter.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, and everything queued has been written
        std::deque<Job *> batch;
        while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
            batch.push_back(m_queue.front());
            m_queue.pop_front();
        }
        lock.unlock();
        runBatch(batch);
        lock.lock();
        for (Job *job : batch)
            job->done = true;
        m_jobDone.notify_all();
    }
}

void WriteExecutor::runBatch(std::deque<Job *> &batch)
{
    try {
        const QSqlDatabase db = m_database.connection();
        Transaction transaction(db);
        for (Job *job : batch) {
            try {
                Transaction savepoint(db);
                job->work(db);
                savepoint.commit();
            } catch (...) {
                job->error = std::current_exception();
            }
        }
        transaction.commit();
    } catch (...) {
        // The batch itself failed (cannot begin or commit): nothing of it was written.
        for (Job *job : batch)
            job->error = std::current_exception();
    }
}
