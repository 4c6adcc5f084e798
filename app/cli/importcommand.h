#pragma once

#include <QCoreApplication>
#include <QStringList>

// omniotap import --profile DIR --collection C FILE.csv
// Creates and updates records in the local cache from an RFC 4180 CSV file whose header row
// names API fields. A row whose id names an existing record updates just the file's columns
// (an empty cell clears the field); any other row creates a record (empty cells left out).
// All or nothing: one transaction, and any bad row (CSV syntax or validation) is reported with
// its line number while nothing of the file is imported (CsvImporter).
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList &args);
};
