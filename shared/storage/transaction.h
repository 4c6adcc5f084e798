#pragma once

#include <QSqlDatabase>
#include <QVariantList>
#include <functional>
#include <mutex>

// A write transaction. The outermost one on a connection takes SQLite's write lock up front
// (BEGIN IMMEDIATE), so writers queue instead of failing when a read lock would upgrade;
// writers of this process first queue on a mutex, because SQLite's busy handler waits by
// sleeping whole milliseconds. Rolls back unless commit() was called.
//
// A Transaction opened inside another on the same connection joins it (no SAVEPOINT: FTS5
// writes an index segment at every savepoint). It cannot roll back alone: abandoning it after
// it changed rows marks the outer transaction as failed (see hasFailedPart()), and the
// outer transaction's commit() then rolls everything back and throws.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

    // A buffer of rows whose writing is deferred to just before the outermost transaction on db
    // commits: flush(rows) runs then, once per key; the rows are dropped on rollback. For work
    // that is much cheaper done once per transaction than once per statement.
    static QVariantList &deferredRows(const QSqlDatabase &db, const QString &key,
        const std::function<void(const QVariantList &rows)> &flush);

    // True when a joined transaction on this connection was abandoned after changing rows.
    static bool hasFailedPart(const QSqlDatabase &db);
    // False when SQLite itself ended the transaction (it rolls back on some errors).
    static bool isOpen(const QSqlDatabase &db);
    // Rows changed on the connection so far (SQLite's total_changes()).
    static qint64 totalChanges(const QSqlDatabase &db);
    // Holds off this process's writers while the lock is held (they queue on it, as on each
    // other), for work that needs SQLite's write lock without writing rows.
    static std::unique_lock<std::mutex> holdOffWriters();

private:
    QSqlDatabase m_db;
    std::unique_lock<std::mutex> m_writerLock;
    int m_depth = 0; // 0 for the outermost transaction
    qint64 m_changesAtStart = 0; // for joined transactions
    bool m_open = false;
};
