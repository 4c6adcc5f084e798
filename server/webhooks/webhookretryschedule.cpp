#include "webhookretryschedule.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<WebhookRetrySchedule> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

WebhookRetrySchedule::WebhookRetrySchedule(QList<qint64> delays)
    : m_delays(std::move(delays))
{ }

std::optional<WebhookRetrySchedule> WebhookRetrySchedule::parse(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return fail(error, u"must list at least one delay in seconds"_s);
    const QStringList items = text.split(u',');
    if (items.size() > kMaxRetries)
        return fail(error, u"must list at most %1 delays"_s.arg(kMaxRetries));
    QList<qint64> delays;
    delays.reserve(items.size());
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        if (trimmed.isEmpty())
            return fail(error, u"must not contain an empty item"_s);
        // Digits only: toLongLong alone would also take "+5" and "-0".
        if (!isAsciiDigits(trimmed))
            return fail(error, u"\"%1\" is not a whole number of seconds"_s.arg(trimmed));
        bool ok = false;
        const qint64 delay = trimmed.toLongLong(&ok);
        if (!ok || delay > kMaxDelaySeconds)
            return fail(error,
                u"\"%1\" is more than %2 seconds (7 days)"_s.arg(trimmed).arg(kMaxDelaySeconds));
        delays.append(delay);
    }
    return WebhookRetrySchedule(std::move(delays));
}

WebhookRetrySchedule WebhookRetrySchedule::defaultSchedule()
{
    // 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h, 20 h, 24 h: 258,155 s in
    // all (71 h 42 min 35 s, 2.99 days), the "about 3 days" of the contract. Early retries
    // ride out a restart or a deploy; later ones an outage over a weekend night.
    return WebhookRetrySchedule({5, 30, 2 * 60, 10 * 60, 30 * 60, 3600, 2 * 3600, 4 * 3600,
        8 * 3600, 12 * 3600, 20 * 3600, 24 * 3600});
}

std::optional<qint64> WebhookRetrySchedule::delayBeforeRetry(
    int retryNumber, double jitterUnit) const
{
    if (retryNumber < 1 || retryNumber > m_delays.size())
        return std::nullopt;
    // NaN compares false both ways; treat it as no jitter rather than poisoning the delay.
    const double unit = std::isnan(jitterUnit) ? 0.5 : std::clamp(jitterUnit, 0.0, 1.0);
    const double scaled = double(m_delays.at(retryNumber - 1)) * (0.9 + 0.2 * unit);
    return std::max<qint64>(0, qRound64(scaled));
}

qint64 WebhookRetrySchedule::totalSeconds() const
{
    qint64 total = 0;
    for (const qint64 delay : m_delays)
        total += delay;
    return total;
}

QString WebhookRetrySchedule::toString() const
{
    QStringList items;
    items.reserve(m_delays.size());
    for (const qint64 delay : m_delays)
        items.append(QString::number(delay));
    return items.join(u',');
}
