#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// The per-tenant rate limit under concurrency, its headers on every kind of response, the
// operator changing a limit on a running server, and concurrent writes racing each other.
class TestConcurrencyRateLimit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void limitHoldsUnderConcurrency();
    void limitedTenantIsRefusedEverywhere();
    void failedAuthBlocksAddress();
    void headersOnEveryResponse();
    void concurrentIfMatchLetsOneWin();
    void concurrentCreatesWithOneClientId();
    void concurrentCreatesGetDistinctSeqs();
    void operatorLimitAppliesFromNextWindow();
    void failedAuthBlockEndsWithItsWindow();

private:
    QList<QByteArray> repeatRequest(HttpClient &client, int count, const QByteArray &method,
        const QString &path, const QByteArray &body = {}, const HttpHeaders &headers = {}) const;

    ServerProcess m_server;
    TestTenant m_burst; // default limit (60), exhausted by limitHoldsUnderConcurrency
    TestTenant m_writer; // high limit, for the write races
    qint64 m_burstReset = 0;
    ServerProcess m_authServer; // its failed-auth limit for 127.0.0.1 gets used up
    TestTenant m_authTenant;
    qint64 m_authBlockedUntilMs = 0;
};
