#include "seedcommand.h"

#include "recordgenerator.h"

#include "domain/ids.h"
#include "domain/timestamps.h"
#include "storage/bulkrowinserter.h"
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

// Sets the journal mode; true when SQLite switched to it.
bool switchJournal(const QSqlDatabase &db, const QString &mode)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) && query.next()
        && query.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
}

// Makes rows on two threads while the caller inserts earlier ones: one generates records (in
// order: the generator draws references from the ids it made before), the other turns them
// into column values. Each stage costs about as much as inserting the rows.
class RowProducer
{
public:
    using Make = std::function<QJsonObject(qint64 index, const QString &timestamp)>;
    using Encode = std::function<BulkRow(const QJsonObject &record)>;

    RowProducer(qint64 count, Make make, Encode encode)
        : m_count(count)
        , m_make(std::move(make))
        , m_encode(std::move(encode))
    {
        m_maker.reset(QThread::create([this] { generate(); }));
        m_encoder.reset(QThread::create([this] { convert(); }));
        m_maker->start();
        m_encoder->start();
    }

    ~RowProducer()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_cancelled = true;
        }
        m_changed.notify_all();
        m_maker->wait();
        m_encoder->wait();
    }

    // The next batch of rows, or nullopt when all have been handed out.
    std::optional<QList<BulkRow>> nextBatch()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_encoded.empty() || m_encodingDone; });
        if (m_encoded.empty())
            return std::nullopt;
        QList<BulkRow> batch = std::move(m_encoded.front());
        m_encoded.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    static constexpr int kBatchRows = 2000;
    static constexpr size_t kBatchesAhead = 4;

    void generate()
    {
        for (qint64 index = 0; index < m_count;) {
            QList<QJsonObject> batch;
            batch.reserve(kBatchRows);
            const QString timestamp = Timestamps::now();
            for (int i = 0; i < kBatchRows && index < m_count; ++i, ++index)
                batch.append(m_make(index, timestamp));
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_made.size() < kBatchesAhead || m_cancelled; });
            if (m_cancelled)
                return;
            m_made.push_back(std::move(batch));
            m_changed.notify_all();
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_makingDone = true;
        m_changed.notify_all();
    }

    void convert()
    {
        for (;;) {
            QList<QJsonObject> records;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(
                    lock, [this] { return !m_made.empty() || m_makingDone || m_cancelled; });
                if (m_cancelled)
                    return;
                if (m_made.empty())
                    break;
                records = std::move(m_made.front());
                m_made.pop_front();
                m_changed.notify_all();
            }
            QList<BulkRow> rows;
            rows.reserve(records.size());
            for (const QJsonObject &record : std::as_const(records))
                rows.append(m_encode(record));
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(
                lock, [this] { return m_encoded.size() < kBatchesAhead || m_cancelled; });
            if (m_cancelled)
                return;
            m_encoded.push_back(std::move(rows));
            m_changed.notify_all();
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_encodingDone = true;
        m_changed.notify_all();
    }

    qint64 m_count;
    Make m_make;
    Encode m_encode;
    std::unique_ptr<QThread> m_maker;
    std::unique_ptr<QThread> m_encoder;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<QJsonObject>> m_made;
    std::deque<QList<BulkRow>> m_encoded;
    bool m_makingDone = false;
    bool m_encodingDone = false;
    bool m_cancelled = false;
};

// Adds the new rows to the collection's trigram index. FTS5 collects terms in memory and
// writes a segment whenever that buffer fills (1 MB by default), then merges segments; a larger
// buffer for the load means far fewer segments to write and merge. The setting is stored in the
// index, so it goes back to the default afterwards, for the server's small writes. At the end
// the index is merged into one segment.
void buildSearchIndex(const QSqlDatabase &db, const CollectionSpec &spec, qint64 firstNewPk)
{
    static const int kLoadHashSize = 64 * 1024 * 1024;
    static const int kDefaultHashSize = 1024 * 1024; // FTS5_DEFAULT_HASHSIZE
    const QString setHashSize
        = QStringLiteral("INSERT INTO %1_search (%1_search, rank) VALUES ('hashsize', ?)")
              .arg(spec.name);
    Database::exec(db, setHashSize, {kLoadHashSize});
    Database::exec(db,
        QStringLiteral("INSERT INTO %1_search (rowid, search_text) SELECT pk, search_text FROM %1 "
                       "WHERE pk >= ?")
            .arg(spec.name),
        {firstNewPk});
    Database::exec(db, setHashSize, {kDefaultHashSize});
    // One segment instead of the dozens the load left: otherwise the first writes after
    // seeding pay for merging them (seconds-long stalls), and searches read them all.
    Database::exec(
        db, QStringLiteral("INSERT INTO %1_search (%1_search) VALUES ('optimize')").arg(spec.name));
}

// The collection's indexes that lead with a reference column (customer_id, contact_id) as
// (name, SQL to recreate it). Seeded references are random, so these indexes would grow at
// thousands of places at once, more than the page cache holds.
QList<QPair<QString, QString>> scatteredIndexes(const QSqlDatabase &db, const CollectionSpec &spec)
{
    QList<QPair<QString, QString>> indexes;
    SqlStatement query = Database::exec(db,
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                       "AND sql IS NOT NULL"),
        {spec.name});
    while (query.next()) {
        const QString sql = query.value(1).toString();
        for (const FieldSpec &field : spec.fields) {
            if (field.kind == FieldKind::Reference
                && sql.contains(QStringLiteral("(tenant_id, %1,").arg(field.column))) {
                indexes.append({query.value(0).toString(), sql});
                break;
            }
        }
    }
    return indexes;
}

// Inserts count records of one collection with their id registrations and change-feed
// entries, in one transaction (all or nothing). Most secondary indexes stay in place: rows
// arrive in (created_at, id) order, so those indexes grow at a few insertion points that stay
// in the page cache, which costs about half of dropping and re-sorting them afterwards. The
// scattered ones (see scatteredIndexes()) are dropped for the load and rebuilt, sorted.
void seedCollection(const QSqlDatabase &db, const QString &tenantId, const CollectionSpec &spec,
    qint64 count, RecordGenerator &generator, const CommandOutput &out)
{
    Transaction transaction(db);
    const QList<QPair<QString, QString>> rebuilt = scatteredIndexes(db, spec);
    for (const auto &[name, sql] : rebuilt)
        Database::exec(db, QStringLiteral("DROP INDEX %1").arg(name));
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
    {
        BulkRowInserter inserter(db, repository.insertStatement());
        RowProducer producer(
            count,
            [&](qint64 index, const QString &timestamp) {
                QJsonObject record = generator.make(spec, index, timestamp);
                generator.addId(spec.name, record.value(QStringLiteral("id")).toString());
                return record;
            },
            [&](const QJsonObject &record) {
                return BulkRowInserter::encode(repository.insertValues(tenantId, record));
            });
        while (std::optional<QList<BulkRow>> rows = producer.nextBatch())
            inserter.insert(*rows);
    }
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
    for (const auto &[name, sql] : rebuilt)
        Database::exec(db, sql);
    phase("indexes");
    buildSearchIndex(db, spec, firstNewPk);
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

    // A bulk load: a page cache (1 GB) that holds the growing ends of the tables and indexes,
    // and SQLite's multi-threaded sorter.
    Database::exec(db, QStringLiteral("PRAGMA cache_size = -1048576"));
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
