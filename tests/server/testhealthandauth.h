#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// Unauthenticated endpoints, API-key authentication, scopes, routing errors, the order of
// those checks, and the failed-authentication limit per client address.
class TestHealthAndAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void healthNeedsNoKey();
    void headAnswersLikeGetWithoutBody();
    void openApiNeedsNoKey();
    void badKeyIs401_data();
    void badKeyIs401();
    void revokedKeyIs401();
    void failedAuthDoesNotCountAgainstTenant();
    void authenticationComesBeforeRouting_data();
    void authenticationComesBeforeRouting();
    void unknownPathIs404_data();
    void unknownPathIs404();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void scopes_data();
    void scopes();
    void forbiddenCarriesRateLimitHeaders();
    void orderOfChecks_data();
    void orderOfChecks();
    void trailingSlashAndUppercaseIds();
    void failedAuthIsLimitedPerAddress();

private:
    ServerProcess m_server;
    TestTenant m_tenant;
    CreatedKey m_readKey;
    CreatedKey m_writeKey;
};
