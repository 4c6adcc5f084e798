#include "testadminkeys.h"

#include "testdata.h"
#include "testmacros.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Keys = u"/api/v1/api-keys"_s;

QStringList sortedScopes(const QJsonValue &value)
{
    QStringList scopes;
    for (const QJsonValue &v : value.toArray())
        scopes << v.toString();
    scopes.sort();
    return scopes;
}
} // namespace

void TestAdminKeys::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Keys Co"_s, 1000));
}

void TestAdminKeys::cleanup()
{
    m_server.dumpLogIfFailed();
}

QJsonObject TestAdminKeys::findKey(const QString &id)
{
    const HttpResult r = m_tenant.http().get(Keys + u"?limit=200"_s);
    for (const QJsonValue &v : r.data()) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

void TestAdminKeys::tenantEndpoint()
{
    const HttpResult r = m_tenant.http().get(u"/api/v1/tenant"_s);
    OT_VERIFY_STATUS(r, 200);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r, 1000));
    const QJsonObject o = r.object();
    QCOMPARE(o.value(u"id"_s).toString(), m_tenant.id());
    QCOMPARE(o.value(u"name"_s).toString(), u"Keys Co"_s);
    const QJsonObject limit = o.value(u"rateLimit"_s).toObject();
    QCOMPARE(limit.value(u"limit"_s).toInt(), 1000);
    QCOMPARE(limit.value(u"windowSeconds"_s).toInt(), 60);
    QCOMPARE(
        limit.value(u"remaining"_s).toInteger(), r.header("X-RateLimit-Remaining").toLongLong());
    QCOMPARE(limit.value(u"reset"_s).toInteger(), r.header("X-RateLimit-Reset").toLongLong());

    for (const QString &scope : {u"read"_s, u"write"_s}) {
        const CreatedKey key = m_tenant.addKey({scope});
        OT_VERIFY_PROBLEM(
            m_tenant.clientWithKey(key.key)->get(u"/api/v1/tenant"_s), 403, "forbidden");
    }
}

void TestAdminKeys::createKeyShowsSecretOnce()
{
    const HttpResult r
        = m_tenant.http().postRaw(Keys, R"({"name": "Integration", "scopes": ["read", "write"]})");
    OT_VERIFY_STATUS(r, 201);
    QCOMPARE(r.mediaType(), QByteArray("application/json"));
    const QJsonObject o = r.object();
    m_created = o;
    const QString id = o.value(u"id"_s).toString();
    const QString key = o.value(u"key"_s).toString();
    QVERIFY2(TestData::isUuid(id), r.body.constData());
    QCOMPARE(o.value(u"name"_s).toString(), u"Integration"_s);
    QCOMPARE(sortedScopes(o.value(u"scopes"_s)), (QStringList {u"read"_s, u"write"_s}));
    static const QRegularExpression keyPattern(u"^otk_[A-Za-z0-9]{32,}$"_s);
    QVERIFY2(keyPattern.match(key).hasMatch(), qPrintable(key));
    QCOMPARE(o.value(u"prefix"_s).toString(), key.left(12));
    QVERIFY(TestData::isTimestamp(o.value(u"createdAt"_s).toString()));
    QVERIFY(o.contains(u"expiresAt"_s) && o.value(u"expiresAt"_s).isNull());
    QVERIFY(o.contains(u"lastUsedAt"_s) && o.value(u"lastUsedAt"_s).isNull());
    QVERIFY2(r.header("Location").endsWith((Keys + u'/' + id).toUtf8()),
        r.header("Location").constData());

    auto client = m_tenant.clientWithKey(key);
    OT_VERIFY_STATUS(client->get(u"/api/v1/contacts"_s), 200);
    OT_VERIFY_STATUS(
        client->post(u"/api/v1/contacts"_s, TestData::minimalBody(u"contacts"_s)), 201);
    OT_VERIFY_PROBLEM(client->get(Keys), 403, "forbidden");

    // Two keys never share a secret.
    const HttpResult second
        = m_tenant.http().postRaw(Keys, R"({"name": "Integration", "scopes": ["read"]})");
    OT_VERIFY_STATUS(second, 201);
    QVERIFY(second.object().value(u"key"_s).toString() != key);
    QVERIFY(second.object().value(u"id"_s).toString() != id);
}

void TestAdminKeys::keySecretIsNotStored()
{
    const QByteArray key = m_created.value(u"key"_s).toString().toUtf8();
    QVERIFY(!key.isEmpty());
    QDirIterator it(m_server.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        QVERIFY2(!file.readAll().contains(key),
            qPrintable(u"the full key is stored in "_s + file.fileName()));
    }
    QVERIFY(files > 0);
}

