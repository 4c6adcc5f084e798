#pragma once

#include <QList>
#include <QString>
#include <optional>

// When a failed webhook delivery is tried again: the delays in seconds before retry 1, 2, ...
// after the first, immediate attempt. Configurable so tests can shrink three days to
// seconds; jitter spreads the retries of many endpoints that failed together.
class WebhookRetrySchedule
{
public:
    static constexpr int kMaxRetries = 100;
    static constexpr qint64 kMaxDelaySeconds = 7 * 24 * 3600;

    // Comma-separated whole seconds, e.g. "0, 1, 5". nullopt with a message in *error
    // (when given) for anything else.
    static std::optional<WebhookRetrySchedule> parse(const QString &text, QString *error);
    // About 3 days of retries, spreading out from seconds to a day.
    static WebhookRetrySchedule defaultSchedule();

    int retryCount() const { return int(m_delays.size()); }
    // The delay before retry retryNumber (1-based) scaled by 0.9 + 0.2 * jitterUnit (±10 %,
    // jitterUnit in [0, 1], clamped), rounded; nullopt when the schedule is used up.
    std::optional<qint64> delayBeforeRetry(int retryNumber, double jitterUnit) const;
    qint64 totalSeconds() const;
    // The form parse() reads, e.g. "5,30,120".
    QString toString() const;
    const QList<qint64> &delays() const { return m_delays; }

    bool operator==(const WebhookRetrySchedule &other) const { return m_delays == other.m_delays; }
    bool operator!=(const WebhookRetrySchedule &other) const { return !(*this == other); }

private:
    explicit WebhookRetrySchedule(QList<qint64> delays);

    QList<qint64> m_delays;
};
