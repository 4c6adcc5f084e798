#include "testrecords.h"

#include "testdata.h"
#include "testmacros.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

void TestRecords::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Records Co"_s));
    m_customerId = m_tenant.createMinimal(u"customers"_s, u"Parent Customer"_s);
    m_contactId = m_tenant.createMinimal(u"contacts"_s, u"Parent"_s);
    m_leadId = m_tenant.createMinimal(u"leads"_s, u"Parent lead"_s);
    QVERIFY(!m_customerId.isEmpty() && !m_contactId.isEmpty() && !m_leadId.isEmpty());
}

void TestRecords::cleanup()
{
    m_server.dumpLogIfFailed();
}

QJsonObject TestRecords::fullBody(const QString &collection) const
{
    if (collection == u"contacts")
        return {{u"firstName"_s, u"Jane"_s}, {u"lastName"_s, u"Doe"_s},
            {u"email"_s, u"jane@example.com"_s}, {u"phone"_s, u"+1 (555) 123-4567"_s},
            {u"status"_s, u"inactive"_s}, {u"customerId"_s, m_customerId},
            {u"jobTitle"_s, u"CTO"_s}, {u"notes"_s, u"Line 1\nLine 2\tTabbed"_s}};
    if (collection == u"customers")
        return {{u"name"_s, u"Acme GmbH"_s}, {u"email"_s, u"info@acme.example"_s},
            {u"phone"_s, u"+49 30 1234567"_s}, {u"website"_s, u"https://acme.example"_s},
            {u"industry"_s, u"Manufacturing"_s}, {u"status"_s, u"churned"_s},
            {u"address"_s,
                QJsonObject {{u"street"_s, u"Hauptstraße 1"_s}, {u"city"_s, u"Berlin"_s},
                    {u"postalCode"_s, u"10115"_s}, {u"country"_s, u"DE"_s}}},
            {u"notes"_s, u"VIP"_s}};
    if (collection == u"leads")
        return {{u"title"_s, u"Enterprise License Inquiry"_s}, {u"leadSource"_s, u"website"_s},
            {u"status"_s, u"qualified"_s}, {u"priority"_s, u"high"_s},
            {u"contactId"_s, m_contactId}, {u"customerId"_s, m_customerId},
            {u"estimatedValue"_s, 12500.5}, {u"currency"_s, u"EUR"_s},
            {u"notes"_s, u"Met at the fair"_s}};
    if (collection == u"opportunities")
        return {{u"name"_s, u"Big deal"_s}, {u"stage"_s, u"negotiation"_s}, {u"amount"_s, 99999.99},
            {u"currency"_s, u"GBP"_s}, {u"probability"_s, 65},
            {u"expectedCloseDate"_s, u"2025-06-30"_s}, {u"customerId"_s, m_customerId},
            {u"contactId"_s, m_contactId}, {u"leadId"_s, m_leadId},
            {u"notes"_s, u"Needs legal review"_s}};
    return {{u"subject"_s, u"Printer on fire"_s},
        {u"description"_s, u"It is on fire.\nSend help."_s}, {u"status"_s, u"in_progress"_s},
        {u"priority"_s, u"urgent"_s}, {u"customerId"_s, m_customerId},
        {u"contactId"_s, m_contactId}};
}

int TestRecords::changeCount(const QString &id)
{
    const HttpResult r = m_tenant.http().get(u"/api/v1/changes?limit=1000"_s);
    if (r.status != 200)
        return -1;
    int count = 0;
    for (const QJsonValue &v : r.data())
        count += v.toObject().value(u"id"_s).toString() == id ? 1 : 0;
    return count;
}

void TestRecords::createAndGet_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QByteArray>("defaults"); // fields that are not null after a minimal create
    QTest::newRow("contacts") << u"contacts"_s << QByteArray(R"({"status": "active"})");
    QTest::newRow("customers") << u"customers"_s << QByteArray(R"({"status": "active"})");
    QTest::newRow("leads") << u"leads"_s << QByteArray(R"({"status": "new", "priority": "medium",
                                             "currency": "USD"})");
    QTest::newRow("opportunities")
        << u"opportunities"_s
        << QByteArray(R"({"stage": "prospecting", "probability": 10, "currency": "USD"})");
    QTest::newRow("tickets") << u"tickets"_s
                             << QByteArray(R"({"status": "open", "priority": "medium"})");
}

