#include "writeexecutor.h"

#include "transaction.h"

WriteExecutor::WriteExecutor(const Database &database, IdleStep idleStep, int maxBatch)
    : m_database(database)
    , m_idleStep(std::move(idleStep))
    , m_idleWorkLeft(bool(m_idleStep))
    , m_maxBatch(maxBatch)
    , m_checkpointer(database)
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

void WriteExecutor::post(std::function<void(const QSqlDatabase &)> op,
    std::function<void(std::exception_ptr error)> done)
{
    auto *job = new Job;
    job->work = std::move(op);
    job->onDone = std::move(done);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_queue.push_back(job);
    m_wakeWriter.notify_one();
}

void WriteExecutor::loop()
{
    try {
        WalCheckpointer::disableAutomaticCheckpoints(m_database.connection());
    } catch (const std::exception &) {
        // Then SQLite checkpoints inside commits, as it does by default: slower, still correct.
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        if (m_queue.empty() && m_idleWorkLeft && !m_stopping) {
            // Housekeeping waits for a real pause: under load the queue empties for a moment
            // between batches, and a step taken then would delay the next batch.
            if (m_wakeWriter.wait_for(
                    lock, kIdleDelay, [this] { return m_stopping || !m_queue.empty(); }))
                continue;
            lock.unlock();
            bool more = false;
            try {
                more = m_idleStep(m_database.connection());
            } catch (const std::exception &) {
                // Housekeeping may fail (e.g. busy); it is tried again after the next writes.
            }
            lock.lock();
            m_idleWorkLeft = more;
            continue;
        }
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
        std::deque<Job *> waiting;
        for (Job *job : batch) {
            if (!job->onDone) {
                waiting.push_back(job);
                continue;
            }
            try {
                job->onDone(job->error);
            } catch (...) {
                // A callback has nobody to report to; it must not stop the writer.
            }
            delete job;
        }
        lock.lock();
        for (Job *job : waiting)
            job->done = true;
        m_jobDone.notify_all();
        m_idleWorkLeft = bool(m_idleStep);
    }
}

void WriteExecutor::runBatch(std::deque<Job *> &batch)
{
    const QSqlDatabase db = m_database.connection();
    bool clean = true;
    try {
        Transaction transaction(db);
        for (Job *job : batch) {
            const qint64 changesBefore = Transaction::totalChanges(db);
            try {
                job->work(db);
            } catch (...) {
                job->error = std::current_exception();
                clean = clean && Transaction::totalChanges(db) == changesBefore;
            }
            // SQLite rolls a whole transaction back on some errors (disk full, I/O): what
            // follows would run outside it, so stop and replay the batch one by one.
            if (!Transaction::isOpen(db)) {
                clean = false;
                break;
            }
        }
        if (clean && !Transaction::hasFailedPart(db)) {
            transaction.commit();
            return;
        }
    } catch (...) {
        // Beginning or committing the batch failed: nothing of it was written.
    }
    for (Job *job : batch) {
        job->error = nullptr;
        runAlone(*job);
    }
}

void WriteExecutor::runAlone(Job &job)
{
    try {
        const QSqlDatabase db = m_database.connection();
        Transaction transaction(db);
        job.work(db);
        transaction.commit();
    } catch (...) {
        job.error = std::current_exception();
    }
}
