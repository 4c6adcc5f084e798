#include "recordrepository.h"

#include "database.h"
#include "pageanchors.h"
#include "rawquery.h"
#include "readsnapshot.h"
#include "transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <map>

RecordRepository::RecordRepository(const QSqlDatabase &db, const CollectionSpec &spec)
    : m_db(db)
    , m_spec(spec)
    , m_mapper(spec)
{ }

std::optional<QJsonObject> RecordRepository::findLive(
    const QString &tenantId, const QString &id) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL")
            .arg(m_mapper.selectList(), m_spec.name),
        {tenantId, id});
    if (!query.next())
        return std::nullopt;
    return m_mapper.toRecord(query.query());
}

std::optional<QByteArray> RecordRepository::findLiveJson(
    const QString &tenantId, const QString &id, qint64 *version) const
{
    RawQuery query(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL")
            .arg(m_mapper.selectList(), m_spec.name),
        {tenantId, id});
    if (!query.next())
        return std::nullopt;
    *version = query.integer(1);
    JsonWriter writer;
    m_mapper.writeRecord(query, writer);
    return writer.take();
}

RecordRepository::RowState RecordRepository::rowState(
    const QString &tenantId, const QString &id) const
{
    RawQuery query(m_db,
        QStringLiteral("SELECT deleted_at IS NULL FROM %1 WHERE tenant_id = ? AND id = ?")
            .arg(m_spec.name),
        {tenantId, id});
    if (!query.next())
        return RowState::Missing;
    return query.integer(0) != 0 ? RowState::Live : RowState::Deleted;
}

bool RecordRepository::isLive(const QString &tenantId, const QString &id) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT 1 FROM %1 WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL")
            .arg(m_spec.name),
        {tenantId, id});
    return query.next();
}

void RecordRepository::insert(const QString &tenantId, const QJsonObject &record) const
{
    insertValuesOf(insertValues(tenantId, record));
}

void RecordRepository::insertValuesOf(const QVariantList &values) const
{
    runInsert(insertStatement(), values);
}

bool RecordRepository::insertValuesIfNew(const QVariantList &values) const
{
    thread_local QHash<QString, QString> statements;
    QString &statement = statements[m_spec.name];
    if (statement.isEmpty())
        statement = insertStatement() + QStringLiteral(" ON CONFLICT DO NOTHING");
    return runInsert(statement, values);
}

bool RecordRepository::runInsert(const QString &statement, const QVariantList &values) const
{
    qint64 pk = 0;
    {
        // Straight through SQLite's C API: with some twenty values per row, QSqlQuery's
        // per-value bookkeeping costs more than the insert itself.
        // The new pk from the connection, not RETURNING: SQLite gathers RETURNING rows in a
        // temporary table, which cost a first sync a sixth of its inserting time.
        RawQuery inserted(m_db, statement, values);
        inserted.next();
        if (inserted.changes() == 0)
            return false;
        pk = inserted.lastInsertRowId();
    }
    queueSearchUpdate(pk, QVariant(), values.at(RecordRowMapper::SearchTextValue));
    return true;
}

void RecordRepository::queueSearchUpdate(
    qint64 pk, const QVariant &oldText, const QVariant &newText) const
{
    // Rows of (pk, old text or NULL, new text), written to the trigram table at commit.
    const QString table = m_spec.name + QStringLiteral("_search");
    QVariantList &rows = Transaction::deferredRows(m_db, table,
        [db = m_db, table](const QVariantList &pending) { writeSearchRows(db, table, pending); });
    rows << pk << oldText << newText;
}

