#pragma once

#include <QtGlobal>

struct sqlite3;

// Which committed state of the database a connection reads. On one connection, equal
// generations mean the same data: SQLite's data version moves with every commit made by
// another connection or process, and the connection's own change count with its own writes.
// Read it inside a read transaction (see ReadSnapshot), which fixes the state it describes.
struct DataGeneration
{
    unsigned int dataVersion = 0;
    qint64 ownChanges = 0;

    static DataGeneration of(sqlite3 *connection);

    bool operator==(const DataGeneration &other) const
    {
        return dataVersion == other.dataVersion && ownChanges == other.ownChanges;
    }
    bool operator!=(const DataGeneration &other) const { return !(*this == other); }
};
