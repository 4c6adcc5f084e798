#include "testconcurrencyratelimit.h"

#include "testdata.h"
#include "testmacros.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

void TestConcurrencyRateLimit::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    // The burst tenant is made without --rate-limit: the default must be 60.
    const CliResult created
        = m_server.runCli({u"tenant"_s, u"create"_s, u"--name"_s, u"Burst Co"_s, u"--json"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    const QString burstId = created.json().object().value(u"id"_s).toString();
    QVERIFY(!burstId.isEmpty());
    QVERIFY(m_burst.adopt(m_server, burstId, u"Burst Co"_s));
    QVERIFY(m_writer.setUp(m_server, u"Writer Co"_s));
}

void TestConcurrencyRateLimit::cleanup()
{
    m_server.dumpLogIfFailed();
}

QList<QByteArray> TestConcurrencyRateLimit::repeatRequest(HttpClient &client, int count,
    const QByteArray &method, const QString &path, const QByteArray &body,
    const HttpHeaders &headers) const
{
    QList<QByteArray> requests;
    for (int i = 0; i < count; ++i)
        requests << client.buildRaw(method, path, body, headers);
    return requests;
}

void TestConcurrencyRateLimit::limitHoldsUnderConcurrency()
{
    const QList<HttpResult> results = HttpClient::rawRequests(m_server.host(), m_server.port(),
        repeatRequest(m_burst.http(), 100, "GET", u"/api/v1/contacts"_s), 30000);
    int ok = 0, limited = 0;
    for (const HttpResult &r : results) {
        if (r.status == 200) {
            ++ok;
            OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r, 60));
        } else if (r.status == 429) {
            ++limited;
            OT_VERIFY_PROBLEM_AT(r, 429, "rate-limited", u"/api/v1/contacts"_s);
            OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r, 60));
            QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
            bool isInt = false;
            const int retryAfter = r.header("Retry-After").toInt(&isInt);
            QVERIFY2(
                isInt && retryAfter >= 1 && retryAfter <= 60, r.header("Retry-After").constData());
            m_burstReset = r.header("X-RateLimit-Reset").toLongLong();
            QVERIFY(qAbs(m_burstReset - QDateTime::currentSecsSinceEpoch() - retryAfter) <= 2);
        } else {
            QFAIL(qPrintable(u"unexpected response: "_s + r.describe()));
        }
    }
    QCOMPARE(ok, 60);
    QCOMPARE(limited, 40);
}

