#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

struct ApiKey
{
    QString id;
    QString tenantId;
    QString name;
    QString prefix;
    QStringList scopes;
    QString createdAt;
    QString expiresAt; // empty: never
    QString lastUsedAt; // empty: never used
    QString revokedAt; // empty: active
};

// API keys. Only a SHA-256 hash of each key is stored; the key itself exists once, in the
// answer to its creation.
class ApiKeyRepository
{
public:
    static const QStringList &knownScopes();

    explicit ApiKeyRepository(const QSqlDatabase &db);

    // Makes a new key ("otk_" + 40 base62 characters from the system's CSPRNG).
    // Returns the stored record and writes the full key to *secret.
    ApiKey create(const QString &tenantId, const QString &name, const QStringList &scopes,
        const QString &expiresAt, QString *secret) const;
    // The active (not revoked, not expired) key matching secret, compared in constant time.
    std::optional<ApiKey> authenticate(const QString &secret, const QString &now) const;
    std::optional<ApiKey> find(const QString &id) const;
    QList<ApiKey> list(const QString &tenantId, int limit = -1, int offset = 0) const;
    int count(const QString &tenantId) const;
    bool revoke(const QString &id, const QString &tenantId, const QString &now) const;
    void touch(const QString &id, const QString &now) const;

    static QString generateSecret();
    // What is stored of a key: its SHA-256 digest.
    static QByteArray hashOf(const QString &secret);

private:
    QSqlDatabase m_db;
};
