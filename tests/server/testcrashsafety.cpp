#include "testcrashsafety.h"

#include "testdata.h"
#include "testmacros.h"

#include <QJsonArray>
#include <QTimer>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

void TestCrashSafety::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Crash Co"_s));
}

void TestCrashSafety::cleanup()
{
    m_server.dumpLogIfFailed();
}

void TestCrashSafety::killDuringWritesKeepsEveryConfirmedWrite()
{
    QList<QByteArray> requests;
    for (int i = 0; i < 300; ++i) {
        const QByteArray body = QJsonDocument(QJsonObject {{u"firstName"_s, u"Crash %1!"_s.arg(i)}})
                                    .toJson(QJsonDocument::Compact);
        requests << m_tenant.http().buildRaw(
            "POST", u"/api/v1/contacts"_s, body, {{"Content-Type", "application/json"}});
    }
    // Kill the server while the writes are being answered: how long that takes depends on the
    // machine, so try later kills until one lands in the middle.
    QStringList confirmed;
    qint64 sent = 0;
    for (const int delayMs : {60, 150, 300, 600, 1200}) {
        QTimer::singleShot(delayMs, this, [this] { m_server.kill(); });
        const QList<HttpResult> results
            = HttpClient::rawRequests(m_server.host(), m_server.port(), requests, 10000);
        for (const HttpResult &result : results) {
            if (result.status == 201)
                confirmed << result.object().value(u"id"_s).toString();
        }
        sent += results.size();
        const bool interrupted = confirmed.size() < sent;
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        m_tenant.http().setBaseUrl(m_server.baseUrl());
        if (interrupted && !confirmed.isEmpty())
            break;
    }
    qInfo("%lld of %lld writes were confirmed before the kill", qint64(confirmed.size()), sent);
    QVERIFY2(!confirmed.isEmpty() && confirmed.size() < sent,
        "no kill landed in the middle of the writes");

    for (const QString &id : std::as_const(confirmed))
        OT_VERIFY_STATUS(m_tenant.http().get(TestData::path(u"contacts"_s, id)), 200);

    // Every record that exists has exactly its one "created" entry in the feed, and the
    // list, the counters and the search index agree with each other.
    const HttpResult list = m_tenant.http().get(u"/api/v1/contacts?limit=1"_s);
    OT_VERIFY_STATUS(list, 200);
    const int total = list.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt();
    QVERIFY(total >= confirmed.size());
    int created = 0;
    QString cursor = u"0"_s;
    for (bool more = true; more;) {
        const HttpResult feed
            = m_tenant.http().get(u"/api/v1/changes?limit=1000&since="_s + cursor);
        OT_VERIFY_STATUS(feed, 200);
        for (const QJsonValue &entry : feed.data()) {
            if (entry.toObject().value(u"entityType"_s) == u"contact"_s)
                ++created;
        }
        cursor = feed.object().value(u"nextCursor"_s).toString();
        more = feed.object().value(u"hasMore"_s).toBool();
    }
    QCOMPARE(created, total);
    const HttpResult searched = m_tenant.http().get(u"/api/v1/contacts?limit=1&search=crash"_s);
    QCOMPARE(searched.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), total);

    // And the restarted server takes writes as before.
    OT_VERIFY_STATUS(
        m_tenant.http().post(u"/api/v1/contacts"_s, {{u"firstName"_s, u"After"_s}}), 201);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
