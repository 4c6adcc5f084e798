#pragma once

#include "createdkey.h"
#include "httpclient.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

class ServerProcess;

// A tenant made through the operator command line, with one API key and an HttpClient that
// sends it.
class TestTenant
{
public:
    TestTenant() = default;
    TestTenant(const TestTenant &) = delete;
    TestTenant &operator=(const TestTenant &) = delete;

    // Creates the tenant and a key with the scopes; false (and a warning) on failure.
    bool setUp(ServerProcess &server, const QString &name, int rateLimit = 1000000,
        const QStringList &scopes = {QStringLiteral("admin")});

    // Adopts a tenant made elsewhere (e.g. with other command-line options) and gives it a key.
    bool adopt(ServerProcess &server, const QString &tenantId, const QString &name,
        const QStringList &scopes = {QStringLiteral("admin")});

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    CreatedKey key() const { return m_key; }
    HttpClient &http() { return *m_http; }

    // Another key of this tenant and a client that sends it.
    CreatedKey addKey(const QStringList &scopes);
    std::unique_ptr<HttpClient> clientWithKey(const QString &key) const;

    // POST /api/v1/<collection>; the created record, or an empty object (and a warning)
    // unless the server answered 201.
    QJsonObject create(const QString &collection, const QJsonObject &body);
    QString createId(const QString &collection, const QJsonObject &body);
    QString createMinimal(const QString &collection, const QString &value = {});
    // GET /api/v1/<collection>/<id>; empty unless 200.
    QJsonObject fetch(const QString &collection, const QString &id);

private:
    ServerProcess *m_server = nullptr;
    QString m_id;
    QString m_name;
    CreatedKey m_key;
    std::unique_ptr<HttpClient> m_http;
};
