#include "testlists.h"

#include "testdata.h"
#include "testmacros.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Contacts = u"contacts"_s;
const QString Customers = u"customers"_s;
const QString Leads = u"leads"_s;
const QString Opportunities = u"opportunities"_s;
const QString Tickets = u"tickets"_s;
} // namespace

QString TestLists::make(const QString &collection, const QString &label, QJsonObject body)
{
    if (!body.contains(TestData::requiredField(collection)))
        body.insert(TestData::requiredField(collection), label);
    const QString id = m_tenant.createId(collection, body);
    m_ids.insert(label, id);
    return id;
}

void TestLists::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Lists Co"_s));

    const QString acme = make(Customers, u"Acme"_s, {{u"industry"_s, u"Software"_s}});
    const QString globex = make(Customers, u"Globex"_s,
        {{u"status"_s, u"churned"_s}, {u"email"_s, u"ops@globex.example"_s}});
    make(Customers, u"Initech"_s, {{u"status"_s, u"inactive"_s}});

    const QString jane = make(Contacts, u"Jane"_s,
        {{u"lastName"_s, u"Doe"_s}, {u"email"_s, u"jane@example.com"_s}, {u"customerId"_s, acme}});
    const QString juergen = make(Contacts, u"Jürgen"_s,
        {{u"lastName"_s, u"Müller"_s}, {u"email"_s, u"juergen@example.de"_s},
            {u"phone"_s, u"+49 30 5550"_s}, {u"status"_s, u"inactive"_s},
            {u"customerId"_s, globex}});
    make(Contacts, u"Zoë"_s, {{u"lastName"_s, u"Ångström"_s}, {u"jobTitle"_s, u"Ärztin"_s}});
    make(Contacts, u"Bob"_s,
        {{u"lastName"_s, u"Builder"_s}, {u"email"_s, u"bob@builder.example"_s},
            {u"customerId"_s, acme}});
    make(Contacts, u"Alice"_s, {{u"lastName"_s, u"Smith"_s}, {u"status"_s, u"inactive"_s}});
    make(Contacts, u"100% Pure"_s, {{u"jobTitle"_s, u"under_score"_s}});
    make(Contacts, u"Carl"_s, {{u"lastName"_s, u"Percent"_s}});

    make(Leads, u"Website inquiry"_s,
        {{u"leadSource"_s, u"website"_s}, {u"priority"_s, u"high"_s}, {u"contactId"_s, jane},
            {u"customerId"_s, acme}});
    make(Leads, u"Referral deal"_s,
        {{u"leadSource"_s, u"referral"_s}, {u"priority"_s, u"low"_s}, {u"status"_s, u"contacted"_s},
            {u"contactId"_s, juergen}});
    make(Leads, u"Fair visitor"_s,
        {{u"leadSource"_s, u"event"_s}, {u"status"_s, u"qualified"_s}, {u"customerId"_s, globex}});

    make(Opportunities, u"Alpha"_s,
        {{u"stage"_s, u"proposal"_s}, {u"amount"_s, 100}, {u"customerId"_s, acme},
            {u"contactId"_s, jane}});
    make(Opportunities, u"Beta"_s,
        {{u"stage"_s, u"negotiation"_s}, {u"amount"_s, 9}, {u"customerId"_s, globex}});
    make(Opportunities, u"Gamma"_s,
        {{u"stage"_s, u"proposal"_s}, {u"amount"_s, 100}, {u"contactId"_s, juergen}});

    make(Tickets, u"Login broken"_s,
        {{u"priority"_s, u"urgent"_s}, {u"customerId"_s, acme}, {u"contactId"_s, jane}});
    make(Tickets, u"Invoice question"_s,
        {{u"priority"_s, u"low"_s}, {u"status"_s, u"resolved"_s}, {u"customerId"_s, globex}});
    make(Tickets, u"Login slow"_s,
        {{u"priority"_s, u"high"_s}, {u"status"_s, u"in_progress"_s}, {u"contactId"_s, juergen},
            {u"description"_s, u"Takes a minute"_s}});

    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(u"could not create "_s + it.key()));
}

void TestLists::cleanup()
{
    m_server.dumpLogIfFailed();
}

