#include "seedcommand.h"

#include "recordgenerator.h"

#include "domain/ids.h"
#include "domain/timestamps.h"
#include "storage/recordrepository.h"
#include "storage/storageerror.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace {

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw StorageError(QStringLiteral("Cannot prepare seed statement"), query.lastError());
    return query;
}

void run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw StorageError(QStringLiteral("Cannot insert seed record"), query.lastError());
}

// Sets the journal mode; true when SQLite switched to it.
bool switchJournal(const QSqlDatabase &db, const QString &mode)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) && query.next()
        && query.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
}

// Makes rows on a second thread while the caller inserts the previous batch: generating
// records costs about as much as inserting them.
class RowProducer
{
public:
    using Make = std::function<QVariantList(qint64 index, const QString &timestamp)>;

    RowProducer(qint64 count, Make make)
        : m_count(count)
        , m_make(std::move(make))
    {
        m_thread.reset(QThread::create([this] { produce(); }));
        m_thread->start();
    }

    ~RowProducer()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_cancelled = true;
        }
        m_changed.notify_all();
        m_thread->wait();
    }

    // The next batch of rows, or nullopt when all have been handed out.
    std::optional<QList<QVariantList>> nextBatch()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return std::nullopt;
        QList<QVariantList> batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    static constexpr int kBatchRows = 2000;
    static constexpr size_t kBatchesAhead = 4;

    void produce()
    {
        QString timestamp;
        for (qint64 index = 0; index < m_count;) {
            QList<QVariantList> batch;
            batch.reserve(kBatchRows);
            timestamp = Timestamps::now();
            for (int i = 0; i < kBatchRows && index < m_count; ++i, ++index)
                batch.append(m_make(index, timestamp));
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_cancelled; });
            if (m_cancelled)
                return;
            m_ready.push_back(std::move(batch));
            m_changed.notify_all();
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    qint64 m_count;
    Make m_make;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<QVariantList>> m_ready;
    bool m_finished = false;
    bool m_cancelled = false;
};

// The collection's secondary indexes and search trigger, as SQL to recreate them.
QStringList derivedSchema(const QSqlDatabase &db, const QString &table)
{
    SqlStatement query = Database::exec(db,
        QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
                       "AND ((type = 'index') OR (type = 'trigger' AND name = ?))"),
        {table, table + QStringLiteral("_search_insert")});
    QStringList statements;
    while (query.next())
        statements << query.value(0).toString();
    return statements;
}

