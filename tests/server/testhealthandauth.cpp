#include "testhealthandauth.h"

#include "testdata.h"
#include "testmacros.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
const QString UnknownKey = u"otk_"_s + u"A"_s.repeated(40);
const QString Contacts = u"/api/v1/contacts"_s;
} // namespace

void TestHealthAndAuth::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Auth Co"_s));
    m_readKey = m_tenant.addKey({u"read"_s});
    m_writeKey = m_tenant.addKey({u"write"_s});
    QVERIFY(m_readKey.isValid());
    QVERIFY(m_writeKey.isValid());
}

void TestHealthAndAuth::cleanup()
{
    m_server.dumpLogIfFailed();
}

void TestHealthAndAuth::healthNeedsNoKey()
{
    HttpClient anonymous(m_server.baseUrl());
    const HttpResult r = anonymous.get(u"/api/v1/health"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.mediaType(), QByteArray("application/json"));
    const QJsonObject o = r.object();
    QCOMPARE(o.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(o.value(u"version"_s).toString(), QString::fromLatin1(OMNIOTAP_EXPECTED_VERSION));
    QVERIFY2(TestData::isTimestamp(o.value(u"time"_s).toString()), r.body.constData());
    const QDateTime time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    OT_VERIFY_CHECK(ResponseCheck::noRateLimitHeaders(r));
}

void TestHealthAndAuth::headAnswersLikeGetWithoutBody()
{
    HttpClient anonymous(m_server.baseUrl());
    HttpResult r = HttpClient::rawRequest(m_server.host(), m_server.port(),
        anonymous.buildRaw("HEAD", u"/api/v1/health"_s, {}, {{"Connection", "close"}}));
    OT_VERIFY_STATUS(r, 200);
    // Nothing may follow the header block of a HEAD response.
    const int headerEnd = int(r.raw.indexOf("\r\n\r\n"));
    QVERIFY(headerEnd > 0);
    QCOMPARE(r.raw.size(), headerEnd + 4);

    r = m_tenant.http().request("HEAD", Contacts);
    OT_VERIFY_STATUS(r, 200);
    QVERIFY(r.body.isEmpty());
}

void TestHealthAndAuth::openApiNeedsNoKey()
{
    HttpClient anonymous(m_server.baseUrl());
    const HttpResult r = anonymous.get(u"/api/v1/openapi.json"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.mediaType(), QByteArray("application/json"));
    const QJsonObject o = r.object();
    QVERIFY2(o.value(u"openapi"_s).toString().startsWith(u"3."_s), r.body.left(200).constData());
    QVERIFY(!o.value(u"info"_s).toObject().isEmpty());
    const QJsonObject paths = o.value(u"paths"_s).toObject();
    QVERIFY(!paths.isEmpty());
    // Every route of the API is documented (with or without the /api/v1 prefix, any parameter
    // name for the id).
    QStringList documented;
    for (const QString &path : paths.keys()) {
        QString normalized = path;
        normalized.replace(QRegularExpression(u"\\{[^}]*\\}"_s), u"{id}"_s);
        if (!normalized.startsWith(u"/api/v1"_s))
            normalized.prepend(u"/api/v1"_s);
        documented << normalized;
    }
    QStringList routes {u"/api/v1/health"_s, u"/api/v1/changes"_s, u"/api/v1/tenant"_s,
        u"/api/v1/api-keys"_s, u"/api/v1/api-keys/{id}"_s};
    for (const QString &c : TestData::collections())
        routes << TestData::path(c) << TestData::path(c, u"{id}"_s);
    for (const QString &route : routes)
        QVERIFY2(documented.contains(route), qPrintable(u"not in openapi.json: "_s + route));
}

void TestHealthAndAuth::badKeyIs401_data()
{
    QTest::addColumn<QByteArray>("keyHeader"); // the X-API-Key line, empty: none
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("unknown") << QByteArray("X-API-Key: ") + UnknownKey.toUtf8();
    QTest::newRow("malformed") << QByteArray("X-API-Key: not-a-key");
    QTest::newRow("empty") << QByteArray("X-API-Key: ");
    QTest::newRow("lowercase header name, bad key") << QByteArray("x-api-key: otk_123");
}

void TestHealthAndAuth::badKeyIs401()
{
    QFETCH(QByteArray, keyHeader);
    QByteArray request = "GET /api/v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!keyHeader.isEmpty())
        request += keyHeader + "\r\n";
    request += "Connection: close\r\n\r\n";
    const HttpResult r = HttpClient::rawRequest(m_server.host(), m_server.port(), request);
    OT_VERIFY_PROBLEM_AT(r, 401, "unauthorized", Contacts);
    OT_VERIFY_CHECK(ResponseCheck::noRateLimitHeaders(r));
}

void TestHealthAndAuth::revokedKeyIs401()
{
    const CreatedKey key = m_tenant.addKey({u"admin"_s});
    QVERIFY(key.isValid());
    auto client = m_tenant.clientWithKey(key.key);
    // Repeated reads, so that the worker threads answering them remember the key (ApiKeyCache);
    // the revoke comes from another process.
    for (int i = 0; i < 8; ++i)
        OT_VERIFY_STATUS(client->get(Contacts), 200);
    const CliResult revoke = m_server.runCli({u"key"_s, u"revoke"_s, key.id});
    QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.describe()));
    for (int i = 0; i < 8; ++i) {
        const HttpResult r = client->get(Contacts);
        OT_VERIFY_PROBLEM_AT(r, 401, "unauthorized", Contacts);
        OT_VERIFY_CHECK(ResponseCheck::noRateLimitHeaders(r));
    }
}