QStringList TestLists::labels(const HttpResult &r, const QString &collection) const
{
    const QString field = TestData::requiredField(collection);
    QStringList result;
    for (const QJsonValue &v : r.data())
        result << v.toObject().value(field).toString();
    return result;
}

QString TestLists::substitute(QString text) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        text.replace(u'%' + it.key() + u'%', it.value());
    return text;
}

void TestLists::pagination_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("rels");
    QTest::newRow("page 1") << 1 << 3 << QStringList {u"first"_s, u"next"_s, u"last"_s};
    QTest::newRow("page 2") << 2 << 3 << QStringList {u"first"_s, u"prev"_s, u"next"_s, u"last"_s};
    QTest::newRow("page 3") << 3 << 1 << QStringList {u"first"_s, u"prev"_s, u"last"_s};
    QTest::newRow("page past the end") << 4 << 0 << QStringList();
    QTest::newRow("far past the end") << 1000 << 0 << QStringList();
}

void TestLists::pagination()
{
    QFETCH(int, page);
    QFETCH(int, count);
    QFETCH(QStringList, rels);
    const HttpResult r = m_tenant.http().get(u"/api/v1/contacts?page=%1&limit=3"_s.arg(page));
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.data().size(), count);
    QCOMPARE(r.object().value(u"pagination"_s).toObject(),
        QJsonObject({{u"page"_s, page}, {u"limit"_s, 3}, {u"total"_s, 7}, {u"totalPages"_s, 3}}));
    if (rels.isEmpty())
        return;
    const auto links = r.links();
    QStringList actual = links.keys();
    actual.sort();
    rels.sort();
    QVERIFY2(actual == rels, r.header("Link").constData());
    const QHash<QString, int> expectedPage {
        {u"first"_s, 1}, {u"prev"_s, page - 1}, {u"next"_s, page + 1}, {u"last"_s, 3}};
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        const QUrl url(it.value());
        QVERIFY2(url.path() == u"/api/v1/contacts"_s, qPrintable(it.value()));
        const QUrlQuery query(url);
        QVERIFY2(query.queryItemValue(u"page"_s) == QString::number(expectedPage.value(it.key())),
            qPrintable(it.key() + u": "_s + it.value()));
        QVERIFY2(query.queryItemValue(u"limit"_s) == u"3"_s, qPrintable(it.value()));
    }
}

void TestLists::defaultsAndLimits()
{
    HttpResult r = m_tenant.http().get(u"/api/v1/contacts"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"pagination"_s).toObject(),
        QJsonObject({{u"page"_s, 1}, {u"limit"_s, 50}, {u"total"_s, 7}, {u"totalPages"_s, 1}}));
    r = m_tenant.http().get(u"/api/v1/contacts?limit=200"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"pagination"_s).toObject().value(u"limit"_s).toInt(), 200);
    r = m_tenant.http().get(u"/api/v1/contacts?limit=1"_s);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.data().size(), 1);
    QCOMPARE(r.object().value(u"pagination"_s).toObject().value(u"totalPages"_s).toInt(), 7);
}

void TestLists::emptyResult()
{
    for (const QString &c : TestData::collections()) {
        const HttpResult r = m_tenant.http().get(TestData::path(c) + u"?search=zzqqxx"_s);
        OT_VERIFY_STATUS(r, 200);
        QCOMPARE(r.object().value(u"data"_s), QJsonValue(QJsonArray()));
        QCOMPARE(r.object().value(u"pagination"_s).toObject(),
            QJsonObject({{u"page"_s, 1}, {u"limit"_s, 50}, {u"total"_s, 0}, {u"totalPages"_s, 0}}));
    }
}

void TestLists::linksKeepOtherParameters()
{
    const HttpResult r = m_tenant.http().get(
        u"/api/v1/tickets"_s + TestData::query({{u"search"_s, u"login"_s}, {u"limit"_s, u"1"_s}}));
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 2);
    const QString next = r.links().value(u"next"_s);
    QVERIFY2(!next.isEmpty(), r.header("Link").constData());
    const QUrlQuery query {QUrl(next)};
    QCOMPARE(query.queryItemValue(u"search"_s), u"login"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"1"_s);
    QCOMPARE(query.queryItemValue(u"page"_s), u"2"_s);

    // Following the link gives the second page.
    const QUrl url(next);
    const HttpResult second
        = m_tenant.http().get(url.path(QUrl::FullyEncoded) + u'?' + url.query(QUrl::FullyEncoded));
    OT_VERIFY_STATUS(second, 200);
    QCOMPARE(second.data().size(), 1);
    QVERIFY(second.data().at(0) != r.data().at(0));
}

