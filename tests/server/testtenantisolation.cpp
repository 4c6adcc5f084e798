#include "testtenantisolation.h"

#include "testdata.h"
#include "testmacros.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Secret = u"AlphaSecret"_s;
} // namespace

void TestTenantIsolation::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_alpha.setUp(m_server, u"Alpha Inc"_s));
    QVERIFY(m_beta.setUp(m_server, u"Beta Inc"_s));
    for (const QString &c : TestData::collections()) {
        const QString id = m_alpha.createMinimal(c, Secret + u' ' + c);
        QVERIFY(!id.isEmpty());
        m_alphaIds.insert(c, id);
    }
    // Beta has records of its own too.
    for (const QString &c : TestData::collections())
        QVERIFY(!m_beta.createMinimal(c, u"Beta "_s + c).isEmpty());
}

void TestTenantIsolation::cleanup()
{
    m_server.dumpLogIfFailed();
}

void TestTenantIsolation::foreignRecordIs404_data()
{
    QTest::addColumn<QString>("collection");
    for (const QString &c : TestData::collections())
        QTest::newRow(qPrintable(c)) << c;
}

void TestTenantIsolation::foreignRecordIs404()
{
    QFETCH(QString, collection);
    const QString id = m_alphaIds.value(collection);
    const QString path = TestData::path(collection, id);
    HttpClient &beta = m_beta.http();

    OT_VERIFY_PROBLEM_AT(beta.get(path), 404, "not-found", path);
    OT_VERIFY_PROBLEM(beta.get(TestData::path(collection, id.toUpper())), 404, "not-found");
    OT_VERIFY_PROBLEM_AT(
        beta.patch(path, TestData::minimalBody(collection, u"Hijacked"_s)), 404, "not-found", path);
    OT_VERIFY_PROBLEM_AT(beta.patch(path, {}, {{"If-Match", "\"1\""}}), 404, "not-found", path);
    OT_VERIFY_PROBLEM_AT(beta.patch(path, {}, {{"If-Match", "\"7\""}}), 404, "not-found", path);
    OT_VERIFY_PROBLEM_AT(beta.del(path, {{"If-Match", "\"9\""}}), 404, "not-found", path);
    OT_VERIFY_PROBLEM_AT(beta.del(path), 404, "not-found", path);
    OT_VERIFY_STATUS(beta.request("HEAD", path), 404);

    const QJsonObject record = m_alpha.fetch(collection, id);
    QCOMPARE(record.value(u"version"_s).toInt(), 1);
    QCOMPARE(
        record.value(TestData::requiredField(collection)).toString(), Secret + u' ' + collection);
}

void TestTenantIsolation::foreignRecordsNeverListed_data()
{
    foreignRecordIs404_data();
}

void TestTenantIsolation::foreignRecordsNeverListed()
{
    QFETCH(QString, collection);
    HttpResult r = m_beta.http().get(TestData::path(collection) + u"?limit=200"_s);
    OT_VERIFY_STATUS(r, 200);
    for (const QJsonValue &v : r.data()) {
        QVERIFY(v.toObject().value(u"id"_s).toString() != m_alphaIds.value(collection));
        QVERIFY(
            !v.toObject().value(TestData::requiredField(collection)).toString().startsWith(Secret));
    }
    r = m_beta.http().get(TestData::path(collection) + TestData::query({{u"search"_s, Secret}}));
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 0);

    if (collection != u"customers") {
        // Filtering by a foreign reference finds nothing (and is not an error).
        r = m_beta.http().get(
            TestData::path(collection) + u"?customerId="_s + m_alphaIds.value(u"customers"_s));
        OT_VERIFY_STATUS(r, 200);
        QCOMPARE(r.data().size(), 0);
    }
}