void RecordRepository::writeSearchRows(
    const QSqlDatabase &db, const QString &table, const QVariantList &rows)
{
    // Few, large statements: FTS5 writes an index segment at each statement's savepoint.
    static const int kRowsPerStatement = 400;
    // A row changed several times in one transaction: remove what the index holds (the first
    // old text), add only the last text.
    std::map<qint64, std::pair<QVariant, QVariant>> byRow;
    for (qsizetype i = 0; i + 2 < rows.size(); i += 3) {
        const qint64 pk = rows.at(i).toLongLong();
        auto it = byRow.find(pk);
        if (it == byRow.end())
            byRow.emplace(pk, std::make_pair(rows.at(i + 1), rows.at(i + 2)));
        else
            it->second.second = rows.at(i + 2);
    }
    QVariantList deletes;
    QVariantList inserts;
    for (const auto &[pk, texts] : byRow) {
        if (!texts.first.isNull())
            deletes << pk << texts.first;
        inserts << pk << texts.second;
    }
    const auto write = [&](const QString &head, const QString &tuple, const QVariantList &values) {
        for (qsizetype start = 0; start < values.size(); start += 2 * kRowsPerStatement) {
            const QVariantList chunk = values.mid(start, 2 * kRowsPerStatement);
            QStringList tuples;
            for (qsizetype i = 0; i < chunk.size(); i += 2)
                tuples << tuple;
            Database::exec(db, head + tuples.join(u','), chunk);
        }
    };
    write(QStringLiteral("INSERT INTO %1 (%1, rowid, search_text) VALUES ").arg(table),
        QStringLiteral("('delete', ?, ?)"), deletes);
    write(QStringLiteral("INSERT INTO %1 (rowid, search_text) VALUES ").arg(table),
        QStringLiteral("(?, ?)"), inserts);
}

QString RecordRepository::insertStatement() const
{
    // Built once per collection (and thread): every insert asks for it.
    thread_local QHash<QString, QString> statements;
    QString &statement = statements[m_spec.name];
    if (statement.isEmpty())
        statement = buildInsertStatement();
    return statement;
}

QString RecordRepository::buildInsertStatement() const
{
    const QStringList columns = m_mapper.fieldColumns();
    QStringList placeholders;
    for (int i = 0; i < columns.size() + 6; ++i)
        placeholders << QStringLiteral("?");
    return QStringLiteral(
        "INSERT INTO %1 (tenant_id, id, version, created_at, updated_at, search_text, %2) "
        "VALUES (%3)")
        .arg(m_spec.name, columns.join(QStringLiteral(", ")),
            placeholders.join(QStringLiteral(", ")));
}

QVariantList RecordRepository::insertValues(
    const QString &tenantId, const QJsonObject &record) const
{
    return m_mapper.insertValues(tenantId, record);
}

void RecordRepository::update(const QString &tenantId, const QJsonObject &record) const
{
    QStringList assignments = {QStringLiteral("version = ?"), QStringLiteral("updated_at = ?"),
        QStringLiteral("search_text = ?")};
    for (const QString &column : m_mapper.fieldColumns())
        assignments << column + QStringLiteral(" = ?");
    QVariantList values = {record.value(QStringLiteral("version")).toInteger(),
        record.value(QStringLiteral("updatedAt")).toString(), m_mapper.searchText(record)};
    values << m_mapper.fieldValues(record);
    values << tenantId << record.value(QStringLiteral("id")).toString();

    SqlStatement before = Database::exec(m_db,
        QStringLiteral(
            "SELECT pk, search_text FROM %1 WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL")
            .arg(m_spec.name),
        {tenantId, record.value(QStringLiteral("id")).toString()});
    if (!before.next())
        return;
    const qint64 pk = before.value(0).toLongLong();
    const QString oldText = before.value(1).toString();
    before.finish();
    Database::exec(m_db,
        QStringLiteral("UPDATE %1 SET %2 WHERE pk = ?")
            .arg(m_spec.name, assignments.join(QStringLiteral(", "))),
        (values.mid(0, values.size() - 2) << pk));
    const QString newText = values.at(2).toString();
    if (newText != oldText)
        queueSearchUpdate(pk, oldText, newText);
}

void RecordRepository::markDeleted(
    const QString &tenantId, const QString &id, qint64 version, const QString &deletedAt) const
{
    Database::exec(m_db,
        QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, version = ? "
                       "WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL")
            .arg(m_spec.name),
        {deletedAt, deletedAt, version, tenantId, id});
}

ListPage RecordRepository::list(const QString &tenantId, const ListQuery &query) const
{
    JsonWriter items(qsizetype(query.limit) * ListPage::kBytesPerRecord);
    ListPage page = list(tenantId, query, items);
    page.json = items.take();
    return page;
}

