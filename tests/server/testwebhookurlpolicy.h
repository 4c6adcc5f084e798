#pragma once

#include <QObject>

// The SSRF guard of the webhook contract: only http(s) URLs without credentials, and unless
// the operator allows it, no target that is literally a loopback, private or internal address.
class TestWebhookUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void classifiesAddresses_data();
    void classifiesAddresses();
    void judgesUrls_data();
    void judgesUrls();
    void refusesOverlongUrls();
};