void TestHealthAndAuth::failedAuthDoesNotCountAgainstTenant()
{
    TestTenant tenant;
    QVERIFY(tenant.setUp(m_server, u"Counting Co"_s, 50));
    const CreatedKey revoked = tenant.addKey({u"read"_s});
    QVERIFY(revoked.isValid());
    QCOMPARE(m_server.runCli({u"key"_s, u"revoke"_s, revoked.id}).exitCode, 0);

    HttpResult r = tenant.http().get(Contacts);
    OT_VERIFY_STATUS(r, 200);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r, 50));
    const int before = r.header("X-RateLimit-Remaining").toInt();

    auto revokedClient = tenant.clientWithKey(revoked.key);
    for (int i = 0; i < 3; ++i)
        OT_VERIFY_STATUS(revokedClient->get(Contacts), 401);

    r = tenant.http().get(Contacts);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), before - 1);
}

void TestHealthAndAuth::authenticationComesBeforeRouting_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown path") << QByteArray("GET") << u"/api/v1/nothing-here"_s;
    QTest::newRow("method not allowed") << QByteArray("PUT") << Contacts;
    QTest::newRow("non-uuid id") << QByteArray("GET") << u"/api/v1/contacts/not-a-uuid"_s;
}

void TestHealthAndAuth::authenticationComesBeforeRouting()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    HttpClient anonymous(m_server.baseUrl());
    const HttpResult r = anonymous.request(method, path);
    OT_VERIFY_PROBLEM_AT(r, 401, "unauthorized", path);
}

void TestHealthAndAuth::unknownPathIs404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown collection") << QByteArray("GET") << u"/api/v1/widgets"_s << u"admin"_s;
    QTest::newRow("unknown id") << QByteArray("GET")
                                << TestData::path(u"contacts"_s, TestData::newUuid()) << u"read"_s;
    QTest::newRow("non-uuid id") << QByteArray("GET") << u"/api/v1/contacts/12345"_s << u"read"_s;
    QTest::newRow("too deep") << QByteArray("GET") << u"/api/v1/contacts/a/b"_s << u"admin"_s;
    // Routing comes before the scope check.
    QTest::newRow("POST unknown path, read key")
        << QByteArray("POST") << u"/api/v1/widgets"_s << u"read"_s;
}

void TestHealthAndAuth::unknownPathIs404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, key);
    auto client = m_tenant.clientWithKey(key == u"read" ? m_readKey.key : m_tenant.key().key);
    const HttpResult r = client->request(method, path, method == "POST" ? QByteArray("{}") : "",
        {{"Content-Type", "application/json"}});
    OT_VERIFY_PROBLEM_AT(r, 404, "not-found", path);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r));
}

