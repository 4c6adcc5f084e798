#include "testtenant.h"

#include "serverprocess.h"
#include "testdata.h"

#include <QDebug>

using namespace Qt::StringLiterals;

bool TestTenant::setUp(
    ServerProcess &server, const QString &name, int rateLimit, const QStringList &scopes)
{
    m_server = &server;
    m_name = name;
    const QString id = server.createTenant(name, rateLimit);
    return !id.isEmpty() && adopt(server, id, name, scopes);
}

bool TestTenant::adopt(
    ServerProcess &server, const QString &tenantId, const QString &name, const QStringList &scopes)
{
    m_server = &server;
    m_name = name;
    m_id = tenantId;
    m_key = server.createKey(m_id, scopes);
    if (!m_key.isValid())
        return false;
    m_http = clientWithKey(m_key.key);
    return true;
}

CreatedKey TestTenant::addKey(const QStringList &scopes)
{
    return m_server->createKey(m_id, scopes);
}

std::unique_ptr<HttpClient> TestTenant::clientWithKey(const QString &key) const
{
    auto client = std::make_unique<HttpClient>(m_server->baseUrl());
    client->setApiKey(key);
    return client;
}

QJsonObject TestTenant::create(const QString &collection, const QJsonObject &body)
{
    const HttpResult r = m_http->post(TestData::path(collection), body);
    if (r.status != 201) {
        qWarning().noquote() << "creating" << collection << "failed:" << r.describe();
        return {};
    }
    return r.object();
}

QString TestTenant::createId(const QString &collection, const QJsonObject &body)
{
    return create(collection, body).value(u"id"_s).toString();
}

QString TestTenant::createMinimal(const QString &collection, const QString &value)
{
    return createId(collection, TestData::minimalBody(collection, value));
}

QJsonObject TestTenant::fetch(const QString &collection, const QString &id)
{
    const HttpResult r = m_http->get(TestData::path(collection, id));
    if (r.status != 200) {
        qWarning().noquote() << "fetching" << collection << id << "failed:" << r.describe();
        return {};
    }
    return r.object();
}