void TestConcurrencyRateLimit::limitedTenantIsRefusedEverywhere()
{
    QVERIFY(m_burstReset > 0);
    HttpClient &burst = m_burst.http();
    // The rate limit comes before routing, media type, scope and validation.
    OT_VERIFY_PROBLEM(burst.get(u"/api/v1/no-such-thing"_s), 429, "rate-limited");
    OT_VERIFY_PROBLEM(burst.post(u"/api/v1/contacts"_s, {}), 429, "rate-limited");
    OT_VERIFY_PROBLEM(burst.request("PUT", u"/api/v1/contacts"_s), 429, "rate-limited");
    OT_VERIFY_PROBLEM(
        burst.request("POST", u"/api/v1/contacts"_s, "x", {{"Content-Type", "text/plain"}}), 429,
        "rate-limited");
    OT_VERIFY_PROBLEM(burst.get(u"/api/v1/tenant"_s), 429, "rate-limited");

    // Every key of the tenant shares the window.
    const CreatedKey other = m_server.createKey(m_burst.id(), {u"read"_s});
    QVERIFY(other.isValid());
    auto otherClient = m_burst.clientWithKey(other.key);
    const HttpResult r = otherClient->get(u"/api/v1/contacts"_s);
    OT_VERIFY_PROBLEM(r, 429, "rate-limited");
    QCOMPARE(r.header("X-RateLimit-Reset").toLongLong(), m_burstReset);

    // Other tenants are not affected.
    OT_VERIFY_STATUS(m_writer.http().get(u"/api/v1/contacts"_s), 200);

    // Lower the limit while the window runs; checked by operatorLimitAppliesFromNextWindow.
    const CliResult set = m_server.runCli({u"tenant"_s, u"set-rate-limit"_s, m_burst.id(), u"5"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
}

void TestConcurrencyRateLimit::failedAuthBlocksAddress()
{
    QVERIFY2(m_authServer.start(), qPrintable(m_authServer.lastError()));
    QVERIFY(m_authTenant.setUp(m_authServer, u"Blocked Co"_s));
    auto bad = m_authTenant.clientWithKey(u"otk_"_s + QString(40, u'x'));
    for (int i = 0; i < 20; ++i)
        OT_VERIFY_STATUS(bad->get(u"/api/v1/contacts"_s), 401);
    const HttpResult r = m_authTenant.http().get(u"/api/v1/contacts"_s);
    OT_VERIFY_PROBLEM(r, 429, "rate-limited");
    const int retryAfter = r.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, r.header("Retry-After").constData());
    m_authBlockedUntilMs = QDateTime::currentMSecsSinceEpoch() + retryAfter * 1000;
}

void TestConcurrencyRateLimit::headersOnEveryResponse()
{
    TestTenant tenant;
    QVERIFY(tenant.setUp(m_server, u"Headers Co"_s, 10));
    const CreatedKey readKey = tenant.addKey({u"read"_s});
    QVERIFY(readKey.isValid());
    auto reader = tenant.clientWithKey(readKey.key);
    HttpClient &http = tenant.http();

    struct Step
    {
        const char *what;
        HttpResult result;
        int status;
    };
    QList<Step> steps;
    steps.append({"GET list", http.get(u"/api/v1/contacts"_s), 200});
    steps.append({"unknown id", http.get(TestData::path(u"tickets"_s, TestData::newUuid())), 404});
    steps.append({"invalid body", http.post(u"/api/v1/contacts"_s, {}), 422});
    steps.append({"forbidden",
        reader->post(u"/api/v1/contacts"_s, TestData::minimalBody(u"contacts"_s)), 403});
    steps.append({"bad query", http.get(u"/api/v1/contacts?page=0"_s), 400});
    steps.append({"method", http.request("PUT", u"/api/v1/contacts"_s), 405});
    steps.append({"malformed", http.postRaw(u"/api/v1/contacts"_s, "{"), 400});
    steps.append(
        {"created", http.post(u"/api/v1/contacts"_s, TestData::minimalBody(u"contacts"_s)), 201});
    steps.append({"unknown path", http.get(u"/api/v1/nope"_s), 404});
    steps.append({"last one", http.get(u"/api/v1/changes"_s), 200});
    steps.append({"over", http.get(u"/api/v1/contacts"_s), 429});
    steps.append({"still over", reader->get(u"/api/v1/contacts"_s), 429});

    const qint64 reset = steps.first().result.header("X-RateLimit-Reset").toLongLong();
    for (int i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        const QString label = QString::fromLatin1(step.what);
        QVERIFY2(step.result.status == step.status,
            qPrintable(label + u": "_s + step.result.describe()));
        const QString check = ResponseCheck::rateLimitHeaders(step.result, 10);
        QVERIFY2(check.isEmpty(), qPrintable(label + u": "_s + check));
        const int remaining = qMax(0, 9 - i);
        QVERIFY2(step.result.header("X-RateLimit-Remaining").toInt() == remaining,
            qPrintable(label + u": remaining "_s
                + QString::fromLatin1(step.result.header("X-RateLimit-Remaining"))));
        QVERIFY2(qAbs(step.result.header("X-RateLimit-Reset").toLongLong() - reset) <= 1,
            qPrintable(label));
        if (step.status == 429)
            QVERIFY(step.result.hasHeader("Retry-After"));
    }
    // The tenant endpoint reports the same window.
    HttpResult limited = http.get(u"/api/v1/tenant"_s);
    OT_VERIFY_STATUS(limited, 429);
}

void TestConcurrencyRateLimit::concurrentIfMatchLetsOneWin()
{
    const QString id = m_writer.createMinimal(u"contacts"_s);
    QVERIFY(!id.isEmpty());
    QList<QByteArray> requests;
    for (int i = 0; i < 10; ++i)
        requests << m_writer.http().buildRaw("PATCH", TestData::path(u"contacts"_s, id),
            QJsonDocument(QJsonObject {{u"lastName"_s, u"Racer %1"_s.arg(i)}}).toJson(),
            {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    const QList<HttpResult> results
        = HttpClient::rawRequests(m_server.host(), m_server.port(), requests, 30000);
    int won = 0, lost = 0;
    QString winner;
    for (const HttpResult &r : results) {
        if (r.status == 200) {
            ++won;
            winner = r.object().value(u"lastName"_s).toString();
        } else if (r.status == 412) {
            ++lost;
            OT_VERIFY_PROBLEM(r, 412, "precondition-failed");
        } else {
            QFAIL(qPrintable(r.describe()));
        }
    }
    QCOMPARE(won, 1);
    QCOMPARE(lost, 9);
    const QJsonObject record = m_writer.fetch(u"contacts"_s, id);
    QCOMPARE(record.value(u"version"_s).toInt(), 2);
    QCOMPARE(record.value(u"lastName"_s).toString(), winner);
}

void TestConcurrencyRateLimit::concurrentCreatesWithOneClientId()
{
    const QString id = TestData::newUuid();
    QList<QByteArray> requests;
    for (int i = 0; i < 10; ++i) {
        const QString collection = TestData::collections().at(i % 5);
        QJsonObject body = TestData::minimalBody(collection);
        body.insert(u"id"_s, id);
        requests << m_writer.http().buildRaw("POST", TestData::path(collection),
            QJsonDocument(body).toJson(), {{"Content-Type", "application/json"}});
    }
    const QList<HttpResult> results
        = HttpClient::rawRequests(m_server.host(), m_server.port(), requests, 30000);
    int created = 0, conflicts = 0;
    for (const HttpResult &r : results) {
        if (r.status == 201)
            ++created;
        else if (r.status == 409)
            ++conflicts;
        else
            QFAIL(qPrintable(r.describe()));
    }
    QCOMPARE(created, 1);
    QCOMPARE(conflicts, 9);
}

void TestConcurrencyRateLimit::concurrentCreatesGetDistinctSeqs()
{
    TestTenant tenant;
    QVERIFY(tenant.setUp(m_server, u"Parallel Co"_s));
    QList<QByteArray> requests;
    for (int i = 0; i < 40; ++i) {
        const QString collection = TestData::collections().at(i % 5);
        requests << tenant.http().buildRaw("POST", TestData::path(collection),
            QJsonDocument(TestData::minimalBody(collection, u"Parallel %1"_s.arg(i))).toJson(),
            {{"Content-Type", "application/json"}});
    }
    const QList<HttpResult> results
        = HttpClient::rawRequests(m_server.host(), m_server.port(), requests, 30000);
    QSet<QString> ids;
    for (const HttpResult &r : results) {
        OT_VERIFY_STATUS(r, 201);
        ids.insert(r.object().value(u"id"_s).toString());
    }
    QCOMPARE(ids.size(), 40);

    const HttpResult feed = tenant.http().get(u"/api/v1/changes?limit=1000"_s);
    OT_VERIFY_STATUS(feed, 200);
    QCOMPARE(feed.data().size(), 40);
    qint64 previous = 0;
    QSet<QString> feedIds;
    for (const QJsonValue &v : feed.data()) {
        const qint64 seq = v.toObject().value(u"seq"_s).toInteger();
        QVERIFY2(seq > previous, "seq not strictly increasing");
        previous = seq;
        feedIds.insert(v.toObject().value(u"id"_s).toString());
    }
    QCOMPARE(feedIds, ids);
}

void TestConcurrencyRateLimit::operatorLimitAppliesFromNextWindow()
{
    QVERIFY2(m_burstReset > 0, "limitHoldsUnderConcurrency did not run");
    // Wait for the burst tenant's window to end (at most a minute).
    const qint64 waitMs = (m_burstReset - QDateTime::currentSecsSinceEpoch() + 1) * 1000;
    QVERIFY2(waitMs <= 62000, qPrintable(u"window ends in %1 ms"_s.arg(waitMs)));
    if (waitMs > 0)
        QTest::qWait(int(waitMs));

    HttpClient &burst = m_burst.http();
    for (int i = 0; i < 5; ++i) {
        const HttpResult r = burst.get(u"/api/v1/contacts"_s);
        QVERIFY2(r.status == 200, qPrintable(u"request %1: "_s.arg(i + 1) + r.describe()));
        OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r, 5));
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 4 - i);
    }
    const HttpResult over = burst.get(u"/api/v1/contacts"_s);
    OT_VERIFY_PROBLEM(over, 429, "rate-limited");
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(over, 5));

    const CliResult list = m_server.runCli({u"tenant"_s, u"list"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    bool found = false;
    for (const QJsonValue &v : list.json().array()) {
        if (v.toObject().value(u"id"_s).toString() == m_burst.id()) {
            found = true;
            QCOMPARE(v.toObject().value(u"rateLimit"_s).toInt(), 5);
        }
    }
    QVERIFY(found);
}

void TestConcurrencyRateLimit::failedAuthBlockEndsWithItsWindow()
{
    QVERIFY2(m_authBlockedUntilMs > 0, "failedAuthBlocksAddress did not run");
    // Retry-After was honest: once it has passed, the address is served again.
    const qint64 waitMs = m_authBlockedUntilMs - QDateTime::currentMSecsSinceEpoch() + 1000;
    if (waitMs > 0)
        QTest::qWait(int(waitMs));
    const HttpResult r = m_authTenant.http().get(u"/api/v1/contacts"_s);
    OT_VERIFY_STATUS(r, 200);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r));
    auto bad = m_authTenant.clientWithKey(u"otk_"_s + QString(40, u'x'));
    OT_VERIFY_PROBLEM(bad->get(u"/api/v1/contacts"_s), 401, "unauthorized");
    m_authServer.dumpLogIfFailed();
}

QTEST_GUILESS_MAIN(TestConcurrencyRateLimit)
