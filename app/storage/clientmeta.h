#pragma once

#include <QSqlDatabase>
#include <QString>

// Key/value settings of the cache that must change in the same transaction as its rows: the
// client schema version, the tenant the cached records belong to, the sync cursor.
class ClientMeta
{
public:
    explicit ClientMeta(const QSqlDatabase &db);

    static QString schemaVersionKey() { return QStringLiteral("client_schema_version"); }
    static QString tenantKey() { return QStringLiteral("cache_tenant_id"); }
    static QString cursorKey() { return QStringLiteral("sync_cursor"); }

    // Empty when the key is not set.
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value) const;

private:
    QSqlDatabase m_db;
};
