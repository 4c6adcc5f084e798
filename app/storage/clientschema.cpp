#include "clientschema.h"

#include "clientmeta.h"

#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QList>
#include <functional>

namespace {

void v1OutboxAndConflicts(const QSqlDatabase &db)
{
    // seq orders the outbox: changes are pushed in the order they were made. body is the
    // create body or merge patch; base is the record as it was when the change was made (null
    // for creates), for the 3-way merge after a 412.
    Database::exec(db,
        QStringLiteral("CREATE TABLE pending_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "collection TEXT NOT NULL, record_id TEXT NOT NULL, "
                       "action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')), "
                       "body TEXT, base TEXT, idempotency_key TEXT NOT NULL UNIQUE, "
                       "created_at TEXT NOT NULL)"));
    Database::exec(db,
        QStringLiteral("CREATE INDEX pending_changes_record ON pending_changes (record_id, seq)"));
    // One open conflict per record: a second one for the same record replaces the first.
    Database::exec(db,
        QStringLiteral("CREATE TABLE conflicts (record_id TEXT PRIMARY KEY, "
                       "collection TEXT NOT NULL, base TEXT, local TEXT, server TEXT, "
                       "server_deleted INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"));
}

void v2ConflictKindsAndAttempts(const QSqlDatabase &db)
{
    // A local deletion of a record edited on the server, and a change the server refused
    // (rejected holds its reason), wait for a person like a conflict of edits.
    Database::exec(db,
        QStringLiteral(
            "ALTER TABLE conflicts ADD COLUMN local_deleted INTEGER NOT NULL DEFAULT 0"));
    Database::exec(db, QStringLiteral("ALTER TABLE conflicts ADD COLUMN rejected TEXT"));
    // Set before a change is first sent: a create that may have reached the server must be
    // followed by a delete, not silently dropped, when the record is deleted here.
    Database::exec(db,
        QStringLiteral(
            "ALTER TABLE pending_changes ADD COLUMN attempted INTEGER NOT NULL DEFAULT 0"));
}

const QList<std::function<void(const QSqlDatabase &)>> &steps()
{
    static const QList<std::function<void(const QSqlDatabase &)>> all
        = {v1OutboxAndConflicts, v2ConflictKindsAndAttempts};
    return all;
}

} // namespace

int ClientSchema::latestVersion()
{
    return int(steps().size());
}

void ClientSchema::migrate(const QSqlDatabase &db)
{
    Transaction transaction(db);
    Database::exec(db,
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS client_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    const ClientMeta meta(db);
    const int current = meta.value(ClientMeta::schemaVersionKey()).toInt();
    if (current > latestVersion()) {
        throw StorageError(QStringLiteral("The cache %1 has client schema version %2 and this "
                                          "program knows %3: it was written by a newer OmnioTap.")
                               .arg(db.databaseName())
                               .arg(current)
                               .arg(latestVersion()));
    }
    for (int version = current + 1; version <= latestVersion(); ++version)
        steps().at(version - 1)(db);
    if (current != latestVersion())
        meta.setValue(ClientMeta::schemaVersionKey(), QString::number(latestVersion()));
    transaction.commit();
}
