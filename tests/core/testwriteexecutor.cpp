#include "testwriteexecutor.h"

#include "domain/collectionspec.h"
#include "domain/domainerror.h"
#include "storage/database.h"
#include "storage/listquery.h"
#include "storage/recordrepository.h"
#include "storage/recordstore.h"
#include "storage/storageerror.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"
#include "storage/writeexecutor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QThreadPool>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

const CollectionSpec &contacts()
{
    return *CollectionSpec::byName(u"contacts"_s);
}

qint64 contactCount(const Database &database, const QString &tenantId, const QString &search = {})
{
    ListQuery query;
    query.search = search;
    return RecordStore(database.connection()).list(contacts(), tenantId, query).total;
}

} // namespace

void TestWriteExecutor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(u"omniotap.db"_s));
    m_database->initialize();
    m_tenantId = TenantRepository(m_database->connection()).create(u"T"_s).id;
}

void TestWriteExecutor::concurrentWritesAllCommit()
{
    WriteExecutor writer(*m_database);
    QThreadPool pool;
    pool.setMaxThreadCount(16);
    std::atomic<int> created {0};
    for (int i = 0; i < 200; ++i) {
        pool.start([&, i] {
            const QJsonObject record = writer.run([&](const QSqlDatabase &db) {
                return RecordStore(db).create(
                    contacts(), m_tenantId, {{u"firstName"_s, u"Writer %1!"_s.arg(i)}});
            });
            if (record.value(u"version"_s).toInt() == 1)
                ++created;
        });
    }
    pool.waitForDone();
    QCOMPARE(created.load(), 200);
    QCOMPARE(contactCount(*m_database, m_tenantId), 200);
    QCOMPARE(contactCount(*m_database, m_tenantId, u"writer 17!"_s), 1);
}

void TestWriteExecutor::failureBeforeChangesLeavesOthersAlone()
{
    WriteExecutor writer(*m_database);
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    std::atomic<int> rejected {0};
    for (int i = 0; i < 40; ++i) {
        pool.start([&, i] {
            try {
                writer.run([&](const QSqlDatabase &db) {
                    // Every fourth body lacks the required first name.
                    const QJsonObject body = i % 4 == 0
                        ? QJsonObject {{u"lastName"_s, u"Nameless"_s}}
                        : QJsonObject {{u"firstName"_s, u"Ok %1"_s.arg(i)}};
                    return RecordStore(db).create(contacts(), m_tenantId, body);
                });
            } catch (const DomainError &error) {
                if (error.kind() == DomainError::Kind::Validation)
                    ++rejected;
            }
        });
    }
    pool.waitForDone();
    QCOMPARE(rejected.load(), 10);
    QCOMPARE(contactCount(*m_database, m_tenantId), 30);
}

void TestWriteExecutor::failureAfterChangesRollsBackOnlyThatWrite()
{
    WriteExecutor writer(*m_database);
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    std::atomic<int> failed {0};
    for (int i = 0; i < 40; ++i) {
        pool.start([&, i] {
            try {
                writer.run([&](const QSqlDatabase &db) {
                    const QJsonObject record = RecordStore(db).create(
                        contacts(), m_tenantId, {{u"firstName"_s, u"Half %1!"_s.arg(i)}});
                    if (i % 5 == 0)
                        throw StorageError(u"simulated failure after the insert"_s);
                    return record;
                });
            } catch (const StorageError &) {
                ++failed;
            }
        });
    }
    pool.waitForDone();
    QCOMPARE(failed.load(), 8);
    QCOMPARE(contactCount(*m_database, m_tenantId), 32);
    QCOMPARE(contactCount(*m_database, m_tenantId, u"half 10!"_s), 0);
    QCOMPARE(contactCount(*m_database, m_tenantId, u"half 11!"_s), 1);
}

void TestWriteExecutor::abandonedJoinedTransactionFailsTheOuterCommit()
{
    const QSqlDatabase db = m_database->connection();
    {
        Transaction outer(db);
        {
            Transaction inner(db);
            Database::exec(db, u"UPDATE tenants SET name = 'Changed' WHERE id = ?"_s, {m_tenantId});
            // inner is abandoned after changing a row
        }
        QVERIFY(Transaction::hasFailedPart(db));
        QVERIFY_THROWS_EXCEPTION(StorageError, outer.commit());
    }
    QCOMPARE(TenantRepository(db).find(m_tenantId)->name, u"T"_s);

    // An abandoned joined transaction that changed nothing does not poison the outer one.
    Transaction outer(db);
    {
        Transaction inner(db);
    }
    Database::exec(db, u"UPDATE tenants SET name = 'Kept' WHERE id = ?"_s, {m_tenantId});
    outer.commit();
    QCOMPARE(TenantRepository(db).find(m_tenantId)->name, u"Kept"_s);
}

