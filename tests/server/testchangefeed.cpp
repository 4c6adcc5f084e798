#include "testchangefeed.h"

#include "testdata.h"
#include "testmacros.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

void TestChangeFeed::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Feed Co"_s));
}

void TestChangeFeed::cleanup()
{
    m_server.dumpLogIfFailed();
}

QJsonObject TestChangeFeed::feed(const QString &query)
{
    const HttpResult r = m_tenant.http().get(u"/api/v1/changes"_s + query);
    if (r.status != 200 || r.mediaType() != "application/json") {
        qWarning().noquote() << "GET /api/v1/changes" << query << "->" << r.describe();
        return {};
    }
    return r.object();
}

void TestChangeFeed::emptyFeed()
{
    for (const QString &query : {QString(), u"?since=0"_s}) {
        const QJsonObject o = feed(query);
        QCOMPARE(o.value(u"data"_s), QJsonValue(QJsonArray()));
        QCOMPARE(o.value(u"nextCursor"_s), QJsonValue(u"0"_s));
        QCOMPARE(o.value(u"hasMore"_s), QJsonValue(false));
    }
}

void TestChangeFeed::entriesForEveryCollection()
{
    QStringList ids;
    QList<QJsonObject> records;
    for (const QString &c : TestData::collections()) {
        const QJsonObject record = m_tenant.create(c, TestData::minimalBody(c));
        QVERIFY(!record.isEmpty());
        ids << record.value(u"id"_s).toString();
        records << record;
    }
    const HttpResult updated = m_tenant.http().patch(
        TestData::path(u"contacts"_s, ids.at(0)), {{u"lastName"_s, u"Updated"_s}});
    OT_VERIFY_STATUS(updated, 200);
    OT_VERIFY_STATUS(m_tenant.http().del(TestData::path(u"tickets"_s, ids.at(4))), 204);

    const QJsonObject o = feed();
    const QJsonArray data = o.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 7);
    QCOMPARE(o.value(u"hasMore"_s), QJsonValue(false));

    struct Expected
    {
        QString entityType;
        QString action;
        QString id;
    };
    QList<Expected> expected;
    for (int i = 0; i < 5; ++i)
        expected.append(
            {TestData::entityType(TestData::collections().at(i)), u"created"_s, ids.at(i)});
    expected.append({u"contact"_s, u"updated"_s, ids.at(0)});
    expected.append({u"ticket"_s, u"deleted"_s, ids.at(4)});

    qint64 previousSeq = 0;
    for (int i = 0; i < data.size(); ++i) {
        const QJsonObject entry = data.at(i).toObject();
        const QString where = u"entry %1: "_s.arg(i)
            + QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
        QVERIFY2(entry.value(u"seq"_s).isDouble(), qPrintable(where));
        const qint64 seq = entry.value(u"seq"_s).toInteger();
        QVERIFY2(seq > previousSeq, qPrintable(where));
        previousSeq = seq;
        QVERIFY2(entry.value(u"entityType"_s).toString() == expected.at(i).entityType,
            qPrintable(where));
        QVERIFY2(entry.value(u"action"_s).toString() == expected.at(i).action, qPrintable(where));
        QVERIFY2(entry.value(u"id"_s).toString() == expected.at(i).id, qPrintable(where));
        QVERIFY2(TestData::isTimestamp(entry.value(u"occurredAt"_s).toString()), qPrintable(where));
        if (expected.at(i).action == u"deleted") {
            QVERIFY2(
                entry.contains(u"data"_s) && entry.value(u"data"_s).isNull(), qPrintable(where));
        } else {
            const QString collection = TestData::collections().at(i < 5 ? i : 0);
            const QJsonObject record = entry.value(u"data"_s).toObject();
            OT_VERIFY_CHECK(ResponseCheck::record(record, collection));
            QCOMPARE(record.value(u"id"_s).toString(), expected.at(i).id);
        }
    }
    // Created entries carry the record as created; the update carries version 2.
    QCOMPARE(data.at(1).toObject().value(u"data"_s).toObject(), records.at(1));
    QCOMPARE(data.at(5).toObject().value(u"data"_s).toObject(), updated.object());
    QCOMPARE(o.value(u"nextCursor"_s).toString(), QString::number(previousSeq));
}

void TestChangeFeed::cursorGivesOnlyNewChanges()
{
    const QString cursor = feed().value(u"nextCursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    QJsonObject o = feed(u"?since="_s + cursor);
    QCOMPARE(o.value(u"data"_s).toArray().size(), 0);
    QCOMPARE(o.value(u"nextCursor"_s).toString(), cursor);
    QCOMPARE(o.value(u"hasMore"_s), QJsonValue(false));

    const QString id = m_tenant.createMinimal(u"leads"_s, u"After cursor"_s);
    OT_VERIFY_STATUS(m_tenant.http().del(TestData::path(u"leads"_s, id)), 204);
    o = feed(u"?since="_s + cursor);
    const QJsonArray data = o.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(u"action"_s).toString(), u"created"_s);
    QCOMPARE(data.at(1).toObject().value(u"action"_s).toString(), u"deleted"_s);
    QCOMPARE(data.at(1).toObject().value(u"id"_s).toString(), id);
    QVERIFY(data.at(0).toObject().value(u"seq"_s).toInteger() > cursor.toLongLong());
    QCOMPARE(o.value(u"nextCursor"_s).toString(),
        QString::number(data.at(1).toObject().value(u"seq"_s).toInteger()));

    // The deletion stays in the feed for a client that starts from the beginning.
    bool seen = false;
    for (const QJsonValue &v : feed().value(u"data"_s).toArray())
        seen = seen
            || (v.toObject().value(u"id"_s).toString() == id
                && v.toObject().value(u"action"_s).toString() == u"deleted");
    QVERIFY(seen);
}

