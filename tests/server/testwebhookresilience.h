#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QJsonObject>
#include <QObject>

// At-least-once webhook delivery when things go wrong: the receiver is down for a while, the
// server is killed with SIGKILL right after a commit (and while a delivery is in flight), and
// the SSRF guard at delivery time for a host name that resolves to an internal address.
class TestWebhookResilience : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void receiverDownForAWhile();
    void killedRightAfterCommit();
    void killedWhileDeliveryInFlight();
    void killedAfterBurst();
    void internalNameRefusedAtDeliveryTime();

private:
    QJsonObject createEndpoint(TestTenant &tenant, const QString &url);
    QString createContact(const QString &name);
    // SIGKILL, then the same command line on the same data dir; the tenant's client follows.
    bool killAndRestart();

    ServerProcess m_server;
    TestTenant m_tenant;
};
