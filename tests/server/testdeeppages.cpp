#include "testdeeppages.h"

#include "responsecheck.h"
#include "testmacros.h"

#include <QJsonObject>
#include <QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

// Enough contacts for many anchors (one every 256 rows) and pages far past the first ones.
const int kContacts = 3000;

// Compares two records by the order of sort (e.g. "status,-createdAt"), ties by id ascending,
// as SQLite orders them: NULL before any value, text by code point.
int compareBy(const QString &sort, const QJsonObject &a, const QJsonObject &b)
{
    QStringList fields = sort.isEmpty() ? QStringList {u"createdAt"_s} : sort.split(u',');
    fields << u"id"_s;
    for (QString field : fields) {
        const bool descending = field.startsWith(u'-');
        if (descending)
            field.remove(0, 1);
        const QJsonValue x = a.value(field);
        const QJsonValue y = b.value(field);
        int order = 0;
        if (x.isNull() || y.isNull())
            order = int(y.isNull()) - int(x.isNull());
        else
            order = x.toString().compare(y.toString());
        if (order != 0)
            return descending ? -order : order;
    }
    return 0;
}

} // namespace

void TestDeepPages::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Deep Pages Co"_s));
    const CliResult seeded
        = m_server.runCli({u"seed"_s, u"--tenant"_s, m_tenant.id(), u"--customers"_s, u"20"_s,
                              u"--contacts"_s, QString::number(kContacts)},
            120000);
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.describe()));
}

void TestDeepPages::cleanup()
{
    m_server.dumpLogIfFailed();
}

void TestDeepPages::seededDataIsComplete()
{
    const auto total = [&](const QString &path) {
        const HttpResult r = m_tenant.http().get(path);
        return r.object().value(u"pagination"_s).toObject().value(u"total"_s).toInteger(-1);
    };
    // Counters, a COUNT over the rows and the search index all agree.
    QCOMPARE(total(u"/api/v1/contacts"_s), kContacts);
    QCOMPARE(total(u"/api/v1/customers"_s), 20);
    QCOMPARE(total(u"/api/v1/contacts?updatedSince=2000-01-01T00:00:00.000Z"_s), kContacts);
    QCOMPARE(total(u"/api/v1/contacts?search=example.com"_s), kContacts);
    QCOMPARE(
        total(u"/api/v1/contacts?status=active"_s) + total(u"/api/v1/contacts?status=inactive"_s),
        kContacts);
    // Every record has its change-feed entry, in order, with the full record.
    QSet<QString> fed;
    QString cursor = u"0"_s;
    qint64 lastSeq = 0;
    for (;;) {
        const HttpResult r = m_tenant.http().get(u"/api/v1/changes?limit=1000&since="_s + cursor);
        OT_VERIFY_STATUS(r, 200);
        for (const QJsonValue &change : r.data()) {
            const QJsonObject entry = change.toObject();
            QVERIFY(entry.value(u"seq"_s).toInteger() > lastSeq);
            lastSeq = entry.value(u"seq"_s).toInteger();
            QCOMPARE(entry.value(u"action"_s).toString(), u"created"_s);
            QCOMPARE(entry.value(u"data"_s).toObject().value(u"id"_s), entry.value(u"id"_s));
            fed.insert(entry.value(u"id"_s).toString());
        }
        cursor = r.object().value(u"nextCursor"_s).toString();
        if (!r.object().value(u"hasMore"_s).toBool())
            break;
    }
    QCOMPARE(fed.size(), kContacts + 20);
    for (const QJsonValue &record : readAll({}, 200)) {
        QVERIFY(fed.contains(record.toObject().value(u"id"_s).toString()));
        OT_VERIFY_CHECK(ResponseCheck::record(record.toObject(), u"contacts"_s));
    }
}

QJsonArray TestDeepPages::page(const QString &query, int page, int limit)
{
    QString path = u"/api/v1/contacts?page=%1&limit=%2"_s.arg(page).arg(limit);
    if (!query.isEmpty())
        path += u'&' + query;
    const HttpResult r = m_tenant.http().get(path);
    if (r.status != 200) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return r.data();
}

QJsonArray TestDeepPages::readAll(const QString &query, int limit)
{
    QJsonArray all;
    for (int p = 1;; ++p) {
        const QJsonArray items = page(query, p, limit);
        for (const QJsonValue &item : items)
            all.append(item);
        if (items.size() < limit)
            return all;
    }
}

