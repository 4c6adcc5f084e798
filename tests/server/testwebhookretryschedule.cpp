#include "testwebhookretryschedule.h"

#include "webhooks/webhookretryschedule.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

void TestWebhookRetrySchedule::parsesValidSchedules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("delays");

    QTest::newRow("one") << u"5"_s << QList<qint64> {5};
    QTest::newRow("zero") << u"0"_s << QList<qint64> {0};
    QTest::newRow("several") << u"0,1,5,60"_s << QList<qint64> {0, 1, 5, 60};
    QTest::newRow("blanks around items") << u" 1 ,\t2,  3 "_s << QList<qint64> {1, 2, 3};
    QTest::newRow("leading zeros") << u"007"_s << QList<qint64> {7};
    QTest::newRow("seven days") << u"604800"_s << QList<qint64> {604800};
    QTest::newRow("100 items") << QStringList(100, u"1"_s).join(u',') << QList<qint64>(100, 1);
}

void TestWebhookRetrySchedule::parsesValidSchedules()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, delays);
    QString error = u"untouched"_s;
    const auto schedule = WebhookRetrySchedule::parse(text, &error);
    QVERIFY2(schedule, qPrintable(error));
    QCOMPARE(schedule->delays(), delays);
    QCOMPARE(schedule->retryCount(), delays.size());
    // toString is the canonical form and reads back as the same schedule.
    const auto reparsed = WebhookRetrySchedule::parse(schedule->toString(), nullptr);
    QVERIFY(reparsed);
    QCOMPARE(*reparsed, *schedule);
}

void TestWebhookRetrySchedule::refusesInvalidSchedules_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("trailing comma") << u"1,2,"_s;
    QTest::newRow("empty item") << u"1,,2"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("plus sign") << u"+5"_s;
    QTest::newRow("fraction") << u"1.5"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("unit") << u"5s"_s;
    QTest::newRow("word") << u"soon"_s;
    QTest::newRow("blank inside item") << u"1 2"_s;
    QTest::newRow("semicolons") << u"1;2"_s;
    QTest::newRow("non-ASCII digit") << u"\u0665"_s; // Arabic-Indic five
    QTest::newRow("over seven days") << u"604801"_s;
    QTest::newRow("overflows qint64") << u"99999999999999999999999"_s;
    QTest::newRow("101 items") << QStringList(101, u"1"_s).join(u',');
}

void TestWebhookRetrySchedule::refusesInvalidSchedules()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!WebhookRetrySchedule::parse(text, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!WebhookRetrySchedule::parse(text, nullptr)); // the message is optional
}

void TestWebhookRetrySchedule::defaultSpansAboutThreeDays()
{
    const WebhookRetrySchedule schedule = WebhookRetrySchedule::defaultSchedule();
    constexpr qint64 day = 24 * 3600;
    QVERIFY2(schedule.totalSeconds() >= day * 5 / 2 && schedule.totalSeconds() <= day * 7 / 2,
        qPrintable(QString::number(schedule.totalSeconds())));
    QVERIFY(schedule.retryCount() >= 5);
    // Spreading out: each wait at least as long as the one before.
    for (int i = 1; i < schedule.retryCount(); ++i)
        QVERIFY(schedule.delays().at(i) >= schedule.delays().at(i - 1));
    // What an operator would type gives the same schedule.
    QCOMPARE(WebhookRetrySchedule::parse(schedule.toString(), nullptr), schedule);
}

void TestWebhookRetrySchedule::jitterStaysWithinTenPercent()
{
    const WebhookRetrySchedule schedule = WebhookRetrySchedule::defaultSchedule();
    for (int retry = 1; retry <= schedule.retryCount(); ++retry) {
        const qint64 delay = schedule.delays().at(retry - 1);
        const qint64 low = qRound64(delay * 0.9);
        const qint64 high = qRound64(delay * 1.1);
        QCOMPARE(schedule.delayBeforeRetry(retry, 0.0), low);
        QCOMPARE(schedule.delayBeforeRetry(retry, 0.5), delay);
        QCOMPARE(schedule.delayBeforeRetry(retry, 1.0), high);
        // Out-of-range units are clamped, not extrapolated.
        QCOMPARE(schedule.delayBeforeRetry(retry, -3.0), low);
        QCOMPARE(schedule.delayBeforeRetry(retry, 7.0), high);
        for (int i = 0; i < 50; ++i) {
            const auto jittered
                = schedule.delayBeforeRetry(retry, QRandomGenerator::global()->generateDouble());
            QVERIFY(jittered);
            QVERIFY2(*jittered >= low && *jittered <= high, qPrintable(QString::number(*jittered)));
        }
    }
    // 3600 s spreads over 3240..3960 s.
    const auto hour = WebhookRetrySchedule::parse(u"3600"_s, nullptr);
    QVERIFY(hour);
    QCOMPARE(hour->delayBeforeRetry(1, 0.0), 3240);
    QCOMPARE(hour->delayBeforeRetry(1, 0.25), 3420);
    QCOMPARE(hour->delayBeforeRetry(1, 1.0), 3960);
}

void TestWebhookRetrySchedule::zeroDelayStaysZero()
{
    const auto schedule = WebhookRetrySchedule::parse(u"0,0,1"_s, nullptr);
    QVERIFY(schedule);
    for (const double unit : {0.0, 0.3, 1.0, -1.0, 2.0}) {
        QCOMPARE(schedule->delayBeforeRetry(1, unit), 0);
        QCOMPARE(schedule->delayBeforeRetry(2, unit), 0);
        QVERIFY(*schedule->delayBeforeRetry(3, unit) >= 0);
    }
    QCOMPARE(schedule->totalSeconds(), 1);
}

void TestWebhookRetrySchedule::usedUpScheduleHasNoDelay()
{
    const auto schedule = WebhookRetrySchedule::parse(u"1,2"_s, nullptr);
    QVERIFY(schedule);
    QCOMPARE(schedule->retryCount(), 2);
    QCOMPARE(schedule->delayBeforeRetry(2, 0.5), 2);
    QCOMPARE(schedule->delayBeforeRetry(3, 0.5), std::nullopt);
    QCOMPARE(schedule->delayBeforeRetry(100, 0.5), std::nullopt);
    QCOMPARE(schedule->delayBeforeRetry(0, 0.5), std::nullopt);
    QCOMPARE(schedule->delayBeforeRetry(-1, 0.5), std::nullopt);
    const WebhookRetrySchedule defaults = WebhookRetrySchedule::defaultSchedule();
    QCOMPARE(defaults.delayBeforeRetry(defaults.retryCount() + 1, 0.5), std::nullopt);
}

QTEST_GUILESS_MAIN(TestWebhookRetrySchedule)