// Inserts count records of one collection with their id registrations and change-feed
// entries, in one transaction (all or nothing). Indexes are cheaper to build once, sorted,
// than to grow row by row, so the collection's secondary indexes and search trigger are
// dropped for the load and rebuilt before the commit.
void seedCollection(const QSqlDatabase &db, const QString &tenantId, const CollectionSpec &spec,
    qint64 count, RecordGenerator &generator, const CommandOutput &out)
{
    Transaction transaction(db);
    const QStringList schema = derivedSchema(db, spec.name);
    SqlStatement names = Database::exec(db,
        QStringLiteral(
            "SELECT type, name FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "AND ((type = 'index') OR (type = 'trigger' AND name = ?))"),
        {spec.name, spec.name + QStringLiteral("_search_insert")});
    QStringList drops;
    while (names.next())
        drops << QStringLiteral("DROP %1 %2")
                     .arg(names.value(0).toString().toUpper(), names.value(1).toString());
    names.finish();
    for (const QString &drop : std::as_const(drops))
        Database::exec(db, drop);

    SqlStatement maxPk
        = Database::exec(db, QStringLiteral("SELECT COALESCE(MAX(pk), 0) FROM %1").arg(spec.name));
    const qint64 firstNewPk = maxPk.next() ? maxPk.value(0).toLongLong() + 1 : 1;
    maxPk.finish();
    SqlStatement seqQuery = Database::exec(
        db, QStringLiteral("SELECT last_seq FROM tenants WHERE id = ?"), {tenantId});
    qint64 seq = seqQuery.next() ? seqQuery.value(0).toLongLong() : 0;
    seqQuery.finish();

    // Only the records go in row by row; their id registrations, change-feed entries and
    // counters follow as set-based statements over the new rows.
    const RecordRepository repository(db, spec);
    QElapsedTimer clock;
    clock.start();
    QStringList phases;
    const auto phase = [&](const char *name) {
        phases << QStringLiteral("%1 %2 s")
                      .arg(QLatin1String(name))
                      .arg(double(clock.restart()) / 1000.0, 0, 'f', 1);
    };
    QSqlQuery insertRecord = prepare(db, repository.insertStatement());
    RowProducer producer(count, [&](qint64 index, const QString &timestamp) {
        const QJsonObject record = generator.make(spec, index, timestamp);
        generator.addId(spec.name, record.value(QStringLiteral("id")).toString());
        return repository.insertValues(tenantId, record);
    });
    while (std::optional<QList<QVariantList>> rows = producer.nextBatch()) {
        for (const QVariantList &values : *rows)
            run(insertRecord, values);
    }
    insertRecord.finish();
    phase("rows");

    Database::exec(db,
        QStringLiteral("INSERT INTO record_ids (tenant_id, id, collection) SELECT tenant_id, id, "
                       "'%1' FROM %1 WHERE pk >= ?")
            .arg(spec.name),
        {firstNewPk});
    Database::exec(db,
        QStringLiteral("INSERT INTO change_log (tenant_id, seq, entity_type, action, record_id, "
                       "occurred_at, data) "
                       "SELECT tenant_id, ? + pk - ?, '%1', 'created', id, created_at, %2 FROM %3 "
                       "WHERE pk >= ? ORDER BY pk")
            .arg(spec.entityType, RecordRowMapper(spec).jsonObjectSql(), spec.name),
        {seq + 1, firstNewPk, firstNewPk});
    Database::exec(db, QStringLiteral("UPDATE tenants SET last_seq = ? WHERE id = ?"),
        {seq + count, tenantId});
    Database::exec(db,
        QStringLiteral(
            "INSERT INTO record_counts (tenant_id, collection, status, n) "
            "SELECT tenant_id, '%1', %2, COUNT(*) FROM %1 WHERE pk >= ? GROUP BY tenant_id, %2 "
            "ON CONFLICT (tenant_id, collection, status) DO UPDATE SET n = n + excluded.n")
            .arg(spec.name, spec.field(spec.statusField)->column),
        {firstNewPk});
    phase("ids, feed, counts");
    for (const QString &statement : schema)
        Database::exec(db, statement);
    phase("indexes");
    // FTS5's own batching and merging while it loads: a single huge segment would be the first
    // thing later small merges rewrite, slowing the first writes after the load.
    Database::exec(db,
        QStringLiteral("INSERT INTO %1_search (rowid, search_text) SELECT pk, search_text FROM %1 "
                       "WHERE pk >= ?")
            .arg(spec.name),
        {firstNewPk});
    phase("search");
    transaction.commit();
    phase("commit");
    if (!out.json())
        out.line(QStringLiteral("  %1: %2 (%3)")
                     .arg(spec.name)
                     .arg(count)
                     .arg(phases.join(QStringLiteral(", "))));
}

} // namespace

int SeedCommand::run(
    const Database &database, const QCommandLineParser &parser, const CommandOutput &out)
{
    const QSqlDatabase db = database.connection();
    const QString tenantId = Ids::normalized(parser.value(QStringLiteral("tenant")));
    if (tenantId.isEmpty() || !TenantRepository(db).find(tenantId))
        return CommandOutput::fail(QStringLiteral("seed needs --tenant ID of an existing tenant"));

    // A bulk load: a large page cache and SQLite's multi-threaded sorter for the index builds.
    Database::exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
    Database::exec(db, QStringLiteral("PRAGMA threads = 2"));
    // With no server using the file, a rollback journal instead of the write-ahead log: new
    // pages need no journal copy, so the load is written once instead of twice. (SQLite only
    // switches when this is the file's only connection; otherwise the load stays in WAL.)
    const bool exclusiveLoad = switchJournal(db, QStringLiteral("DELETE"));
    const auto restoreWal = qScopeGuard([&] {
        if (exclusiveLoad)
            switchJournal(db, QStringLiteral("WAL"));
    });

    // Customers and contacts first, so that later records can refer to them.
    const QStringList order = {QStringLiteral("customers"), QStringLiteral("contacts"),
        QStringLiteral("leads"), QStringLiteral("opportunities"), QStringLiteral("tickets")};
    QHash<QString, qint64> counts;
    for (const QString &name : order) {
        bool ok = true;
        const qint64 count = parser.isSet(name) ? parser.value(name).toLongLong(&ok) : 0;
        if (!ok || count < 0 || count > 100000000)
            return CommandOutput::fail(
                QStringLiteral("--%1 takes a number from 0 to 100000000").arg(name));
        counts.insert(name, count);
    }

    QElapsedTimer timer;
    timer.start();
    RecordGenerator generator(QRandomGenerator::global()->generate());
    for (const QString &name : order) {
        if (counts.value(name) > 0)
            seedCollection(
                db, tenantId, *CollectionSpec::byName(name), counts.value(name), generator, out);
    }
    QJsonObject summary {{QStringLiteral("tenant"), tenantId},
        {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}};
    for (const QString &name : order)
        summary.insert(name, counts.value(name));
    if (out.json())
        out.value(summary);
    else
        out.line(QStringLiteral("Seeded tenant %1 in %2 s.")
                     .arg(tenantId)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}