void TestRecords::createAndGet()
{
    QFETCH(QString, collection);
    QFETCH(QByteArray, defaults);
    const QJsonObject expected = QJsonDocument::fromJson(defaults).object();
    const QString required = TestData::requiredField(collection);

    const HttpResult created
        = m_tenant.http().post(TestData::path(collection), TestData::minimalBody(collection));
    OT_VERIFY_CHECK(ResponseCheck::recordResponse(created, 201, collection));
    const QJsonObject record = created.object();
    const QString id = record.value(u"id"_s).toString();
    QCOMPARE(record.value(u"version"_s).toInt(), 1);
    QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(record.value(u"createdAt"_s), record.value(u"updatedAt"_s));
    QCOMPARE(record.value(required).toString(),
        TestData::minimalBody(collection).value(required).toString());
    const QByteArray location = created.header("Location");
    QVERIFY2(location.endsWith(TestData::path(collection, id).toUtf8()), location.constData());

    const QStringList meta {u"id"_s, u"createdAt"_s, u"updatedAt"_s, u"version"_s, required};
    for (const QString &field : TestData::fields(collection)) {
        if (meta.contains(field))
            continue;
        if (expected.contains(field))
            QVERIFY2(record.value(field) == expected.value(field), qPrintable(field));
        else
            QVERIFY2(record.value(field).isNull(), qPrintable(u"%1 should be null"_s.arg(field)));
    }

    const HttpResult fetched = m_tenant.http().get(TestData::path(collection, id));
    OT_VERIFY_CHECK(ResponseCheck::recordResponse(fetched, 200, collection));
    QCOMPARE(fetched.object(), record);
}

void TestRecords::createWithEveryField_data()
{
    QTest::addColumn<QString>("collection");
    for (const QString &c : TestData::collections())
        QTest::newRow(qPrintable(c)) << c;
}

void TestRecords::createWithEveryField()
{
    QFETCH(QString, collection);
    const QJsonObject body = fullBody(collection);
    const HttpResult r = m_tenant.http().post(TestData::path(collection), body);
    OT_VERIFY_CHECK(ResponseCheck::recordResponse(r, 201, collection));
    const QJsonObject fetched = m_tenant.fetch(collection, r.object().value(u"id"_s).toString());
    for (const QJsonObject &record : {r.object(), fetched}) {
        for (auto it = body.begin(); it != body.end(); ++it)
            QVERIFY2(record.value(it.key()) == it.value(),
                qPrintable(u"%1: sent %2, got %3"_s.arg(it.key(),
                    QString::fromUtf8(QJsonDocument(QJsonArray {it.value()}).toJson()),
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray {record.value(it.key())}).toJson()))));
    }
}

void TestRecords::stringsAreTrimmed()
{
    const QJsonObject record = m_tenant.create(u"contacts"_s,
        {{u"firstName"_s, u"  Padded \t"_s}, {u"lastName"_s, u"   "_s},
            {u"email"_s, u" padded@example.com "_s}});
    QVERIFY(!record.isEmpty());
    QCOMPARE(record.value(u"firstName"_s).toString(), u"Padded"_s);
    QVERIFY(record.value(u"lastName"_s).isNull());
    QCOMPARE(record.value(u"email"_s).toString(), u"padded@example.com"_s);
}

void TestRecords::listEnvelope()
{
    TestTenant tenant;
    QVERIFY(tenant.setUp(m_server, u"Envelope Co"_s));
    HttpResult r = tenant.http().get(u"/api/v1/tickets"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.mediaType(), QByteArray("application/json"));
    QCOMPARE(r.object().value(u"data"_s), QJsonValue(QJsonArray()));
    QCOMPARE(r.object().value(u"pagination"_s).toObject(),
        QJsonObject({{u"page"_s, 1}, {u"limit"_s, 50}, {u"total"_s, 0}, {u"totalPages"_s, 0}}));

    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << tenant.createMinimal(u"tickets"_s, u"Ticket %1"_s.arg(i));
    r = tenant.http().get(u"/api/v1/tickets"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"pagination"_s).toObject(),
        QJsonObject({{u"page"_s, 1}, {u"limit"_s, 50}, {u"total"_s, 3}, {u"totalPages"_s, 1}}));
    QStringList listed;
    for (const QJsonValue &v : r.data()) {
        OT_VERIFY_CHECK(ResponseCheck::record(v.toObject(), u"tickets"_s));
        listed << v.toObject().value(u"id"_s).toString();
    }
    QCOMPARE(listed, ids);
    const auto links = r.links();
    QVERIFY2(links.contains(u"first"_s) && links.contains(u"last"_s), r.header("Link").constData());
    QVERIFY2(
        !links.contains(u"next"_s) && !links.contains(u"prev"_s), r.header("Link").constData());
    QVERIFY2(links.value(u"first"_s).startsWith(u"/api/v1/tickets?"_s)
            || links.value(u"first"_s).contains(u"/api/v1/tickets?"_s),
        r.header("Link").constData());
}

