#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>

// Bad input of every kind: validation rules (422 with JSON pointers), malformed JSON (400),
// media types (415), body size (413), malformed HTTP, odd strings, query parameters (400) and
// the order in which the server applies those checks.
class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void invalidFieldIs422_data();
    void invalidFieldIs422();
    void invalidPatchIs422AndChangesNothing();
    void boundariesAreAccepted_data();
    void boundariesAreAccepted();
    void stringsAreStoredVerbatim_data();
    void stringsAreStoredVerbatim();
    void oddInputNeverGives500_data();
    void oddInputNeverGives500();
    void malformedJsonIs400_data();
    void malformedJsonIs400();
    void wrongContentTypeIs415_data();
    void wrongContentTypeIs415();
    void bodyOverOneMebibyteIs413();
    void hugeContentLengthIs413Quickly();
    void chunkedBodyOverOneMebibyteIs413();
    void malformedHttpIsRefused_data();
    void malformedHttpIsRefused();
    void badQueryIs400_data();
    void badQueryIs400();
    void orderOfChecks();

private:
    QByteArray substitute(QByteArray text) const;
    void verifyServerAlive();

    ServerProcess m_server;
    TestTenant m_tenant;
    QString m_customerId;
    QString m_contactId;
    QString m_leadId;
    QString m_deletedCustomerId;
};
