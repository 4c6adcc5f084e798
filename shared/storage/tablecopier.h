#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// Copies rows from another SQLite database file into tables of a connection's database, values
// as they are (blobs stay blobs), through SQLite's C API. For data built aside on another
// thread (seeding's search index) that has to join a database inside a transaction, where
// SQLite cannot attach the other file.
class TableCopier
{
public:
    // Opens sourceFile read-only. Throws StorageError when it cannot.
    explicit TableCopier(const QString &sourceFile);
    ~TableCopier();
    TableCopier(const TableCopier &) = delete;
    TableCopier &operator=(const TableCopier &) = delete;

    // Runs select on the source and insert ("INSERT INTO t (...) VALUES (?, ...)", a parameter
    // per selected column) on target for every row; returns the number of rows. Throws
    // StorageError on failure.
    qint64 copy(const QString &select, const QSqlDatabase &target, const QString &insert);

private:
    static constexpr int kRowsPerStatement = 64;

    sqlite3 *m_source = nullptr;
};