void TestRecords::patchMergesFields()
{
    const QJsonObject created = m_tenant.create(u"contacts"_s, fullBody(u"contacts"_s));
    QVERIFY(!created.isEmpty());
    const QString path = TestData::path(u"contacts"_s, created.value(u"id"_s).toString());
    const HttpResult r = m_tenant.http().patch(path, {{u"lastName"_s, u"Smith"_s}});
    OT_VERIFY_CHECK(ResponseCheck::recordResponse(r, 200, u"contacts"_s));
    const QJsonObject updated = r.object();
    QCOMPARE(updated.value(u"version"_s).toInt(), 2);
    QCOMPARE(r.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(updated.value(u"lastName"_s).toString(), u"Smith"_s);
    for (const QString &field : {u"firstName"_s, u"email"_s, u"phone"_s, u"status"_s,
             u"customerId"_s, u"jobTitle"_s, u"notes"_s, u"createdAt"_s, u"id"_s})
        QVERIFY2(updated.value(field) == created.value(field), qPrintable(field));
    QVERIFY(updated.value(u"updatedAt"_s).toString() >= created.value(u"updatedAt"_s).toString());
    QCOMPARE(m_tenant.fetch(u"contacts"_s, created.value(u"id"_s).toString()), updated);
}

void TestRecords::patchNullClearsOrResets()
{
    const QJsonObject created = m_tenant.create(u"leads"_s, fullBody(u"leads"_s));
    QVERIFY(!created.isEmpty());
    const QString path = TestData::path(u"leads"_s, created.value(u"id"_s).toString());
    HttpResult r = m_tenant.http().patchRaw(
        path, R"({"notes": null, "contactId": null, "estimatedValue": null})");
    OT_VERIFY_STATUS(r, 200);
    QVERIFY(r.object().value(u"notes"_s).isNull());
    QVERIFY(r.object().value(u"contactId"_s).isNull());
    QVERIFY(r.object().value(u"estimatedValue"_s).isNull());
    QCOMPARE(r.object().value(u"customerId"_s).toString(), m_customerId);
    QCOMPARE(r.object().value(u"version"_s).toInt(), 2);

    // Fields with a default go back to it.
    r = m_tenant.http().patchRaw(path, R"({"status": null, "priority": null, "currency": null})");
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(r.object().value(u"priority"_s).toString(), u"medium"_s);
    QCOMPARE(r.object().value(u"currency"_s).toString(), u"USD"_s);

    // A required field cannot be cleared.
    r = m_tenant.http().patchRaw(path, R"({"title": null})");
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
    QVERIFY(ResponseCheck::errorPointers(r).contains(u"/title"_s));
}

void TestRecords::patchNestedAddress()
{
    const QJsonObject created = m_tenant.create(u"customers"_s, fullBody(u"customers"_s));
    QVERIFY(!created.isEmpty());
    const QString path = TestData::path(u"customers"_s, created.value(u"id"_s).toString());

    HttpResult r = m_tenant.http().patchRaw(path, R"({"address": {"city": "Hamburg"}})");
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"address"_s).toObject(),
        QJsonObject({{u"street"_s, u"Hauptstraße 1"_s}, {u"city"_s, u"Hamburg"_s},
            {u"postalCode"_s, u"10115"_s}, {u"country"_s, u"DE"_s}}));

    r = m_tenant.http().patchRaw(path, R"({"address": {"street": null, "postalCode": null}})");
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"address"_s).toObject(),
        QJsonObject({{u"street"_s, QJsonValue::Null}, {u"city"_s, u"Hamburg"_s},
            {u"postalCode"_s, QJsonValue::Null}, {u"country"_s, u"DE"_s}}));

    r = m_tenant.http().patchRaw(path, R"({"address": null})");
    OT_VERIFY_STATUS(r, 200);
    QVERIFY(r.object().value(u"address"_s).isNull());

    // A partial address on a customer without one: the other parts are null.
    r = m_tenant.http().patchRaw(path, R"({"address": {"country": "FR"}})");
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"address"_s).toObject(),
        QJsonObject({{u"street"_s, QJsonValue::Null}, {u"city"_s, QJsonValue::Null},
            {u"postalCode"_s, QJsonValue::Null}, {u"country"_s, u"FR"_s}}));

    // An empty object merges nothing.
    const QJsonObject before = r.object();
    r = m_tenant.http().patchRaw(path, R"({"address": {}})");
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object(), before);

    // Clearing the last part leaves no address at all.
    r = m_tenant.http().patchRaw(path, R"({"address": {"country": null}})");
    OT_VERIFY_STATUS(r, 200);
    QVERIFY2(r.object().value(u"address"_s).isNull(), r.body.constData());
    QCOMPARE(r.object().value(u"name"_s).toString(), u"Acme GmbH"_s);
}

