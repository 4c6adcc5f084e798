#pragma once

#include <QCoreApplication>
#include <QStringList>

// omniotap sync --profile DIR [--json]
// Brings the local cache up to date with the server (the pull half of sync: pushing the
// pending local changes comes next) and prints a summary. Exit codes: 0 in step, 2 the server
// cannot be reached (the changes stay queued), 3 conflicts wait for a person, 1 any other
// error.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static constexpr int ExitOffline = 2;
    static constexpr int ExitConflicts = 3;

    static int run(const QStringList &args);
};
