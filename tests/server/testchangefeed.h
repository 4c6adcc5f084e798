#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// GET /api/v1/changes: entries for creates, updates and deletes of every collection, cursors,
// limit and hasMore, and invalid parameters.
class TestChangeFeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void emptyFeed();
    void entriesForEveryCollection();
    void cursorGivesOnlyNewChanges();
    void limitAndHasMore();
    void cursorPastTheEnd();
    void readScopeSuffices();
    void noOpPatchAddsNothing();
    void badParametersAre400_data();
    void badParametersAre400();

private:
    QJsonObject feed(const QString &query = {});

    ServerProcess m_server;
    TestTenant m_tenant;
};
