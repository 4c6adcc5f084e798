#pragma once

#include "net/apireply.h"
#include "sync/changeentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

// One page of the server's change feed, decoded and ready to apply: the entries, and for each
// record it brings the values of its row in the cache, worked out off the applying thread
// (ChangeFeedReader decodes while the previous page is applied).
struct FeedPage
{
    Q_DECLARE_TR_FUNCTIONS(FeedPage)

public:
    enum class State { Ok, Offline, Failed };
    State state = State::Ok;
    QString message; // why, unless Ok
    QList<ChangeEntry> entries;
    // Parallel to entries: RecordRowMapper::insertValues() of a created or updated record of
    // a known collection; empty for the rest.
    QList<QVariantList> insertValues;
    QString nextCursor;
    bool last = true; // nothing follows this page (the end of the feed, or a failure)

    // reply: the answer to GET /changes?since=cursor.
    static FeedPage decode(const ApiReply &reply, const QString &cursor, const QString &tenantId);
};