void TestRecords::patchAcceptsMergePatchContentType()
{
    const QString id = m_tenant.createMinimal(u"tickets"_s);
    QVERIFY(!id.isEmpty());
    const HttpResult r = m_tenant.http().patchRaw(TestData::path(u"tickets"_s, id),
        R"({"priority": "high"})", {{"Content-Type", "application/merge-patch+json"}});
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"priority"_s).toString(), u"high"_s);

    const HttpResult charset = m_tenant.http().patchRaw(TestData::path(u"tickets"_s, id),
        R"({"priority": "low"})", {{"Content-Type", "application/json; charset=utf-8"}});
    OT_VERIFY_STATUS(charset, 200);
    QCOMPARE(charset.object().value(u"priority"_s).toString(), u"low"_s);
}

void TestRecords::noOpPatchKeepsVersion()
{
    const QJsonObject created = m_tenant.create(
        u"contacts"_s, {{u"firstName"_s, u"Same"_s}, {u"email"_s, u"same@example.com"_s}});
    QVERIFY(!created.isEmpty());
    const QString id = created.value(u"id"_s).toString();
    const QString path = TestData::path(u"contacts"_s, id);
    QCOMPARE(changeCount(id), 1);

    const QList<QByteArray> noOps {"{}", R"({"firstName": "Same"})",
        R"({"firstName": "  Same ", "email": "same@example.com"})",
        R"({"lastName": null, "status": "active"})"};
    for (const QByteArray &body : noOps) {
        const HttpResult r = m_tenant.http().patchRaw(path, body);
        OT_VERIFY_STATUS(r, 200);
        QVERIFY2(r.object() == created, body.constData());
        QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    }
    QCOMPARE(changeCount(id), 1);
}

void TestRecords::readOnlyFieldsAreIgnored()
{
    const HttpResult created = m_tenant.http().postRaw(u"/api/v1/tickets"_s,
        R"({"subject": "RO", "version": 7, "createdAt": "2000-01-01T00:00:00.000Z",
                "updatedAt": "2000-01-01T00:00:00.000Z", "resolvedAt": "2000-01-01T00:00:00.000Z"})");
    OT_VERIFY_STATUS(created, 201);
    const QJsonObject record = created.object();
    QCOMPARE(record.value(u"version"_s).toInt(), 1);
    QVERIFY(!record.value(u"createdAt"_s).toString().startsWith(u"2000"_s));
    QVERIFY(!record.value(u"updatedAt"_s).toString().startsWith(u"2000"_s));
    QVERIFY(record.value(u"resolvedAt"_s).isNull());

    const HttpResult patched
        = m_tenant.http().patchRaw(TestData::path(u"tickets"_s, record.value(u"id"_s).toString()),
            R"({"version": 99, "createdAt": "2000-01-01T00:00:00.000Z",
                "resolvedAt": "2000-01-01T00:00:00.000Z"})");
    OT_VERIFY_STATUS(patched, 200);
    QCOMPARE(patched.object(), record);
}