void TestLists::pagingIsStableAndComplete()
{
    for (const QString &c : TestData::collections()) {
        const HttpResult all = m_tenant.http().get(TestData::path(c) + u"?limit=200"_s);
        OT_VERIFY_STATUS(all, 200);
        QList<QPair<QString, QString>> keys; // (createdAt, id) in list order
        QStringList allIds;
        for (const QJsonValue &v : all.data()) {
            keys.append({v.toObject().value(u"createdAt"_s).toString(),
                v.toObject().value(u"id"_s).toString()});
            allIds << v.toObject().value(u"id"_s).toString();
        }
        auto sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY2(keys == sorted, qPrintable(c + u": not ordered by createdAt, then id"_s));

        QStringList paged;
        for (int page = 1; page <= 10; ++page) {
            const HttpResult r
                = m_tenant.http().get(TestData::path(c) + u"?limit=2&page=%1"_s.arg(page));
            OT_VERIFY_STATUS(r, 200);
            if (r.data().isEmpty())
                break;
            for (const QJsonValue &v : r.data())
                paged << v.toObject().value(u"id"_s).toString();
        }
        QCOMPARE(paged, allIds);
    }
}

void TestLists::search_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const QString &c, const QString &term, const QStringList &expected) {
        QTest::newRow(qPrintable(c + u": "_s + term)) << c << term << expected;
    };
    row(Contacts, u"jane"_s, {u"Jane"_s});
    row(Contacts, u"JANE"_s, {u"Jane"_s});
    row(Contacts, u"ane D"_s, {u"Jane"_s});
    row(Contacts, u"jane doe"_s, {u"Jane"_s});
    row(Contacts, u"müller"_s, {u"Jürgen"_s});
    row(Contacts, u"MÜLLER"_s, {u"Jürgen"_s});
    row(Contacts, u"JÜRGEN"_s, {u"Jürgen"_s});
    row(Contacts, u"ärztin"_s, {u"Zoë"_s});
    row(Contacts, u"ångström"_s, {u"Zoë"_s});
    row(Contacts, u"ZOË"_s, {u"Zoë"_s});
    row(Contacts, u"EXAMPLE.DE"_s, {u"Jürgen"_s});
    row(Contacts, u"+49 30"_s, {u"Jürgen"_s});
    row(Contacts, u"builder"_s, {u"Bob"_s});
    row(Contacts, u"%"_s, {u"100% Pure"_s});
    row(Contacts, u"_"_s, {u"100% Pure"_s});
    row(Contacts, u"nobody here"_s, {});
    row(Customers, u"acme"_s, {u"Acme"_s});
    row(Customers, u"GLOBEX.EXAMPLE"_s, {u"Globex"_s});
    row(Customers, u"software"_s, {u"Acme"_s});
    row(Leads, u"INQUIRY"_s, {u"Website inquiry"_s});
    row(Leads, u"deal"_s, {u"Referral deal"_s});
    row(Opportunities, u"alp"_s, {u"Alpha"_s});
    row(Tickets, u"login"_s, {u"Login broken"_s, u"Login slow"_s});
    row(Tickets, u"INVOICE"_s, {u"Invoice question"_s});
    row(Tickets, u"a minute"_s, {u"Login slow"_s});
}

void TestLists::search()
{
    QFETCH(QString, collection);
    QFETCH(QString, term);
    QFETCH(QStringList, expected);
    const HttpResult r
        = m_tenant.http().get(TestData::path(collection) + TestData::query({{u"search"_s, term}}));
    OT_VERIFY_STATUS(r, 200);
    QStringList actual = labels(r, collection);
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(
        r.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), expected.size());
}

