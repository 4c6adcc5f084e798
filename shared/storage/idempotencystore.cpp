#include "idempotencystore.h"

#include "database.h"
#include "transaction.h"

#include "domain/timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

// A claim whose request has not completed after this long belongs to a process that died.
const int kAbandonedAfterSeconds = 120;

QString secondsAgo(int seconds)
{
    return Timestamps::format(QDateTime::currentDateTimeUtc().addSecs(-seconds));
}

QByteArray encodeHeaders(const IdempotencyStore::Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

IdempotencyStore::Headers decodeHeaders(const QByteArray &json)
{
    IdempotencyStore::Headers headers;
    for (const QJsonValue &pair : QJsonDocument::fromJson(json).array()) {
        const QJsonArray nameValue = pair.toArray();
        headers.append(
            {nameValue.at(0).toString().toLatin1(), nameValue.at(1).toString().toLatin1()});
    }
    return headers;
}

} // namespace

IdempotencyStore::IdempotencyStore(const QSqlDatabase &db)
    : m_db(db)
{ }

IdempotencyStore::Claim IdempotencyStore::claim(
    const Scope &scope, const QByteArray &requestHash) const
{
    Transaction transaction(m_db);
    const QVariantList key = {scope.tenantId, scope.method, scope.path, scope.key};
    SqlStatement existing = Database::exec(m_db,
        QStringLiteral("SELECT request_hash, completed, status, headers, body, created_at FROM "
                       "idempotency_keys "
                       "WHERE tenant_id = ? AND method = ? AND path = ? AND key = ?"),
        key);
    if (existing.next()) {
        const bool expired = existing.value(5).toString() < secondsAgo(kRetentionSeconds);
        const bool completed = existing.value(1).toBool();
        const bool abandoned
            = !completed && existing.value(5).toString() < secondsAgo(kAbandonedAfterSeconds);
        if (!expired && !abandoned) {
            Claim claim;
            if (existing.value(0).toByteArray() != requestHash) {
                claim.outcome = Outcome::Mismatch;
            } else if (!completed) {
                claim.outcome = Outcome::InProgress;
            } else {
                claim.outcome = Outcome::Replay;
                claim.response
                    = {existing.value(2).toInt(), decodeHeaders(existing.value(3).toByteArray()),
                        existing.value(4).toByteArray()};
            }
            return claim;
        }
        existing.finish();
        Database::exec(m_db,
            QStringLiteral("DELETE FROM idempotency_keys WHERE tenant_id = ? AND method = ? AND "
                           "path = ? AND key = ?"),
            key);
    }
    QVariantList row = key;
    row << requestHash << Timestamps::now();
    Database::exec(m_db,
        QStringLiteral("INSERT INTO idempotency_keys (tenant_id, method, path, key, request_hash, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        row);
    transaction.commit();
    return {};
}

void IdempotencyStore::complete(const Scope &scope, const StoredResponse &response) const
{
    Database::exec(m_db,
        QStringLiteral(
            "UPDATE idempotency_keys SET completed = 1, status = ?, headers = ?, body = ? "
            "WHERE tenant_id = ? AND method = ? AND path = ? AND key = ?"),
        {response.status, encodeHeaders(response.headers), response.body, scope.tenantId,
            scope.method, scope.path, scope.key});
}

void IdempotencyStore::release(const Scope &scope) const
{
    Database::exec(m_db,
        QStringLiteral("DELETE FROM idempotency_keys WHERE tenant_id = ? AND method = ? AND path = "
                       "? AND key = ?"),
        {scope.tenantId, scope.method, scope.path, scope.key});
}

void IdempotencyStore::purgeExpired() const
{
    Database::exec(m_db, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
        {secondsAgo(kRetentionSeconds)});
}
