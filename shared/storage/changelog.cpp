#include "changelog.h"

#include "database.h"
#include "storageerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

ChangeLog::ChangeLog(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 ChangeLog::append(const QString &tenantId, ChangeEntry &entry) const
{
    SqlStatement next = Database::exec(m_db,
        QStringLiteral(
            "UPDATE tenants SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq"),
        {tenantId});
    if (!next.next())
        throw StorageError(QStringLiteral("Unknown tenant %1").arg(tenantId));
    entry.seq = next.value(0).toLongLong();
    next.finish();

    const bool deleted = entry.action == QLatin1String("deleted");
    Database::exec(m_db,
        QStringLiteral("INSERT INTO change_log (tenant_id, seq, entity_type, action, "
                       "record_id, occurred_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {tenantId, entry.seq, entry.entityType, entry.action, entry.id, entry.occurredAt,
            deleted ? QVariant(QMetaType(QMetaType::QString))
                    : QVariant(QString::fromUtf8(
                        QJsonDocument(entry.data).toJson(QJsonDocument::Compact)))});
    return entry.seq;
}

QList<ChangeEntry> ChangeLog::read(
    const QString &tenantId, qint64 since, int limit, bool *hasMore) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral(
            "SELECT seq, entity_type, action, record_id, occurred_at, data FROM change_log "
            "WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {tenantId, since, limit + 1});
    QList<ChangeEntry> entries;
    while (query.next()) {
        if (entries.size() == limit) {
            *hasMore = true;
            return entries;
        }
        ChangeEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.entityType = query.value(1).toString();
        entry.action = query.value(2).toString();
        entry.id = query.value(3).toString();
        entry.occurredAt = query.value(4).toString();
        entry.data = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        entries.append(entry);
    }
    *hasMore = false;
    return entries;
}