void TestRecords::ticketCreatedResolvedIsResolvedAtCreation()
{
    // Server-set times of one write are one instant: resolvedAt == createdAt == updatedAt.
    for (const char *status : {"resolved", "closed"}) {
        const HttpResult r = m_tenant.http().post(u"/api/v1/tickets"_s,
            {{u"subject"_s, u"Done already"_s}, {u"status"_s, QLatin1String(status)}});
        OT_VERIFY_STATUS(r, 201);
        const QJsonObject ticket = r.object();
        QVERIFY(TestData::isTimestamp(ticket.value(u"resolvedAt"_s).toString()));
        QCOMPARE(ticket.value(u"resolvedAt"_s), ticket.value(u"createdAt"_s));
        QCOMPARE(ticket.value(u"updatedAt"_s), ticket.value(u"createdAt"_s));
    }
}

void TestRecords::patchIdMustMatchPath()
{
    const QString id = m_tenant.createMinimal(u"contacts"_s);
    QVERIFY(!id.isEmpty());
    const QString path = TestData::path(u"contacts"_s, id);
    HttpResult r = m_tenant.http().patch(path, {{u"id"_s, id}, {u"lastName"_s, u"Same id"_s}});
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"id"_s).toString(), id);
    r = m_tenant.http().patch(path, {{u"id"_s, TestData::newUuid()}});
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
    QCOMPARE(ResponseCheck::errorPointers(r), QStringList {u"/id"_s});
}

void TestRecords::deleteIsSoft_data()
{
    createWithEveryField_data();
}

void TestRecords::deleteIsSoft()
{
    QFETCH(QString, collection);
    const QString id = m_tenant.createMinimal(collection, u"Doomed"_s);
    QVERIFY(!id.isEmpty());
    const QString path = TestData::path(collection, id);
    const int totalBefore = m_tenant.http()
                                .get(TestData::path(collection) + u"?limit=200"_s)
                                .object()
                                .value(u"pagination"_s)
                                .toObject()
                                .value(u"total"_s)
                                .toInt();

    HttpResult r = m_tenant.http().del(path);
    OT_VERIFY_STATUS(r, 204);
    QVERIFY(r.body.isEmpty());

    OT_VERIFY_PROBLEM_AT(m_tenant.http().get(path), 404, "not-found", path);
    OT_VERIFY_PROBLEM_AT(
        m_tenant.http().patch(path, TestData::minimalBody(collection)), 404, "not-found", path);
    OT_VERIFY_PROBLEM_AT(m_tenant.http().del(path), 404, "not-found", path);

    r = m_tenant.http().get(TestData::path(collection) + u"?limit=200"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(
        r.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), totalBefore - 1);
    for (const QJsonValue &v : r.data())
        QVERIFY(v.toObject().value(u"id"_s).toString() != id);
    r = m_tenant.http().get(TestData::path(collection) + u"?search=Doomed"_s);
    OT_VERIFY_STATUS(r, 200);
    for (const QJsonValue &v : r.data())
        QVERIFY(v.toObject().value(u"id"_s).toString() != id);
}

void TestRecords::probabilityDefaultsByStage_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("probability");
    QTest::newRow("prospecting") << u"prospecting"_s << 10;
    QTest::newRow("qualification") << u"qualification"_s << 20;
    QTest::newRow("proposal") << u"proposal"_s << 50;
    QTest::newRow("negotiation") << u"negotiation"_s << 75;
    QTest::newRow("closed_won") << u"closed_won"_s << 100;
    QTest::newRow("closed_lost") << u"closed_lost"_s << 0;
}

void TestRecords::probabilityDefaultsByStage()
{
    QFETCH(QString, stage);
    QFETCH(int, probability);
    QJsonObject record
        = m_tenant.create(u"opportunities"_s, {{u"name"_s, u"Deal"_s}, {u"stage"_s, stage}});
    QCOMPARE(record.value(u"stage"_s).toString(), stage);
    QVERIFY(record.value(u"probability"_s).isDouble());
    QCOMPARE(record.value(u"probability"_s).toInt(), probability);

    record = m_tenant.create(
        u"opportunities"_s, {{u"name"_s, u"Deal"_s}, {u"stage"_s, stage}, {u"probability"_s, 42}});
    QCOMPARE(record.value(u"probability"_s).toInt(), 42);
}

