#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QJsonObject>
#include <QObject>

// The webhook endpoint admin API against the contract: create, read, update, delete, secret
// rotation, validation (422 with pointers, 400, 415), scopes, tenant isolation, pagination
// and the SSRF rule for literal internal hosts (with and without --allow-private-webhooks).
class TestWebhookEndpoints : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void createShowsSecretOnce();
    void createDefaults();
    void updateAndDelete();
    void rotateSecret();
    void invalidBodyIs422_data();
    void invalidBodyIs422();
    void invalidPatchIs422AndChangesNothing();
    void malformedRequests();
    void otherScopesAre403();
    void foreignEndpointIs404();
    void unknownIdsAre404();
    void pagination();
    void internalTargetsRefused_data();
    void internalTargetsRefused();
    void publicTargetsAccepted();
    void internalTargetsAllowedWithFlag();

private:
    // POST /api/v1/webhooks; the 201 body (secret included), empty on any other answer.
    static QJsonObject createEndpoint(HttpClient &http, const QJsonObject &body);

    ServerProcess m_server; // started with --allow-private-webhooks (the default)
    ServerProcess m_strictServer; // started without it
    TestTenant m_tenant;
    TestTenant m_strictTenant;
};
