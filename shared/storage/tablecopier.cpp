#include "tablecopier.h"

#include "database.h"
#include "storageerror.h"

#include <QFile>
#include <QStringList>
#include <sqlite3.h>

namespace {

sqlite3_stmt *prepare(sqlite3 *connection, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr)
        != SQLITE_OK)
        throw StorageError(QStringLiteral("Cannot prepare %1: %2")
                               .arg(sql.left(80), QString::fromUtf8(sqlite3_errmsg(connection))));
    return statement;
}

} // namespace

TableCopier::TableCopier(const QString &sourceFile)
{
    if (sqlite3_open_v2(
            QFile::encodeName(sourceFile).constData(), &m_source, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(m_source));
        sqlite3_close(m_source);
        throw StorageError(QStringLiteral("Cannot open %1: %2").arg(sourceFile, error));
    }
}

TableCopier::~TableCopier()
{
    sqlite3_close(m_source);
}

qint64 TableCopier::copy(const QString &select, const QSqlDatabase &target, const QString &insert)
{
    sqlite3 *destination = Database::sqliteHandle(target);
    if (!destination)
        throw StorageError(QStringLiteral("Copying rows needs an SQLite database"));
    // Several rows per statement execution, as BulkRowInserter does: a million small rows
    // (an FTS5 docsize table) spent more time starting statements than inserting.
    const QString marker = QStringLiteral("VALUES ");
    const qsizetype values = insert.lastIndexOf(marker) + marker.size();
    QStringList tuples;
    for (int i = 0; i < kRowsPerStatement; ++i)
        tuples << insert.mid(values);
    sqlite3_stmt *reader = prepare(m_source, select);
    sqlite3_stmt *single = nullptr;
    sqlite3_stmt *multi = nullptr;
    const auto finalize = [&] {
        sqlite3_finalize(reader);
        sqlite3_finalize(single);
        sqlite3_finalize(multi);
    };
    const auto write = [&](sqlite3_stmt *writer) {
        const int rc = sqlite3_step(writer);
        sqlite3_reset(writer);
        if (rc != SQLITE_DONE)
            throw StorageError(QStringLiteral("Cannot copy rows: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(destination))));
    };
    QList<sqlite3_value *> pending; // copies of the values of rows not yet written
    const auto release = [&] {
        for (sqlite3_value *value : std::as_const(pending))
            sqlite3_value_free(value);
        pending.clear();
    };
    qint64 rows = 0;
    try {
        single = prepare(destination, insert);
        multi = prepare(destination, insert.left(values) + tuples.join(u','));
        const int columns = sqlite3_column_count(reader);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(reader)) == SQLITE_ROW) {
            for (int i = 0; i < columns; ++i) {
                sqlite3_value *value = sqlite3_value_dup(sqlite3_column_value(reader, i));
                if (!value)
                    throw StorageError(QStringLiteral("Out of memory copying rows"));
                pending.append(value);
            }
            if (pending.size() == qsizetype(kRowsPerStatement) * columns) {
                for (qsizetype i = 0; i < pending.size(); ++i)
                    sqlite3_bind_value(multi, int(i + 1), pending.at(i));
                write(multi);
                release();
            }
            ++rows;
        }
        if (rc != SQLITE_DONE)
            throw StorageError(QStringLiteral("Cannot read rows to copy: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(m_source))));
        // The last few rows one at a time.
        for (qsizetype first = 0; first < pending.size(); first += columns) {
            for (int i = 0; i < columns; ++i)
                sqlite3_bind_value(single, i + 1, pending.at(first + i));
            write(single);
        }
        release();
    } catch (...) {
        release();
        finalize();
        throw;
    }
    finalize();
    return rows;
}
