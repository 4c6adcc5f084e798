#pragma once

#include <QObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

// `serve --tls-cert FILE --tls-key FILE`: the real binary speaks HTTPS with a self-signed
// certificate made at test time (openssl), keeps its request guards behind TLS, and refuses to
// start, with a message naming the file, when the pair is incomplete, unreadable or mismatched.
class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthOverHttps();
    void bodyLimitHoldsBehindTls();
    void plainHttpGetsNoAnswer();
    void stalledAndBrokenHandshakesLockNobodyOut();
    void badFilesStopTheStart_data();
    void badFilesStopTheStart();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &args);
    bool startServer();
    QByteArray rawTlsExchange(const QByteArray &request);

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QProcess m_server;
    quint16 m_port = 0;
};