void TestLists::filters_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const QString &c, const QString &query, const QStringList &expected) {
        QTest::newRow(qPrintable(c + u"?"_s + query)) << c << query << expected;
    };
    row(Contacts, u"status=inactive"_s, {u"Jürgen"_s, u"Alice"_s});
    row(Contacts, u"status=active"_s, {u"Jane"_s, u"Zoë"_s, u"Bob"_s, u"100% Pure"_s, u"Carl"_s});
    row(Contacts, u"customerId=%Acme%"_s, {u"Jane"_s, u"Bob"_s});
    row(Contacts, u"customerId=%Acme%&status=inactive"_s, {});
    row(Contacts, u"customerId=%Globex%&status=inactive"_s, {u"Jürgen"_s});
    row(Contacts, u"customerId=%RANDOM%"_s, {});
    row(Customers, u"status=churned"_s, {u"Globex"_s});
    row(Customers, u"status=inactive"_s, {u"Initech"_s});
    row(Customers, u"status=active"_s, {u"Acme"_s});
    row(Leads, u"status=new"_s, {u"Website inquiry"_s});
    row(Leads, u"priority=low"_s, {u"Referral deal"_s});
    row(Leads, u"priority=medium"_s, {u"Fair visitor"_s});
    row(Leads, u"leadSource=referral"_s, {u"Referral deal"_s});
    row(Leads, u"source=event"_s, {u"Fair visitor"_s});
    row(Leads, u"contactId=%Jane%"_s, {u"Website inquiry"_s});
    row(Leads, u"customerId=%Globex%"_s, {u"Fair visitor"_s});
    row(Leads, u"status=contacted&priority=low"_s, {u"Referral deal"_s});
    row(Leads, u"status=contacted&priority=high"_s, {});
    row(Opportunities, u"stage=proposal"_s, {u"Alpha"_s, u"Gamma"_s});
    row(Opportunities, u"status=negotiation"_s, {u"Beta"_s});
    row(Opportunities, u"customerId=%Acme%"_s, {u"Alpha"_s});
    row(Opportunities, u"contactId=%Jürgen%"_s, {u"Gamma"_s});
    row(Opportunities, u"stage=proposal&contactId=%Jane%"_s, {u"Alpha"_s});
    row(Tickets, u"status=resolved"_s, {u"Invoice question"_s});
    row(Tickets, u"status=open"_s, {u"Login broken"_s});
    row(Tickets, u"priority=urgent"_s, {u"Login broken"_s});
    row(Tickets, u"customerId=%Acme%"_s, {u"Login broken"_s});
    row(Tickets, u"contactId=%Jürgen%"_s, {u"Login slow"_s});
    row(Tickets, u"search=login&priority=high"_s, {u"Login slow"_s});
}

void TestLists::filters()
{
    QFETCH(QString, collection);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    query = substitute(query);
    query.replace(u"%RANDOM%"_s, TestData::newUuid());
    const HttpResult r = m_tenant.http().get(TestData::path(collection) + u'?' + query);
    OT_VERIFY_STATUS(r, 200);
    QStringList actual = labels(r, collection);
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

void TestLists::sorting_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << Opportunities << u"name"_s
                          << QStringList {u"Alpha"_s, u"Beta"_s, u"Gamma"_s};
    QTest::newRow("-name") << Opportunities << u"-name"_s
                           << QStringList {u"Gamma"_s, u"Beta"_s, u"Alpha"_s};
    QTest::newRow("amount,name (numeric)")
        << Opportunities << u"amount,name"_s << QStringList {u"Beta"_s, u"Alpha"_s, u"Gamma"_s};
    QTest::newRow("-amount,name") << Opportunities << u"-amount,name"_s
                                  << QStringList {u"Alpha"_s, u"Gamma"_s, u"Beta"_s};
    QTest::newRow("-amount,-name")
        << Opportunities << u"-amount,-name"_s << QStringList {u"Gamma"_s, u"Alpha"_s, u"Beta"_s};
    QTest::newRow("subject") << Tickets << u"subject"_s
                             << QStringList {
                                    u"Invoice question"_s, u"Login broken"_s, u"Login slow"_s};
    QTest::newRow("-subject") << Tickets << u"-subject"_s
                              << QStringList {
                                     u"Login slow"_s, u"Login broken"_s, u"Invoice question"_s};
    QTest::newRow("-title") << Leads << u"-title"_s
                            << QStringList {
                                   u"Website inquiry"_s, u"Referral deal"_s, u"Fair visitor"_s};
    QTest::newRow("name, customers")
        << Customers << u"name"_s << QStringList {u"Acme"_s, u"Globex"_s, u"Initech"_s};
}

