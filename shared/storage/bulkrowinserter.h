#pragma once

#include "bulkrows.h"

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

// Inserts many rows with one INSERT statement through SQLite's C API, several rows per
// statement execution. For bulk loads (seeding): QSqlQuery's per-value QVariant handling and
// one statement step per row cost more than SQLite's own work. Rows are encoded beforehand
// (BulkRows), possibly on another thread, so that inserting only binds bytes.
class BulkRowInserter
{
public:
    static constexpr int kRowsPerStatement = 32;

    // singleRowInsert: "INSERT INTO t (...) VALUES (?, ...)" for one row. rowsPerStatement: 1
    // for FTS5 tables, which write an index segment at the end of every statement that inserts
    // several rows (it opens a savepoint). Throws StorageError when the statement cannot be
    // prepared.
    BulkRowInserter(const QSqlDatabase &db, const QString &singleRowInsert,
        int rowsPerStatement = kRowsPerStatement);
    ~BulkRowInserter();
    BulkRowInserter(const BulkRowInserter &) = delete;
    BulkRowInserter &operator=(const BulkRowInserter &) = delete;

    // rows has as many columns as the statement. Throws StorageError when a row cannot be
    // inserted.
    void insert(const BulkRows &rows);

private:
    sqlite3_stmt *prepare(const QString &sql) const;
    void run(sqlite3_stmt *statement, const BulkRows &rows, qsizetype first, int count);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_single = nullptr;
    sqlite3_stmt *m_multi = nullptr; // null when one row per statement
    int m_rowsPerStatement = 1;
};
