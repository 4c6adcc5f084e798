#include "ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

QString Ids::newId()
{
    // UUID version 7 (RFC 9562): a millisecond timestamp followed by random bits. Ids made
    // close in time sort close together, so index inserts stay local instead of scattering
    // over the whole B-tree.
    quint8 bytes[16];
    const quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(millis >> (8 * (5 - i)));
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes + 8), 2);
    const quint32 randA = QRandomGenerator::system()->generate();
    bytes[6] = quint8(0x70 | ((randA >> 8) & 0x0f));
    bytes[7] = quint8(randA);
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f));
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16))
        .toString(QUuid::WithoutBraces);
}

bool Ids::isCanonical(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    return pattern.match(text).hasMatch();
}

QString Ids::normalized(const QString &text)
{
    const QString lower = text.toLower();
    return isCanonical(lower) ? lower : QString();
}
