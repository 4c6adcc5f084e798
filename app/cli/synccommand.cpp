#include "synccommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "net/apiclient.h"
#include "secrets/profileapikey.h"
#include "storage/clientmeta.h"
#include "storage/conflictstore.h"
#include "storage/localstore.h"
#include "storage/pendingchangequeue.h"
#include "sync/syncclient.h"

#include <QJsonDocument>
#include <QJsonObject>

int SyncCommand::run(const QStringList &args)
{
    CommandParser parser(QStringLiteral("sync --profile DIR [--json]"),
        tr("Brings the local cache up to date with the server's changes. Local changes are not "
           "sent yet in this version; they stay queued."));
    parser.addOption({QStringLiteral("json"),
        tr("Print one JSON object: {\"pulled\", \"pending\", \"conflicts\", \"cursor\"}.")});
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
    ApiClient api(server, apiKey);
    SyncClient client(store, api);
    client.setRateLimitNotice([](int seconds) {
        Console::errLine(
            tr("The server is rate limiting this tenant; waiting %n second(s).", nullptr, seconds));
    });
    const SyncClient::PullResult pulled = client.pull();

    const qint64 pending = PendingChangeQueue(store.db()).count();
    if (pulled.outcome == SyncClient::Outcome::Offline) {
        Console::errLine(tr(
            "Offline: cannot reach %1 (%2). %n local change(s) stay queued.", nullptr, int(pending))
                             .arg(server.toString(), pulled.message));
        return ExitOffline;
    }
    if (pulled.outcome == SyncClient::Outcome::Failed)
        throw CommandError(tr("Sync with %1 failed: %2. Local changes stay queued.")
                               .arg(server.toString(), pulled.message));

    const qint64 conflicts = ConflictStore(store.db()).count();
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject summary {{QStringLiteral("pulled"), pulled.pulled},
            {QStringLiteral("pending"), pending}, {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("cursor"), ClientMeta(store.db()).value(ClientMeta::cursorKey())}};
        Console::out(QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n');
    } else {
        // Push does not exist yet: say plainly that the local changes did not go anywhere.
        QString line = tr("Pulled %n change(s)", nullptr, pulled.pulled);
        line += tr("; %n local change(s) pending, not sent (this version does not push yet)",
            nullptr, int(pending));
        if (conflicts > 0)
            line += tr("; %n conflict(s) wait: see omniotap conflicts", nullptr, int(conflicts));
        Console::outLine(line + u'.');
    }
    // Pending changes alone do not make the exit code non-zero until push exists.
    return conflicts > 0 ? ExitConflicts : 0;
}
