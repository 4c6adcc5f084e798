#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// Create, read, update (JSON Merge Patch) and delete on every collection: response shapes,
// headers, defaults, derived fields, money and client-chosen ids.
class TestRecords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void createAndGet_data();
    void createAndGet();
    void createWithEveryField_data();
    void createWithEveryField();
    void stringsAreTrimmed();
    void listEnvelope();
    void patchMergesFields();
    void patchNullClearsOrResets();
    void patchNestedAddress();
    void patchAcceptsMergePatchContentType();
    void noOpPatchKeepsVersion();
    void readOnlyFieldsAreIgnored();
    void ticketCreatedResolvedIsResolvedAtCreation();
    void patchIdMustMatchPath();
    void deleteIsSoft_data();
    void deleteIsSoft();
    void probabilityDefaultsByStage_data();
    void probabilityDefaultsByStage();
    void stageChangeSetsDefaultProbability();
    void ticketResolvedAt();
    void moneyIsExact_data();
    void moneyIsExact();
    void clientChosenIds();
    void sameIdInAnotherTenant();

private:
    QJsonObject fullBody(const QString &collection) const;
    int changeCount(const QString &id);

    ServerProcess m_server;
    TestTenant m_tenant;
    QString m_customerId;
    QString m_contactId;
    QString m_leadId;
};
