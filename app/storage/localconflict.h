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
    bool localDeleted = false; // deleted here, edited on the server
    // Why the server refused the local change (a 4xx other than a version mismatch); empty for
    // a conflict of edits. server then holds the server's version, or nothing for a create.
    QString rejected;
    QString createdAt;

    // {"id", "collection", "fields": [{"field", "base", "local", "server"}], "serverDeleted",
    // "localDeleted"} and "rejected" (the server's reason) when set: the fields whose local
    // and server values differ; when one side deleted the record, the fields the other side
    // changed.
    QJsonObject toJson() const;
};
