#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// The server killed with SIGKILL in the middle of concurrent writes loses nothing it
// confirmed, keeps no half-written change, and comes back consistent.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void killDuringWritesKeepsEveryConfirmedWrite();

private:
    ServerProcess m_server;
    TestTenant m_tenant;
};
