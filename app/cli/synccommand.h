#pragma once

#include <QCoreApplication>
#include <QStringList>

// omniotap sync --profile DIR [--json]
// One pull (the server's changes into the cache) and one push (the queued local changes to
// the server), then a summary. Exit codes: 0 in step, 2 the server cannot be reached (the
// changes stay queued), 3 conflicts wait for a person, 1 any other error.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static constexpr int ExitOffline = 2;
    static constexpr int ExitConflicts = 3;

    static int run(const QStringList &args);
};
