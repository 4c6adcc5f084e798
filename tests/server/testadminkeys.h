#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// The admin endpoints: GET /api/v1/tenant and the API key lifecycle (create, list, use,
// expire, revoke) with its validation.
class TestAdminKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void tenantEndpoint();
    void createKeyShowsSecretOnce();
    void keySecretIsNotStored();
    void listKeys();
    void lastUsedAtIsRecorded();
    void revokeKey();
    void expiredKeyIs401();
    void invalidKeyRequestIs422_data();
    void invalidKeyRequestIs422();
    void malformedKeyRequests();

private:
    QJsonObject findKey(const QString &id);

    ServerProcess m_server;
    TestTenant m_tenant;
    QJsonObject m_created; // the response of createKeyShowsSecretOnce
};