void TestAdminKeys::listKeys()
{
    const HttpResult r = m_tenant.http().get(Keys);
    OT_VERIFY_STATUS(r, 200);
    const QJsonObject pagination = r.object().value(u"pagination"_s).toObject();
    QCOMPARE(pagination.value(u"page"_s).toInt(), 1);
    QCOMPARE(pagination.value(u"limit"_s).toInt(), 50);
    QCOMPARE(pagination.value(u"total"_s).toInt(), r.data().size());
    QVERIFY(r.data().size() >= 5); // CLI admin key, read, write, two created here

    const QString secret = m_created.value(u"key"_s).toString();
    QVERIFY(!r.body.contains(secret.toUtf8()));
    for (const QJsonValue &v : r.data()) {
        const QJsonObject item = v.toObject();
        QVERIFY2(
            !item.contains(u"key"_s), qPrintable(QString::fromUtf8(QJsonDocument(item).toJson())));
        for (const QString &field : {u"id"_s, u"name"_s, u"prefix"_s, u"scopes"_s, u"createdAt"_s,
                 u"expiresAt"_s, u"lastUsedAt"_s})
            QVERIFY2(item.contains(field), qPrintable(field));
    }
    QJsonObject expected = m_created;
    expected.remove(u"key"_s);
    QJsonObject listed = findKey(m_created.value(u"id"_s).toString());
    listed.remove(u"lastUsedAt"_s);
    expected.remove(u"lastUsedAt"_s);
    QCOMPARE(listed, expected);

    const HttpResult page = m_tenant.http().get(Keys + u"?limit=2&page=2"_s);
    OT_VERIFY_STATUS(page, 200);
    QCOMPARE(page.data().size(), 2);
    QCOMPARE(page.object().value(u"pagination"_s).toObject().value(u"page"_s).toInt(), 2);
    OT_VERIFY_PROBLEM(m_tenant.http().get(Keys + u"?limit=0"_s), 400, "invalid-query");
}

void TestAdminKeys::lastUsedAtIsRecorded()
{
    const HttpResult created
        = m_tenant.http().postRaw(Keys, R"({"name": "Used", "scopes": ["read"]})");
    OT_VERIFY_STATUS(created, 201);
    const QString id = created.object().value(u"id"_s).toString();
    QVERIFY(findKey(id).value(u"lastUsedAt"_s).isNull());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    OT_VERIFY_STATUS(m_tenant.clientWithKey(created.object().value(u"key"_s).toString())
                         ->get(u"/api/v1/contacts"_s),
        200);
    // The server may record the use asynchronously.
    QString lastUsed;
    for (int i = 0; i < 50 && lastUsed.isEmpty(); ++i) {
        lastUsed = findKey(id).value(u"lastUsedAt"_s).toString();
        if (lastUsed.isEmpty())
            QTest::qWait(100);
    }
    QVERIFY2(TestData::isTimestamp(lastUsed), qPrintable(lastUsed));
    QVERIFY(QDateTime::fromString(lastUsed, Qt::ISODateWithMs) >= before);

    const CliResult list
        = m_server.runCli({u"key"_s, u"list"_s, u"--tenant"_s, m_tenant.id(), u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    bool found = false;
    for (const QJsonValue &v : list.json().array()) {
        if (v.toObject().value(u"id"_s).toString() == id) {
            found = true;
            QCOMPARE(v.toObject().value(u"lastUsedAt"_s).toString(), lastUsed);
        }
    }
    QVERIFY(found);
}

void TestAdminKeys::revokeKey()
{
    const HttpResult created
        = m_tenant.http().postRaw(Keys, R"({"name": "Doomed", "scopes": ["admin"]})");
    OT_VERIFY_STATUS(created, 201);
    const QString id = created.object().value(u"id"_s).toString();
    auto client = m_tenant.clientWithKey(created.object().value(u"key"_s).toString());
    // Repeated reads, so that the worker threads answering them remember the key (ApiKeyCache).
    for (int i = 0; i < 8; ++i)
        OT_VERIFY_STATUS(client->get(u"/api/v1/contacts"_s), 200);

    const HttpResult revoked = m_tenant.http().del(Keys + u'/' + id);
    OT_VERIFY_STATUS(revoked, 204);
    QVERIFY(revoked.body.isEmpty());
    for (int i = 0; i < 8; ++i)
        OT_VERIFY_PROBLEM(client->get(u"/api/v1/contacts"_s), 401, "unauthorized");
    QVERIFY(findKey(id).isEmpty());
    OT_VERIFY_PROBLEM(m_tenant.http().del(Keys + u'/' + id), 404, "not-found");
    OT_VERIFY_PROBLEM(m_tenant.http().del(Keys + u'/' + TestData::newUuid()), 404, "not-found");
    OT_VERIFY_PROBLEM(m_tenant.http().del(Keys + u"/not-a-uuid"_s), 404, "not-found");
    OT_VERIFY_STATUS(m_tenant.http().get(u"/api/v1/contacts"_s), 200);
}

void TestAdminKeys::expiredKeyIs401()
{
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addMSecs(2500);
    const QString expiresAt = expiry.toString(Qt::ISODateWithMs);
    const HttpResult created = m_tenant.http().post(Keys,
        {{u"name"_s, u"Short-lived"_s}, {u"scopes"_s, QJsonArray {u"read"_s}},
            {u"expiresAt"_s, expiresAt}});
    OT_VERIFY_STATUS(created, 201);
    const QString echoed = created.object().value(u"expiresAt"_s).toString();
    QVERIFY2(TestData::isTimestamp(echoed), qPrintable(echoed));
    QVERIFY(qAbs(QDateTime::fromString(echoed, Qt::ISODateWithMs).msecsTo(expiry)) < 1000);

    auto client = m_tenant.clientWithKey(created.object().value(u"key"_s).toString());
    // Remembered by the worker threads answering these reads, with nothing committed
    // afterwards: expiry alone must end it.
    for (int i = 0; i < 8; ++i)
        OT_VERIFY_STATUS(client->get(u"/api/v1/contacts"_s), 200);
    QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(expiry)) + 600);
    for (int i = 0; i < 8; ++i) {
        const HttpResult r = client->get(u"/api/v1/contacts"_s);
        OT_VERIFY_PROBLEM(r, 401, "unauthorized");
        OT_VERIFY_CHECK(ResponseCheck::noRateLimitHeaders(r));
    }
}