void TestRecords::stageChangeSetsDefaultProbability()
{
    const QString id = m_tenant.createMinimal(u"opportunities"_s);
    QVERIFY(!id.isEmpty());
    const QString path = TestData::path(u"opportunities"_s, id);
    struct Step
    {
        QByteArray patch;
        QString stage;
        int probability;
    };
    const QList<Step> steps {
        {R"({"stage": "proposal"})", u"proposal"_s, 50},
        {R"({"stage": "negotiation", "probability": 60})", u"negotiation"_s, 60},
        {R"({"probability": 40})", u"negotiation"_s, 40},
        {R"({"notes": "unrelated"})", u"negotiation"_s, 40},
        {R"({"stage": "closed_lost"})", u"closed_lost"_s, 0},
        {R"({"stage": "closed_won"})", u"closed_won"_s, 100},
        {R"({"probability": 30})", u"closed_won"_s, 30},
        {R"({"probability": null})", u"closed_won"_s, 100},
        {R"({"stage": null})", u"prospecting"_s, 10},
    };
    for (const Step &step : steps) {
        const HttpResult r = m_tenant.http().patchRaw(path, step.patch);
        OT_VERIFY_STATUS(r, 200);
        QVERIFY2(r.object().value(u"stage"_s).toString() == step.stage, step.patch.constData());
        QVERIFY2(r.object().value(u"probability"_s).toInt() == step.probability,
            qPrintable(QString::fromUtf8(step.patch) + u" -> "_s + QString::fromUtf8(r.body)));
    }
}

void TestRecords::ticketResolvedAt()
{
    const QJsonObject created = m_tenant.create(u"tickets"_s, TestData::minimalBody(u"tickets"_s));
    QVERIFY(created.value(u"resolvedAt"_s).isNull());
    const QString path = TestData::path(u"tickets"_s, created.value(u"id"_s).toString());

    HttpResult r = m_tenant.http().patchRaw(path, R"({"status": "in_progress"})");
    OT_VERIFY_STATUS(r, 200);
    QVERIFY(r.object().value(u"resolvedAt"_s).isNull());

    r = m_tenant.http().patchRaw(path, R"({"status": "resolved"})");
    OT_VERIFY_STATUS(r, 200);
    const QString resolvedAt = r.object().value(u"resolvedAt"_s).toString();
    QVERIFY2(TestData::isTimestamp(resolvedAt), r.body.constData());
    QVERIFY(resolvedAt >= created.value(u"createdAt"_s).toString());

    // Setting the same status again changes nothing.
    const QJsonObject resolved = r.object();
    r = m_tenant.http().patchRaw(path, R"({"status": "resolved"})");
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object(), resolved);

    r = m_tenant.http().patchRaw(path, R"({"status": "closed"})");
    OT_VERIFY_STATUS(r, 200);
    QVERIFY(TestData::isTimestamp(r.object().value(u"resolvedAt"_s).toString()));

    r = m_tenant.http().patchRaw(path, R"({"status": "open"})");
    OT_VERIFY_STATUS(r, 200);
    QVERIFY2(r.object().value(u"resolvedAt"_s).isNull(), r.body.constData());

    r = m_tenant.http().postRaw(u"/api/v1/tickets"_s, R"({"subject": "Done", "status": "closed"})");
    OT_VERIFY_STATUS(r, 201);
    QVERIFY(TestData::isTimestamp(r.object().value(u"resolvedAt"_s).toString()));
}

void TestRecords::moneyIsExact_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<double>("expected");
    QTest::newRow("4.35") << QByteArray("4.35") << 4.35;
    QTest::newRow("0.07") << QByteArray("0.07") << 0.07;
    QTest::newRow("19.99") << QByteArray("19.99") << 19.99;
    QTest::newRow("1.10") << QByteArray("1.10") << 1.1;
    QTest::newRow("0.01") << QByteArray("0.01") << 0.01;
    QTest::newRow("0") << QByteArray("0") << 0.0;
    QTest::newRow("1e2") << QByteArray("1e2") << 100.0;
    QTest::newRow("1234567.89") << QByteArray("1234567.89") << 1234567.89;
    QTest::newRow("max") << QByteArray("999999999999.99") << 999999999999.99;
}

