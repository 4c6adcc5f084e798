#pragma once

#include <QJsonObject>
#include <QString>

// A record whose local edit and the server's version disagree on some field, waiting for a
// person: all three versions are kept, so nothing is lost whichever way it is resolved.
struct LocalConflict
{
    QString recordId;
    QString collection;
    QJsonObject base; // the version both sides started from
    QJsonObject local;
    QJsonObject server; // empty when serverDeleted
    bool serverDeleted = false; // edited here, deleted on the server
    QString createdAt;

    // {"id", "collection", "fields": [{"field", "base", "local", "server"}], "serverDeleted"}:
    // the fields whose local and server values differ (every field the local edit changed when
    // the server deleted the record).
    QJsonObject toJson() const;
};
