#include "datageneration.h"

#include <sqlite3.h>

DataGeneration DataGeneration::of(sqlite3 *connection)
{
    DataGeneration generation;
    sqlite3_file_control(connection, "main", SQLITE_FCNTL_DATA_VERSION, &generation.dataVersion);
    generation.ownChanges = sqlite3_total_changes64(connection);
    return generation;
}
