#pragma once

#include <QSqlDatabase>

// A write transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE), so two
// writers queue on the busy timeout instead of failing when a read lock would upgrade.
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
    bool m_open = false;
};
