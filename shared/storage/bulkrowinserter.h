#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

// One column value of a row for BulkRowInserter, already encoded for SQLite.
struct BulkCell
{
    enum Type : char { Null, Integer, Text };
    Type type = Null;
    qint64 integer = 0;
    QByteArray text; // UTF-8
};
using BulkRow = QList<BulkCell>;

// Inserts many rows with one INSERT statement through SQLite's C API, several rows per
// statement execution. For bulk loads (seeding): QSqlQuery's per-value QVariant handling and
// one statement step per row cost more than SQLite's own work. Rows are encoded beforehand
// (encode()), possibly on another thread, so that inserting only binds bytes.
class BulkRowInserter
{
public:
    static constexpr int kRowsPerStatement = 32;

    // singleRowInsert: "INSERT INTO t (...) VALUES (?, ...)" for one row.
    // Throws StorageError when the statement cannot be prepared.
    BulkRowInserter(const QSqlDatabase &db, const QString &singleRowInsert);
    ~BulkRowInserter();
    BulkRowInserter(const BulkRowInserter &) = delete;
    BulkRowInserter &operator=(const BulkRowInserter &) = delete;

    static BulkRow encode(const QVariantList &values);
    // Throws StorageError when a row cannot be inserted.
    void insert(const QList<BulkRow> &rows);

private:
    sqlite3_stmt *prepare(const QString &sql) const;
    void run(sqlite3_stmt *statement, const QList<BulkRow> &rows, qsizetype first, int count);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_single = nullptr;
    sqlite3_stmt *m_multi = nullptr;
};
