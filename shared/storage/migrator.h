#pragma once

#include <QSqlDatabase>

// Brings a database to a schema version, one migration per step, each in its own transaction.
// The version lives in SQLite's PRAGMA user_version.
class Migrator
{
public:
    static int currentVersion(const QSqlDatabase &db);
    static int latestVersion();
    // Applies every migration after the current version up to target (default: latest).
    // Throws StorageError when the file is newer than this program understands.
    static void migrate(const QSqlDatabase &db, int targetVersion = -1);
};
