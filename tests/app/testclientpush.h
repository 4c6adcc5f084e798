#pragma once

#include "clientworkspace.h"
#include "responsedroppingproxy.h"
#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

#include <memory>

// `omniotap sync`, push and merge, with two client profiles of one tenant against a real
// server on port 0 (through a relay that can lose responses): clients converge after creates,
// updates and deletes on both sides and through the API; offline edits go out when the server
// is back; edits of different fields merge; edits of the same field become a conflict that
// keeps all values and resolves either way; deletions against edits; a change the server
// refuses is kept and explained; a push whose response was lost is repeated without doing
// anything twice.
class TestClientPush : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoClientsConverge();
    void offlineEditsGoOutWhenServerIsBack();
    void differentFieldEditsMerge();
    void sameFieldEditsConflictAndKeepLocal();
    void sameFieldEditsConflictAndKeepServer();
    void deleteOfServerEditedRecordIsAConflict();
    void editOfServerDeletedRecordIsCreatedAgain();
    void refusedChangeIsKeptAndExplained();
    void lostCreateResponseCreatesNothingTwice();
    void lostUpdateResponseIsSettledByMerge();
    void resolveNeedsAConflict();

private:
    // Connects profiles "a" and "b" through the relay and syncs both once.
    bool connectBoth();
    // Every record of every collection in profile name, sorted by id.
    QJsonObject snapshot(const QString &name) const;
    // The same from the server's API.
    QJsonObject serverSnapshot();
    QString createdId(const QString &name, const QString &collection, const QByteArray &csv);

    ServerProcess m_server;
    ResponseDroppingProxy m_proxy;
    std::unique_ptr<TestTenant> m_tenant;
    std::unique_ptr<ClientWorkspace> m_clients;
};
