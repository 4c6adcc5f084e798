#pragma once

#include <QCoreApplication>
#include <QStringList>

// omniotap conflicts --profile DIR [--json]
// Lists the records whose local edits wait for a person to choose between versions.
class ConflictsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    static int run(const QStringList &args);
};
