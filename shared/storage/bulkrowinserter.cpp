#include "bulkrowinserter.h"

#include "database.h"
#include "storageerror.h"

#include <QStringList>
#include <sqlite3.h>

BulkRowInserter::BulkRowInserter(const QSqlDatabase &db, const QString &singleRowInsert)
    : m_connection(Database::sqliteHandle(db))
{
    if (!m_connection)
        throw StorageError(QStringLiteral("Bulk inserts need an SQLite database"));
    const QString marker = QStringLiteral("VALUES ");
    const qsizetype values = singleRowInsert.lastIndexOf(marker) + marker.size();
    const QString tuple = singleRowInsert.mid(values);
    QStringList tuples;
    for (int i = 0; i < kRowsPerStatement; ++i)
        tuples << tuple;
    m_single = prepare(singleRowInsert);
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

BulkRow BulkRowInserter::encode(const QVariantList &values)
{
    BulkRow row;
    row.reserve(values.size());
    for (const QVariant &value : values) {
        BulkCell cell;
        if (value.isNull()) {
            cell.type = BulkCell::Null;
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            cell.type = BulkCell::Integer;
            cell.integer = value.toLongLong();
        } else {
            cell.type = BulkCell::Text;
            cell.text = value.toString().toUtf8();
        }
        row.append(std::move(cell));
    }
    return row;
}

void BulkRowInserter::insert(const QList<BulkRow> &rows)
{
    qsizetype next = 0;
    for (; next + kRowsPerStatement <= rows.size(); next += kRowsPerStatement)
        run(m_multi, rows, next, kRowsPerStatement);
    for (; next < rows.size(); ++next)
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

void BulkRowInserter::run(
    sqlite3_stmt *statement, const QList<BulkRow> &rows, qsizetype first, int count)
{
    int parameter = 1;
    for (qsizetype r = first; r < first + count; ++r) {
        for (const BulkCell &cell : rows.at(r)) {
            // The rows outlive the step: SQLite need not copy the text (SQLITE_STATIC).
            if (cell.type == BulkCell::Integer)
                sqlite3_bind_int64(statement, parameter++, cell.integer);
            else if (cell.type == BulkCell::Text)
                sqlite3_bind_text(statement, parameter++, cell.text.constData(),
                    int(cell.text.size()), SQLITE_STATIC);
            else
                sqlite3_bind_null(statement, parameter++);
        }
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        throw StorageError(QStringLiteral("Cannot insert a row: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(m_connection))));
}
