#include "testidempotencyifmatch.h"

#include "testdata.h"
#include "testmacros.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
HttpHeaders keyHeader(const QString &key)
{
    return {{"Idempotency-Key", key.toUtf8()}};
}
} // namespace

void TestIdempotencyIfMatch::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Idempotent Co"_s));
}

void TestIdempotencyIfMatch::cleanup()
{
    m_server.dumpLogIfFailed();
}

int TestIdempotencyIfMatch::countNamed(const QString &collection, const QString &name)
{
    const HttpResult r
        = m_tenant.http().get(TestData::path(collection) + TestData::query({{u"search"_s, name}}));
    return r.status == 200 ? r.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt()
                           : -1;
}

void TestIdempotencyIfMatch::replayReturnsFirstResponse()
{
    const QString key = TestData::newUuid();
    const QJsonObject body {{u"firstName"_s, u"Replay"_s}, {u"lastName"_s, u"Once"_s}};
    const HttpResult first = m_tenant.http().post(u"/api/v1/contacts"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(first, 201);
    const HttpResult second = m_tenant.http().post(u"/api/v1/contacts"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(second, 201);
    QCOMPARE(second.object(), first.object());
    QCOMPARE(second.header("Location"), first.header("Location"));
    QCOMPARE(second.header("ETag"), first.header("ETag"));
    QVERIFY(!second.header("Location").isEmpty());
    QCOMPARE(countNamed(u"contacts"_s, u"Replay Once"_s), 1);

    const QString id = first.object().value(u"id"_s).toString();
    const HttpResult feed = m_tenant.http().get(u"/api/v1/changes?limit=1000"_s);
    int entries = 0;
    for (const QJsonValue &v : feed.data())
        entries += v.toObject().value(u"id"_s).toString() == id ? 1 : 0;
    QCOMPARE(entries, 1);
}

void TestIdempotencyIfMatch::replayIgnoresLaterChanges()
{
    const QString key = TestData::newUuid();
    const QJsonObject body {{u"name"_s, u"Changing Corp"_s}};
    const HttpResult first = m_tenant.http().post(u"/api/v1/customers"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(first, 201);
    const QString path = TestData::path(u"customers"_s, first.object().value(u"id"_s).toString());
    OT_VERIFY_STATUS(m_tenant.http().patch(path, {{u"industry"_s, u"Later"_s}}), 200);

    HttpResult replay = m_tenant.http().post(u"/api/v1/customers"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(replay, 201);
    QCOMPARE(replay.object(), first.object());
    QCOMPARE(replay.header("ETag"), QByteArray("\"1\""));

    // Even after a delete, the key answers with the first response and creates nothing.
    OT_VERIFY_STATUS(m_tenant.http().del(path), 204);
    replay = m_tenant.http().post(u"/api/v1/customers"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(replay, 201);
    QCOMPARE(replay.object(), first.object());
    OT_VERIFY_STATUS(m_tenant.http().get(path), 404);
    QCOMPARE(countNamed(u"customers"_s, u"Changing Corp"_s), 0);
}

void TestIdempotencyIfMatch::otherBodyIs422()
{
    const QString key = TestData::newUuid();
    OT_VERIFY_STATUS(
        m_tenant.http().post(u"/api/v1/leads"_s, {{u"title"_s, u"Original"_s}}, keyHeader(key)),
        201);
    const HttpResult r
        = m_tenant.http().post(u"/api/v1/leads"_s, {{u"title"_s, u"Different"_s}}, keyHeader(key));
    OT_VERIFY_PROBLEM_AT(r, 422, "idempotency-key-reused", u"/api/v1/leads"_s);
    QCOMPARE(countNamed(u"leads"_s, u"Different"_s), 0);
    QCOMPARE(countNamed(u"leads"_s, u"Original"_s), 1);
}

void TestIdempotencyIfMatch::keyIsScopedToPath()
{
    const QString key = TestData::newUuid();
    const HttpResult contact = m_tenant.http().post(
        u"/api/v1/contacts"_s, {{u"firstName"_s, u"PathScoped"_s}}, keyHeader(key));
    OT_VERIFY_STATUS(contact, 201);
    const HttpResult ticket = m_tenant.http().post(
        u"/api/v1/tickets"_s, {{u"subject"_s, u"PathScoped"_s}}, keyHeader(key));
    OT_VERIFY_STATUS(ticket, 201);
    QVERIFY(ticket.object().value(u"id"_s) != contact.object().value(u"id"_s));
    QCOMPARE(ticket.object().value(u"subject"_s).toString(), u"PathScoped"_s);
}

void TestIdempotencyIfMatch::keyIsScopedToTenant()
{
    TestTenant other;
    QVERIFY(other.setUp(m_server, u"Other Idempotent Co"_s));
    const QString key = TestData::newUuid();
    const QJsonObject body {{u"name"_s, u"Tenant scoped deal"_s}};
    const HttpResult mine = m_tenant.http().post(u"/api/v1/opportunities"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(mine, 201);
    const HttpResult theirs = other.http().post(u"/api/v1/opportunities"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(theirs, 201);
    QVERIFY(theirs.object().value(u"id"_s) != mine.object().value(u"id"_s));
    OT_VERIFY_STATUS(other.http().get(TestData::path(
                         u"opportunities"_s, theirs.object().value(u"id"_s).toString())),
        200);
    // With another body, the other tenant's use of the key is no reuse either.
    const HttpResult third = other.http().post(
        u"/api/v1/opportunities"_s, {{u"name"_s, u"Another"_s}}, keyHeader(TestData::newUuid()));
    OT_VERIFY_STATUS(third, 201);
}

void TestIdempotencyIfMatch::errorsAreReplayed()
{
    const QString key = TestData::newUuid();
    const QByteArray invalid = R"({"firstName": "Err", "email": "broken"})";
    const HttpResult first
        = m_tenant.http().postRaw(u"/api/v1/contacts"_s, invalid, keyHeader(key));
    OT_VERIFY_PROBLEM(first, 422, "validation-failed");
    const HttpResult second
        = m_tenant.http().postRaw(u"/api/v1/contacts"_s, invalid, keyHeader(key));
    OT_VERIFY_PROBLEM(second, 422, "validation-failed");
    QCOMPARE(second.object(), first.object());
    // The stored response belongs to the first body.
    const HttpResult fixed = m_tenant.http().postRaw(u"/api/v1/contacts"_s,
        R"({"firstName": "Err", "email": "fixed@example.com"})", keyHeader(key));
    OT_VERIFY_PROBLEM(fixed, 422, "idempotency-key-reused");
    QCOMPARE(countNamed(u"contacts"_s, u"fixed@example.com"_s), 0);
}

void TestIdempotencyIfMatch::replayWithClientChosenId()
{
    const QString key = TestData::newUuid();
    const QJsonObject body {{u"id"_s, TestData::newUuid()}, {u"subject"_s, u"Offline ticket"_s}};
    const HttpResult first = m_tenant.http().post(u"/api/v1/tickets"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(first, 201);
    const HttpResult replay = m_tenant.http().post(u"/api/v1/tickets"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(replay, 201);
    QCOMPARE(replay.object(), first.object());
    // Without the key the same id is a conflict.
    OT_VERIFY_PROBLEM(m_tenant.http().post(u"/api/v1/tickets"_s, body), 409, "duplicate-id");
}

void TestIdempotencyIfMatch::replayCountsAgainstRateLimit()
{
    const QString key = TestData::newUuid();
    const QJsonObject body {{u"firstName"_s, u"Counted"_s}};
    const HttpResult first = m_tenant.http().post(u"/api/v1/contacts"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(first, 201);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(first));
    const HttpResult replay = m_tenant.http().post(u"/api/v1/contacts"_s, body, keyHeader(key));
    OT_VERIFY_STATUS(replay, 201);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(replay));
    QCOMPARE(replay.header("X-RateLimit-Remaining").toLongLong(),
        first.header("X-RateLimit-Remaining").toLongLong() - 1);
}

void TestIdempotencyIfMatch::keyLength()
{
    const QString longest = QString(255, u'k');
    const QJsonObject body {{u"firstName"_s, u"Long key"_s}};
    HttpResult r = m_tenant.http().post(u"/api/v1/contacts"_s, body, keyHeader(longest));
    OT_VERIFY_STATUS(r, 201);
    r = m_tenant.http().post(u"/api/v1/contacts"_s, body, keyHeader(longest));
    OT_VERIFY_STATUS(r, 201);
    QCOMPARE(countNamed(u"contacts"_s, u"Long key"_s), 1);

    // Over 255 characters the key is refused as a client error; nothing is created.
    r = m_tenant.http().post(
        u"/api/v1/contacts"_s, {{u"firstName"_s, u"Too long key"_s}}, keyHeader(longest + u'k'));
    QVERIFY2(r.status == 400 || r.status == 422, qPrintable(r.describe()));
    OT_VERIFY_CHECK(ResponseCheck::problem(r, r.status, {}));
    QCOMPARE(countNamed(u"contacts"_s, u"Too long key"_s), 0);
}

void TestIdempotencyIfMatch::concurrentSameKeyCreatesOnce()
{
    const QByteArray body = R"({"firstName": "Concurrent", "lastName": "Key"})";
    const QByteArray key = TestData::newUuid().toUtf8();
    QList<QByteArray> requests;
    for (int i = 0; i < 10; ++i)
        requests << m_tenant.http().buildRaw("POST", u"/api/v1/contacts"_s, body,
            {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
    const QList<HttpResult> results
        = HttpClient::rawRequests(m_server.host(), m_server.port(), requests, 30000);
    QString id;
    int created = 0;
    for (const HttpResult &r : results) {
        if (r.status == 201) {
            ++created;
            const QString thisId = r.object().value(u"id"_s).toString();
            QVERIFY2(id.isEmpty() || id == thisId, "two different records for one key");
            id = thisId;
        } else {
            OT_VERIFY_PROBLEM(r, 409, "idempotency-in-progress");
        }
    }
    QVERIFY(created >= 1);
    QCOMPARE(countNamed(u"contacts"_s, u"Concurrent Key"_s), 1);
}

void TestIdempotencyIfMatch::ifMatchOnPatch()
{
    const QString id = m_tenant.createMinimal(u"contacts"_s, u"Versioned"_s);
    QVERIFY(!id.isEmpty());
    const QString path = TestData::path(u"contacts"_s, id);

    HttpResult r
        = m_tenant.http().patch(path, {{u"lastName"_s, u"One"_s}}, {{"If-Match", "\"1\""}});
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.header("ETag"), QByteArray("\"2\""));

    r = m_tenant.http().patch(path, {{u"lastName"_s, u"Stale"_s}}, {{"If-Match", "\"1\""}});
    OT_VERIFY_PROBLEM_AT(r, 412, "precondition-failed", path);
    r = m_tenant.http().patch(path, {{u"lastName"_s, u"Garbage"_s}}, {{"If-Match", "abc"}});
    OT_VERIFY_PROBLEM_AT(r, 412, "precondition-failed", path);
    QCOMPARE(m_tenant.fetch(u"contacts"_s, id).value(u"lastName"_s).toString(), u"One"_s);

    // A matching If-Match on a PATCH that changes nothing.
    r = m_tenant.http().patch(path, {{u"lastName"_s, u"One"_s}}, {{"If-Match", "\"2\""}});
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.header("ETag"), QByteArray("\"2\""));

    r = m_tenant.http().patch(path, {{u"lastName"_s, u"Two"_s}}, {{"If-Match", "\"2\""}});
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"version"_s).toInt(), 3);

    // If-Match compares strongly: a weak tag never matches; any tag of a list may.
    r = m_tenant.http().patch(path, {{u"lastName"_s, u"Weak"_s}}, {{"If-Match", "W/\"3\""}});
    OT_VERIFY_PROBLEM_AT(r, 412, "precondition-failed", path);
    r = m_tenant.http().patch(path, {{u"lastName"_s, u"Listed"_s}}, {{"If-Match", "\"9\", \"3\""}});
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"version"_s).toInt(), 4);
}

void TestIdempotencyIfMatch::ifMatchOnDelete()
{
    const QString id = m_tenant.createMinimal(u"opportunities"_s, u"Delete me"_s);
    QVERIFY(!id.isEmpty());
    const QString path = TestData::path(u"opportunities"_s, id);
    OT_VERIFY_STATUS(m_tenant.http().patch(path, {{u"amount"_s, 5}}), 200);

    OT_VERIFY_PROBLEM_AT(
        m_tenant.http().del(path, {{"If-Match", "\"1\""}}), 412, "precondition-failed", path);
    OT_VERIFY_STATUS(m_tenant.http().get(path), 200);
    OT_VERIFY_STATUS(m_tenant.http().del(path, {{"If-Match", "\"2\""}}), 204);
    OT_VERIFY_STATUS(m_tenant.http().get(path), 404);
}

void TestIdempotencyIfMatch::ifMatchOnUnknownRecordIs404()
{
    const QString path = TestData::path(u"tickets"_s, TestData::newUuid());
    OT_VERIFY_PROBLEM(
        m_tenant.http().patch(path, {{u"subject"_s, u"x"_s}}, {{"If-Match", "\"1\""}}), 404,
        "not-found");
    OT_VERIFY_PROBLEM(m_tenant.http().del(path, {{"If-Match", "\"1\""}}), 404, "not-found");
}

QTEST_GUILESS_MAIN(TestIdempotencyIfMatch)
