#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// Remembers the responses of POSTs sent with an Idempotency-Key for 24 hours, so that a
// client retrying after a lost response gets the first answer instead of a second record.
class IdempotencyStore
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct StoredResponse
    {
        int status = 0;
        Headers headers;
        QByteArray body;
    };
    enum class Outcome {
        Claimed, // first use: go ahead, then complete() or release()
        Replay, // same key, same request: answer with response
        InProgress, // the first request with this key is still running
        Mismatch, // same key, different request body
    };
    struct Claim
    {
        Outcome outcome = Outcome::Claimed;
        StoredResponse response;
    };
    struct Scope
    {
        QString tenantId;
        QString method;
        QString path;
        QString key;
    };

    static constexpr int kRetentionSeconds = 24 * 3600;

    explicit IdempotencyStore(const QSqlDatabase &db);

    Claim claim(const Scope &scope, const QByteArray &requestHash) const;
    void complete(const Scope &scope, const StoredResponse &response) const;
    // Forgets a claim whose request failed on the server's side, so a retry runs again.
    void release(const Scope &scope) const;
    void purgeExpired() const;

private:
    QSqlDatabase m_db;
};
