#include "apikeyrepository.h"

#include "database.h"
#include "rawquery.h"

#include "domain/ids.h"
#include "domain/timestamps.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

const int kSecretLength = 40;
const int kPrefixLength = 12;
const char *const kColumns
    = "id, tenant_id, name, prefix, scopes, created_at, expires_at, last_used_at, revoked_at";

// Equal-length comparison whose time does not depend on where the bytes differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// The columns of kColumns, in order; text(i) reads column i as a string ("" for NULL).
template<typename Text> ApiKey keyFrom(const Text &text)
{
    ApiKey key;
    key.id = text(0);
    key.tenantId = text(1);
    key.name = text(2);
    key.prefix = text(3);
    key.scopes = text(4).split(u',', Qt::SkipEmptyParts);
    key.createdAt = text(5);
    key.expiresAt = text(6);
    key.lastUsedAt = text(7);
    key.revokedAt = text(8);
    return key;
}

ApiKey fromRow(const QSqlQuery &query)
{
    return keyFrom([&query](int column) { return query.value(column).toString(); });
}

} // namespace

const QStringList &ApiKeyRepository::knownScopes()
{
    static const QStringList scopes
        = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")};
    return scopes;
}

ApiKeyRepository::ApiKeyRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QString ApiKeyRepository::generateSecret()
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QRandomGenerator *random = QRandomGenerator::system(); // the OS's cryptographic source
    QString secret = QStringLiteral("otk_");
    while (secret.size() < 4 + kSecretLength) {
        // Rejection sampling keeps every character equally likely (248 = 4 * 62).
        const quint32 byte = random->generate() & 0xff;
        if (byte < 248)
            secret.append(QLatin1Char(alphabet[byte % 62]));
    }
    return secret;
}

ApiKey ApiKeyRepository::create(const QString &tenantId, const QString &name,
    const QStringList &scopes, const QString &expiresAt, QString *secret) const
{
    *secret = generateSecret();
    ApiKey key;
    key.id = Ids::newId();
    key.tenantId = tenantId;
    key.name = name;
    key.prefix = secret->left(kPrefixLength);
    key.scopes = scopes;
    key.createdAt = Timestamps::now();
    key.expiresAt = expiresAt;
    Database::exec(m_db,
        QStringLiteral("INSERT INTO api_keys (id, tenant_id, name, prefix, key_hash, scopes, "
                       "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {key.id, key.tenantId, key.name, key.prefix, hashOf(*secret), scopes.join(u','),
            key.createdAt,
            expiresAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(expiresAt)});
    return key;
}

QByteArray ApiKeyRepository::hashOf(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

std::optional<ApiKey> ApiKeyRepository::authenticate(
    const QString &secret, const QString &now) const
{
    if (secret.size() < kPrefixLength || !secret.startsWith(QLatin1String("otk_")))
        return std::nullopt;
    const QByteArray hash = hashOf(secret);
    // Look up by the non-secret prefix, then compare hashes in constant time. Through the C
    // API: every request asks this, and QSqlQuery's bookkeeping cost more than the lookup.
    static const QString sql = QStringLiteral("SELECT %1, key_hash FROM api_keys WHERE prefix = ?")
                                   .arg(QLatin1String(kColumns));
    RawQuery rows(m_db, sql, {secret.left(kPrefixLength)});
    while (rows.next()) {
        if (!constantTimeEquals(rows.text(9).toByteArray(), hash))
            continue;
        const ApiKey key
            = keyFrom([&rows](int column) { return QString::fromUtf8(rows.text(column)); });
        if (!key.revokedAt.isEmpty() || (!key.expiresAt.isEmpty() && key.expiresAt <= now))
            return std::nullopt;
        return key;
    }
    return std::nullopt;
}

std::optional<ApiKey> ApiKeyRepository::find(const QString &id) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT %1 FROM api_keys WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!query.next())
        return std::nullopt;
    return fromRow(query.query());
}

QList<ApiKey> ApiKeyRepository::list(const QString &tenantId, int limit, int offset) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT %1 FROM api_keys WHERE tenant_id = ? AND revoked_at IS NULL "
                       "ORDER BY created_at, id LIMIT ? OFFSET ?")
            .arg(QLatin1String(kColumns)),
        {tenantId, limit, offset});
    QList<ApiKey> keys;
    while (query.next())
        keys.append(fromRow(query.query()));
    return keys;
}

int ApiKeyRepository::count(const QString &tenantId) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE tenant_id = ? AND revoked_at IS NULL"),
        {tenantId});
    return query.next() ? query.value(0).toInt() : 0;
}

bool ApiKeyRepository::revoke(const QString &id, const QString &tenantId, const QString &now) const
{
    // An empty tenantId revokes in any tenant (the operator's command line).
    const QString sql
        = QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    SqlStatement query = tenantId.isEmpty()
        ? Database::exec(m_db, sql, {now, id})
        : Database::exec(m_db, sql + QStringLiteral(" AND tenant_id = ?"), {now, id, tenantId});
    return query.numRowsAffected() > 0;
}

void ApiKeyRepository::touch(const QString &id, const QString &now) const
{
    Database::exec(
        m_db, QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"), {now, id});
}
