#pragma once

#include <QSslConfiguration>
#include <QString>

class QSslKey;

// The certificate and private key behind `serve --tls-cert FILE --tls-key FILE`. load() reads
// both files and proves that they belong together before the server listens, so a wrong,
// unreadable or mismatched file stops the start with a message naming it, instead of failing
// every client's handshake later with nothing in the log.
class TlsConfig
{
public:
    // Both paths empty: TLS stays off (true). Otherwise both must be given, readable, and hold
    // a certificate (PEM or DER; a PEM file may carry the chain after it, like certbot's
    // fullchain.pem) and its unencrypted private key. false with errorString() set otherwise.
    bool load(const QString &certificateFile, const QString &keyFile);

    bool isEnabled() const { return m_enabled; }
    QSslConfiguration configuration() const { return m_configuration; }
    QString errorString() const { return m_errorString; }
    // Non-empty when the certificate is outside its validity period: worth a warning, not a
    // refusal (clients decide, and a server that will not start helps nobody renew it).
    QString validityWarning() const;

private:
    bool fail(const QString &message);
    bool readFile(const QString &path, const char *option, QByteArray *data);
    static QSslKey parseKey(const QByteArray &data);
    static QString handshakeProblem(const QSslConfiguration &configuration);

    QSslConfiguration m_configuration;
    QString m_certificateFile;
    bool m_enabled = false;
    QString m_errorString;
};
