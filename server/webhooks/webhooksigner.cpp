#include "webhooksigner.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kPrefix("whsec_");
constexpr qsizetype kMinKeyBytes = 24;
constexpr qsizetype kMaxKeyBytes = 64;

// The key bytes of a valid secret, else empty. Only the canonical encoding is accepted so
// one key has exactly one textual form (what we store is what we compare).
QByteArray keyOf(const QString &secret)
{
    if (!secret.startsWith(kPrefix))
        return {};
    const QByteArray encoded = QStringView(secret).mid(kPrefix.size()).toLatin1();
    const auto decoded
        = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kMinKeyBytes || decoded.decoded.size() > kMaxKeyBytes
        || decoded.decoded.toBase64() != encoded)
        return {};
    return decoded.decoded;
}

} // namespace

QString WebhookSigner::generateSecret()
{
    quint32 words[8]; // 32 bytes
    QRandomGenerator::system()->fillRange(words);
    const QByteArray key(reinterpret_cast<const char *>(words), sizeof(words));
    return kPrefix + QString::fromLatin1(key.toBase64());
}

bool WebhookSigner::isValidSecret(const QString &secret)
{
    return !keyOf(secret).isEmpty();
}

QString WebhookSigner::sign(
    const QString &secret, const QString &msgId, qint64 timestamp, const QByteArray &body)
{
    const QByteArray key = keyOf(secret);
    if (key.isEmpty())
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(msgId.toUtf8());
    mac.addData(".", 1);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".", 1);
    mac.addData(body);
    return u"v1,"_s + QString::fromLatin1(mac.result().toBase64());
}

QString WebhookSigner::signatureHeader(
    const QStringList &secrets, const QString &msgId, qint64 timestamp, const QByteArray &body)
{
    QStringList signatures;
    for (const QString &secret : secrets) {
        const QString signature = sign(secret, msgId, timestamp, body);
        if (!signature.isEmpty())
            signatures.append(signature);
    }
    return signatures.join(u' ');
}
