#include "testtls.h"

#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
const int kTimeoutMs = 15000;
} // namespace

bool TestTls::openssl(const QStringList &args)
{
    QProcess process;
    process.start(u"openssl"_s, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(u' ')
                             << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

void TestTls::initTestCase()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("the openssl command is not installed");
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    // A certificate for 127.0.0.1, valid for a day, and a second key that does not match it.
    QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s,
        u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-days"_s, u"1"_s,
        u"-keyout"_s, path(u"key.pem"_s), u"-out"_s, path(u"cert.pem"_s)}));
    QVERIFY(openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
        u"rsa_keygen_bits:2048"_s, u"-out"_s, path(u"other-key.pem"_s)}));
    QVERIFY(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
        u"ec_paramgen_curve:prime256v1"_s, u"-out"_s, path(u"ec-key.pem"_s)}));
    // A pair that belongs together but is too weak for the TLS library.
    QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:1024"_s, u"-nodes"_s, u"-subj"_s,
        u"/CN=127.0.0.1"_s, u"-days"_s, u"1"_s, u"-keyout"_s, path(u"weak-key.pem"_s), u"-out"_s,
        path(u"weak-cert.pem"_s)}));
    QFile garbage(path(u"garbage.pem"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a certificate\n");
    garbage.close();
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder"_s));

    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(path(u"cert.pem"_s), QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.constFirst();
    QVERIFY2(startServer(), m_server.readAllStandardError().constData());
}

void TestTls::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(kTimeoutMs))
            m_server.kill();
    }
}

bool TestTls::startServer()
{
    m_server.start(ServerProcess::binaryPath(),
        {u"serve"_s, u"--data-dir"_s, path(u"data"_s), u"--listen"_s, u"127.0.0.1:0"_s,
            u"--tls-cert"_s, path(u"cert.pem"_s), u"--tls-key"_s, path(u"key.pem"_s)});
    static const QRegularExpression listening(
        uR"(omniotap-server listening on https://127\.0\.0\.1:(\d+))"_s);
    QByteArray out;
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired() && m_server.state() != QProcess::NotRunning) {
        m_server.waitForReadyRead(100);
        out += m_server.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    qWarning().noquote() << "server did not say it listens on https; stdout:" << out;
    return false;
}

void TestTls::healthOverHttps()
{
    // The test trusts exactly the certificate it made, so the server must present it.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_certificate});
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/api/v1/health"_s.arg(m_port)));
    request.setSslConfiguration(tls);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->sslConfiguration().peerCertificate(), m_certificate);
    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(health.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.value(u"version"_s).toString(), QString::fromLatin1(OMNIOTAP_EXPECTED_VERSION));
    reply->deleteLater();
}

QByteArray TestTls::rawTlsExchange(const QByteArray &request)
{
    QSslSocket socket;
    QSslConfiguration tls = socket.sslConfiguration();
    tls.setCaCertificates({m_certificate});
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_port);
    if (!socket.waitForEncrypted(kTimeoutMs)) {
        qWarning().noquote() << "no TLS handshake:" << socket.errorString();
        return {};
    }
    socket.write(request);
    QByteArray answer;
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired() && !answer.contains("\r\n\r\n")
        && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

void TestTls::bodyLimitHoldsBehindTls()
{
    // The body guard reads the decrypted bytes: an oversized declared body is refused at once.
    const QByteArray answer = rawTlsExchange("POST /api/v1/contacts HTTP/1.1\r\n"
                                             "Host: 127.0.0.1\r\n"
                                             "Content-Type: application/json\r\n"
                                             "Content-Length: 5000000\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
}

void TestTls::plainHttpGetsNoAnswer()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_port);
    QVERIFY(socket.waitForConnected(kTimeoutMs));
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "the connection stayed open");
    QVERIFY2(!answer.contains("HTTP/1.1 200"), answer.constData());
}

void TestTls::stalledAndBrokenHandshakesLockNobodyOut()
{
    // QSslServer counts connections still in their handshake as pending: forty that never
    // start one, and forty that speak plain HTTP and hang up, must not stop it accepting.
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 40; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(u"127.0.0.1"_s, m_port);
        QVERIFY(silent.back()->waitForConnected(kTimeoutMs));
    }
    for (int i = 0; i < 40; ++i) {
        QTcpSocket broken;
        broken.connectToHost(u"127.0.0.1"_s, m_port);
        QVERIFY(broken.waitForConnected(kTimeoutMs));
        broken.write("GET / HTTP/1.1\r\n\r\n");
        broken.waitForBytesWritten(kTimeoutMs);
        broken.abort();
    }
    QTest::qWait(200); // the server has seen them all
    const QByteArray answer
        = rawTlsExchange("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    // Answered while the silent ones still wait for their handshake (the server gives them
    // 10 s): it was not merely let in once they timed out.
    QTest::qWait(100);
    for (const auto &socket : silent)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void TestTls::badFilesStopTheStart_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    QTest::newRow("certificate without key")
        << u"cert.pem"_s << QString() << u"--tls-cert and --tls-key go together"_s;
    QTest::newRow("key without certificate")
        << QString() << u"key.pem"_s << u"--tls-cert and --tls-key go together"_s;
    QTest::newRow("missing certificate")
        << u"missing.pem"_s << u"key.pem"_s << u"cannot read --tls-cert %1/missing.pem"_s;
    QTest::newRow("missing key") << u"cert.pem"_s << u"missing.pem"_s
                                 << u"cannot read --tls-key %1/missing.pem"_s;
    QTest::newRow("key is a folder") << u"cert.pem"_s << u"folder"_s << u"it is a folder"_s;
    QTest::newRow("no certificate inside")
        << u"garbage.pem"_s << u"key.pem"_s << u"holds no certificate"_s;
    QTest::newRow("no key inside")
        << u"cert.pem"_s << u"garbage.pem"_s << u"holds no usable private key"_s;
    QTest::newRow("swapped") << u"key.pem"_s << u"cert.pem"_s
                             << u"holds a private key, not a certificate"_s;
    QTest::newRow("certificate given as key")
        << u"cert.pem"_s << u"cert.pem"_s << u"holds a certificate, not a private key"_s;
    QTest::newRow("key of another certificate")
        << u"cert.pem"_s << u"other-key.pem"_s
        << u"--tls-key %1/other-key.pem does not go with the certificate"_s;
    QTest::newRow("key of another kind") << u"cert.pem"_s << u"ec-key.pem"_s
                                         << u"(a 256-bit EC key for a 2048-bit RSA certificate)"_s;
    QTest::newRow("weak key") << u"weak-cert.pem"_s << u"weak-key.pem"_s
                              << u"has a 1024-bit RSA key, which the TLS library refuses"_s;
}

void TestTls::badFilesStopTheStart()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, message);

    QStringList args {
        u"serve"_s, u"--data-dir"_s, path(u"data-bad"_s), u"--listen"_s, u"127.0.0.1:0"_s};
    if (!certificate.isEmpty())
        args << u"--tls-cert"_s << path(certificate);
    if (!key.isEmpty())
        args << u"--tls-key"_s << path(key);
    const CliResult r = ServerProcess::runBinary(args, kTimeoutMs);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(!r.out().contains(u"listening"_s), qPrintable(r.describe()));
    const QString expected = message.contains(u"%1"_s) ? message.arg(m_dir.path()) : message;
    QVERIFY2(r.err().startsWith(u"omniotap-server: "_s), qPrintable(r.describe()));
    QVERIFY2(
        r.err().contains(expected), qPrintable(u"expected '%1' in: %2"_s.arg(expected, r.err())));
}

QTEST_GUILESS_MAIN(TestTls)
