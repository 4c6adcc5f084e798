#pragma once

#include <QObject>

// The retry schedule is operator input (tests shrink it to seconds) and decides how long a
// failing endpoint keeps getting deliveries, so parsing is strict and the jitter bounded.
class TestWebhookRetrySchedule : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidSchedules_data();
    void parsesValidSchedules();
    void refusesInvalidSchedules_data();
    void refusesInvalidSchedules();
    void defaultSpansAboutThreeDays();
    void jitterStaysWithinTenPercent();
    void zeroDelayStaysZero();
    void usedUpScheduleHasNoDelay();
};
