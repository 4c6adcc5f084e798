#include "testmigrations.h"

#include "domain/collectionspec.h"
#include "storage/database.h"
#include "storage/listquery.h"
#include "storage/migrator.h"
#include "storage/recordstore.h"
#include "storage/storageerror.h"
#include "storage/tenantrepository.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const CollectionSpec &contacts()
{
    return *CollectionSpec::byName(u"contacts"_s);
}

// Inserts a contact the way schema version 1 stored it (no search column, no counters).
void insertVersionOneContact(const QSqlDatabase &db, const QString &tenantId, const QString &id,
    const QString &firstName, const QString &lastName)
{
    Database::exec(db,
        u"INSERT INTO record_ids (tenant_id, id, collection) VALUES (?, ?, 'contacts')"_s,
        {tenantId, id});
    Database::exec(db,
        u"INSERT INTO contacts (tenant_id, id, version, created_at, updated_at, first_name, "
        "last_name, status) VALUES (?, ?, 1, '2024-01-01T00:00:00.000Z', "
        "'2024-01-01T00:00:00.000Z', ?, ?, 'active')"_s,
        {tenantId, id, firstName, lastName});
}

} // namespace

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMigrations::databasePath() const
{
    return m_dir->filePath(u"data/omniotap.db"_s);
}

void TestMigrations::emptyFileReachesLatestVersion()
{
    const Database database(databasePath());
    database.initialize();
    const QSqlDatabase db = database.connection();
    QCOMPARE(Migrator::currentVersion(db), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 3);

    // Initialising again is a no-op.
    database.initialize();
    QCOMPARE(Migrator::currentVersion(db), Migrator::latestVersion());
    SqlStatement mode = Database::exec(db, u"PRAGMA journal_mode"_s);
    QVERIFY(mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s);

    // Search segments merge in groups of 16 (v5), which keeps steady writes cheap.
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        SqlStatement merge = Database::exec(
            db, u"SELECT v FROM %1_search_config WHERE k = 'automerge'"_s.arg(spec.name));
        QVERIFY(merge.next());
        QCOMPARE(merge.value(0).toInt(), 16);
    }
}

void TestMigrations::everyOlderVersionUpgradesWithItsData_data()
{
    QTest::addColumn<int>("startVersion");
    for (int version = 1; version < Migrator::latestVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TestMigrations::everyOlderVersionUpgradesWithItsData()
{
    QFETCH(int, startVersion);
    QDir().mkpath(m_dir->filePath(u"data"_s));
    const Database database(databasePath());
    const QSqlDatabase db = database.connection();
    Migrator::migrate(db, 1);
    const Tenant tenant = TenantRepository(db).create(u"Old tenant"_s);
    insertVersionOneContact(
        db, tenant.id, u"11111111-1111-1111-1111-111111111111"_s, u"Ada"_s, u"Lovelace"_s);
    insertVersionOneContact(
        db, tenant.id, u"22222222-2222-2222-2222-222222222222"_s, u"Grace"_s, u"Hopper"_s);
    Migrator::migrate(db, startVersion);
    QCOMPARE(Migrator::currentVersion(db), startVersion);

    database.initialize();
    QCOMPARE(Migrator::currentVersion(db), Migrator::latestVersion());

    // Rows written under the old schema are searchable and counted after the upgrade.
    const RecordStore store(db);
    ListQuery search;
    search.search = u"LOVEL"_s;
    ListPage page = store.list(contacts(), tenant.id, search);
    QCOMPARE(page.total, 1);
    QCOMPARE(page.records().at(0).toObject().value(u"firstName"_s).toString(), u"Ada"_s);
    page = store.list(contacts(), tenant.id, ListQuery());
    QCOMPARE(page.total, 2);

    // And the upgraded database takes new writes with every rule in place.
    const QJsonObject created = store.create(contacts(), tenant.id, {{u"firstName"_s, u"Linus"_s}});
    QCOMPARE(created.value(u"version"_s).toInt(), 1);
    QCOMPARE(store.list(contacts(), tenant.id, ListQuery()).total, 3);
}

void TestMigrations::newerFileIsRefused()
{
    const Database database(databasePath());
    database.initialize();
    Database::exec(
        database.connection(), u"PRAGMA user_version = %1"_s.arg(Migrator::latestVersion() + 1));
    QVERIFY_THROWS_EXCEPTION(StorageError, database.initialize());
}

void TestMigrations::operatorCommandsDoNotUpgradeInUseFiles()
{
    // A new file is set up by any command; an older one only by the server, which the operator
    // starts after stopping the old one (an older server may be using the file right now).
    const Database fresh(databasePath());
    fresh.initialize(Database::Upgrade::NewOnly);
    QCOMPARE(Migrator::currentVersion(fresh.connection()), Migrator::latestVersion());

    const Database old(m_dir->filePath(u"old/omniotap.db"_s));
    QDir().mkpath(m_dir->filePath(u"old"_s));
    Migrator::migrate(old.connection(), 1);
    QVERIFY_THROWS_EXCEPTION(StorageError, old.initialize(Database::Upgrade::NewOnly));
    QCOMPARE(Migrator::currentVersion(old.connection()), 1);
    old.initialize(Database::Upgrade::Allowed);
    QCOMPARE(Migrator::currentVersion(old.connection()), Migrator::latestVersion());
}

void TestMigrations::databaseFileIsPrivate()
{
    const Database database(databasePath());
    database.initialize();
    const QFile::Permissions permissions = QFile::permissions(databasePath());
    QVERIFY(!(permissions
        & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
}

QTEST_GUILESS_MAIN(TestMigrations)