ListPage RecordRepository::list(
    const QString &tenantId, const ListQuery &query, JsonWriter &items) const
{
    // The total and the page come from one snapshot, even while writers commit. (Statements
    // through RawQuery: a QSqlQuery per request cost a noticeable share of a short page.)
    const ReadSnapshot snapshot(m_db);
    QStringList conditions
        = {QStringLiteral("tenant_id = ?"), QStringLiteral("deleted_at IS NULL")};
    QVariantList bindings = {tenantId};
    bool countable = query.search.isEmpty() && query.updatedSince.isEmpty();
    for (const auto &[fieldName, value] : query.filters) {
        conditions << m_spec.field(fieldName)->column + QStringLiteral(" = ?");
        bindings << value;
        countable = countable && fieldName == m_spec.statusField && query.filters.size() == 1;
    }
    if (!query.updatedSince.isEmpty()) {
        conditions << QStringLiteral("updated_at >= ?");
        bindings << query.updatedSince;
    }
    // Set when the search index drives the query (see ListQuery::storageOrder).
    QString streamingMatch;
    if (!query.search.isEmpty()) {
        const QString folded = query.search.toCaseFolded();
        if (folded.toUcs4().size() >= 3 && query.storageOrder && query.sort.isEmpty()) {
            QString phrase = folded;
            phrase.replace(u'"', QStringLiteral("\"\""));
            streamingMatch = u'"' + phrase + u'"';
        } else if (folded.toUcs4().size() >= 3) {
            // Trigram index: the term as one FTS5 phrase matches it as a substring.
            // The unary + keeps SQLite from walking the tenant's index and probing the match
            // set row by row; the few matching rows are fetched by rowid instead.
            conditions[0] = QStringLiteral("+tenant_id = ?");
            conditions << QStringLiteral(
                "pk IN (SELECT rowid FROM %1_search WHERE %1_search MATCH ?)")
                              .arg(m_spec.name);
            QString phrase = folded;
            phrase.replace(u'"', QStringLiteral("\"\""));
            bindings << QString(u'"' + phrase + u'"');
        } else {
            // Too short for trigrams: a scan, acceptable for one or two characters.
            QString pattern = folded;
            pattern.replace(u'\\', QStringLiteral("\\\\"))
                .replace(u'%', QStringLiteral("\\%"))
                .replace(u'_', QStringLiteral("\\_"));
            conditions << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
            bindings << QString(u'%' + pattern + u'%');
        }
    }
    const QString where = conditions.join(QStringLiteral(" AND "));
    if (!streamingMatch.isEmpty())
        return listStreamingMatch(query, where, bindings, streamingMatch, items);

    ListPage page;
    if (countable) {
        QString statusValue;
        for (const auto &[fieldName, value] : query.filters)
            statusValue = value;
        RawQuery count(m_db,
            statusValue.isEmpty()
                ? QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM record_counts WHERE tenant_id = "
                                 "? AND collection = ?")
                : QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM record_counts WHERE tenant_id = "
                                 "? AND collection = ? AND status = ?"),
            statusValue.isEmpty() ? QVariantList {tenantId, m_spec.name}
                                  : QVariantList {tenantId, m_spec.name, statusValue});
        page.total = count.next() ? count.integer(0) : 0;
    } else if (query.countLimit > 0) {
        RawQuery count(m_db,
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3)")
                .arg(m_spec.name, where)
                .arg(query.countLimit),
            bindings);
        page.total = count.next() ? count.integer(0) : 0;
        page.totalIsLowerBound = page.total >= query.countLimit;
    } else {
        RawQuery count(m_db,
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(m_spec.name, where), bindings);
        page.total = count.next() ? count.integer(0) : 0;
    }

    const qint64 offset = qint64(query.page - 1) * query.limit;
    if (offset >= page.total && !page.totalIsLowerBound) {
        items.beginArray();
        items.endArray();
        return page;
    }

    SortKey key;
    for (const auto &[fieldName, descending] : query.sort) {
        key.columns << m_mapper.columnFor(fieldName);
        key.descending << descending;
        if (key.columns.last() == QLatin1String("id"))
            break; // ids are unique: later columns never decide
    }
    if (key.columns.isEmpty()) {
        key.columns << QStringLiteral("created_at");
        key.descending << false;
    }
    if (key.columns.last() != QLatin1String("id")) {
        key.columns << QStringLiteral("id");
        key.descending << false;
    }
    QStringList order;
    for (qsizetype i = 0; i < key.columns.size(); ++i)
        order << key.columns.at(i)
                + (key.descending.at(i) ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    const QString orderBy = order.join(QStringLiteral(", "));

    // A deep page starts from a remembered sort key near it (see PageAnchors) and skips only
    // the rest; a page without an anchor skips from the start of the list.
    QString pageWhere = where;
    QVariantList pageBindings = bindings;
    qint64 skip = offset;
    if (const auto seek = PageAnchors::seek(m_db, m_spec.name, where, bindings, key, offset)) {
        pageWhere += QStringLiteral(" AND ") + seek->condition;
        pageBindings << seek->bindings;
        skip = seek->skip;
    }
    pageBindings << query.limit << skip;
    // Skipping many rows walks only the index (rowids), then reads the page's rows; a short
    // skip reads its rows directly.
    static const qint64 kLongSkip = 1000;
    const QString sql = skip < kLongSkip
        ? QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
        : QStringLiteral("SELECT %1 FROM %2 WHERE pk IN (SELECT pk FROM %2 WHERE %3 ORDER BY %4 "
                         "LIMIT ? OFFSET ?) ORDER BY %4");
    RawQuery rows(
        m_db, sql.arg(m_mapper.selectList(), m_spec.name, pageWhere, orderBy), pageBindings);
    items.beginArray();
    while (rows.next())
        m_mapper.writeRecord(rows, items);
    items.endArray();
    return page;
}