void TestTenantIsolation::foreignChangesNeverInFeed()
{
    // Give alpha an update and a delete as well.
    OT_VERIFY_STATUS(m_alpha.http().patch(TestData::path(u"contacts"_s, m_alphaIds[u"contacts"_s]),
                         {{u"lastName"_s, u"Updated"_s}}),
        200);
    const QString doomed = m_alpha.createMinimal(u"tickets"_s, u"Doomed"_s);
    OT_VERIFY_STATUS(m_alpha.http().del(TestData::path(u"tickets"_s, doomed)), 204);

    const HttpResult r = m_beta.http().get(u"/api/v1/changes?limit=1000"_s);
    OT_VERIFY_STATUS(r, 200);
    QSet<QString> alphaIds(m_alphaIds.cbegin(), m_alphaIds.cend());
    alphaIds.insert(doomed);
    for (const QJsonValue &v : r.data()) {
        const QJsonObject entry = v.toObject();
        QVERIFY2(!alphaIds.contains(entry.value(u"id"_s).toString()),
            qPrintable(QString::fromUtf8(QJsonDocument(entry).toJson())));
        QVERIFY(!QJsonDocument(entry).toJson().contains(Secret.toUtf8()));
    }
    QCOMPARE(r.data().size(), 5); // beta's own five creates
}

void TestTenantIsolation::referencingForeignIdIs422_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("target");
    QTest::newRow("contact.customerId") << u"contacts"_s << u"customerId"_s << u"customers"_s;
    QTest::newRow("lead.contactId") << u"leads"_s << u"contactId"_s << u"contacts"_s;
    QTest::newRow("lead.customerId") << u"leads"_s << u"customerId"_s << u"customers"_s;
    QTest::newRow("opportunity.leadId") << u"opportunities"_s << u"leadId"_s << u"leads"_s;
    QTest::newRow("opportunity.customerId")
        << u"opportunities"_s << u"customerId"_s << u"customers"_s;
    QTest::newRow("ticket.contactId") << u"tickets"_s << u"contactId"_s << u"contacts"_s;
}

void TestTenantIsolation::referencingForeignIdIs422()
{
    QFETCH(QString, collection);
    QFETCH(QString, field);
    QFETCH(QString, target);
    QJsonObject body = TestData::minimalBody(collection);
    body.insert(field, m_alphaIds.value(target));
    HttpResult r = m_beta.http().post(TestData::path(collection), body);
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
    QCOMPARE(ResponseCheck::errorPointers(r), QStringList {u'/' + field});

    const QString own = m_beta.createMinimal(collection);
    QVERIFY(!own.isEmpty());
    r = m_beta.http().patch(TestData::path(collection, own), {{field, m_alphaIds.value(target)}});
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
    QCOMPARE(ResponseCheck::errorPointers(r), QStringList {u'/' + field});
}

void TestTenantIsolation::foreignKeysAreInvisible()
{
    const HttpResult alphaKeys = m_alpha.http().get(u"/api/v1/api-keys"_s);
    OT_VERIFY_STATUS(alphaKeys, 200);
    QVERIFY(!alphaKeys.data().isEmpty());

    const HttpResult betaKeys = m_beta.http().get(u"/api/v1/api-keys"_s);
    OT_VERIFY_STATUS(betaKeys, 200);
    for (const QJsonValue &v : betaKeys.data())
        QVERIFY(v.toObject().value(u"id"_s).toString() != m_alpha.key().id);

    const QString path = u"/api/v1/api-keys/"_s + m_alpha.key().id;
    OT_VERIFY_PROBLEM_AT(m_beta.http().del(path), 404, "not-found", path);
    OT_VERIFY_STATUS(m_alpha.http().get(u"/api/v1/contacts"_s), 200);
}

void TestTenantIsolation::tenantEndpointShowsOwnTenant()
{
    HttpResult r = m_beta.http().get(u"/api/v1/tenant"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"id"_s).toString(), m_beta.id());
    QCOMPARE(r.object().value(u"name"_s).toString(), m_beta.name());
    r = m_alpha.http().get(u"/api/v1/tenant"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"id"_s).toString(), m_alpha.id());
}

QTEST_GUILESS_MAIN(TestTenantIsolation)
