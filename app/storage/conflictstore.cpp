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
                       "server, server_deleted, local_deleted, rejected, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {conflict.recordId, conflict.collection, jsonText(conflict.base, true),
            jsonText(conflict.local, !conflict.localDeleted),
            jsonText(conflict.server, !conflict.serverDeleted), conflict.serverDeleted ? 1 : 0,
            conflict.localDeleted ? 1 : 0,
            conflict.rejected.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(conflict.rejected),
            conflict.createdAt.isEmpty() ? Timestamps::now() : conflict.createdAt});
}

QList<LocalConflict> ConflictStore::all() const
{
    return select(QStringLiteral("ORDER BY created_at, record_id"), {});
}

std::optional<LocalConflict> ConflictStore::find(const QString &recordId) const
{
    const QList<LocalConflict> found = select(QStringLiteral("WHERE record_id = ?"), {recordId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QSet<QString> ConflictStore::recordIds() const
{
    SqlStatement query = Database::exec(m_db, QStringLiteral("SELECT record_id FROM conflicts"));
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

void ConflictStore::remove(const QString &recordId) const
{
    Database::exec(m_db, QStringLiteral("DELETE FROM conflicts WHERE record_id = ?"), {recordId});
}

QList<LocalConflict> ConflictStore::select(const QString &tail, const QVariantList &bindings) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT record_id, collection, base, local, server, server_deleted, "
                       "created_at, local_deleted, rejected FROM conflicts ")
            + tail,
        bindings);
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
        conflict.localDeleted = query.value(7).toInt() != 0;
        conflict.rejected = query.value(8).toString();
        conflicts.append(conflict);
    }
    return conflicts;
}

qint64 ConflictStore::count() const
{
    SqlStatement query = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM conflicts"));
    return query.next() ? query.value(0).toLongLong() : 0;
}