void TestWriteExecutor::searchIndexFollowsChangesInOneTransaction()
{
    const QSqlDatabase db = m_database->connection();
    const RecordStore store(db);
    {
        Transaction transaction(db);
        const QString id = store.create(contacts(), m_tenantId, {{u"firstName"_s, u"Alpha"_s}})
                               .value(u"id"_s)
                               .toString();
        store.update(contacts(), m_tenantId, id, {{u"firstName"_s, u"Bravo"_s}}, std::nullopt);
        store.update(contacts(), m_tenantId, id, {{u"firstName"_s, u"Charlie"_s}}, std::nullopt);
        transaction.commit();
    }
    QCOMPARE(contactCount(*m_database, m_tenantId, u"alpha"_s), 0);
    QCOMPARE(contactCount(*m_database, m_tenantId, u"bravo"_s), 0);
    QCOMPARE(contactCount(*m_database, m_tenantId, u"charlie"_s), 1);

    {
        Transaction rolledBack(db);
        store.create(contacts(), m_tenantId, {{u"firstName"_s, u"Delta"_s}});
    }
    QCOMPARE(contactCount(*m_database, m_tenantId, u"delta"_s), 0);
    // The search table holds exactly what the records say (FTS5's own consistency check).
    Database::exec(
        db, u"INSERT INTO contacts_search (contacts_search, rank) VALUES ('integrity-check', 1)"_s);
}

void TestWriteExecutor::idleStepsRunUntilDoneAndAfterWrites()
{
    std::atomic<int> steps {0};
    std::atomic<int> remaining {3};
    WriteExecutor writer(*m_database, [&](const QSqlDatabase &) {
        ++steps;
        return --remaining > 0;
    });
    QTRY_COMPARE(steps.load(), 3);
    QTest::qWait(50);
    QCOMPARE(steps.load(), 3); // done: no more steps while idle

    remaining = 1;
    writer.run([&](const QSqlDatabase &db) {
        return RecordStore(db).create(
            contacts(), m_tenantId, {{u"firstName"_s, u"Wakes housekeeping"_s}});
    });
    QTRY_COMPARE(steps.load(), 4);
}

void TestWriteExecutor::searchSegmentsAreMergedWhenIdle()
{
    // Each commit adds a search index segment; merging keeps lookups from visiting them all.
    const QSqlDatabase db = m_database->connection();
    const RecordStore store(db);
    for (int i = 0; i < 40; ++i) {
        Transaction transaction(db);
        store.create(contacts(), m_tenantId, {{u"firstName"_s, u"Segment %1!"_s.arg(i)}});
        transaction.commit();
    }
    const auto segments = [&] {
        SqlStatement structure
            = Database::exec(db, u"SELECT block FROM contacts_search_data WHERE id = 10"_s);
        structure.next();
        // The structure record: a 4-byte cookie, then varints nLevel and nSegment (< 128 here).
        return int(uchar(structure.value(0).toByteArray().at(5)));
    };
    const int before = segments();
    QVERIFY2(before > 4, qPrintable(QString::number(before)));
    while (RecordRepository::mergeSearchIndexes(db)) { }
    QVERIFY2(segments() < before, qPrintable(u"%1 -> %2"_s.arg(before).arg(segments())));
    QCOMPARE(contactCount(*m_database, m_tenantId, u"segment 17!"_s), 1);
    Database::exec(
        db, u"INSERT INTO contacts_search (contacts_search, rank) VALUES ('integrity-check', 1)"_s);
}

void TestWriteExecutor::postedWorkReportsWhenCommitted()
{
    WriteExecutor writer(*m_database);
    std::atomic<int> succeeded {0};
    std::atomic<int> failed {0};
    std::atomic<int> committedWhenReported {0};
    for (int i = 0; i < 30; ++i) {
        writer.post(
            [&, i](const QSqlDatabase &db) {
                RecordStore(db).create(
                    contacts(), m_tenantId, {{u"firstName"_s, u"Posted %1!"_s.arg(i)}});
                if (i % 10 == 3)
                    throw StorageError(u"simulated failure after the insert"_s);
            },
            [&, i](std::exception_ptr error) {
                if (error) {
                    ++failed;
                    return;
                }
                ++succeeded;
                // The callback runs after the commit: another connection sees the row.
                if (contactCount(*m_database, m_tenantId, u"posted %1!"_s.arg(i)) == 1)
                    ++committedWhenReported;
            });
    }
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.load() + failed.load(), 30, 10000);
    QCOMPARE(failed.load(), 3);
    QCOMPARE(committedWhenReported.load(), 27);
    QCOMPARE(contactCount(*m_database, m_tenantId), 27);
}

QTEST_GUILESS_MAIN(TestWriteExecutor)
