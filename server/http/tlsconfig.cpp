#include "tlsconfig.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace {

// Certificates and keys are a few KiB; anything far larger is the wrong file.
const qint64 kMaxFileBytes = 1024 * 1024;
const int kHandshakeTimeoutMs = 10000;

QString describe(const QSslKey &key)
{
    switch (key.algorithm()) {
    case QSsl::Rsa:
        return QStringLiteral("%1-bit RSA").arg(key.length());
    case QSsl::Ec:
        return QStringLiteral("%1-bit EC").arg(key.length());
    case QSsl::Dsa:
        return QStringLiteral("%1-bit DSA").arg(key.length());
    default:
        return QStringLiteral("%1-bit").arg(key.length());
    }
}

// Below OpenSSL's default security level 2 (Debian, Ubuntu): such keys are refused outright.
bool isTooWeak(const QSslKey &key)
{
    return key.length() < (key.algorithm() == QSsl::Ec ? 224 : 2048);
}

} // namespace

bool TlsConfig::load(const QString &certificateFile, const QString &keyFile)
{
    m_enabled = false;
    m_errorString.clear();
    if (certificateFile.isEmpty() && keyFile.isEmpty())
        return true;
    if (certificateFile.isEmpty() || keyFile.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together: the certificate and "
                                   "its private key, both as files"));
    if (!QSslSocket::supportsSsl())
        return fail(QStringLiteral("TLS is not available: Qt found no TLS backend (%1)")
                        .arg(QSslSocket::sslLibraryBuildVersionString()));

    QByteArray certificateData;
    QByteArray keyData;
    if (!readFile(certificateFile, "--tls-cert", &certificateData)
        || !readFile(keyFile, "--tls-key", &keyData))
        return false;

    QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
    if (chain.isEmpty())
        chain = QSslCertificate::fromData(certificateData, QSsl::Der);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        const bool isKey = !parseKey(certificateData).isNull();
        return fail(QStringLiteral("--tls-cert %1 %2")
                        .arg(certificateFile,
                            isKey ? QStringLiteral("holds a private key, not a certificate "
                                                   "(the two options are swapped?)")
                                  : QStringLiteral("holds no certificate (expected PEM, such "
                                                   "as certbot's fullchain.pem, or DER)")));
    }
    const QSslKey key = parseKey(keyData);
    if (key.isNull()) {
        const bool isCertificate = !QSslCertificate::fromData(keyData, QSsl::Pem).isEmpty();
        return fail(
            QStringLiteral("--tls-key %1 %2")
                .arg(keyFile,
                    isCertificate
                        ? QStringLiteral("holds a certificate, not a private key")
                        : QStringLiteral("holds no usable private key (expected an unencrypted RSA "
                                         "or EC key in PEM or DER; decrypt a protected key first, "
                                         "e.g. openssl pkey -in KEY -out PLAIN)")));
    }

    const QSslKey certificateKey = chain.constFirst().publicKey();
    if (certificateKey.algorithm() != key.algorithm() || certificateKey.length() != key.length())
        return fail(QStringLiteral("--tls-key %1 does not go with the certificate in --tls-cert "
                                   "%2 (a %3 key for a %4 certificate)")
                        .arg(keyFile, certificateFile, describe(key), describe(certificateKey)));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients are authenticated by API keys, not by certificates.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);

    QString problem = handshakeProblem(configuration);
    if (!problem.isEmpty()) {
        // Qt's OpenSSL backend says "Unable to init SSL Context: " with nothing after it.
        while (problem.endsWith(u' ') || problem.endsWith(u':'))
            problem.chop(1);
        if (isTooWeak(certificateKey))
            return fail(QStringLiteral("the certificate in --tls-cert %1 has a %2 key, which the "
                                       "TLS library refuses as too weak (RSA needs 2048 bits, EC "
                                       "224): %3")
                            .arg(certificateFile, describe(certificateKey), problem));
        return fail(QStringLiteral("--tls-key %1 does not go with the certificate in --tls-cert "
                                   "%2: the TLS library refuses the pair (%3)")
                        .arg(keyFile, certificateFile, problem));
    }

    m_configuration = configuration;
    m_certificateFile = certificateFile;
    m_enabled = true;
    return true;
}

QString TlsConfig::validityWarning() const
{
    if (!m_enabled)
        return {};
    const QSslCertificate certificate = m_configuration.localCertificate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate() < now)
        return QStringLiteral("the certificate in %1 expired on %2; clients will refuse it")
            .arg(m_certificateFile, certificate.expiryDate().toString(Qt::ISODate));
    if (certificate.effectiveDate() > now)
        return QStringLiteral("the certificate in %1 is valid only from %2; clients will refuse "
                              "it until then")
            .arg(m_certificateFile, certificate.effectiveDate().toString(Qt::ISODate));
    return {};
}

bool TlsConfig::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool TlsConfig::readFile(const QString &path, const char *option, QByteArray *data)
{
    const QString name = QString::fromLatin1(option);
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("cannot read %1 %2: it is a folder").arg(name, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1 %2: %3").arg(name, path, file.errorString()));
    *data = file.read(kMaxFileBytes + 1);
    if (data->isEmpty() || data->size() > kMaxFileBytes)
        return fail(QStringLiteral("%1 %2 is %3, not a certificate or key file")
                        .arg(name, path,
                            data->isEmpty() ? QStringLiteral("empty")
                                            : QStringLiteral("larger than 1 MiB")));
    return true;
}

QSslKey TlsConfig::parseKey(const QByteArray &data)
{
    for (const QSsl::EncodingFormat format : {QSsl::Pem, QSsl::Der}) {
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            const QSslKey key(data, algorithm, format, QSsl::PrivateKey);
            if (!key.isNull())
                return key;
        }
    }
    return {};
}

QString TlsConfig::handshakeProblem(const QSslConfiguration &configuration)
{
    // Qt cannot compare a private key with a certificate's public key, but the TLS library
    // checks exactly that when it starts a server handshake. So one handshake over loopback,
    // with the same backend the real server uses, is the test (a few milliseconds).
    QSslServer server;
    server.setSslConfiguration(configuration);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {}; // no loopback to test on: the real listen() reports what is wrong

    QString serverProblem;
    QString clientProblem;
    bool encrypted = false;
    QEventLoop loop;
    QObject::connect(&server, &QSslServer::errorOccurred, &loop,
        [&](QSslSocket *socket, QAbstractSocket::SocketError) {
            serverProblem = socket->errorString();
            loop.quit();
        });
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &loop, [&] {
        encrypted = true;
        loop.quit();
    });

    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, [&] {
        clientProblem = client.errorString();
        // The server side usually knows better why; give its error a moment to arrive.
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(kHandshakeTimeoutMs, &loop, &QEventLoop::quit);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    loop.exec();

    if (encrypted)
        return {};
    if (!serverProblem.isEmpty())
        return serverProblem;
    if (!clientProblem.isEmpty())
        return clientProblem;
    return QStringLiteral("no answer within %1 seconds").arg(kHandshakeTimeoutMs / 1000);
}
