#pragma once

#include <QCoreApplication>
#include <QStringList>

// omniotap export --profile DIR --collection C [--format csv|json] [-o FILE]
// Writes the collection's live records from the local cache: a JSON array with the API's field
// names (the default), or CSV with a header row of those names.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &args);
};