void TestHealthAndAuth::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allowed"); // one method the Allow header must name
    QTest::newRow("PUT collection") << QByteArray("PUT") << Contacts << QByteArray("POST");
    QTest::newRow("DELETE collection") << QByteArray("DELETE") << Contacts << QByteArray("GET");
    QTest::newRow("POST record") << QByteArray("POST")
                                 << TestData::path(u"tickets"_s, TestData::newUuid())
                                 << QByteArray("PATCH");
    QTest::newRow("PUT record") << QByteArray("PUT")
                                << TestData::path(u"leads"_s, TestData::newUuid())
                                << QByteArray("DELETE");
    QTest::newRow("POST changes") << QByteArray("POST") << u"/api/v1/changes"_s
                                  << QByteArray("GET");
    QTest::newRow("DELETE tenant")
        << QByteArray("DELETE") << u"/api/v1/tenant"_s << QByteArray("GET");
    QTest::newRow("POST health") << QByteArray("POST") << u"/api/v1/health"_s << QByteArray("GET");
    // HEAD is answered wherever GET is, so Allow names it too.
    QTest::newRow("PUT collection, HEAD allowed")
        << QByteArray("PUT") << Contacts << QByteArray("HEAD");
}

void TestHealthAndAuth::methodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allowed);
    const HttpResult r
        = m_tenant.http().request(method, path, "{}", {{"Content-Type", "application/json"}});
    OT_VERIFY_PROBLEM_AT(r, 405, "method-not-allowed", path);
    const QList<QByteArray> allow = r.header("Allow").toUpper().replace(' ', "").split(',');
    QVERIFY2(allow.contains(allowed), r.header("Allow").constData());
    QVERIFY2(!allow.contains(method), r.header("Allow").constData());
}

void TestHealthAndAuth::scopes_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {id}: a fresh contact
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");

    const QByteArray contact = R"({"firstName": "Scope"})";
    const QByteArray apiKey = R"({"name": "scoped", "scopes": ["read"]})";
    const QString record = u"/api/v1/contacts/{id}"_s;
    const QString unknownKey = u"/api/v1/api-keys/"_s + TestData::newUuid();
    struct Row
    {
        QByteArray method;
        QString path;
        QByteArray body;
        int read, write, admin;
    };
    const QList<Row> rows {
        {"GET", Contacts, {}, 200, 200, 200},
        {"GET", record, {}, 200, 200, 200},
        {"GET", u"/api/v1/changes"_s, {}, 200, 200, 200},
        {"POST", Contacts, contact, 403, 201, 201},
        {"PATCH", record, R"({"lastName": "Changed"})", 403, 200, 200},
        {"DELETE", record, {}, 403, 204, 204},
        {"GET", u"/api/v1/tenant"_s, {}, 403, 403, 200},
        {"GET", u"/api/v1/api-keys"_s, {}, 403, 403, 200},
        {"POST", u"/api/v1/api-keys"_s, apiKey, 403, 403, 201},
        {"DELETE", unknownKey, {}, 403, 403, 404},
    };
    for (const Row &row : rows) {
        const QByteArray name = row.method + ' ' + row.path.toUtf8();
        QTest::newRow(("read: " + name).constData())
            << u"read"_s << row.method << row.path << row.body << row.read;
        QTest::newRow(("write: " + name).constData())
            << u"write"_s << row.method << row.path << row.body << row.write;
        QTest::newRow(("admin: " + name).constData())
            << u"admin"_s << row.method << row.path << row.body << row.admin;
    }
}

void TestHealthAndAuth::scopes()
{
    QFETCH(QString, scope);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, expected);

    if (path.contains(u"{id}"_s)) {
        const QString id = m_tenant.createMinimal(u"contacts"_s);
        QVERIFY(!id.isEmpty());
        path.replace(u"{id}"_s, id);
    }
    const QString key = scope == u"read" ? m_readKey.key
        : scope == u"write"              ? m_writeKey.key
                                         : m_tenant.key().key;
    auto client = m_tenant.clientWithKey(key);
    HttpHeaders headers;
    if (!body.isEmpty())
        headers.emplaceBack("Content-Type", "application/json");
    const HttpResult r = client->request(method, path, body, headers);
    if (expected == 403)
        OT_VERIFY_PROBLEM_AT(r, 403, "forbidden", path);
    else
        OT_VERIFY_STATUS(r, expected);
}

void TestHealthAndAuth::forbiddenCarriesRateLimitHeaders()
{
    auto client = m_tenant.clientWithKey(m_readKey.key);
    const HttpResult r = client->post(Contacts, TestData::minimalBody(u"contacts"_s));
    OT_VERIFY_PROBLEM(r, 403, "forbidden");
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r));
}

