#pragma once

#include "storage/pendingchange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

struct ApiReply;
class LocalStore;
class SyncRequester;
struct LocalConflict;

// The push half of sync: sends the offline outbox to the server in the order the changes were
// made, one request each.
//
// - A create is a POST with the client-chosen id and the change's Idempotency-Key, so a retry
//   after a lost response replays the first answer instead of creating twice.
// - An update is a PATCH of the changed fields with If-Match: the base version. On 412 the
//   server's version is fetched and the edit is merged field by field against the base
//   (FieldMerge): what only one side changed merges silently and the change is sent again
//   on top of the server's version (with a new key: the server keeps its 412 under the old
//   one); a field both sides changed differently becomes a conflict that keeps all values.
// - A delete is a DELETE with If-Match; 404 means the server has deleted it already. A
//   deletion of a record the server has edited since becomes a conflict, like an edit of a
//   record the server deleted.
// - A change the server refuses (422, 409, ...) becomes a "rejected" conflict with the
//   server's reason, so it is neither retried forever nor dropped.
//
// Each change leaves the outbox in the same transaction that stores the server's answer, and
// a record with an open conflict keeps its changes queued until a person resolves it. Offline,
// a server error or a refused key stops the push with the rest still queued.
class ChangePusher
{
    Q_DECLARE_TR_FUNCTIONS(ChangePusher)

public:
    enum class Outcome { Done, Offline, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Done;
        QString message; // why, for Offline and Failed
        int sent = 0; // changes the server took (or already had)
        int newConflicts = 0; // conflicts and rejections recorded in this run
    };

    // How often one change is rebased after a 412 before the push gives up on it for this
    // run: someone else keeps editing the record.
    static constexpr int MaxRebases = 3;

    ChangePusher(const LocalStore &store, SyncRequester &requester);

    // Throws StorageError when the cache fails.
    Result push();

private:
    enum class Step { Sent, Rebased, Blocked, Stop };

    Step pushCreate(const PendingChange &change, Result &result);
    Step pushUpdate(const PendingChange &change, Result &result);
    Step pushDelete(const PendingChange &change, Result &result);
    // The server's current version of the record; an empty object when it has none (404).
    // False (and result filled in) when the request itself failed.
    bool fetchServer(const PendingChange &change, QJsonObject &server, Result &result);

    // The server took change and answered with record (empty after a delete).
    void settle(const PendingChange &change, const QJsonObject &record) const;
    // Puts change back in the outbox on top of the server's version, under a new key.
    void rebaseOnto(
        PendingChange change, const QJsonObject &server, const QJsonObject &patch) const;
    Step block(LocalConflict conflict, Result &result);
    Step reject(const PendingChange &change, const ApiReply &reply, Result &result);
    Step stop(const ApiReply &reply, Result &result) const;

    QString recordPath(const PendingChange &change) const;
    QJsonObject localRecord(const PendingChange &change) const;

    const LocalStore &m_store;
    SyncRequester &m_requester;
};
