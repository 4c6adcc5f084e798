#include "testreadsnapshot.h"

#include "storage/database.h"
#include "storage/datageneration.h"
#include "storage/rawquery.h"
#include "storage/readsnapshot.h"
#include "storage/transaction.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

qint64 rowCount(const QSqlDatabase &db)
{
    RawQuery count(db, u"SELECT COUNT(*) FROM probe"_s, {});
    return count.next() ? count.integer(0) : -1;
}

// A commit by another connection: Database gives each thread its own.
void insertFromAnotherConnection(const QString &path)
{
    QThread *writer = QThread::create([path] {
        Database(path).exec(Database(path).connection(), u"INSERT INTO probe DEFAULT VALUES"_s);
    });
    writer->start();
    writer->wait();
    delete writer;
}

DataGeneration generationIn(const QSqlDatabase &db)
{
    const ReadSnapshot snapshot(db);
    return DataGeneration::of(Database::sqliteHandle(db));
}

} // namespace

void TestReadSnapshot::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"snapshot-%1.db"_s.arg(QLatin1String(QTest::currentTestFunction())));
    Database database(m_path);
    database.initialize();
    Database::exec(database.connection(), u"CREATE TABLE probe (n INTEGER PRIMARY KEY)"_s);
}

void TestReadSnapshot::seesOneStateUntilItEnds()
{
    const QSqlDatabase db = Database(m_path).connection();
    {
        ReadSnapshot snapshot(db);
        QVERIFY(snapshot.began());
        QCOMPARE(rowCount(db), 0);
        insertFromAnotherConnection(m_path);
        QCOMPARE(rowCount(db), 0);
        snapshot.end();
        QCOMPARE(rowCount(db), 1);
        snapshot.end(); // a second end does nothing
    }
    QVERIFY(!Transaction::isOpen(db));
    // Taken at once, not at the first statement: a commit before any read is not seen.
    ReadSnapshot snapshot(db);
    insertFromAnotherConnection(m_path);
    QCOMPARE(rowCount(db), 1);
}

void TestReadSnapshot::joinsAnOpenTransaction()
{
    const QSqlDatabase db = Database(m_path).connection();
    {
        Transaction write(db);
        Database::exec(db, u"INSERT INTO probe DEFAULT VALUES"_s);
        {
            ReadSnapshot snapshot(db);
            QVERIFY2(!snapshot.began(), "its state is the open transaction's, fixed or not");
            QCOMPARE(rowCount(db), 1);
        }
        QVERIFY2(Transaction::isOpen(db), "the snapshot must not end the write");
        // No commit(): the write rolls back, with what the snapshot saw.
    }
    QCOMPARE(rowCount(db), 0);
}

void TestReadSnapshot::generationMovesWithEveryCommit()
{
    const QSqlDatabase db = Database(m_path).connection();
    const DataGeneration first = generationIn(db);
    QCOMPARE(generationIn(db), first);
    insertFromAnotherConnection(m_path);
    const DataGeneration afterTheirs = generationIn(db);
    QVERIFY(afterTheirs != first);
    QCOMPARE(generationIn(db), afterTheirs);
    Database::exec(db, u"INSERT INTO probe DEFAULT VALUES"_s);
    QVERIFY2(generationIn(db) != afterTheirs, "the connection's own commits count too");
}

QTEST_GUILESS_MAIN(TestReadSnapshot)
