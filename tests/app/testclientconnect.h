#pragma once

#include "serverprocess.h"

#include <QObject>
#include <QTemporaryDir>

// `omniotap connect` against a real server on port 0: a good key stores the server and the
// tenant in the profile, a refused key stores nothing, and without OMNIOTAP_API_KEY a missing
// keychain is named in the error.
class TestClientConnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void goodKeyFromEnvironmentStoresServerAndTenant();
    void offlineWorkMovesToTheConnectedTenant();
    void keyWithoutAdminScopeConnectsWithoutTenant();
    void refusedKeyStoresNothing();
    void unreachableServerStoresNothing();
    void badServerUrl();
    void otherTenantIsRefused();
    void noKeychainWithoutEnvironmentKeyNamesTheKeychain();

private:
    QString profile(const QString &name = QStringLiteral("p")) const;
    QJsonObject profileJson(const QString &name = QStringLiteral("p")) const;

    ServerProcess m_server;
    QString m_tenantId;
    QString m_adminKey;
    std::unique_ptr<QTemporaryDir> m_dir;
};
