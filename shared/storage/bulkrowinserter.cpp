#include "bulkrowinserter.h"

#include "database.h"
#include "storageerror.h"

#include <QStringList>
#include <sqlite3.h>

BulkRowInserter::BulkRowInserter(
    const QSqlDatabase &db, const QString &singleRowInsert, int rowsPerStatement)
    : m_connection(Database::sqliteHandle(db))
    , m_rowsPerStatement(qMax(rowsPerStatement, 1))
{
    if (!m_connection)
        throw StorageError(QStringLiteral("Bulk inserts need an SQLite database"));
    const QString marker = QStringLiteral("VALUES ");
    const qsizetype values = singleRowInsert.lastIndexOf(marker) + marker.size();
    const QString tuple = singleRowInsert.mid(values);
    QStringList tuples;
    for (int i = 0; i < m_rowsPerStatement; ++i)
        tuples << tuple;
    m_single = prepare(singleRowInsert);
    if (m_rowsPerStatement == 1)
        return;
    try {
        m_multi = prepare(singleRowInsert.left(values) + tuples.join(u','));
    } catch (...) {
        sqlite3_finalize(m_single);
        throw;
    }
}

BulkRowInserter::~BulkRowInserter()
{
    sqlite3_finalize(m_single);
    sqlite3_finalize(m_multi);
}

void BulkRowInserter::insert(const BulkRows &rows)
{
    const qsizetype count = rows.rowCount();
    qsizetype next = 0;
    if (m_multi) {
        for (; next + m_rowsPerStatement <= count; next += m_rowsPerStatement)
            run(m_multi, rows, next, m_rowsPerStatement);
    }
    for (; next < count; ++next)
        run(m_single, rows, next, 1);
}

sqlite3_stmt *BulkRowInserter::prepare(const QString &sql) const
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, utf8.constData(), int(utf8.size()), &statement, nullptr)
        != SQLITE_OK)
        throw StorageError(QStringLiteral("Cannot prepare %1: %2")
                               .arg(sql.left(80), QString::fromUtf8(sqlite3_errmsg(m_connection))));
    return statement;
}

void BulkRowInserter::run(sqlite3_stmt *statement, const BulkRows &rows, qsizetype first, int count)
{
    int parameter = 1;
    for (qsizetype r = first; r < first + count; ++r) {
        for (int c = 0; c < rows.columns(); ++c) {
            const BulkRows::Cell &cell = rows.cell(r, c);
            // The rows outlive the step: SQLite need not copy the text (SQLITE_STATIC).
            if (cell.type == BulkRows::Cell::Integer) {
                sqlite3_bind_int64(statement, parameter++, cell.value);
            } else if (cell.type == BulkRows::Cell::Text) {
                const QByteArrayView text = rows.text(cell);
                sqlite3_bind_text(
                    statement, parameter++, text.data(), int(text.size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_null(statement, parameter++);
            }
        }
    }
    // No sqlite3_clear_bindings(): every execution binds all parameters anew.
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        throw StorageError(QStringLiteral("Cannot insert a row: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(m_connection))));
}
