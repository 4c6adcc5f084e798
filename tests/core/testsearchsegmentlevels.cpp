#include "testsearchsegmentlevels.h"

#include "storage/database.h"
#include "storage/searchsegmentlevels.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void fill(const QSqlDatabase &db, int first, int count)
{
    Database::exec(db, u"BEGIN"_s);
    for (int i = first; i < first + count; ++i) {
        Database::exec(db, u"INSERT INTO bulk (rowid, text) VALUES (?, ?)"_s,
            {i, u"contact %1 name%1@example.com +1 555 %1"_s.arg(i)});
    }
    Database::exec(db, u"COMMIT"_s);
}

int matches(const QSqlDatabase &db, const QString &term)
{
    SqlStatement rows = Database::exec(
        db, u"SELECT count(*) FROM bulk WHERE bulk MATCH ?"_s, {u'"' + term + u'"'});
    return rows.next() ? rows.value(0).toInt() : -1;
}

void integrityCheck(const QSqlDatabase &db)
{
    Database::exec(db, u"INSERT INTO bulk (bulk) VALUES ('integrity-check')"_s);
}

} // namespace

void TestSearchSegmentLevels::bulkSegmentStaysWholeUnderSmallWrites()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"test.db"_s));
    database.initialize();
    const QSqlDatabase db = database.connection();
    Database::exec(db, u"CREATE VIRTUAL TABLE bulk USING fts5(text, tokenize='trigram')"_s);
    fill(db, 1, 3000);
    QCOMPARE(SearchSegmentLevels::read(db, u"bulk"_s), QList<int>({1}));

    Database::exec(db, u"BEGIN"_s);
    QVERIFY(SearchSegmentLevels::moveAllTo(db, u"bulk"_s, 8));
    Database::exec(db, u"COMMIT"_s);
    QCOMPARE(SearchSegmentLevels::read(db, u"bulk"_s), QList<int>({0, 0, 0, 0, 0, 0, 0, 0, 1}));
    integrityCheck(db);

    // Forty small writes: at level 0 FTS5 would have merged the bulk segment at the sixteenth.
    for (int i = 0; i < 40; ++i)
        fill(db, 10000 + i, 1);
    const std::optional<QList<int>> after = SearchSegmentLevels::read(db, u"bulk"_s);
    QVERIFY(after);
    QCOMPARE(after->size(), 9);
    QCOMPARE(after->last(), 1);
    int small = 0;
    for (int level = 0; level < 8; ++level)
        small += after->at(level);
    QVERIFY2(small >= 1 && small < 40, qPrintable(u"small segments: %1"_s.arg(small)));
    integrityCheck(db);
    QCOMPARE(matches(db, u"name1234@"_s), 1);
    QCOMPARE(matches(db, u"name10039@"_s), 1);
    QCOMPARE(matches(db, u"contact"_s), 3040);
}

void TestSearchSegmentLevels::leavesMultiLevelStructuresAlone()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"test.db"_s));
    database.initialize();
    const QSqlDatabase db = database.connection();
    Database::exec(db, u"CREATE VIRTUAL TABLE bulk USING fts5(text, tokenize='trigram')"_s);
    for (int i = 0; i < 20; ++i)
        fill(db, 1 + i * 10, 10); // enough commits for a merge into level 1
    const std::optional<QList<int>> before = SearchSegmentLevels::read(db, u"bulk"_s);
    QVERIFY(before && before->size() > 1);
    QVERIFY(!SearchSegmentLevels::moveAllTo(db, u"bulk"_s, 8));
    QCOMPARE(SearchSegmentLevels::read(db, u"bulk"_s), before);
    integrityCheck(db);
}

QTEST_GUILESS_MAIN(TestSearchSegmentLevels)
