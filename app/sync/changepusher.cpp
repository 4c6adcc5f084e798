#include "changepusher.h"

#include "fieldmerge.h"
#include "syncrequester.h"

#include "storage/conflictstore.h"
#include "storage/localconflict.h"
#include "storage/localstore.h"
#include "storage/pendingchangequeue.h"

#include "domain/collectionspec.h"
#include "domain/ids.h"
#include "net/apireply.h"
#include "storage/recordrepository.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QUrl>

namespace {

QByteArray ifMatch(const QJsonObject &base)
{
    return '"' + QByteArray::number(base.value(QStringLiteral("version")).toInteger()) + '"';
}

// The server refused the change itself (validation, a duplicate id, ...), as opposed to the
// key (401), the rate limit (429, already waited out) or its own trouble (5xx).
bool isRefusal(const ApiReply &reply)
{
    return reply.status >= 400 && reply.status < 500 && reply.status != 401 && reply.status != 429;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ChangePusher::ChangePusher(const LocalStore &store, SyncRequester &requester)
    : m_store(store)
    , m_requester(requester)
{ }

ChangePusher::Result ChangePusher::push()
{
    Result result;
    const PendingChangeQueue queue(m_store.db());
    QSet<QString> blocked = ConflictStore(m_store.db()).recordIds();
    qint64 seq = 0;
    while (const std::optional<PendingChange> listed = queue.nextAfter(seq)) {
        seq = listed->seq;
        if (blocked.contains(listed->recordId))
            continue; // waits behind the record's conflict, in order
        Step step = Step::Rebased;
        for (int attempt = 0; step == Step::Rebased && attempt <= MaxRebases; ++attempt) {
            // Read again: a rebase rewrites the change.
            const std::optional<PendingChange> change = queue.bySeq(seq);
            if (!change)
                break;
            if (!change->attempted)
                queue.markAttempted(seq);
            if (change->action == QLatin1String("create"))
                step = pushCreate(*change, result);
            else if (change->action == QLatin1String("update"))
                step = pushUpdate(*change, result);
            else
                step = pushDelete(*change, result);
        }
        if (step == Step::Stop)
            return result;
        if (step == Step::Rebased) {
            // Still moving under us after several merges: leave it (and the record's later
            // changes) for the next sync rather than loop.
            result.outcome = Outcome::Failed;
            result.message = tr("record %1 kept changing on the server while it was being "
                                "merged; run sync again")
                                 .arg(listed->recordId);
            blocked.insert(listed->recordId);
        }
        if (step == Step::Blocked)
            blocked.insert(listed->recordId);
    }
    return result;
}

ChangePusher::Step ChangePusher::pushCreate(const PendingChange &change, Result &result)
{
    const ApiReply reply = m_requester.call("POST", QStringLiteral("/api/v1/") + change.collection,
        compact(change.body), {{"Idempotency-Key", change.idempotencyKey.toUtf8()}});
    if (reply.status == 201 || reply.status == 200) {
        settle(change, reply.json());
        ++result.sent;
        return Step::Sent;
    }
    if (reply.status == 409) {
        // The id exists: most likely this very create, sent before and answered into the void
        // longer ago than the server remembers idempotency keys. If the server's record is
        // what the create says, it is done.
        QJsonObject server;
        if (!fetchServer(change, server, result))
            return Step::Stop;
        const FieldMerge::Result merged = FieldMerge::rebase({}, change.body, server);
        if (!server.isEmpty() && merged.conflicts.isEmpty() && merged.patch.isEmpty()) {
            settle(change, server);
            ++result.sent;
            return Step::Sent;
        }
    }
    if (isRefusal(reply))
        return reject(change, reply, result);
    return stop(reply, result);
}

ChangePusher::Step ChangePusher::pushUpdate(const PendingChange &change, Result &result)
{
    const ApiReply reply = m_requester.call(
        "PATCH", recordPath(change), compact(change.body), {{"If-Match", ifMatch(change.base)}});
    if (reply.status == 200) {
        settle(change, reply.json());
        ++result.sent;
        return Step::Sent;
    }
    if (reply.status == 412 || reply.status == 404) {
        QJsonObject server;
        if (reply.status == 412 && !fetchServer(change, server, result))
            return Step::Stop;
        LocalConflict conflict;
        conflict.recordId = change.recordId;
        conflict.collection = change.collection;
        conflict.base = change.base;
        conflict.local = localRecord(change);
        if (server.isEmpty()) {
            conflict.serverDeleted = true;
            return block(conflict, result);
        }
        const FieldMerge::Result merged = FieldMerge::rebase(change.base, change.body, server);
        if (!merged.conflicts.isEmpty()) {
            conflict.server = server;
            return block(conflict, result);
        }
        if (merged.patch.isEmpty()) {
            // The server holds every value of the edit already, e.g. the first try got through
            // and only its response was lost.
            settle(change, server);
            ++result.sent;
            return Step::Sent;
        }
        rebaseOnto(change, server, merged.patch);
        return Step::Rebased;
    }
    if (isRefusal(reply))
        return reject(change, reply, result);
    return stop(reply, result);
}

ChangePusher::Step ChangePusher::pushDelete(const PendingChange &change, Result &result)
{
    const ApiReply reply
        = m_requester.call("DELETE", recordPath(change), {}, {{"If-Match", ifMatch(change.base)}});
    if (reply.status == 204 || reply.status == 404) {
        // 404: gone on the server already, which is what the deletion wanted.
        settle(change, {});
        ++result.sent;
        return Step::Sent;
    }
    if (reply.status == 412) {
        QJsonObject server;
        if (!fetchServer(change, server, result))
            return Step::Stop;
        const CollectionSpec *spec = CollectionSpec::byName(change.collection);
        if (server.isEmpty()) {
            settle(change, {});
            ++result.sent;
            return Step::Sent;
        }
        if (spec && FieldMerge::changes(*spec, change.base, server).isEmpty()) {
            // Only the version moved (say, a no-op on the other side): delete that one.
            rebaseOnto(change, server, {});
            return Step::Rebased;
        }
        LocalConflict conflict;
        conflict.recordId = change.recordId;
        conflict.collection = change.collection;
        conflict.base = change.base;
        conflict.server = server;
        conflict.localDeleted = true;
        return block(conflict, result);
    }
    if (isRefusal(reply))
        return reject(change, reply, result);
    return stop(reply, result);
}

bool ChangePusher::fetchServer(const PendingChange &change, QJsonObject &server, Result &result)
{
    const ApiReply reply = m_requester.call("GET", recordPath(change));
    if (reply.status == 200) {
        server = reply.json();
        return true;
    }
    if (reply.status == 404) {
        server = {};
        return true;
    }
    stop(reply, result);
    return false;
}

void ChangePusher::settle(const PendingChange &change, const QJsonObject &record) const
{
    const QSqlDatabase db = m_store.db();
    const PendingChangeQueue queue(db);
    Transaction transaction(db);
    queue.remove(change.seq);
    const std::optional<PendingChange> next = queue.firstFor(change.recordId);
    const CollectionSpec *spec = CollectionSpec::byName(change.collection);
    if (next && !record.isEmpty()) {
        // The record's next change was made on top of this one: it now builds on the version
        // the server made of it. The cache keeps the local edits until they are sent too.
        PendingChange rebased = *next;
        rebased.base = record;
        rebased.hasBase = true;
        queue.replace(rebased);
    } else if (!next && spec && !record.isEmpty()) {
        RecordStore(db).applyRemote(*spec, m_store.tenantId(), record);
    }
    transaction.commit();
}

void ChangePusher::rebaseOnto(
    PendingChange change, const QJsonObject &server, const QJsonObject &patch) const
{
    change.base = server;
    change.hasBase = true;
    change.body = patch;
    change.idempotencyKey = Ids::newId();
    PendingChangeQueue(m_store.db()).replace(change);
}

ChangePusher::Step ChangePusher::block(LocalConflict conflict, Result &result)
{
    ConflictStore(m_store.db()).put(conflict);
    ++result.newConflicts;
    return Step::Blocked;
}

ChangePusher::Step ChangePusher::reject(
    const PendingChange &change, const ApiReply &reply, Result &result)
{
    LocalConflict conflict;
    conflict.recordId = change.recordId;
    conflict.collection = change.collection;
    conflict.base = change.base;
    conflict.rejected = SyncRequester::failureMessage(reply);
    if (change.action == QLatin1String("delete"))
        conflict.localDeleted = true;
    else
        conflict.local = localRecord(change);
    // Keep the server's side too, so that "keep server" can go back to it.
    if (change.action != QLatin1String("create")) {
        QJsonObject server;
        if (!fetchServer(change, server, result))
            return Step::Stop;
        conflict.server = server;
        conflict.serverDeleted = server.isEmpty();
    }
    return block(conflict, result);
}

ChangePusher::Step ChangePusher::stop(const ApiReply &reply, Result &result) const
{
    result.outcome = reply.offline ? Outcome::Offline : Outcome::Failed;
    result.message = SyncRequester::failureMessage(reply);
    return Step::Stop;
}

QString ChangePusher::recordPath(const PendingChange &change) const
{
    return QStringLiteral("/api/v1/%1/%2")
        .arg(change.collection, QString::fromLatin1(QUrl::toPercentEncoding(change.recordId)));
}

QJsonObject ChangePusher::localRecord(const PendingChange &change) const
{
    const CollectionSpec *spec = CollectionSpec::byName(change.collection);
    if (!spec)
        return {};
    return RecordRepository(m_store.db(), *spec)
        .findLive(m_store.tenantId(), change.recordId)
        .value_or(QJsonObject());
}
