#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <vector>

struct sqlite3_stmt;

// A read statement run through SQLite's C API on a Qt connection's own handle, for the hot
// read paths (list pages): QSqlQuery copies every value of every row into a QVariant first,
// which costs more than the query itself. Statements are prepared once per connection and
// reused; SQLite connections only (the server's embedded database).
class RawQuery
{
public:
    // Throws StorageError when the statement cannot be prepared or bound. A QByteArray binding
    // is UTF-8 text (callers that prepare many rows convert on another thread).
    RawQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings);
    ~RawQuery();
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;

    // Steps to the next row; false at the end. Throws StorageError on failure.
    bool next();
    // The rowid the connection's last INSERT made (after next() ran it).
    qint64 lastInsertRowId() const;
    // Rows the statement inserted, updated or deleted (after next() ran it).
    int changes() const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    // UTF-8 bytes, valid until the next call to next().
    QByteArrayView text(int column) const;
    // The column as an owned value (integer, real, text or null), for keeping past next().
    QVariant value(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_owned = false; // a private copy, when the cached statement is already running
    // Own the bound text until the statement is reset, so SQLite need not copy it.
    QVariantList m_bindings;
    std::vector<QByteArray> m_texts;
};
