#include "pageanchors.h"

#include "database.h"
#include "datageneration.h"
#include "rawquery.h"

#include <QHash>
#include <QSet>
#include <unordered_map>

namespace {

struct AnchorList
{
    DataGeneration generation;
    // anchors[i]: the sort key of row i * kInterval; anchors[0] (the first row) stays empty,
    // the start of the list needs no condition.
    QList<QVariantList> anchors;
    quint64 lastUsed = 0;
};

struct ConnectionAnchors
{
    QHash<QString, AnchorList> lists; // by table, conditions, bindings and order
    QHash<QString, QSet<QString>> notNullColumns; // by table
    quint64 clock = 0;
};

// Per thread and connection: a connection is used by one thread only (see Database), so the
// cache needs no lock. A connection lives as long as its thread, and so does this.
thread_local std::unordered_map<sqlite3 *, ConnectionAnchors> t_connections;

const QSet<QString> &notNullColumns(
    const QSqlDatabase &db, ConnectionAnchors &cache, const QString &table)
{
    auto it = cache.notNullColumns.find(table);
    if (it == cache.notNullColumns.end()) {
        QSet<QString> columns;
        RawQuery query(db,
            QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE \"notnull\" OR pk"),
            {table});
        while (query.next())
            columns.insert(QString::fromUtf8(query.text(0)));
        it = cache.notNullColumns.insert(table, columns);
    }
    return *it;
}

QString cacheKey(
    const QString &table, const QString &where, const QVariantList &bindings, const SortKey &key)
{
    QString text = table + u'\x1f' + where + u'\x1f';
    for (const QVariant &value : bindings)
        text += QString::number(value.typeId()) + u':' + value.toString() + u'\x1e';
    for (qsizetype i = 0; i < key.columns.size(); ++i)
        text += u'\x1f' + key.columns.at(i) + (key.descending.at(i) ? u'-' : u'+');
    return text;
}

bool uniformDirection(const SortKey &key)
{
    return std::all_of(key.descending.cbegin(), key.descending.cend(),
        [&](bool descending) { return descending == key.descending.first(); });
}

// Whether anchors work for this order: with every key column NOT NULL any order does; an
// ascending order with nullable columns only works from anchors without NULLs (see condition()).
bool seekable(const SortKey &key, const QSet<QString> &notNull)
{
    const bool allNotNull = std::all_of(key.columns.cbegin(), key.columns.cend(),
        [&](const QString &column) { return notNull.contains(column); });
    const bool ascending = uniformDirection(key) && !key.descending.first();
    return allNotNull || ascending;
}

// "The row is at or after the anchor in list order", or nullopt when that cannot be said with
// an index-friendly condition. A uniform direction is one row-value range over the index. A
// mixed order is a range on the first column plus a filter that drops the first column's ties
// that come before the anchor. A NULL anchor value compares as unknown, so such anchors are not
// used; in an ascending order NULLs come first, so rows whose comparison is unknown are always
// before a NULL-free anchor, which is why ascending orders may have nullable columns.
std::optional<QString> condition(
    const SortKey &key, const QVariantList &anchor, QVariantList *bindings)
{
    if (std::any_of(anchor.cbegin(), anchor.cend(), [](const QVariant &v) { return v.isNull(); }))
        return std::nullopt;
    const qsizetype n = key.columns.size();
    QStringList placeholders;
    for (qsizetype i = 0; i < n; ++i)
        placeholders << QStringLiteral("?");
    if (uniformDirection(key)) {
        *bindings << anchor;
        return QStringLiteral("(%1) %2 (%3)")
            .arg(key.columns.join(QStringLiteral(", ")),
                key.descending.first() ? QStringLiteral("<=") : QStringLiteral(">="),
                placeholders.join(QStringLiteral(", ")));
    }
    QString sql = QStringLiteral("%1 %2 ?").arg(
        key.columns.first(), key.descending.first() ? QStringLiteral("<=") : QStringLiteral(">="));
    *bindings << anchor.first();
    QStringList before;
    for (qsizetype i = 1; i < n; ++i) {
        QStringList terms;
        for (qsizetype j = 0; j < i; ++j) {
            terms << key.columns.at(j) + QStringLiteral(" = ?");
            *bindings << anchor.at(j);
        }
        terms << key.columns.at(i)
                + (key.descending.at(i) ? QStringLiteral(" > ?") : QStringLiteral(" < ?"));
        *bindings << anchor.at(i);
        before << u'(' + terms.join(QStringLiteral(" AND ")) + u')';
    }
    return sql + QStringLiteral(" AND NOT (%1)").arg(before.join(QStringLiteral(" OR ")));
}

