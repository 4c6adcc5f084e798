#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QHash>
#include <QObject>

// Two tenants on one server: neither can see, change, delete, reference or list the other's
// records, keys or changes; for a key, another tenant's record does not exist (404).
class TestTenantIsolation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void foreignRecordIs404_data();
    void foreignRecordIs404();
    void foreignRecordsNeverListed_data();
    void foreignRecordsNeverListed();
    void foreignChangesNeverInFeed();
    void referencingForeignIdIs422_data();
    void referencingForeignIdIs422();
    void foreignKeysAreInvisible();
    void tenantEndpointShowsOwnTenant();

private:
    ServerProcess m_server;
    TestTenant m_alpha;
    TestTenant m_beta;
    QHash<QString, QString> m_alphaIds; // collection -> id of one alpha record
};
