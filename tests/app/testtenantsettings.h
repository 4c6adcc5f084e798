#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

#include <memory>

class ApiClient;

// The tenant settings dialog, offscreen, against a real server: API keys are created (the key
// shown once, with Copy) and revoked after a confirmation; a webhook endpoint added through its
// form gets a signed test event on a local receiver, whose attempt shows in the delivery log
// and is redelivered; the rate-limit tab shows the tenant's limit and the window's use; the
// server's refusals and an unreachable server are shown in words.
class TestTenantSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void apiKeysCreateAndShowOnce();
    void apiKeysCreateThroughDialogsAndCopy();
    void apiKeysRevokeAfterConfirmation();
    void webhookTestEventDeliveryLogAndRedeliver();
    void webhookFormErrorsAndEdits();
    void rateLimitTabShowsLimitAndUse();
    void refusalsAndUnreachableServerShownInWords();

private:
    std::unique_ptr<ApiClient> adminClient() const;

    ServerProcess m_server;
    std::unique_ptr<TestTenant> m_tenant;
};