void TestAdminKeys::invalidKeyRequestIs422_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("no name") << QByteArray(R"({"scopes": ["read"]})") << u"/name"_s;
    QTest::newRow("blank name") << QByteArray(R"({"name": "  ", "scopes": ["read"]})")
                                << u"/name"_s;
    QTest::newRow("name too long")
        << QByteArray(R"({"name": ")" + QByteArray(256, 'n') + R"(", "scopes": ["read"]})")
        << u"/name"_s;
    QTest::newRow("empty scopes") << QByteArray(R"({"name": "x", "scopes": []})") << u"/scopes"_s;
    QTest::newRow("unknown scope")
        << QByteArray(R"({"name": "x", "scopes": ["root"]})") << u"/scopes"_s;
    QTest::newRow("scopes string")
        << QByteArray(R"({"name": "x", "scopes": "read"})") << u"/scopes"_s;
    QTest::newRow("scope number") << QByteArray(R"({"name": "x", "scopes": [1]})") << u"/scopes"_s;
    QTest::newRow("expiry in the past") << QByteArray(
        R"({"name": "x", "scopes": ["read"], "expiresAt": "2000-01-01T00:00:00.000Z"})")
                                        << u"/expiresAt"_s;
    QTest::newRow("expiry not a time")
        << QByteArray(R"({"name": "x", "scopes": ["read"], "expiresAt": "soon"})")
        << u"/expiresAt"_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"name": "x", "scopes": ["read"], "tenantId": "x"})") << u"/tenantId"_s;
}

void TestAdminKeys::invalidKeyRequestIs422()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, pointer);
    const HttpResult r = m_tenant.http().postRaw(Keys, body);
    OT_VERIFY_PROBLEM_AT(r, 422, "validation-failed", Keys);
    const QStringList pointers = ResponseCheck::errorPointers(r);
    QVERIFY2(!pointers.isEmpty(), r.body.constData());
    for (const QString &p : pointers)
        QVERIFY2(p == pointer || p.startsWith(pointer + u'/'), r.body.constData());
}

void TestAdminKeys::malformedKeyRequests()
{
    OT_VERIFY_PROBLEM(m_tenant.http().postRaw(Keys, "{"), 400, "malformed-json");
    OT_VERIFY_PROBLEM(m_tenant.http().postRaw(Keys, "[]"), 400, "malformed-json");
    OT_VERIFY_PROBLEM(
        m_tenant.http().request("POST", Keys, "name=x", {{"Content-Type", "text/plain"}}), 415,
        "unsupported-media-type");
    OT_VERIFY_PROBLEM(m_tenant.http().request("PUT", Keys), 405, "method-not-allowed");
    OT_VERIFY_PROBLEM(
        m_tenant.http().request("GET", Keys + u'/' + m_created.value(u"id"_s).toString()), 405,
        "method-not-allowed");
}

QTEST_GUILESS_MAIN(TestAdminKeys)
