#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QJsonArray>
#include <QObject>

// Seeded data (bulk-loaded rows, change feed, counters, search index) and deep list pages
// through the real API: pages found through remembered sort keys (page
// anchors) match plain paging for every kind of order, and a write after a deep page was read
// shows on the next read of that page.
class TestDeepPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void seededDataIsComplete();
    void pagesAgreeWithTheFullOrder_data();
    void pagesAgreeWithTheFullOrder();
    void deleteAfterDeepPageIsSeen();
    void createAfterDeepPageIsSeen();
    void filteredDeepPages();

private:
    // Every record of GET /api/v1/contacts?<query>, read page by page with this page size.
    QJsonArray readAll(const QString &query, int limit);
    QJsonArray page(const QString &query, int page, int limit);

    ServerProcess m_server;
    TestTenant m_tenant;
};
