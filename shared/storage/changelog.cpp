#include "changelog.h"

#include "database.h"
#include "rawquery.h"
#include "storageerror.h"

#include "domain/jsonwriter.h"

#include <QJsonDocument>

ChangeLog::ChangeLog(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 ChangeLog::append(const QString &tenantId, ChangeEntry &entry) const
{
    // Every write runs this, so it goes through the C API, and without RETURNING (SQLite
    // gathers RETURNING rows in a temporary table): the update, then a read of the new value.
    RawQuery(
        m_db, QStringLiteral("UPDATE tenants SET last_seq = last_seq + 1 WHERE id = ?"), {tenantId})
        .next();
    RawQuery next(m_db, QStringLiteral("SELECT last_seq FROM tenants WHERE id = ?"), {tenantId});
    if (!next.next())
        throw StorageError(QStringLiteral("Unknown tenant %1").arg(tenantId));
    entry.seq = next.integer(0);

    const bool deleted = entry.action == QLatin1String("deleted");
    RawQuery(m_db,
        QStringLiteral("INSERT INTO change_log (tenant_id, seq, entity_type, action, "
                       "record_id, occurred_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {tenantId, entry.seq, entry.entityType, entry.action, entry.id, entry.occurredAt,
            deleted ? QVariant()
                    : QVariant(QJsonDocument(entry.data).toJson(QJsonDocument::Compact))})
        .next();
    return entry.seq;
}

QByteArray ChangeLog::readJson(
    const QString &tenantId, qint64 since, int limit, qint64 *last, bool *hasMore) const
{
    RawQuery rows(m_db,
        QStringLiteral(
            "SELECT seq, entity_type, action, record_id, occurred_at, data FROM change_log "
            "WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {tenantId, since, limit + 1});
    JsonWriter writer(qsizetype(limit) * 512);
    writer.beginArray();
    *last = since;
    *hasMore = false;
    int written = 0;
    while (rows.next()) {
        if (written == limit) {
            *hasMore = true;
            break;
        }
        // Keys in the order QJsonObject writes them (sorted), as the feed always had them.
        writer.beginObject();
        writer.key(QLatin1StringView("action"));
        const QByteArrayView action = rows.text(2);
        writer.stringUtf8(action);
        writer.key(QLatin1StringView("data"));
        if (action == "deleted" || rows.isNull(5))
            writer.null();
        else
            writer.raw(rows.text(5)); // stored by append() as compact JSON
        writer.key(QLatin1StringView("entityType"));
        writer.stringUtf8(rows.text(1));
        writer.key(QLatin1StringView("id"));
        writer.stringUtf8(rows.text(3));
        writer.key(QLatin1StringView("occurredAt"));
        writer.stringUtf8(rows.text(4));
        writer.key(QLatin1StringView("seq"));
        *last = rows.integer(0);
        writer.integer(*last);
        writer.endObject();
        ++written;
    }
    writer.endArray();
    return writer.take();
}