void TestRecords::moneyIsExact()
{
    QFETCH(QByteArray, literal);
    QFETCH(double, expected);
    HttpResult r = m_tenant.http().postRaw(
        u"/api/v1/opportunities"_s, R"({"name": "Money", "amount": )" + literal + '}');
    OT_VERIFY_STATUS(r, 201);
    QVERIFY2(r.object().value(u"amount"_s).isDouble(), r.body.constData());
    QCOMPARE(r.object().value(u"amount"_s).toDouble(), expected);
    QCOMPARE(r.object().value(u"currency"_s).toString(), u"USD"_s);
    const QString id = r.object().value(u"id"_s).toString();
    QCOMPARE(m_tenant.fetch(u"opportunities"_s, id).value(u"amount"_s).toDouble(), expected);

    r = m_tenant.http().postRaw(u"/api/v1/leads"_s,
        R"({"title": "Money", "estimatedValue": )" + literal + R"(, "currency": "eur"})");
    OT_VERIFY_STATUS(r, 201);
    QCOMPARE(r.object().value(u"estimatedValue"_s).toDouble(), expected);
    QCOMPARE(r.object().value(u"currency"_s).toString(), u"EUR"_s);
}

void TestRecords::clientChosenIds()
{
    const QString id = TestData::newUuid();
    HttpResult r = m_tenant.http().post(
        u"/api/v1/contacts"_s, {{u"id"_s, id}, {u"firstName"_s, u"Offline"_s}});
    OT_VERIFY_CHECK(ResponseCheck::recordResponse(r, 201, u"contacts"_s));
    QCOMPARE(r.object().value(u"id"_s).toString(), id);
    QVERIFY(r.header("Location").endsWith(TestData::path(u"contacts"_s, id).toUtf8()));
    QCOMPARE(m_tenant.fetch(u"contacts"_s, id).value(u"firstName"_s).toString(), u"Offline"_s);

    r = m_tenant.http().post(u"/api/v1/contacts"_s, {{u"id"_s, id}, {u"firstName"_s, u"Again"_s}});
    OT_VERIFY_PROBLEM(r, 409, "duplicate-id");
    // Ids are unique across the five collections.
    r = m_tenant.http().post(u"/api/v1/customers"_s, {{u"id"_s, id}, {u"name"_s, u"Clash"_s}});
    OT_VERIFY_PROBLEM(r, 409, "duplicate-id");
    QCOMPARE(m_tenant.fetch(u"contacts"_s, id).value(u"firstName"_s).toString(), u"Offline"_s);

    // A deleted record's id stays taken.
    const QString deleted = TestData::newUuid();
    r = m_tenant.http().post(u"/api/v1/tickets"_s, {{u"id"_s, deleted}, {u"subject"_s, u"Gone"_s}});
    OT_VERIFY_STATUS(r, 201);
    OT_VERIFY_STATUS(m_tenant.http().del(TestData::path(u"tickets"_s, deleted)), 204);
    r = m_tenant.http().post(u"/api/v1/tickets"_s, {{u"id"_s, deleted}, {u"subject"_s, u"Back"_s}});
    OT_VERIFY_PROBLEM(r, 409, "duplicate-id");
    r = m_tenant.http().post(u"/api/v1/leads"_s, {{u"id"_s, deleted}, {u"title"_s, u"Back"_s}});
    OT_VERIFY_PROBLEM(r, 409, "duplicate-id");
    OT_VERIFY_STATUS(m_tenant.http().get(TestData::path(u"tickets"_s, deleted)), 404);
}

void TestRecords::sameIdInAnotherTenant()
{
    const QString id = TestData::newUuid();
    QCOMPARE(m_tenant.createId(u"customers"_s, {{u"id"_s, id}, {u"name"_s, u"First"_s}}), id);

    TestTenant other;
    QVERIFY(other.setUp(m_server, u"Other Co"_s));
    const HttpResult r
        = other.http().post(u"/api/v1/customers"_s, {{u"id"_s, id}, {u"name"_s, u"Second"_s}});
    OT_VERIFY_STATUS(r, 201);
    QCOMPARE(r.object().value(u"id"_s).toString(), id);
    QCOMPARE(other.fetch(u"customers"_s, id).value(u"name"_s).toString(), u"Second"_s);
    QCOMPARE(m_tenant.fetch(u"customers"_s, id).value(u"name"_s).toString(), u"First"_s);
    QCOMPARE(other.http()
                 .get(u"/api/v1/customers"_s)
                 .object()
                 .value(u"pagination"_s)
                 .toObject()
                 .value(u"total"_s)
                 .toInt(),
        1);
}

QTEST_GUILESS_MAIN(TestRecords)
