#include "settingstext.h"

#include "net/apireply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

QString SettingsText::failure(const ApiReply &reply)
{
    if (!reply.reachedServer())
        return tr("The server could not be reached: %1").arg(reply.networkError);
    QStringList lines;
    const QString detail = reply.problemDetail();
    lines << (detail.isEmpty() ? tr("The server answered %1.").arg(reply.status) : detail);
    for (const QJsonValue &value : reply.json().value(QStringLiteral("errors")).toArray()) {
        const QJsonObject error = value.toObject();
        // "/url" names the form's URL field; the pointer's slash means nothing to a user.
        QString field = error.value(QStringLiteral("pointer")).toString();
        if (field.startsWith(u'/'))
            field.remove(0, 1);
        const QString text = error.value(QStringLiteral("detail")).toString();
        lines << (field.isEmpty() ? text : tr("%1: %2").arg(field, text));
    }
    return lines.join(u'\n');
}

QString SettingsText::time(const QString &rfc3339, const QString &never)
{
    if (rfc3339.isEmpty())
        return never;
    const QDateTime when = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    if (!when.isValid())
        return rfc3339;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}
