#include "testrawquery.h"

#include "storage/database.h"
#include "storage/rawquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

void TestRawQuery::sameSqlTwiceKeepsEachBinding()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"test.db"_s));
    database.initialize();
    const QSqlDatabase db = database.connection();
    const QString sql = u"SELECT ? * 2"_s;
    RawQuery first(db, sql, {21});
    RawQuery second(db, sql, {50}); // the first is bound but not stepped yet
    QVERIFY(second.next());
    QCOMPARE(second.integer(0), 100);
    QVERIFY(first.next());
    QCOMPARE(first.integer(0), 42);
}

void TestRawQuery::heldStatementSurvivesEviction()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"test.db"_s));
    database.initialize();
    const QSqlDatabase db = database.connection();
    RawQuery held(db, u"SELECT ? || '!'"_s, {u"still here"_s});
    // More distinct statements than the cache keeps: it evicts what it may.
    for (int i = 0; i < 600; ++i) {
        RawQuery other(db, u"SELECT %1"_s.arg(i), {});
        QVERIFY(other.next());
        QCOMPARE(other.integer(0), i);
    }
    QVERIFY(held.next());
    QCOMPARE(held.text(0).toByteArray(), QByteArray("still here!"));
}

QTEST_GUILESS_MAIN(TestRawQuery)