void TestChangeFeed::limitAndHasMore()
{
    const QJsonArray all = feed(u"?limit=1000"_s).value(u"data"_s).toArray();
    QVERIFY(all.size() >= 9);

    QJsonArray collected;
    QString cursor = u"0"_s;
    for (int round = 0; round < 20; ++round) {
        const QJsonObject page = feed(u"?limit=2&since="_s + cursor);
        const QJsonArray data = page.value(u"data"_s).toArray();
        QVERIFY(data.size() <= 2);
        for (const QJsonValue &v : data)
            collected.append(v);
        const bool hasMore = page.value(u"hasMore"_s).toBool();
        QVERIFY(page.value(u"hasMore"_s).isBool());
        if (!data.isEmpty())
            QCOMPARE(page.value(u"nextCursor"_s).toString(),
                QString::number(data.last().toObject().value(u"seq"_s).toInteger()));
        cursor = page.value(u"nextCursor"_s).toString();
        QCOMPARE(hasMore, collected.size() < all.size());
        if (!hasMore)
            break;
    }
    QCOMPARE(collected, all);

    const QJsonObject one = feed(u"?limit=1"_s);
    QCOMPARE(one.value(u"data"_s).toArray().size(), 1);
    QCOMPARE(one.value(u"hasMore"_s), QJsonValue(true));
}

void TestChangeFeed::cursorPastTheEnd()
{
    const QJsonObject o = feed(u"?since=999999999"_s);
    QCOMPARE(o.value(u"data"_s), QJsonValue(QJsonArray()));
    QCOMPARE(o.value(u"nextCursor"_s).toString(), u"999999999"_s);
    QCOMPARE(o.value(u"hasMore"_s), QJsonValue(false));
}

void TestChangeFeed::readScopeSuffices()
{
    const CreatedKey key = m_tenant.addKey({u"read"_s});
    QVERIFY(key.isValid());
    const HttpResult r = m_tenant.clientWithKey(key.key)->get(u"/api/v1/changes?limit=1"_s);
    OT_VERIFY_STATUS(r, 200);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(r));
}

void TestChangeFeed::noOpPatchAddsNothing()
{
    const QString id = m_tenant.createMinimal(u"customers"_s, u"Quiet"_s);
    QVERIFY(!id.isEmpty());
    const QString cursor = feed().value(u"nextCursor"_s).toString();
    OT_VERIFY_STATUS(
        m_tenant.http().patch(TestData::path(u"customers"_s, id), {{u"name"_s, u"Quiet"_s}}), 200);
    OT_VERIFY_STATUS(m_tenant.http().patch(TestData::path(u"customers"_s, id), {}), 200);
    QCOMPARE(feed(u"?since="_s + cursor).value(u"data"_s).toArray().size(), 0);
    // A failed write adds nothing either.
    OT_VERIFY_STATUS(
        m_tenant.http().patch(TestData::path(u"customers"_s, id), {{u"status"_s, u"bogus"_s}}),
        422);
    QCOMPARE(feed(u"?since="_s + cursor).value(u"data"_s).toArray().size(), 0);
}

void TestChangeFeed::badParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("since words") << u"since=abc"_s << u"#/query/since"_s;
    QTest::newRow("since negative") << u"since=-1"_s << u"#/query/since"_s;
    QTest::newRow("since fraction") << u"since=1.5"_s << u"#/query/since"_s;
    QTest::newRow("since empty") << u"since="_s << u"#/query/since"_s;
    QTest::newRow("since timestamp") << u"since=2024-01-01T00:00:00Z"_s << u"#/query/since"_s;
    QTest::newRow("limit 0") << u"limit=0"_s << u"#/query/limit"_s;
    QTest::newRow("limit 1001") << u"limit=1001"_s << u"#/query/limit"_s;
    QTest::newRow("limit words") << u"limit=all"_s << u"#/query/limit"_s;
    QTest::newRow("unknown") << u"page=2"_s << u"#/query/page"_s;
    QTest::newRow("repeated since") << u"since=1&since=2"_s << u"#/query/since"_s;
}

void TestChangeFeed::badParametersAre400()
{
    QFETCH(QString, query);
    QFETCH(QString, pointer);
    const HttpResult r = m_tenant.http().get(u"/api/v1/changes?"_s + query);
    OT_VERIFY_PROBLEM_AT(r, 400, "invalid-query", u"/api/v1/changes"_s);
    QVERIFY2(ResponseCheck::errorPointers(r).contains(pointer), r.body.constData());
}

QTEST_GUILESS_MAIN(TestChangeFeed)
