#include "timestamps.h"

#include <QRegularExpression>

QString Timestamps::now()
{
    return format(QDateTime::currentDateTimeUtc());
}

QString Timestamps::format(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<QDateTime> Timestamps::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))\z)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const int millis = (m.captured(7) + QStringLiteral("000")).left(3).toInt();
    QTime time(hour, minute, qMin(second, 59), millis);
    int offsetSeconds = 0;
    if (m.captured(8).isEmpty()) {
        const int offsetHours = m.captured(10).toInt();
        const int offsetMinutes = m.captured(11).toInt();
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds
            = (offsetHours * 3600 + offsetMinutes * 60) * (m.captured(9) == u'-' ? -1 : 1);
    }
    const QDateTime local(date, time, Qt::OffsetFromUTC, offsetSeconds);
    const QDateTime utc = local.toUTC();
    // Four-digit years only: the stored text must sort like the time it names.
    if (!utc.isValid() || utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

bool Timestamps::isValidDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}\z)"));
    if (!pattern.match(text).hasMatch())
        return false;
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid();
}
