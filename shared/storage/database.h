#pragma once

#include "sqlstatement.h"
#include <QSqlDatabase>

#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

// The SQLite database of one data directory. Each thread gets its own connection (Qt SQL
// connections must not cross threads), opened on first use and closed when the thread ends.
class Database
{
public:
    explicit Database(const QString &filePath);

    enum class Upgrade {
        Allowed, // bring an older schema up to date (the server at start-up)
        NewOnly, // set up a new file, but refuse an older schema: a running older server
                 // may be using it (the operator's other commands)
    };

    // Creates the file (owner-only permissions) if needed and brings the schema up to date.
    // Throws StorageError when the schema cannot be used as it is.
    void initialize(Upgrade upgrade = Upgrade::Allowed) const;
    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }

    // Runs one statement with positional bindings; throws StorageError on failure.
    // Statements are prepared once per connection and reused.
    static SqlStatement exec(
        const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

    // The SQLite handle under a Qt connection, or null for another driver.
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);
    // The connection's cached sqlite3_stmt for sql, prepared on first use (see RawQuery).
    static sqlite3_stmt *rawStatement(const QSqlDatabase &db, const QString &sql);
    // A RawQuery of this thread takes a cached raw statement (false when another holds it
    // already) and gives it back; the cache never finalizes a statement while it is held.
    static bool holdRawStatement(sqlite3_stmt *statement);
    static void releaseRawStatement(sqlite3_stmt *statement);

private:
    QString m_filePath;
};
