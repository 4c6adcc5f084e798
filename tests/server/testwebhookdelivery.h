#pragma once

#include "serverprocess.h"
#include "testtenant.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

// Webhook delivery against a real HTTP receiver on 127.0.0.1: payload, headers and signature
// of every kind of event, the event filter, retries (5xx, timeouts, Retry-After, 3xx), the
// used-up schedule and redelivery, 410 Gone, disabling and re-enabling, secret rotation, test
// events, deleting an endpoint, and a dead endpoint next to a healthy one. The server runs with
// a retry schedule of 1,1,1 seconds and a 1-second timeout.
class TestWebhookDelivery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void payloadAndHeadersOfEachEvent();
    void noEventWithoutCommittedChange();
    void eventFilter();
    void retriesAfterServerErrors();
    void retriesAfterTimeout();
    void tricklingReceiverIsCutOffAtTimeout();
    void retryAfterIsHonoured();
    void redirectIsFailure();
    void usedUpScheduleThenRedeliver();
    void goneDisablesEndpoint();
    void failingEndpointIsDisabled();
    void disabledEndpointHoldsPendingDeliveries();
    void rotationSignsWithBothSecrets();
    void testEvent();
    void deletingEndpointDropsPendingDeliveries();
    void deadEndpointDoesNotDelayHealthyOne();

private:
    // POST /api/v1/webhooks for the current tenant; the 201 body (with secret), else empty.
    QJsonObject createEndpoint(
        const QString &url, const QStringList &events = {QStringLiteral("*")});
    QJsonObject createEndpoint(
        TestTenant &tenant, const QString &url, const QStringList &events = {QStringLiteral("*")});
    // GET /api/v1/webhooks/{id}/deliveries?limit=200 (newest first).
    QJsonArray attempts(const QString &endpointId);
    // attempts() once it holds at least count entries, or whatever it holds after the timeout.
    QJsonArray waitForAttempts(const QString &endpointId, int count, int timeoutMs = 10000);
    QJsonObject endpoint(const QString &endpointId);
    QString createContact(const QString &name);

    ServerProcess m_server;
    // Fresh for every test function, so that no endpoint of one test sees another's events.
    std::unique_ptr<TestTenant> m_tenant;
    std::unique_ptr<WebhookReceiver> m_receiver;
};
