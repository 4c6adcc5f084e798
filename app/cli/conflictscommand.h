#pragma once

#include <QCoreApplication>
#include <QStringList>

// omniotap conflicts --profile DIR [--json]
//   Lists the records whose local changes wait for a person to choose between versions.
// omniotap conflicts resolve --profile DIR ID --keep local|server
//   Settles one of them (ConflictResolver); the next sync sends the outcome.
class ConflictsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    static int run(const QStringList &args);

private:
    static int list(const QStringList &args);
    static int resolve(const QStringList &args);
};