void TestDeepPages::pagesAgreeWithTheFullOrder_data()
{
    QTest::addColumn<QString>("sort");
    QTest::newRow("default") << QString();
    QTest::newRow("createdAt descending (mixed with id)") << u"-createdAt"_s;
    QTest::newRow("status, then newest") << u"status,-createdAt"_s;
    QTest::newRow("nullable ascending") << u"customerId"_s;
    QTest::newRow("nullable descending") << u"-customerId"_s;
    QTest::newRow("lastName then id") << u"lastName,id"_s;
}

void TestDeepPages::pagesAgreeWithTheFullOrder()
{
    QFETCH(QString, sort);
    const QString query = sort.isEmpty() ? QString() : u"sort="_s + sort;
    const QJsonArray byHundreds = readAll(query, 200);
    QCOMPARE(byHundreds.size(), kContacts);
    QSet<QString> ids;
    for (qsizetype i = 0; i < byHundreds.size(); ++i) {
        ids.insert(byHundreds.at(i).toObject().value(u"id"_s).toString());
        if (i > 0)
            QVERIFY2(
                compareBy(sort, byHundreds.at(i - 1).toObject(), byHundreds.at(i).toObject()) < 0,
                qPrintable(u"out of order at %1"_s.arg(i)));
    }
    QCOMPARE(ids.size(), kContacts);
    // Other page sizes land on other anchors with other skips: the same sequence.
    QCOMPARE(readAll(query, 50), byHundreds);
    QCOMPARE(readAll(query, 37), byHundreds);
}

void TestDeepPages::deleteAfterDeepPageIsSeen()
{
    const QJsonArray before = page({}, 50, 50); // offset 2450: read through an anchor
    QCOMPARE(before.size(), 50);
    const QString first = page({}, 1, 1).at(0).toObject().value(u"id"_s).toString();
    OT_VERIFY_STATUS(m_tenant.http().del(u"/api/v1/contacts/"_s + first), 204);
    const QJsonArray after = page({}, 50, 50);
    QCOMPARE(after.size(), 50);
    // One record fewer in front of the page: everything moves up by one.
    for (int i = 0; i + 1 < 50; ++i)
        QCOMPARE(after.at(i).toObject().value(u"id"_s), before.at(i + 1).toObject().value(u"id"_s));
}

void TestDeepPages::createAfterDeepPageIsSeen()
{
    const QString newestFirst = u"sort=-createdAt"_s;
    const QJsonArray before = page(newestFirst, 40, 50);
    QCOMPARE(before.size(), 50);
    const QString created = m_tenant.createId(u"contacts"_s, {{u"firstName"_s, u"Newest"_s}});
    QVERIFY(!created.isEmpty());
    QCOMPARE(page(newestFirst, 1, 1).at(0).toObject().value(u"id"_s).toString(), created);
    const QJsonArray after = page(newestFirst, 40, 50);
    QCOMPARE(after.size(), 50);
    // One record more in front of the page: everything moves down by one.
    for (int i = 0; i + 1 < 50; ++i)
        QCOMPARE(after.at(i + 1).toObject().value(u"id"_s), before.at(i).toObject().value(u"id"_s));
}

void TestDeepPages::filteredDeepPages()
{
    const QString inactive = u"status=inactive"_s;
    const QString active = u"status=active"_s;
    const QJsonArray all = readAll({}, 200);
    QJsonArray expectedActive;
    for (const QJsonValue &record : all) {
        if (record.toObject().value(u"status"_s) == u"active"_s)
            expectedActive.append(record);
    }
    QCOMPARE(readAll(active, 50), expectedActive);
    QCOMPARE(readAll(active, 200), expectedActive);
    // A status change moves a record between the two lists; both see it at once.
    const QJsonObject moved = expectedActive.at(1).toObject();
    const HttpResult patched = m_tenant.http().patch(
        u"/api/v1/contacts/"_s + moved.value(u"id"_s).toString(), {{u"status"_s, u"inactive"_s}});
    OT_VERIFY_STATUS(patched, 200);
    expectedActive.removeAt(1);
    QCOMPARE(readAll(active, 50), expectedActive);
    const QJsonArray inactiveNow = readAll(inactive, 50);
    QCOMPARE(inactiveNow.size() + expectedActive.size(), all.size());
}

QTEST_GUILESS_MAIN(TestDeepPages)
