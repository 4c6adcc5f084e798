#include "seedcommand.h"

#include "recordgenerator.h"
#include "seedrowencoder.h"
#include "seedrowproducer.h"
#include "seedsearchindex.h"
#include "seedwriteback.h"

#include "domain/ids.h"
#include "storage/bulkrowinserter.h"
#include "storage/storageerror.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Sets the journal mode; true when SQLite switched to it.
bool switchJournal(const QSqlDatabase &db, const QString &mode)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) && query.next()
        && query.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
}

// Adds the new rows to the collection's trigram index in place, when it could not be built
// aside (SeedSearchIndex: the index already holds rows). FTS5 collects terms in memory and
// writes a segment whenever that buffer fills (1 MB by default), then merges segments; with
// 256 MB a million rows make one segment (64 MB left a 4 s merge). The setting is stored in the
// index, so it goes back to the default afterwards, for the server's small writes. At the end
// the index is merged into one segment.
void buildSearchIndex(const QSqlDatabase &db, const CollectionSpec &spec, qint64 firstNewPk)
{
    static const int kLoadHashSize = 256 * 1024 * 1024;
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
    // One segment instead of those the load and earlier writes left: otherwise the first writes
    // after seeding pay for merging them (seconds-long stalls), and searches read them all.
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
    SeedSearchIndex searchIndex(db, spec);
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

    // The records and their change-feed entries go in row by row; their id registrations follow
    // as a set-based statement over the new rows, the counters from the encoder's tally.
    QElapsedTimer clock;
    clock.start();
    QStringList phases;
    const auto phase = [&](const char *name) {
        phases << QStringLiteral("%1 %2 s")
                      .arg(QLatin1String(name))
                      .arg(double(clock.restart()) / 1000.0, 0, 'f', 1);
    };
    SeedRowEncoder encoder(spec, tenantId, seq + 1);
    const bool indexAside = searchIndex.start();
    if (indexAside)
        encoder.indexAside(&searchIndex, firstNewPk);
    {
        BulkRowInserter records(db, encoder.recordInsert());
        BulkRowInserter changes(db, SeedRowEncoder::changeLogInsert());
        SeedRowProducer producer(spec, count, generator, encoder);
        while (std::optional<SeedRowProducer::Batch> batch = producer.nextBatch()) {
            records.insert(batch->records);
            changes.insert(batch->changes);
        }
    }
    phase("rows");

    Database::exec(db,
        QStringLiteral("INSERT INTO record_ids (tenant_id, id, collection) SELECT tenant_id, id, "
                       "'%1' FROM %1 WHERE pk >= ?")
            .arg(spec.name),
        {firstNewPk});
    Database::exec(db, QStringLiteral("UPDATE tenants SET last_seq = ? WHERE id = ?"),
        {seq + count, tenantId});
    for (auto it = encoder.statusCounts().cbegin(); it != encoder.statusCounts().cend(); ++it) {
        Database::exec(db,
            QStringLiteral("INSERT INTO record_counts (tenant_id, collection, status, n) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, collection, status) "
                           "DO UPDATE SET n = n + excluded.n"),
            {tenantId, spec.name, QString::fromUtf8(it.key()), it.value()});
    }
    phase("ids, counts");
    for (const auto &[name, sql] : rebuilt)
        Database::exec(db, sql);
    phase("indexes");
    // The index built aside matches the rows only if they got the keys the encoder assumed.
    SqlStatement lastPk
        = Database::exec(db, QStringLiteral("SELECT MAX(pk) FROM %1").arg(spec.name));
    const bool keysAsAssumed
        = lastPk.next() && lastPk.value(0).toLongLong() == firstNewPk + count - 1;
    lastPk.finish();
    if (!indexAside || !keysAsAssumed || !searchIndex.finish())
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
    const SeedWriteback writeback(database.filePath());
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
