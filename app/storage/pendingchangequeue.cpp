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

QSet<QString> PendingChangeQueue::recordIds() const
{
    SqlStatement query
        = Database::exec(m_db, QStringLiteral("SELECT DISTINCT record_id FROM pending_changes"));
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

std::optional<PendingChange> PendingChangeQueue::firstFor(const QString &recordId) const
{
    const QList<PendingChange> changes
        = select(QStringLiteral("WHERE record_id = ? ORDER BY seq LIMIT 1"), {recordId});
    if (changes.isEmpty())
        return std::nullopt;
    return changes.constFirst();
}

std::optional<PendingChange> PendingChangeQueue::lastFor(const QString &recordId) const
{
    const QList<PendingChange> changes
        = select(QStringLiteral("WHERE record_id = ? ORDER BY seq DESC LIMIT 1"), {recordId});
    if (changes.isEmpty())
        return std::nullopt;
    return changes.constFirst();
}

std::optional<PendingChange> PendingChangeQueue::nextAfter(qint64 seq) const
{
    const QList<PendingChange> changes
        = select(QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT 1"), {seq});
    if (changes.isEmpty())
        return std::nullopt;
    return changes.constFirst();
}

std::optional<PendingChange> PendingChangeQueue::bySeq(qint64 seq) const
{
    const QList<PendingChange> changes = select(QStringLiteral("WHERE seq = ?"), {seq});
    if (changes.isEmpty())
        return std::nullopt;
    return changes.constFirst();
}

void PendingChangeQueue::markAttempted(qint64 seq) const
{
    Database::exec(
        m_db, QStringLiteral("UPDATE pending_changes SET attempted = 1 WHERE seq = ?"), {seq});
}

void PendingChangeQueue::remove(qint64 seq) const
{
    Database::exec(m_db, QStringLiteral("DELETE FROM pending_changes WHERE seq = ?"), {seq});
}

void PendingChangeQueue::removeRecord(const QString &recordId) const
{
    Database::exec(
        m_db, QStringLiteral("DELETE FROM pending_changes WHERE record_id = ?"), {recordId});
}

void PendingChangeQueue::replace(const PendingChange &change) const
{
    Database::exec(m_db,
        QStringLiteral("UPDATE pending_changes SET body = ?, base = ?, idempotency_key = ? "
                       "WHERE seq = ?"),
        {jsonText(change.body.isEmpty() ? nullptr : &change.body),
            jsonText(change.hasBase ? &change.base : nullptr), change.idempotencyKey, change.seq});
}

QList<PendingChange> PendingChangeQueue::select(
    const QString &tail, const QVariantList &bindings) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT seq, collection, record_id, action, body, base, idempotency_key, "
                       "created_at, attempted FROM pending_changes ")
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
        change.attempted = query.value(8).toInt() != 0;
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
