#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// Inputs that once slipped through: line breaks after ids and cursors, runaway sort lists,
// money formatting, non-UUID path ids, odd timestamps, and the operator commands' care for
// the data directory.
class TestHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void trailingNewlinesAreNotIds();
    void sortListsAreBounded();
    void moneyIsWrittenWithoutExponent();
    void nonUuidPathIdsAreUnknownPaths_data();
    void nonUuidPathIdsAreUnknownPaths();
    void trailingSlashSharesTheIdempotencyScope();
    void timestampsOutsideFourDigitYearsAre400();
    void existingDataDirKeepsItsPermissions();
    void http10ConnectionsAreClosedAfterTheAnswer();
    void stalledConnectionsAreClosed();

private:
    ServerProcess m_server;
    TestTenant m_tenant;
};
