#include "testwebhookendpoints.h"

#include "testdata.h"
#include "testmacros.h"
#include "webhookreceiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Webhooks = u"/api/v1/webhooks"_s;
const QString PublicUrl = u"https://hooks.example.com/omniotap"_s;

QString endpointPath(const QString &id, const QString &suffix = {})
{
    return Webhooks + u'/' + id + suffix;
}

QStringList sortedPointers(const HttpResult &r)
{
    QStringList pointers = ResponseCheck::errorPointers(r);
    pointers.sort();
    return pointers;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

// Every field of an endpoint, the secret only where it belongs.
QString endpointShape(const QJsonObject &o, bool withSecret)
{
    for (const QString &field : {u"id"_s, u"url"_s, u"events"_s, u"enabled"_s, u"description"_s,
             u"disabledReason"_s, u"createdAt"_s, u"updatedAt"_s}) {
        if (!o.contains(field))
            return u"endpoint lacks %1: %2"_s.arg(
                field, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    if (!TestData::isUuid(o.value(u"id"_s).toString()))
        return u"id is not a lowercase UUID"_s;
    if (!o.value(u"events"_s).isArray() || !o.value(u"enabled"_s).isBool())
        return u"events must be an array and enabled a boolean"_s;
    if (!TestData::isTimestamp(o.value(u"createdAt"_s).toString())
        || !TestData::isTimestamp(o.value(u"updatedAt"_s).toString()))
        return u"createdAt/updatedAt are not RFC 3339 timestamps with milliseconds"_s;
    if (o.contains(u"secret"_s) != withSecret)
        return withSecret ? u"secret missing"_s : u"secret shown outside create/rotate"_s;
    return {};
}

// "whsec_" + canonical standard base64 of at least 24 random bytes.
QString secretProblem(const QString &secret)
{
    static const QRegularExpression pattern(u"^whsec_[A-Za-z0-9+/]+={0,2}$"_s);
    if (!pattern.match(secret).hasMatch())
        return u"secret '%1' is not whsec_ + base64"_s.arg(secret);
    const auto decoded = QByteArray::fromBase64Encoding(
        secret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 24)
        return u"secret '%1' decodes to fewer than 24 bytes"_s.arg(secret);
    return {};
}

} // namespace

void TestWebhookEndpoints::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Hooks Co"_s));
    m_strictServer.setAllowPrivateWebhooks(false);
    QVERIFY2(m_strictServer.start(), qPrintable(m_strictServer.lastError()));
    QVERIFY(m_strictTenant.setUp(m_strictServer, u"Strict Co"_s));
}

void TestWebhookEndpoints::cleanup()
{
    m_server.dumpLogIfFailed();
    m_strictServer.dumpLogIfFailed();
}

QJsonObject TestWebhookEndpoints::createEndpoint(HttpClient &http, const QJsonObject &body)
{
    const HttpResult r = http.post(Webhooks, body);
    if (r.status != 201) {
        qWarning().noquote() << "creating a webhook endpoint failed:" << r.describe();
        return {};
    }
    return r.object();
}

void TestWebhookEndpoints::createShowsSecretOnce()
{
    const HttpResult r = m_tenant.http().post(Webhooks,
        {{u"url"_s, PublicUrl},
            {u"events"_s, QJsonArray {u"contact.created"_s, u"ticket.deleted"_s}},
            {u"description"_s, u"  CRM mirror  "_s}});
    OT_VERIFY_STATUS(r, 201);
    QCOMPARE(r.mediaType(), QByteArray("application/json"));
    const QJsonObject o = r.object();
    OT_VERIFY_CHECK(endpointShape(o, true));
    const QString id = o.value(u"id"_s).toString();
    QVERIFY2(
        r.header("Location").endsWith(endpointPath(id).toUtf8()), r.header("Location").constData());
    QCOMPARE(o.value(u"url"_s).toString(), PublicUrl);
    QCOMPARE(
        strings(o.value(u"events"_s)), (QStringList {u"contact.created"_s, u"ticket.deleted"_s}));
    QCOMPARE(o.value(u"enabled"_s), QJsonValue(true));
    QCOMPARE(o.value(u"description"_s).toString(), u"CRM mirror"_s);
    QVERIFY(o.value(u"disabledReason"_s).isNull());
    QCOMPARE(o.value(u"createdAt"_s), o.value(u"updatedAt"_s));
    const QString secret = o.value(u"secret"_s).toString();
    OT_VERIFY_CHECK(secretProblem(secret));

    // Never again: not on GET, not in the list.
    const HttpResult got = m_tenant.http().get(endpointPath(id));
    OT_VERIFY_STATUS(got, 200);
    OT_VERIFY_CHECK(endpointShape(got.object(), false));
    QJsonObject expected = o;
    expected.remove(u"secret"_s);
    QCOMPARE(got.object(), expected);
    const HttpResult list = m_tenant.http().get(Webhooks + u"?limit=200"_s);
    OT_VERIFY_STATUS(list, 200);
    QVERIFY(!list.body.contains(secret.toUtf8()));
    bool listed = false;
    for (const QJsonValue &v : list.data()) {
        OT_VERIFY_CHECK(endpointShape(v.toObject(), false));
        if (v.toObject().value(u"id"_s).toString() == id) {
            listed = true;
            QCOMPARE(v.toObject(), expected);
        }
    }
    QVERIFY(listed);
    const HttpResult patched = m_tenant.http().patch(endpointPath(id), {{u"enabled"_s, true}});
    OT_VERIFY_STATUS(patched, 200);
    QVERIFY(!patched.object().contains(u"secret"_s));

    // Every endpoint has a secret of its own.
    const QJsonObject other = createEndpoint(m_tenant.http(), {{u"url"_s, PublicUrl}});
    QVERIFY(!other.isEmpty());
    QVERIFY(other.value(u"secret"_s).toString() != secret);
    OT_VERIFY_CHECK(secretProblem(other.value(u"secret"_s).toString()));
}

void TestWebhookEndpoints::createDefaults()
{
    const QJsonObject o = createEndpoint(m_tenant.http(), {{u"url"_s, PublicUrl}});
    QVERIFY(!o.isEmpty());
    QCOMPARE(strings(o.value(u"events"_s)), QStringList {u"*"_s});
    QCOMPARE(o.value(u"enabled"_s), QJsonValue(true));
    QVERIFY(o.value(u"description"_s).isNull());
    QVERIFY(o.value(u"disabledReason"_s).isNull());

    // Created disabled: allowed, and shown as such.
    const QJsonObject off = createEndpoint(m_tenant.http(),
        {{u"url"_s, PublicUrl}, {u"enabled"_s, false}, {u"events"_s, QJsonArray {u"*"_s}}});
    QCOMPARE(off.value(u"enabled"_s), QJsonValue(false));

    // Read-only fields are ignored on input, as for records.
    const QJsonObject readOnly = createEndpoint(m_tenant.http(),
        {{u"url"_s, PublicUrl}, {u"id"_s, TestData::newUuid()},
            {u"createdAt"_s, u"2001-01-01T00:00:00.000Z"_s}});
    QVERIFY(!readOnly.isEmpty());
    QVERIFY(readOnly.value(u"createdAt"_s).toString() != u"2001-01-01T00:00:00.000Z"_s);
}

void TestWebhookEndpoints::updateAndDelete()
{
    const QJsonObject created
        = createEndpoint(m_tenant.http(), {{u"url"_s, PublicUrl}, {u"description"_s, u"first"_s}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QTest::qWait(5); // so that updatedAt can move

    const QString newUrl = u"https://other.example.org/hooks?src=omniotap"_s;
    HttpResult r = m_tenant.http().patch(endpointPath(id),
        {{u"url"_s, newUrl}, {u"events"_s, QJsonArray {u"lead.updated"_s, u"lead.updated"_s}},
            {u"enabled"_s, false}});
    OT_VERIFY_STATUS(r, 200);
    OT_VERIFY_CHECK(endpointShape(r.object(), false));
    QCOMPARE(r.object().value(u"url"_s).toString(), newUrl);
    QCOMPARE(strings(r.object().value(u"events"_s)), QStringList {u"lead.updated"_s});
    QCOMPARE(r.object().value(u"enabled"_s), QJsonValue(false));
    // Absent fields stay (JSON Merge Patch).
    QCOMPARE(r.object().value(u"description"_s).toString(), u"first"_s);
    QCOMPARE(r.object().value(u"createdAt"_s), created.value(u"createdAt"_s));
    QVERIFY(r.object().value(u"updatedAt"_s).toString() > created.value(u"updatedAt"_s).toString());
    QCOMPARE(m_tenant.http().get(endpointPath(id)).object(), r.object());

    // null clears the description; merge-patch+json is accepted too.
    r = m_tenant.http().patchRaw(endpointPath(id), R"({"description": null, "enabled": true})",
        {{"Content-Type", "application/merge-patch+json"}});
    OT_VERIFY_STATUS(r, 200);
    QVERIFY(r.object().value(u"description"_s).isNull());
    QCOMPARE(r.object().value(u"enabled"_s), QJsonValue(true));
    QVERIFY(r.object().value(u"disabledReason"_s).isNull());

    // A patch that changes nothing answers the endpoint unchanged, updatedAt included.
    QTest::qWait(5);
    const HttpResult same = m_tenant.http().patchRaw(
        endpointPath(id), R"({"description": null, "url": "  )" + newUrl.toUtf8() + R"(  "})");
    OT_VERIFY_STATUS(same, 200);
    QCOMPARE(same.object(), r.object());

    OT_VERIFY_STATUS(m_tenant.http().del(endpointPath(id)), 204);
    OT_VERIFY_PROBLEM(m_tenant.http().get(endpointPath(id)), 404, "not-found");
    OT_VERIFY_PROBLEM(m_tenant.http().del(endpointPath(id)), 404, "not-found");
    OT_VERIFY_PROBLEM(
        m_tenant.http().patch(endpointPath(id), {{u"enabled"_s, false}}), 404, "not-found");
    for (const QJsonValue &v : m_tenant.http().get(Webhooks + u"?limit=200"_s).data())
        QVERIFY(v.toObject().value(u"id"_s).toString() != id);
}

void TestWebhookEndpoints::rotateSecret()
{
    const QJsonObject created = createEndpoint(m_tenant.http(), {{u"url"_s, PublicUrl}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const HttpResult r = m_tenant.http().request("POST", endpointPath(id, u"/rotate-secret"_s));
    OT_VERIFY_STATUS(r, 200);
    OT_VERIFY_CHECK(endpointShape(r.object(), true));
    QCOMPARE(r.object().value(u"id"_s).toString(), id);
    const QString secret = r.object().value(u"secret"_s).toString();
    OT_VERIFY_CHECK(secretProblem(secret));
    QVERIFY(secret != created.value(u"secret"_s).toString());
    const HttpResult got = m_tenant.http().get(endpointPath(id));
    QVERIFY(!got.object().contains(u"secret"_s));
    QVERIFY(!got.body.contains(secret.toUtf8()));
    const HttpResult again = m_tenant.http().request("POST", endpointPath(id, u"/rotate-secret"_s));
    OT_VERIFY_STATUS(again, 200);
    QVERIFY(again.object().value(u"secret"_s).toString() != secret);
    // A GET on an action path is not a route of its own.
    OT_VERIFY_STATUS(m_tenant.http().get(endpointPath(id, u"/rotate-secret"_s)), 405);

    // The action takes no input, but a body is checked like any write's, and changes nothing.
    const QString current = again.object().value(u"secret"_s).toString();
    OT_VERIFY_STATUS(m_tenant.http().request("POST", endpointPath(id, u"/rotate-secret"_s), "hello",
                         {{"Content-Type", "text/plain"}}),
        415);
    OT_VERIFY_STATUS(m_tenant.http().postRaw(endpointPath(id, u"/rotate-secret"_s), "{nope"), 400);
    OT_VERIFY_STATUS(
        m_tenant.http().postRaw(endpointPath(id, u"/rotate-secret"_s), R"({"foo": 1})"), 422);
    OT_VERIFY_STATUS(m_tenant.http().postRaw(endpointPath(id, u"/test"_s), "{nope"), 400);
    const HttpResult empty = m_tenant.http().postRaw(endpointPath(id, u"/rotate-secret"_s), "{}");
    OT_VERIFY_STATUS(empty, 200);
    QVERIFY(empty.object().value(u"secret"_s).toString() != current);
}

void TestWebhookEndpoints::invalidBodyIs422_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("pointers");
    const auto row = [](const char *name, const QByteArray &body, const QStringList &pointers) {
        QTest::newRow(name) << body << pointers;
    };
    row("missing url", R"({"events": ["*"]})", {u"/url"_s});
    row("null url", R"({"url": null})", {u"/url"_s});
    row("empty url", R"({"url": ""})", {u"/url"_s});
    row("url not a string", R"({"url": 42})", {u"/url"_s});
    row("ftp url", R"({"url": "ftp://example.com/hook"})", {u"/url"_s});
    row("javascript url", R"x({"url": "javascript:alert(1)"})x", {u"/url"_s});
    row("file url", R"({"url": "file:///etc/passwd"})", {u"/url"_s});
    row("relative url", R"({"url": "/hooks"})", {u"/url"_s});
    row("no scheme", R"({"url": "example.com/hook"})", {u"/url"_s});
    row("no host", R"({"url": "https:///hook"})", {u"/url"_s});
    row("credentials", R"({"url": "https://user:pw@example.com/hook"})", {u"/url"_s});
    row("unknown event", R"({"url": "https://example.com", "events": ["contact.exploded"]})",
        {u"/events/0"_s});
    row("unknown entity", R"({"url": "https://example.com", "events": ["invoice.created"]})",
        {u"/events/0"_s});
    row("second event bad",
        R"({"url": "https://example.com", "events": ["contact.created", "Contact.Created"]})",
        {u"/events/1"_s});
    row("event not a string", R"({"url": "https://example.com", "events": [1]})", {u"/events/0"_s});
    row("empty events", R"({"url": "https://example.com", "events": []})", {u"/events"_s});
    row("events not an array", R"({"url": "https://example.com", "events": "contact.created"})",
        {u"/events"_s});
    row("enabled not a boolean", R"({"url": "https://example.com", "enabled": "yes"})",
        {u"/enabled"_s});
    row("description not a string", R"({"url": "https://example.com", "description": 5})",
        {u"/description"_s});
    row("description too long",
        QByteArray(R"({"url": "https://example.com", "description": ")") + QByteArray(256, 'd')
            + R"("})",
        {u"/description"_s});
    row("unknown field", R"({"url": "https://example.com", "colour": "red"})", {u"/colour"_s});
    row("several", R"({"url": "ftp://x", "events": ["nope"], "bogus": 1, "enabled": 0})",
        {u"/bogus"_s, u"/enabled"_s, u"/events/0"_s, u"/url"_s});
}

void TestWebhookEndpoints::invalidBodyIs422()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, pointers);
    const qint64 before = m_tenant.http()
                              .get(Webhooks + u"?limit=1"_s)
                              .object()
                              .value(u"pagination"_s)
                              .toObject()
                              .value(u"total"_s)
                              .toInteger();
    const HttpResult r = m_tenant.http().postRaw(Webhooks, body);
    OT_VERIFY_PROBLEM_AT(r, 422, "validation-failed", Webhooks);
    pointers.sort();
    QCOMPARE(sortedPointers(r), pointers);
    // Nothing was created.
    QCOMPARE(m_tenant.http()
                 .get(Webhooks + u"?limit=1"_s)
                 .object()
                 .value(u"pagination"_s)
                 .toObject()
                 .value(u"total"_s)
                 .toInteger(),
        before);
}

void TestWebhookEndpoints::invalidPatchIs422AndChangesNothing()
{
    const QJsonObject created = createEndpoint(m_tenant.http(), {{u"url"_s, PublicUrl}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const QList<QPair<QByteArray, QStringList>> cases {
        {R"({"url": "ftp://example.com"})", {u"/url"_s}},
        {R"({"url": null})", {u"/url"_s}},
        {R"({"events": ["contact.created", "nope"]})", {u"/events/1"_s}},
        {R"({"events": []})", {u"/events"_s}},
        {R"({"enabled": null})", {u"/enabled"_s}},
        {R"({"url": "https://ok.example.com", "unknown": true})", {u"/unknown"_s}},
    };
    for (const auto &c : cases) {
        const HttpResult r = m_tenant.http().patchRaw(endpointPath(id), c.first);
        OT_VERIFY_PROBLEM_AT(r, 422, "validation-failed", endpointPath(id));
        QCOMPARE(sortedPointers(r), c.second);
    }
    QJsonObject expected = created;
    expected.remove(u"secret"_s);
    QCOMPARE(m_tenant.http().get(endpointPath(id)).object(), expected);
}

void TestWebhookEndpoints::malformedRequests()
{
    const QJsonObject created = createEndpoint(m_tenant.http(), {{u"url"_s, PublicUrl}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    for (const QByteArray &body :
        {QByteArray(R"({"url": )"), QByteArray("[]"), QByteArray("\"x\""), QByteArray("null")}) {
        OT_VERIFY_PROBLEM(m_tenant.http().postRaw(Webhooks, body), 400, "malformed-json");
        OT_VERIFY_PROBLEM(m_tenant.http().patchRaw(endpointPath(id), body), 400, "malformed-json");
    }
    const QByteArray valid = R"({"url": "https://example.com/hook"})";
    OT_VERIFY_PROBLEM(
        m_tenant.http().request("POST", Webhooks, valid, {{"Content-Type", "text/plain"}}), 415,
        "unsupported-media-type");
    OT_VERIFY_PROBLEM(m_tenant.http().request("PATCH", endpointPath(id), valid,
                          {{"Content-Type", "application/x-www-form-urlencoded"}}),
        415, "unsupported-media-type");
    // Unknown query parameters are 400 here as on every list.
    OT_VERIFY_PROBLEM(m_tenant.http().get(Webhooks + u"?colour=red"_s), 400, "invalid-query");
    OT_VERIFY_PROBLEM(m_tenant.http().get(Webhooks + u"?limit=0"_s), 400, "invalid-query");
    OT_VERIFY_PROBLEM(m_tenant.http().get(Webhooks + u"?page=0"_s), 400, "invalid-query");
    OT_VERIFY_PROBLEM(
        m_tenant.http().get(endpointPath(id, u"/deliveries?limit=201"_s)), 400, "invalid-query");
    OT_VERIFY_STATUS(m_tenant.http().request(
                         "PUT", endpointPath(id), valid, {{"Content-Type", "application/json"}}),
        405);
}

void TestWebhookEndpoints::otherScopesAre403()
{
    const QJsonObject created = createEndpoint(m_tenant.http(), {{u"url"_s, PublicUrl}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const QByteArray body = R"({"url": "https://example.com/hook"})";
    for (const QString &scope : {u"read"_s, u"write"_s}) {
        auto client = m_tenant.clientWithKey(m_tenant.addKey({scope}).key);
        const QList<QPair<QByteArray, QString>> routes {{"GET", Webhooks}, {"POST", Webhooks},
            {"GET", endpointPath(id)}, {"PATCH", endpointPath(id)}, {"DELETE", endpointPath(id)},
            {"POST", endpointPath(id, u"/rotate-secret"_s)}, {"POST", endpointPath(id, u"/test"_s)},
            {"GET", endpointPath(id, u"/deliveries"_s)},
            {"POST", u"/api/v1/webhook-deliveries/%1/redeliver"_s.arg(TestData::newUuid())}};
        for (const auto &route : routes) {
            const bool withBody = route.first == "PATCH" || route.second == Webhooks;
            const HttpResult r = client->request(route.first, route.second,
                withBody && route.first != "GET" ? body : QByteArray(),
                withBody && route.first != "GET"
                    ? HttpHeaders {{"Content-Type", "application/json"}}
                    : HttpHeaders {});
            QVERIFY2(r.status == 403,
                qPrintable(u"%1 %2 with a %3 key: %4"_s.arg(
                    QString::fromLatin1(route.first), route.second, scope, r.describe())));
            OT_VERIFY_PROBLEM(r, 403, "forbidden");
        }
    }
    // Nothing changed: the secret was not rotated away, the endpoint still exists.
    QJsonObject expected = created;
    expected.remove(u"secret"_s);
    QCOMPARE(m_tenant.http().get(endpointPath(id)).object(), expected);
}

void TestWebhookEndpoints::foreignEndpointIs404()
{
    TestTenant other;
    QVERIFY(other.setUp(m_server, u"Other Co"_s));
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    const QJsonObject foreign = createEndpoint(
        other.http(), {{u"url"_s, receiver.url()}, {u"description"_s, u"theirs"_s}});
    const QString id = foreign.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    // An attempt of the other tenant, to try redelivering it.
    const HttpResult test = other.http().request("POST", endpointPath(id, u"/test"_s));
    OT_VERIFY_STATUS(test, 202);
    QString attemptId;
    QTRY_VERIFY_WITH_TIMEOUT(!(attemptId = other.http()
                                               .get(endpointPath(id, u"/deliveries"_s))
                                               .data()
                                               .at(0)
                                               .toObject()
                                               .value(u"id"_s)
                                               .toString())
                                  .isEmpty(),
        10000);
    QCOMPARE(receiver.count(), 1);

    HttpClient &mine = m_tenant.http();
    OT_VERIFY_PROBLEM(mine.get(endpointPath(id)), 404, "not-found");
    OT_VERIFY_PROBLEM(mine.patch(endpointPath(id), {{u"enabled"_s, false}}), 404, "not-found");
    OT_VERIFY_PROBLEM(mine.del(endpointPath(id)), 404, "not-found");
    OT_VERIFY_PROBLEM(
        mine.request("POST", endpointPath(id, u"/rotate-secret"_s)), 404, "not-found");
    OT_VERIFY_PROBLEM(mine.request("POST", endpointPath(id, u"/test"_s)), 404, "not-found");
    OT_VERIFY_PROBLEM(mine.get(endpointPath(id, u"/deliveries"_s)), 404, "not-found");
    OT_VERIFY_PROBLEM(
        mine.request("POST", u"/api/v1/webhook-deliveries/%1/redeliver"_s.arg(attemptId)), 404,
        "not-found");
    const HttpResult list = mine.get(Webhooks + u"?limit=200"_s);
    QVERIFY(!list.body.contains(id.toUtf8()));

    // The other tenant's endpoint is untouched and nothing more was sent.
    QJsonObject expected = foreign;
    expected.remove(u"secret"_s);
    QCOMPARE(other.http().get(endpointPath(id)).object(), expected);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 1);
    QCOMPARE(other.http().get(endpointPath(id, u"/deliveries"_s)).data().size(), 1);
}

void TestWebhookEndpoints::unknownIdsAre404()
{
    const QString unknown = TestData::newUuid();
    OT_VERIFY_PROBLEM_AT(
        m_tenant.http().get(endpointPath(unknown)), 404, "not-found", endpointPath(unknown));
    OT_VERIFY_PROBLEM(
        m_tenant.http().request("POST", endpointPath(unknown, u"/test"_s)), 404, "not-found");
    OT_VERIFY_PROBLEM(
        m_tenant.http().get(endpointPath(unknown, u"/deliveries"_s)), 404, "not-found");
    OT_VERIFY_PROBLEM(
        m_tenant.http().request("POST", u"/api/v1/webhook-deliveries/%1/redeliver"_s.arg(unknown)),
        404, "not-found");
    OT_VERIFY_PROBLEM(m_tenant.http().get(endpointPath(u"not-an-id"_s)), 404, "not-found");
    // An endpoint id is not an attempt id.
    const QString endpointId
        = createEndpoint(m_tenant.http(), {{u"url"_s, PublicUrl}}).value(u"id"_s).toString();
    OT_VERIFY_PROBLEM(m_tenant.http().request(
                          "POST", u"/api/v1/webhook-deliveries/%1/redeliver"_s.arg(endpointId)),
        404, "not-found");
}

void TestWebhookEndpoints::pagination()
{
    TestTenant tenant;
    QVERIFY(tenant.setUp(m_server, u"Paging Co"_s));
    HttpResult r = tenant.http().get(Webhooks);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.data().size(), 0);
    QCOMPARE(r.object().value(u"pagination"_s).toObject(),
        (QJsonObject {{u"page"_s, 1}, {u"limit"_s, 50}, {u"total"_s, 0}, {u"totalPages"_s, 0}}));

    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << createEndpoint(tenant.http(),
            {{u"url"_s, PublicUrl + u"/%1"_s.arg(i)}, {u"description"_s, u"no %1"_s.arg(i)}})
                   .value(u"id"_s)
                   .toString();
        QTest::qWait(2);
    }
    QStringList seen;
    for (int page = 1; page <= 3; ++page) {
        r = tenant.http().get(Webhooks + u"?limit=2&page=%1"_s.arg(page));
        OT_VERIFY_STATUS(r, 200);
        QCOMPARE(r.object().value(u"pagination"_s).toObject(),
            (QJsonObject {
                {u"page"_s, page}, {u"limit"_s, 2}, {u"total"_s, 5}, {u"totalPages"_s, 3}}));
        QCOMPARE(r.data().size(), page < 3 ? 2 : 1);
        for (const QJsonValue &v : r.data())
            seen << v.toObject().value(u"id"_s).toString();
        const QMap<QString, QString> links = r.links();
        QVERIFY2(
            links.contains(u"first"_s) && links.contains(u"last"_s), r.header("Link").constData());
        QCOMPARE(links.contains(u"next"_s), page < 3);
        QCOMPARE(links.contains(u"prev"_s), page > 1);
    }
    // Every endpoint once, in creation order.
    QCOMPARE(seen, ids);
    r = tenant.http().get(Webhooks + u"?limit=2&page=4"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.data().size(), 0);

    // The delivery log of an endpoint without attempts is an empty page too.
    r = tenant.http().get(endpointPath(ids.first(), u"/deliveries"_s));
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.data().size(), 0);
    QCOMPARE(r.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 0);
}

void TestWebhookEndpoints::internalTargetsRefused_data()
{
    QTest::addColumn<QString>("url");
    for (const QString &url : {u"http://127.0.0.1/hook"_s, u"http://127.0.0.1:8080/hook"_s,
             u"http://127.1.2.3/"_s, u"http://localhost/hook"_s, u"http://LOCALHOST:9000/"_s,
             u"http://localhost./hook"_s, u"http://api.localhost/hook"_s, u"http://10.0.0.5/"_s,
             u"http://172.16.0.1/"_s, u"http://172.31.255.254/"_s, u"https://192.168.1.10/hook"_s,
             u"http://169.254.169.254/latest/meta-data/"_s, u"http://0.0.0.0/"_s,
             u"http://100.64.0.1/"_s, u"http://[::1]/hook"_s, u"http://[::]/"_s,
             u"http://[fe80::1]/"_s, u"http://[fd00::1]/"_s, u"http://[::ffff:127.0.0.1]/"_s,
             u"http://[::ffff:10.0.0.1]/"_s, u"http://2130706433/"_s, u"http://0x7f.1/"_s,
             u"http://017700000001/"_s})
        QTest::newRow(qPrintable(url)) << url;
}

void TestWebhookEndpoints::internalTargetsRefused()
{
    QFETCH(QString, url);
    HttpClient &http = m_strictTenant.http();
    HttpResult r = http.post(Webhooks, {{u"url"_s, url}});
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
    QCOMPARE(ResponseCheck::errorPointers(r), QStringList {u"/url"_s});

    // The same rule on update; the endpoint keeps its public URL.
    const QJsonObject created = createEndpoint(http, {{u"url"_s, PublicUrl}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    r = http.patch(endpointPath(id), {{u"url"_s, url}, {u"description"_s, u"changed"_s}});
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
    QCOMPARE(ResponseCheck::errorPointers(r), QStringList {u"/url"_s});
    const QJsonObject now = http.get(endpointPath(id)).object();
    QCOMPARE(now.value(u"url"_s).toString(), PublicUrl);
    QVERIFY(now.value(u"description"_s).isNull());
    OT_VERIFY_STATUS(http.del(endpointPath(id)), 204);
}

void TestWebhookEndpoints::publicTargetsAccepted()
{
    HttpClient &http = m_strictTenant.http();
    for (const QString &url : {PublicUrl, u"http://93.184.216.34:8443/hook"_s,
             u"https://[2606:2800:220:1:248:1893:25c8:1946]/hook"_s,
             u"https://localhost.example.com/hook"_s}) {
        const HttpResult r = http.post(Webhooks, {{u"url"_s, url}});
        QVERIFY2(r.status == 201, qPrintable(url + u": "_s + r.describe()));
        OT_VERIFY_STATUS(
            http.patch(endpointPath(r.object().value(u"id"_s).toString()), {{u"url"_s, url}}), 200);
    }
}

void TestWebhookEndpoints::internalTargetsAllowedWithFlag()
{
    for (const QString &url : {u"http://127.0.0.1:9/hook"_s, u"http://localhost:9/hook"_s,
             u"http://10.0.0.5/hook"_s, u"http://[::1]:9/hook"_s}) {
        const HttpResult r = m_tenant.http().post(Webhooks, {{u"url"_s, url}});
        QVERIFY2(r.status == 201, qPrintable(url + u": "_s + r.describe()));
        QCOMPARE(r.object().value(u"url"_s).toString(), url);
    }
    // The flag lifts only the address rule, never the URL rules.
    const HttpResult r = m_tenant.http().post(Webhooks, {{u"url"_s, u"ftp://127.0.0.1/"_s}});
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
}

QTEST_GUILESS_MAIN(TestWebhookEndpoints)
