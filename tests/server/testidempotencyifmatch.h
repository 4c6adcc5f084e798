#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// Idempotency-Key on POST (replay, reuse with another body, scope, concurrency) and If-Match
// on PATCH and DELETE.
class TestIdempotencyIfMatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void replayReturnsFirstResponse();
    void replayIgnoresLaterChanges();
    void otherBodyIs422();
    void keyIsScopedToPath();
    void keyIsScopedToTenant();
    void errorsAreReplayed();
    void replayWithClientChosenId();
    void replayCountsAgainstRateLimit();
    void keyLength();
    void concurrentSameKeyCreatesOnce();
    void ifMatchOnPatch();
    void ifMatchOnDelete();
    void ifMatchOnUnknownRecordIs404();

private:
    int countNamed(const QString &collection, const QString &name);

    ServerProcess m_server;
    TestTenant m_tenant;
};