void TestHealthAndAuth::orderOfChecks_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("type");

    // All with a read-only key.
    QTest::newRow("405 before 403")
        << QByteArray("PUT") << Contacts << QByteArray("application/json") << QByteArray("{}")
        << 405 << u"method-not-allowed"_s;
    QTest::newRow("404 before 415")
        << QByteArray("POST") << u"/api/v1/widgets"_s << QByteArray("text/plain")
        << QByteArray("hello") << 404 << u"not-found"_s;
    QTest::newRow("415 before 403") << QByteArray("POST") << Contacts << QByteArray("text/plain")
                                    << QByteArray("hello") << 415 << u"unsupported-media-type"_s;
    QTest::newRow("403 before 400")
        << QByteArray("POST") << Contacts << QByteArray("application/json") << QByteArray("{oops")
        << 403 << u"forbidden"_s;
    QTest::newRow("403 before 404 of the record")
        << QByteArray("DELETE") << TestData::path(u"contacts"_s, TestData::newUuid())
        << QByteArray() << QByteArray() << 403 << u"forbidden"_s;
    QTest::newRow("403 before 422")
        << QByteArray("POST") << Contacts << QByteArray("application/json") << QByteArray("{}")
        << 403 << u"forbidden"_s;
}

void TestHealthAndAuth::orderOfChecks()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QFETCH(QString, type);
    auto client = m_tenant.clientWithKey(m_readKey.key);
    HttpHeaders headers;
    if (!contentType.isEmpty())
        headers.emplaceBack("Content-Type", contentType);
    const HttpResult r = client->request(method, path, body, headers);
    OT_VERIFY_CHECK(ResponseCheck::problem(r, expected, type, path));
}

void TestHealthAndAuth::trailingSlashAndUppercaseIds()
{
    const QString id = m_tenant.createMinimal(u"customers"_s, u"Slash Ltd"_s);
    QVERIFY(!id.isEmpty());
    HttpResult r = m_tenant.http().get(u"/api/v1/customers/"_s);
    OT_VERIFY_STATUS(r, 200);
    QVERIFY(r.object().value(u"data"_s).isArray());

    r = m_tenant.http().get(TestData::path(u"customers"_s, id.toUpper()));
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"id"_s).toString(), id);

    r = m_tenant.http().get(TestData::path(u"customers"_s, id) + u'/');
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"id"_s).toString(), id);
}

void TestHealthAndAuth::failedAuthIsLimitedPerAddress()
{
    // A server of its own: this poisons the failed-auth counter of 127.0.0.1.
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    TestTenant tenant;
    QVERIFY(tenant.setUp(server, u"Limited Co"_s));

    auto bad = tenant.clientWithKey(UnknownKey);
    for (int i = 1; i <= 20; ++i) {
        const HttpResult r = bad->get(Contacts);
        QVERIFY2(r.status == 401, qPrintable(u"failure %1: %2"_s.arg(i).arg(r.describe())));
    }

    // The 21st request from this address is refused even with a valid key.
    HttpResult r = tenant.http().get(Contacts);
    OT_VERIFY_PROBLEM(r, 429, "rate-limited");
    bool ok = false;
    const int retryAfter = r.header("Retry-After").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 60, r.header("Retry-After").constData());
    OT_VERIFY_CHECK(ResponseCheck::noRateLimitHeaders(r));

    r = bad->get(Contacts);
    OT_VERIFY_PROBLEM(r, 429, "rate-limited");
    OT_VERIFY_CHECK(ResponseCheck::noRateLimitHeaders(r));
    r = tenant.http().post(Contacts, TestData::minimalBody(u"contacts"_s));
    OT_VERIFY_PROBLEM(r, 429, "rate-limited");

    // Another client address is not affected.
    const HttpResult other = HttpClient::rawRequest(server.host(), server.port(),
        tenant.http().buildRaw("GET", Contacts), HttpClient::DefaultTimeoutMs,
        QHostAddress(u"127.0.0.2"_s));
    if (other.status == 0 && !other.error.isEmpty())
        QSKIP(qPrintable(u"cannot connect from 127.0.0.2: "_s + other.error));
    OT_VERIFY_STATUS(other, 200);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(other));
    server.dumpLogIfFailed();
}

QTEST_GUILESS_MAIN(TestHealthAndAuth)
