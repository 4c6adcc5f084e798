#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <optional>

// The order of one list: its ORDER BY columns with their directions, ending with id (unique
// within a tenant's collection, so that the order is total).
struct SortKey
{
    QStringList columns;
    QList<bool> descending;
};

// Where deep list pages begin. Offset paging walks every row before the page, so page 1000 of
// 50 cost 50,000 index steps. Instead, the sort key of every kInterval-th row of a list (one
// tenant, collection, filter set and order) is remembered per connection; a page then seeks by
// key to the nearest anchor at or before its offset and skips fewer than kInterval rows.
//
// Anchors describe the data they were read from. Each list's anchors carry the generation of the
// connection's view of the file (SQLite's data version, which any commit by any connection or
// process moves, plus this connection's own change count for writes not yet committed); a list
// read under another generation drops them and starts again. Call seek() inside the read
// transaction that reads the page, so that both see the same snapshot.
class PageAnchors
{
public:
    static constexpr qint64 kInterval = 256;
    // Lists remembered per connection; the least recently used one goes first.
    static constexpr int kMaxLists = 16;

    struct Seek
    {
        QString condition; // an extra WHERE term: the rows at and after the anchor
        QVariantList bindings; // the condition's values, after the list's own bindings
        qint64 skip = 0; // rows still to skip after the anchor
    };

    // nullopt when a plain OFFSET is as good (a shallow page) or the order cannot be seeked by
    // key (a nullable column in a descending or mixed order).
    static std::optional<Seek> seek(const QSqlDatabase &db, const QString &table,
        const QString &where, const QVariantList &bindings, const SortKey &key, qint64 offset);
};
