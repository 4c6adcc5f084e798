#pragma once

#include <QObject>

// Webhook signatures must verify with any Standard Webhooks library, so the spec's own
// published example is the reference; secrets must be unguessable and well-formed.
class TestWebhookSigner : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheSpecExample();
    void signatureCoversIdTimestampAndBody();
    void generatedSecretsAreFreshAndValid();
    void invalidSecretsAreRefused_data();
    void invalidSecretsAreRefused();
    void headerCarriesOneSignaturePerSecret();
};