QString orderBy(const SortKey &key)
{
    QStringList order;
    for (qsizetype i = 0; i < key.columns.size(); ++i)
        order << key.columns.at(i)
                + (key.descending.at(i) ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    return order.join(QStringLiteral(", "));
}

// The nearest anchor at or before index whose condition can be written; index 0 always can.
qsizetype usableAnchor(const AnchorList &list, qsizetype index, const SortKey &key, QString *sql,
    QVariantList *bindings)
{
    for (; index > 0; --index) {
        QVariantList values;
        if (const auto written = condition(key, list.anchors.at(index), &values)) {
            *sql = *written;
            *bindings << values;
            return index;
        }
    }
    return 0;
}

// Reads anchors up to (at least) index target by walking the list from the last usable one.
void extend(const QSqlDatabase &db, AnchorList &list, const QString &table, const QString &where,
    const QVariantList &bindings, const SortKey &key, qsizetype target)
{
    QString anchorCondition;
    QVariantList walkBindings = bindings;
    const qsizetype from
        = usableAnchor(list, list.anchors.size() - 1, key, &anchorCondition, &walkBindings);
    walkBindings << qint64(target - from) * PageAnchors::kInterval + 1;
    const QString sql
        = QStringLiteral("SELECT %1 FROM %2 WHERE %3%4 ORDER BY %5 LIMIT ?")
              .arg(key.columns.join(QStringLiteral(", ")), table, where,
                  anchorCondition.isEmpty() ? QString() : QStringLiteral(" AND ") + anchorCondition,
                  orderBy(key));
    RawQuery rows(db, sql, walkBindings);
    for (qint64 row = 0; rows.next(); ++row) {
        if (row % PageAnchors::kInterval != 0)
            continue;
        const qsizetype index = from + qsizetype(row / PageAnchors::kInterval);
        if (index < list.anchors.size())
            continue;
        QVariantList values;
        for (int column = 0; column < key.columns.size(); ++column)
            values << rows.value(column);
        list.anchors << values;
    }
}

} // namespace

std::optional<PageAnchors::Seek> PageAnchors::seek(const QSqlDatabase &db, const QString &table,
    const QString &where, const QVariantList &bindings, const SortKey &key, qint64 offset)
{
    if (offset < kInterval || key.columns.isEmpty())
        return std::nullopt;
    sqlite3 *connection = Database::sqliteHandle(db);
    if (!connection)
        return std::nullopt;
    ConnectionAnchors &cache = t_connections[connection];
    if (!seekable(key, notNullColumns(db, cache, table)))
        return std::nullopt;

    const QString listKey = cacheKey(table, where, bindings, key);
    const DataGeneration generation = DataGeneration::of(connection);
    auto it = cache.lists.find(listKey);
    if (it == cache.lists.end()) {
        if (cache.lists.size() >= kMaxLists) {
            auto oldest = std::min_element(cache.lists.begin(), cache.lists.end(),
                [](const AnchorList &a, const AnchorList &b) { return a.lastUsed < b.lastUsed; });
            cache.lists.erase(oldest);
        }
        it = cache.lists.insert(listKey, AnchorList());
        it->generation = generation;
    }
    AnchorList &list = *it;
    list.lastUsed = ++cache.clock;
    if (list.generation != generation || list.anchors.isEmpty()) {
        list.generation = generation;
        list.anchors = {QVariantList()};
    }

    const qsizetype target = qsizetype(offset / kInterval);
    if (target >= list.anchors.size())
        extend(db, list, table, where, bindings, key, target);
    Seek seek;
    const qsizetype index = usableAnchor(
        list, qMin(target, list.anchors.size() - 1), key, &seek.condition, &seek.bindings);
    if (index == 0)
        return std::nullopt;
    seek.skip = offset - qint64(index) * kInterval;
    return seek;
}
