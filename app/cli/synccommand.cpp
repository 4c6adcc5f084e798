#include "synccommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "net/apiclient.h"
#include "secrets/profileapikey.h"
#include "storage/localstore.h"
#include "sync/syncsession.h"

#include <QJsonDocument>
#include <QJsonObject>

int SyncCommand::run(const QStringList &args)
{
    CommandParser parser(QStringLiteral("sync --profile DIR [--json]"),
        tr("Brings the local cache up to date with the server's changes, then sends the local "
           "changes to the server. Exit codes: 0 in step, 2 server unreachable (changes stay "
           "queued), 3 conflicts wait (see omniotap conflicts), 1 other errors."));
    parser.addOption({QStringLiteral("json"),
        tr("Print one JSON object: {\"pulled\", \"pushed\", \"pending\", \"conflicts\", "
           "\"cursor\"}.")});
    if (!parser.parse(args, 0))
        return 0;
    const Profile profile = parser.profile();
    const QUrl server = ApiClient::normalizedServerUrl(profile.serverUrl());
    if (!server.isValid())
        throw CommandError(tr("This profile is not connected to a server: run omniotap connect "
                              "--profile %1 --server URL first.")
                               .arg(profile.directory()));
    QString error;
    const QString apiKey = ProfileApiKey::find(profile.id(), &error);
    if (apiKey.isEmpty())
        throw CommandError(error);

    LocalStore store(profile.cacheFilePath());
    store.open();
    store.checkpointInBackground();
    SyncSession session(store, server, apiKey);
    session.setRateLimitNotice([](int seconds) {
        Console::errLine(
            tr("The server is rate limiting this tenant; waiting %n second(s).", nullptr, seconds));
    });
    const SyncSession::Report report = session.run();

    if (report.outcome == SyncSession::Outcome::Offline) {
        Console::errLine(tr("Offline: cannot reach %1 (%2). %n local change(s) stay queued.",
            nullptr, int(report.pending))
                             .arg(server.toString(), report.message));
        return ExitOffline;
    }
    if (report.outcome == SyncSession::Outcome::Failed)
        throw CommandError(tr("Sync with %1 failed: %2. %n local change(s) stay queued.", nullptr,
            int(report.pending))
                               .arg(server.toString(), report.message));

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject summary {{QStringLiteral("pulled"), report.pulled},
            {QStringLiteral("pushed"), report.pushed}, {QStringLiteral("pending"), report.pending},
            {QStringLiteral("conflicts"), report.conflicts},
            {QStringLiteral("cursor"), report.cursor}};
        Console::out(QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n');
    } else {
        QString line = tr("Pulled %n change(s)", nullptr, report.pulled);
        line += tr(", sent %n", nullptr, report.pushed);
        if (report.conflicts > 0) {
            line += tr("; %n conflict(s) wait for you: see omniotap conflicts", nullptr,
                int(report.conflicts));
            line += tr(" (%n local change(s) held back until then)", nullptr, int(report.pending));
        }
        Console::outLine(line + u'.');
    }
    return report.outcome == SyncSession::Outcome::Conflicts ? ExitConflicts : 0;
}
