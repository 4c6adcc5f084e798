#include "conflictstore.h"

#include "domain/timestamps.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace {

QVariant jsonText(const QJsonObject &object, bool present)
{
    if (!present)
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

} // namespace

ConflictStore::ConflictStore(const QSqlDatabase &db)
    : m_db(db)
{ }

void ConflictStore::put(const LocalConflict &conflict) const
{
    Database::exec(m_db,
        QStringLiteral("INSERT OR REPLACE INTO conflicts (record_id, collection, base, local, "
                       "server, server_deleted, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {conflict.recordId, conflict.collection, jsonText(conflict.base, true),
            jsonText(conflict.local, true), jsonText(conflict.server, !conflict.serverDeleted),
            conflict.serverDeleted ? 1 : 0,
            conflict.createdAt.isEmpty() ? Timestamps::now() : conflict.createdAt});
}

QList<LocalConflict> ConflictStore::all() const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT record_id, collection, base, local, server, server_deleted, "
                       "created_at FROM conflicts ORDER BY created_at, record_id"));
    QList<LocalConflict> conflicts;
    while (query.next()) {
        LocalConflict conflict;
        conflict.recordId = query.value(0).toString();
        conflict.collection = query.value(1).toString();
        conflict.base = jsonObject(query.value(2));
        conflict.local = jsonObject(query.value(3));
        conflict.server = jsonObject(query.value(4));
        conflict.serverDeleted = query.value(5).toInt() != 0;
        conflict.createdAt = query.value(6).toString();
        conflicts.append(conflict);
    }
    return conflicts;
}

qint64 ConflictStore::count() const
{
    SqlStatement query = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM conflicts"));
    return query.next() ? query.value(0).toLongLong() : 0;
}
