#include "pendingchangequeue.h"

#include "domain/ids.h"
#include "domain/timestamps.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace {

QVariant jsonText(const QJsonObject *object)
{
    if (!object)
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact));
}

} // namespace

PendingChangeQueue::PendingChangeQueue(const QSqlDatabase &db)
    : m_db(db)
{ }

PendingChange PendingChangeQueue::append(const QString &collection, const QString &recordId,
    const QString &action, const QJsonObject &body, const QJsonObject *base) const
{
    PendingChange change;
    change.collection = collection;
    change.recordId = recordId;
    change.action = action;
    change.body = body;
    change.hasBase = base != nullptr;
    if (base)
        change.base = *base;
    change.idempotencyKey = Ids::newId();
    change.createdAt = Timestamps::now();
    SqlStatement insert = Database::exec(m_db,
        QStringLiteral("INSERT INTO pending_changes (collection, record_id, action, body, base, "
                       "idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
        {collection, recordId, action, jsonText(body.isEmpty() ? nullptr : &body), jsonText(base),
            change.idempotencyKey, change.createdAt});
    if (insert.next())
        change.seq = insert.value(0).toLongLong();
    return change;
}

QList<PendingChange> PendingChangeQueue::all() const
{
    return select(QString(), {});
}

std::optional<PendingChange> PendingChangeQueue::firstFor(const QString &recordId) const
{
    const QList<PendingChange> changes
        = select(QStringLiteral("WHERE record_id = ? ORDER BY seq LIMIT 1"), {recordId});
    if (changes.isEmpty())
        return std::nullopt;
    return changes.constFirst();
}

QList<PendingChange> PendingChangeQueue::select(
    const QString &tail, const QVariantList &bindings) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT seq, collection, record_id, action, body, base, idempotency_key, "
                       "created_at FROM pending_changes ")
            + (tail.isEmpty() ? QStringLiteral("ORDER BY seq") : tail),
        bindings);
    QList<PendingChange> changes;
    while (query.next()) {
        PendingChange change;
        change.seq = query.value(0).toLongLong();
        change.collection = query.value(1).toString();
        change.recordId = query.value(2).toString();
        change.action = query.value(3).toString();
        change.body = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        change.hasBase = !query.value(5).isNull();
        change.base = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        change.idempotencyKey = query.value(6).toString();
        change.createdAt = query.value(7).toString();
        changes.append(change);
    }
    return changes;
}

qint64 PendingChangeQueue::count() const
{
    SqlStatement query
        = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM pending_changes"));
    return query.next() ? query.value(0).toLongLong() : 0;
}
