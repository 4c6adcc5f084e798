#pragma once

#include <QSqlDatabase>

// The tables only the desktop client has (the offline outbox, conflicts, key/value meta), on
// top of the shared record schema that Database::initialize() maintains. Versioned on its own,
// in client_meta.client_schema_version, because PRAGMA user_version belongs to the shared
// migrations: the two histories must be able to grow independently.
class ClientSchema
{
public:
    static int latestVersion();
    // Applies the missing steps, all in one transaction. Throws StorageError for a cache
    // written by a newer client.
    static void migrate(const QSqlDatabase &db);
};
