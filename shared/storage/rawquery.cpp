#include "rawquery.h"

#include "database.h"
#include "storageerror.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace {

QString lastError(sqlite3_stmt *statement)
{
    return QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
}

} // namespace

RawQuery::RawQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
    : m_statement(Database::rawStatement(db, sql))
    , m_bindings(bindings)
{
    // A statement another RawQuery holds (running, or bound and not yet reset) is not shared:
    // this one gets a private copy.
    if (sqlite3_stmt_busy(m_statement) || !Database::holdRawStatement(m_statement)) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3 *connection = sqlite3_db_handle(m_statement);
        m_statement = nullptr;
        if (sqlite3_prepare_v2(
                connection, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
            != SQLITE_OK)
            throw StorageError(
                QStringLiteral("Cannot prepare %1: %2")
                    .arg(sql.left(80), QString::fromUtf8(sqlite3_errmsg(connection))));
        m_owned = true;
    }
    m_texts.reserve(size_t(m_bindings.size()));
    for (int i = 0; i < m_bindings.size(); ++i) {
        const QVariant &value = m_bindings.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, i + 1);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            rc = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
        } else if (value.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
        } else {
            // Bound without a copy (SQLITE_STATIC): the bytes live in m_texts, or in
            // m_bindings for text that arrives as UTF-8 already, until the statement is reset.
            const QByteArray &utf8 = value.typeId() == QMetaType::QByteArray
                ? *static_cast<const QByteArray *>(value.constData())
                : m_texts.emplace_back(value.toString().toUtf8());
            rc = sqlite3_bind_text(
                m_statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        }
        if (rc != SQLITE_OK) {
            const QString error = lastError(m_statement);
            if (m_owned) {
                sqlite3_finalize(m_statement);
            } else {
                sqlite3_reset(m_statement);
                sqlite3_clear_bindings(m_statement); // the texts bound so far die with this
                Database::releaseRawStatement(m_statement);
            }
            throw StorageError(QStringLiteral("Cannot bind %1: %2").arg(sql.left(80), error));
        }
    }
}

RawQuery::~RawQuery()
{
    if (m_owned) {
        sqlite3_finalize(m_statement);
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    Database::releaseRawStatement(m_statement);
}

qint64 RawQuery::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
}

int RawQuery::changes() const
{
    return sqlite3_changes(sqlite3_db_handle(m_statement));
}

bool RawQuery::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw StorageError(QStringLiteral("Query failed: %1").arg(lastError(m_statement)));
}

bool RawQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RawQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView RawQuery::text(int column) const
{
    // One call into the statement instead of two (sqlite3_column_text, then _bytes, each taking
    // the connection's mutex); the value's own accessors take none. Safe because a connection
    // is only ever used by the thread that opened it. Unlike sqlite3_column_text, a conversion
    // that runs out of memory is not recorded on the connection: it reads as NULL.
    sqlite3_value *value = sqlite3_column_value(m_statement, column);
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QByteArrayView(data, sqlite3_value_bytes(value));
}

QVariant RawQuery::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    default:
        return QVariant(QString::fromUtf8(text(column)));
    }
}
