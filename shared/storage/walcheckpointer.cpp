#include "walcheckpointer.h"

#include "transaction.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "omniotap.storage.checkpoint")

WalCheckpointer::WalCheckpointer(
    const Database &database, std::chrono::milliseconds interval, int restartFrames)
    : m_database(database)
    , m_interval(interval)
    , m_restartFrames(restartFrames)
{
    m_thread = QThread::create([this] { loop(); });
    m_thread->setObjectName(QStringLiteral("omniotap-checkpoint"));
    m_thread->start();
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

void WalCheckpointer::disableAutomaticCheckpoints(const QSqlDatabase &writerConnection)
{
    Database::exec(writerConnection, QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

void WalCheckpointer::loop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_wake.wait_for(lock, m_interval, [this] { return m_stopping; })) {
        lock.unlock();
        checkpoint();
        lock.lock();
    }
}

void WalCheckpointer::checkpoint()
{
    sqlite3 *handle = Database::sqliteHandle(m_database.connection());
    if (!handle)
        return;
    // PASSIVE copies what it can without waiting for readers or holding up the writer. It
    // never lets the log start over under steady writes, though (the writer appends while it
    // copies), so once the log is long a RESTART copies the small rest and rewinds it: a
    // short pause for the writer instead of a log that grows without end.
    int logFrames = 0;
    int copiedFrames = 0;
    int rc = sqlite3_wal_checkpoint_v2(
        handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copiedFrames);
    if (rc == SQLITE_OK && logFrames >= m_restartFrames) {
        // The writers of this process wait on a mutex meanwhile, and resume the moment it is
        // done; SQLite's busy handler would have them sleep in ever longer naps instead.
        const auto writersHeldOff = Transaction::holdOffWriters();
        rc = sqlite3_wal_checkpoint_v2(
            handle, nullptr, SQLITE_CHECKPOINT_RESTART, &logFrames, &copiedFrames);
    }
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcCheckpoint) << "WAL checkpoint failed:" << sqlite3_errstr(rc);
}
