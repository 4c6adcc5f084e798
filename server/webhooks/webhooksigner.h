#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Signs webhook deliveries per the Standard Webhooks spec, so receivers can verify them with
// any of that spec's libraries: "v1," + base64 HMAC-SHA256 over "id.timestamp.body", keyed
// with the base64-decoded secret after "whsec_".
class WebhookSigner
{
public:
    // "whsec_" + standard base64 of 32 bytes from the OS's cryptographic source.
    static QString generateSecret();
    // "whsec_" + canonical standard base64 of 24 to 64 bytes (the spec's bounds).
    static bool isValidSecret(const QString &secret);
    // "v1,<base64>", or an empty string when the secret is not valid: an empty or garbled
    // key would yield signatures that look real but prove nothing.
    static QString sign(
        const QString &secret, const QString &msgId, qint64 timestamp, const QByteArray &body);
    // The webhook-signature header: one signature per secret, space-separated, so receivers
    // holding either the old or the new secret accept deliveries during a rotation.
    // Invalid secrets are skipped.
    static QString signatureHeader(
        const QStringList &secrets, const QString &msgId, qint64 timestamp, const QByteArray &body);
};
