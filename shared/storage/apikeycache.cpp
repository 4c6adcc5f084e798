#include "apikeycache.h"

#include "database.h"
#include "datageneration.h"

#include "domain/timestamps.h"

#include <QDateTime>
#include <QHash>
#include <limits>
#include <unordered_map>

namespace {

// Keys remembered per connection; when full, it starts over (a tenant uses a handful).
const int kMaxKeys = 256;

struct AcceptedKey
{
    ApiKey key;
    qint64 expiresAtMs = std::numeric_limits<qint64>::max();
};

struct ConnectionKeys
{
    QString connectionName; // unique per opened connection: a reused handle address starts over
    DataGeneration generation;
    QHash<QByteArray, AcceptedKey> byHash; // by ApiKeyRepository::hashOf()
};

thread_local std::unordered_map<sqlite3 *, ConnectionKeys> t_connections;

} // namespace

std::optional<ApiKey> ApiKeyCache::authenticate(const QSqlDatabase &db, const QString &secret)
{
    sqlite3 *connection = Database::sqliteHandle(db);
    if (!connection)
        return ApiKeyRepository(db).authenticate(secret, Timestamps::now());

    ConnectionKeys &keys = t_connections[connection];
    const DataGeneration generation = DataGeneration::of(connection);
    const QString connectionName = db.connectionName();
    if (keys.generation != generation || keys.connectionName != connectionName) {
        keys.byHash.clear();
        keys.generation = generation;
        keys.connectionName = connectionName;
    }

    // The digest is the lookup key, so the secret itself is never kept.
    const QByteArray hash = ApiKeyRepository::hashOf(secret);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto known = keys.byHash.constFind(hash);
    if (known != keys.byHash.constEnd()) {
        if (known->expiresAtMs <= nowMs)
            return std::nullopt;
        return known->key;
    }

    const std::optional<ApiKey> key = ApiKeyRepository(db).authenticate(
        secret, Timestamps::format(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)));
    if (!key)
        return key; // refusals are not remembered: they are rate limited, and rare
    AcceptedKey accepted {*key};
    if (!key->expiresAt.isEmpty()) {
        const std::optional<QDateTime> expiresAt = Timestamps::parse(key->expiresAt);
        accepted.expiresAtMs = expiresAt ? expiresAt->toMSecsSinceEpoch() : nowMs;
    }
    if (keys.byHash.size() >= kMaxKeys)
        keys.byHash.clear();
    keys.byHash.insert(hash, accepted);
    return key;
}