void TestLists::sorting()
{
    QFETCH(QString, collection);
    QFETCH(QString, sort);
    QFETCH(QStringList, expected);
    const HttpResult r
        = m_tenant.http().get(TestData::path(collection) + TestData::query({{u"sort"_s, sort}}));
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(labels(r, collection), expected);
}

void TestLists::sortByTimestamps()
{
    const HttpResult ascending = m_tenant.http().get(u"/api/v1/contacts?sort=createdAt"_s);
    OT_VERIFY_STATUS(ascending, 200);
    QStringList created;
    for (const QJsonValue &v : ascending.data())
        created << v.toObject().value(u"createdAt"_s).toString();
    QStringList sorted = created;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(created, sorted);

    const HttpResult descending = m_tenant.http().get(
        u"/api/v1/contacts"_s + TestData::query({{u"sort"_s, u"-updatedAt,lastName"_s}}));
    OT_VERIFY_STATUS(descending, 200);
    QStringList updated;
    for (const QJsonValue &v : descending.data())
        updated << v.toObject().value(u"updatedAt"_s).toString();
    sorted = updated;
    std::sort(sorted.begin(), sorted.end(), std::greater<QString>());
    QCOMPARE(updated, sorted);
}

void TestLists::updatedSince()
{
    // A tenant of its own, so that the timestamps are under the test's control.
    TestTenant tenant;
    QVERIFY(tenant.setUp(m_server, u"Since Co"_s));
    const QJsonObject first = tenant.create(Customers, {{u"name"_s, u"First"_s}});
    QThread::msleep(20);
    const QJsonObject second = tenant.create(Customers, {{u"name"_s, u"Second"_s}});
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString secondAt = second.value(u"updatedAt"_s).toString();
    QVERIFY(first.value(u"updatedAt"_s).toString() < secondAt);

    auto namesSince = [&](const QString &since) {
        const HttpResult r = tenant.http().get(
            u"/api/v1/customers"_s + TestData::query({{u"updatedSince"_s, since}}));
        QStringList names;
        if (r.status != 200)
            names << u"HTTP %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
        for (const QJsonValue &v : r.data())
            names << v.toObject().value(u"name"_s).toString();
        names.sort();
        return names;
    };
    // "At or after": the exact timestamp is included.
    QCOMPARE(namesSince(secondAt), QStringList {u"Second"_s});
    QCOMPARE(namesSince(u"2000-01-01T00:00:00.000Z"_s), (QStringList {u"First"_s, u"Second"_s}));
    QCOMPARE(namesSince(u"2999-01-01T00:00:00Z"_s), QStringList());

    // The same instant written with an offset.
    const QDateTime instant = QDateTime::fromString(secondAt, Qt::ISODateWithMs);
    const QString withOffset = instant.toOffsetFromUtc(2 * 3600).toString(Qt::ISODateWithMs);
    QVERIFY2(withOffset.endsWith(u"+02:00"_s), qPrintable(withOffset));
    QCOMPARE(namesSince(withOffset), QStringList {u"Second"_s});

    // An update moves a record into the window.
    QThread::msleep(20);
    const HttpResult patched = tenant.http().patch(
        TestData::path(Customers, first.value(u"id"_s).toString()), {{u"industry"_s, u"Retail"_s}});
    OT_VERIFY_STATUS(patched, 200);
    const QString patchedAt = patched.object().value(u"updatedAt"_s).toString();
    QVERIFY(patchedAt > secondAt);
    QCOMPARE(namesSince(patchedAt), QStringList {u"First"_s});
    QCOMPARE(namesSince(secondAt), (QStringList {u"First"_s, u"Second"_s}));
}

QTEST_GUILESS_MAIN(TestLists)