ListPage RecordRepository::listStreamingMatch(const ListQuery &query, const QString &where,
    const QVariantList &bindings, const QString &phrase, JsonWriter &items) const
{
    // Driven by the trigram index, which yields matching rowids in ascending order: the join
    // streams, so the page and a limited count stop early however broad the search is. CROSS
    // JOIN keeps that order of the loops; SQLite might otherwise walk the collection's index
    // and run the search once per row (seconds instead of milliseconds).
    const QString from
        = QStringLiteral("%1_search CROSS JOIN %1 ON %1.pk = %1_search.rowid").arg(m_spec.name);
    const QString matchWhere = QStringLiteral("%1_search MATCH ? AND ").arg(m_spec.name) + where;
    const QVariantList matchBindings = QVariantList {phrase} + bindings;
    ListPage page;
    const QString countSql = query.countLimit > 0
        ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3)")
              .arg(from, matchWhere)
              .arg(query.countLimit)
        : QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(from, matchWhere);
    RawQuery count(m_db, countSql, matchBindings);
    page.total = count.next() ? count.integer(0) : 0;
    page.totalIsLowerBound = query.countLimit > 0 && page.total >= query.countLimit;

    const qint64 offset = qint64(query.page - 1) * query.limit;
    QStringList columns;
    for (const QString &column : m_mapper.selectList().split(QStringLiteral(", ")))
        columns << m_spec.name + u'.' + column.trimmed();
    RawQuery rows(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4_search.rowid LIMIT ? OFFSET ?")
            .arg(columns.join(QStringLiteral(", ")), from, matchWhere, m_spec.name),
        matchBindings + QVariantList {query.limit, offset});
    items.beginArray();
    while (rows.next())
        m_mapper.writeRecord(rows, items);
    items.endArray();
    return page;
}

bool RecordRepository::mergeSearchIndexes(const QSqlDatabase &db)
{
    // FTS5 "merge" with a page budget. The statement itself counts as one change; it merged
    // something when the connection's change count moved by two or more (FTS5's own rule).
    static const int kPagesPerStep = 64;
    bool worked = false;
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        const qint64 before = Transaction::totalChanges(db);
        Database::exec(db,
            QStringLiteral("INSERT INTO %1_search (%1_search, rank) VALUES ('merge', ?)")
                .arg(spec.name),
            {kPagesPerStep});
        worked = worked || Transaction::totalChanges(db) - before >= 2;
    }
    return worked;
}
