#include "testwebhooksigner.h"

#include "webhooks/webhooksigner.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// From the Standard Webhooks specification (spec/standard-webhooks.md).
const QString kSpecSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
const QString kSpecId = u"msg_p5jXN8AQM9LWM0D4loKWxJek"_s;
constexpr qint64 kSpecTimestamp = 1614265330;
const QByteArray kSpecBody = QByteArrayLiteral(R"({"test": 2432232314})");
const QString kSpecSignature = u"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_s;

} // namespace

void TestWebhookSigner::matchesTheSpecExample()
{
    QVERIFY(WebhookSigner::isValidSecret(kSpecSecret));
    QCOMPARE(WebhookSigner::sign(kSpecSecret, kSpecId, kSpecTimestamp, kSpecBody), kSpecSignature);
}

void TestWebhookSigner::signatureCoversIdTimestampAndBody()
{
    const QSet<QString> signatures = {
        WebhookSigner::sign(kSpecSecret, kSpecId, kSpecTimestamp, kSpecBody),
        WebhookSigner::sign(kSpecSecret, u"msg_other"_s, kSpecTimestamp, kSpecBody),
        WebhookSigner::sign(kSpecSecret, kSpecId, kSpecTimestamp + 1, kSpecBody),
        WebhookSigner::sign(kSpecSecret, kSpecId, kSpecTimestamp, kSpecBody + ' '),
        WebhookSigner::sign(WebhookSigner::generateSecret(), kSpecId, kSpecTimestamp, kSpecBody),
    };
    QCOMPARE(signatures.size(), 5);
}

void TestWebhookSigner::generatedSecretsAreFreshAndValid()
{
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i) {
        const QString secret = WebhookSigner::generateSecret();
        QVERIFY2(secret.startsWith("whsec_"_L1), qPrintable(secret));
        QVERIFY2(WebhookSigner::isValidSecret(secret), qPrintable(secret));
        const auto decoded = QByteArray::fromBase64Encoding(
            secret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 32);
        seen.insert(secret);
    }
    QCOMPARE(seen.size(), 20);
}

void TestWebhookSigner::invalidSecretsAreRefused_data()
{
    QTest::addColumn<QString>("secret");
    const QString key24 = QString::fromLatin1(QByteArray(24, 'k').toBase64());
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix only") << u"whsec_"_s;
    QTest::newRow("no prefix") << u"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    QTest::newRow("other prefix") << u"whsek_"_s + key24;
    QTest::newRow("upper-case prefix") << u"WHSEC_"_s + key24;
    QTest::newRow("not base64") << u"whsec_not*base64*at*all*nor*any*key!"_s;
    QTest::newRow("missing padding")
        << u"whsec_"_s + QString::fromLatin1(QByteArray(32, 'k').toBase64()).remove(u'=');
    QTest::newRow("base64url alphabet") << u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLa-_"_s;
    QTest::newRow("blank inside") << u"whsec_MfKQ9r8GKYqrTwjU PD8ILPZIo2LaLaSw"_s;
    QTest::newRow("trailing newline") << u"whsec_"_s + key24 + u'\n';
    QTest::newRow("23 bytes") << u"whsec_"_s + QString::fromLatin1(QByteArray(23, 'k').toBase64());
    QTest::newRow("65 bytes") << u"whsec_"_s + QString::fromLatin1(QByteArray(65, 'k').toBase64());
}

void TestWebhookSigner::invalidSecretsAreRefused()
{
    QFETCH(QString, secret);
    QVERIFY(!WebhookSigner::isValidSecret(secret));
    QVERIFY(WebhookSigner::sign(secret, kSpecId, kSpecTimestamp, kSpecBody).isEmpty());
}

void TestWebhookSigner::headerCarriesOneSignaturePerSecret()
{
    const QString newSecret = WebhookSigner::generateSecret();
    const QString newSignature = WebhookSigner::sign(newSecret, kSpecId, kSpecTimestamp, kSpecBody);

    QCOMPARE(WebhookSigner::signatureHeader({kSpecSecret}, kSpecId, kSpecTimestamp, kSpecBody),
        kSpecSignature);
    // During a rotation both the old and the new secret sign.
    const QString header = WebhookSigner::signatureHeader(
        {kSpecSecret, newSecret}, kSpecId, kSpecTimestamp, kSpecBody);
    QCOMPARE(header, kSpecSignature + u' ' + newSignature);
    QCOMPARE(header.split(u' ').size(), 2);
    // An unusable secret adds nothing rather than an empty or bogus entry.
    QCOMPARE(WebhookSigner::signatureHeader(
                 {u"whsec_"_s, newSecret}, kSpecId, kSpecTimestamp, kSpecBody),
        newSignature);
    QVERIFY(WebhookSigner::signatureHeader({}, kSpecId, kSpecTimestamp, kSpecBody).isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookSigner)
