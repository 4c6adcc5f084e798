#pragma once

#include "sync/changeentry.h"

#include <QList>
#include <QString>
#include <QVariantList>

class LocalStore;

// Applies pages of the server's change feed to the local cache. Each page commits in one
// transaction together with the cursor that follows it, so a sync cut short (crash, network
// gone) resumes exactly after the last page it kept, never skipping or half-applying one.
//
// A record with local changes still waiting in pending_changes is not overwritten: its local
// state is what the push will send (and merge against the server's after a 412). The one
// exception is a server deletion of a record edited here: that becomes a conflict that keeps
// the local edit (the record stays in the cache), because deleting it would lose the edit
// and ignoring it would hide the deletion.
class ChangeFeedApplier
{
public:
    struct PageResult
    {
        int applied = 0; // records written or deleted from the server's version
        int keptLocal = 0; // entries left alone because of pending local changes
        int conflicts = 0; // server deletions of records edited here
        int unknown = 0; // entries of collections this version does not know
    };

    explicit ChangeFeedApplier(const LocalStore &store);

    // Throws StorageError (and DomainError for a malformed record) with nothing applied.
    // insertValues: parallel to entries, the cache rows of their records (see FeedPage), or
    // null to work them out here.
    PageResult applyPage(const QList<ChangeEntry> &entries, const QString &nextCursor,
        const QList<QVariantList> *insertValues = nullptr) const;

private:
    const LocalStore &m_store;
};
