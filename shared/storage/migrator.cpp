#include "migrator.h"

#include "database.h"
#include "migrations.h"
#include "storageerror.h"
#include "transaction.h"

int Migrator::currentVersion(const QSqlDatabase &db)
{
    SqlStatement query = Database::exec(db, QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

int Migrator::latestVersion()
{
    return int(Migrations::all().size());
}

void Migrator::migrate(const QSqlDatabase &db, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    const int current = currentVersion(db);
    if (current > latestVersion()) {
        throw StorageError(QStringLiteral("The database has schema version %1, newer than this "
                                          "program supports (%2); upgrade OmnioTap")
                               .arg(current)
                               .arg(latestVersion()));
    }
    const auto &steps = Migrations::all();
    for (int version = current + 1; version <= target; ++version) {
        Transaction transaction(db);
        steps.at(version - 1).apply(db);
        Database::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}
