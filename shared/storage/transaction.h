#pragma once

#include <QSqlDatabase>
#include <mutex>

// A write transaction. The outermost one on a connection takes SQLite's write lock up front
// (BEGIN IMMEDIATE), so writers queue instead of failing when a read lock would upgrade;
// writers of this process first queue on a mutex, because SQLite's busy handler waits by
// sleeping whole milliseconds. A Transaction opened inside another on the same connection is a
// SAVEPOINT: it commits into the outer one, or rolls back only its own changes.
// Rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    std::unique_lock<std::mutex> m_writerLock;
    int m_depth = 0; // 0 for the outermost transaction
    bool m_open = false;
};
