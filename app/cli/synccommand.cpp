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
#include "sync/changepusher.h"
#include "sync/syncclient.h"
#include "sync/syncrequester.h"

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
    ApiClient api(server, apiKey);
    SyncRequester requester(api);
    requester.setRateLimitNotice([](int seconds) {
        Console::errLine(
            tr("The server is rate limiting this tenant; waiting %n second(s).", nullptr, seconds));
    });

    // Pull first: the push then merges against the newest server state it could know, and a
    // server deletion of a locally edited record is seen before the edit is sent.
    const SyncClient::PullResult pulled = SyncClient(store, requester).pull();
    ChangePusher::Result pushed;
    if (pulled.outcome == SyncClient::Outcome::Done)
        pushed = ChangePusher(store, requester).push();

    const qint64 pending = PendingChangeQueue(store.db()).count();
    const bool offline = pulled.outcome == SyncClient::Outcome::Offline
        || pushed.outcome == ChangePusher::Outcome::Offline;
    if (offline) {
        const QString why = pulled.message.isEmpty() ? pushed.message : pulled.message;
        Console::errLine(tr(
            "Offline: cannot reach %1 (%2). %n local change(s) stay queued.", nullptr, int(pending))
                             .arg(server.toString(), why));
        return ExitOffline;
    }
    if (pulled.outcome == SyncClient::Outcome::Failed
        || pushed.outcome == ChangePusher::Outcome::Failed) {
        const QString why = pulled.message.isEmpty() ? pushed.message : pulled.message;
        throw CommandError(
            tr("Sync with %1 failed: %2. %n local change(s) stay queued.", nullptr, int(pending))
                .arg(server.toString(), why));
    }

    const qint64 conflicts = ConflictStore(store.db()).count();
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject summary {{QStringLiteral("pulled"), pulled.pulled},
            {QStringLiteral("pushed"), pushed.sent}, {QStringLiteral("pending"), pending},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("cursor"), ClientMeta(store.db()).value(ClientMeta::cursorKey())}};
        Console::out(QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n');
    } else {
        QString line = tr("Pulled %n change(s)", nullptr, pulled.pulled);
        line += tr(", sent %n", nullptr, pushed.sent);
        if (conflicts > 0) {
            line += tr(
                "; %n conflict(s) wait for you: see omniotap conflicts", nullptr, int(conflicts));
            line += tr(" (%n local change(s) held back until then)", nullptr, int(pending));
        }
        Console::outLine(line + u'.');
    }
    // Whatever is still queued now belongs to a conflicted record (anything else either went
    // out or ended the sync above with 1 or 2).
    return conflicts > 0 ? ExitConflicts : 0;
}
