#include "ids.h"

#include <QRegularExpression>
#include <QUuid>

QString Ids::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Ids::isCanonical(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QString Ids::normalized(const QString &text)
{
    const QString lower = text.toLower();
    return isCanonical(lower) ? lower : QString();
}
