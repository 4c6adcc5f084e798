#include "migrations.h"

#include "database.h"
#include "recordrowmapper.h"

#include "domain/collectionspec.h"

#include <QSqlQuery>

namespace {

void run(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        Database::exec(db, sql);
}

QString recordTable(const QString &table, const QString &columns)
{
    return QStringLiteral("CREATE TABLE %1 (pk INTEGER PRIMARY KEY, tenant_id TEXT NOT NULL, "
                          "id TEXT NOT NULL, version INTEGER NOT NULL, created_at TEXT NOT NULL, "
                          "updated_at TEXT NOT NULL, deleted_at TEXT, %2, UNIQUE (tenant_id, id))")
        .arg(table, columns);
}

// Partial indexes over live rows: every list query filters on deleted_at IS NULL.
QString liveIndex(const QString &table, const QString &name, const QString &columns)
{
    return QStringLiteral("CREATE INDEX %1_%2 ON %1 (tenant_id, %3) WHERE deleted_at IS NULL")
        .arg(table, name, columns);
}

void v1CoreSchema(const QSqlDatabase &db)
{
    run(db,
        {
            QStringLiteral(
                "CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                "rate_limit INTEGER NOT NULL DEFAULT 60, last_seq INTEGER NOT NULL DEFAULT 0, "
                "created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE api_keys (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, "
                           "name TEXT NOT NULL, prefix TEXT NOT NULL, key_hash BLOB NOT NULL, "
                           "scopes TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT, "
                           "last_used_at TEXT, revoked_at TEXT)"),
            QStringLiteral("CREATE INDEX api_keys_prefix ON api_keys (prefix)"),
            QStringLiteral("CREATE INDEX api_keys_tenant ON api_keys (tenant_id, created_at)"),
            // Ids are unique per tenant across all collections; this table is the referee.
            QStringLiteral("CREATE TABLE record_ids (tenant_id TEXT NOT NULL, id TEXT NOT NULL, "
                           "collection TEXT NOT NULL, PRIMARY KEY (tenant_id, id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE change_log (pk INTEGER PRIMARY KEY, tenant_id TEXT NOT NULL, "
                "seq INTEGER NOT NULL, entity_type TEXT NOT NULL, action TEXT NOT NULL, "
                "record_id TEXT NOT NULL, occurred_at TEXT NOT NULL, data TEXT)"),
            QStringLiteral("CREATE UNIQUE INDEX change_log_seq ON change_log (tenant_id, seq)"),

            recordTable(QStringLiteral("contacts"),
                QStringLiteral(
                    "first_name TEXT NOT NULL, last_name TEXT, email TEXT, phone TEXT, "
                    "status TEXT NOT NULL, customer_id TEXT, job_title TEXT, notes TEXT")),
            recordTable(QStringLiteral("customers"),
                QStringLiteral("name TEXT NOT NULL, email TEXT, phone TEXT, website TEXT, "
                               "industry TEXT, status TEXT NOT NULL, address_street TEXT, "
                               "address_city TEXT, address_postal_code TEXT, "
                               "address_country TEXT, notes TEXT")),
            recordTable(QStringLiteral("leads"),
                QStringLiteral("title TEXT NOT NULL, lead_source TEXT, status TEXT NOT NULL, "
                               "priority TEXT NOT NULL, contact_id TEXT, customer_id TEXT, "
                               "estimated_value INTEGER, currency TEXT NOT NULL, notes TEXT")),
            recordTable(QStringLiteral("opportunities"),
                QStringLiteral("name TEXT NOT NULL, stage TEXT NOT NULL, amount INTEGER, "
                               "currency TEXT NOT NULL, probability INTEGER NOT NULL, "
                               "expected_close_date TEXT, customer_id TEXT, contact_id TEXT, "
                               "lead_id TEXT, notes TEXT")),
            recordTable(QStringLiteral("tickets"),
                QStringLiteral("subject TEXT NOT NULL, description TEXT, status TEXT NOT NULL, "
                               "priority TEXT NOT NULL, customer_id TEXT, contact_id TEXT, "
                               "resolved_at TEXT")),
        });

    for (const CollectionSpec &spec : CollectionSpec::all()) {
        const QString &t = spec.name;
        run(db,
            {liveIndex(t, QStringLiteral("created"), QStringLiteral("created_at, id")),
                liveIndex(t, QStringLiteral("updated"), QStringLiteral("updated_at, id"))});
    }
    run(db,
        {
            liveIndex(QStringLiteral("contacts"), QStringLiteral("status"),
                QStringLiteral("status, created_at, id")),
            liveIndex(QStringLiteral("contacts"), QStringLiteral("customer"),
                QStringLiteral("customer_id, created_at, id")),
            liveIndex(QStringLiteral("contacts"), QStringLiteral("last_name"),
                QStringLiteral("last_name, id")),
            liveIndex(QStringLiteral("customers"), QStringLiteral("status"),
                QStringLiteral("status, created_at, id")),
            liveIndex(
                QStringLiteral("customers"), QStringLiteral("name"), QStringLiteral("name, id")),
            liveIndex(QStringLiteral("leads"), QStringLiteral("status"),
                QStringLiteral("status, created_at, id")),
            liveIndex(QStringLiteral("leads"), QStringLiteral("priority"),
                QStringLiteral("priority, created_at, id")),
            liveIndex(QStringLiteral("leads"), QStringLiteral("source"),
                QStringLiteral("lead_source, created_at, id")),
            liveIndex(QStringLiteral("leads"), QStringLiteral("contact"),
                QStringLiteral("contact_id, created_at, id")),
            liveIndex(QStringLiteral("leads"), QStringLiteral("customer"),
                QStringLiteral("customer_id, created_at, id")),
            liveIndex(QStringLiteral("opportunities"), QStringLiteral("stage"),
                QStringLiteral("stage, created_at, id")),
            liveIndex(QStringLiteral("opportunities"), QStringLiteral("customer"),
                QStringLiteral("customer_id, created_at, id")),
            liveIndex(QStringLiteral("opportunities"), QStringLiteral("contact"),
                QStringLiteral("contact_id, created_at, id")),
            liveIndex(QStringLiteral("tickets"), QStringLiteral("status"),
                QStringLiteral("status, created_at, id")),
            liveIndex(QStringLiteral("tickets"), QStringLiteral("priority"),
                QStringLiteral("priority, created_at, id")),
            liveIndex(QStringLiteral("tickets"), QStringLiteral("customer"),
                QStringLiteral("customer_id, created_at, id")),
            liveIndex(QStringLiteral("tickets"), QStringLiteral("contact"),
                QStringLiteral("contact_id, created_at, id")),
        });
}

// Substring search: a case-folded copy of every text field, indexed by an FTS5 trigram table
// so that a rare term among millions of rows is found through the index, not a scan.
void v2SearchIndex(const QSqlDatabase &db)
{
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        const QString &t = spec.name;
        run(db,
            {QStringLiteral("ALTER TABLE %1 ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
                    .arg(t)});

        const QStringList columns = RecordRowMapper(spec).searchColumns();
        SqlStatement rows = Database::exec(
            db, QStringLiteral("SELECT pk, %1 FROM %2").arg(columns.join(QStringLiteral(", ")), t));
        while (rows.next()) {
            QStringList parts;
            for (int i = 1; i <= columns.size(); ++i)
                parts << rows.value(i).toString();
            Database::exec(db, QStringLiteral("UPDATE %1 SET search_text = ? WHERE pk = ?").arg(t),
                {RecordRowMapper::foldForSearch(parts), rows.value(0)});
        }

        run(db,
            {
                QStringLiteral(
                    "CREATE VIRTUAL TABLE %1_search USING fts5(search_text, content='%1', "
                    "content_rowid='pk', tokenize='trigram')")
                    .arg(t),
                QStringLiteral("INSERT INTO %1_search(%1_search) VALUES ('rebuild')").arg(t),
                QStringLiteral("CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN "
                               "INSERT INTO %1_search(rowid, search_text) VALUES (new.pk, "
                               "new.search_text); END")
                    .arg(t),
                QStringLiteral("CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN "
                               "INSERT INTO %1_search(%1_search, rowid, search_text) "
                               "VALUES ('delete', old.pk, old.search_text); END")
                    .arg(t),
                QStringLiteral(
                    "CREATE TRIGGER %1_search_update AFTER UPDATE OF search_text ON %1 BEGIN "
                    "INSERT INTO %1_search(%1_search, rowid, search_text) "
                    "VALUES ('delete', old.pk, old.search_text); "
                    "INSERT INTO %1_search(rowid, search_text) VALUES (new.pk, new.search_text); "
                    "END")
                    .arg(t),
            });
    }
}

// Idempotency-Key replays, and live-record counters so that list totals over millions of
// rows do not need a COUNT(*) scan.
void v3IdempotencyAndCounts(const QSqlDatabase &db)
{
    run(db,
        {
            QStringLiteral(
                "CREATE TABLE idempotency_keys (tenant_id TEXT NOT NULL, method TEXT NOT NULL, "
                "path TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, "
                "completed INTEGER NOT NULL DEFAULT 0, status INTEGER, headers TEXT, body BLOB, "
                "created_at TEXT NOT NULL, PRIMARY KEY (tenant_id, method, path, key)) WITHOUT "
                "ROWID"),
            QStringLiteral(
                "CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)"),
            QStringLiteral(
                "CREATE TABLE record_counts (tenant_id TEXT NOT NULL, collection TEXT NOT NULL, "
                "status TEXT NOT NULL, n INTEGER NOT NULL, "
                "PRIMARY KEY (tenant_id, collection, status)) WITHOUT ROWID"),
        });
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        const QString statusColumn = spec.field(spec.statusField)->column;
        run(db,
            {QStringLiteral("INSERT INTO record_counts (tenant_id, collection, status, n) "
                            "SELECT tenant_id, '%1', %2, COUNT(*) FROM %1 WHERE deleted_at IS NULL "
                            "GROUP BY tenant_id, %2")
                    .arg(spec.name, statusColumn)});
    }
}

// The search table is now written by RecordRepository in the same statements' transaction:
// triggers made FTS5 flush a segment per statement, which capped writes per second.
void v4SearchWithoutTriggers(const QSqlDatabase &db)
{
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        run(db,
            {QStringLiteral("DROP TRIGGER IF EXISTS %1_search_insert").arg(spec.name),
                QStringLiteral("DROP TRIGGER IF EXISTS %1_search_update").arg(spec.name)});
    }
}

// FTS5 merges index segments once a level holds `automerge` of them (default 4). Under a
// steady stream of small commits those merges took up to half of the writer's time; at 16
// they cost far less, searches stay fast, and idle-time merging tidies up after a burst.
void v5LessFrequentSearchMerges(const QSqlDatabase &db)
{
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        run(db,
            {QStringLiteral("INSERT INTO %1_search (%1_search, rank) VALUES ('automerge', 16)")
                    .arg(spec.name)});
    }
}

// Webhooks: endpoints, and the outbox that the change's own transaction writes: one event row
// and one delivery row per subscribed endpoint, then one row per attempt to deliver it.
// Delivery and event keys are never reused (AUTOINCREMENT): the dispatcher may still hold the
// key of a delivery that was dropped meanwhile, and must not mistake a new one for it.
void v6Webhooks(const QSqlDatabase &db)
{
    run(db,
        {
            QStringLiteral(
                "CREATE TABLE webhook_endpoints (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, "
                "url TEXT NOT NULL, events TEXT NOT NULL, event_filter TEXT NOT NULL, "
                "enabled INTEGER NOT NULL, description TEXT, secret TEXT NOT NULL, "
                "previous_secret TEXT, previous_secret_until_ms INTEGER, disabled_reason TEXT, "
                "failing_since_ms INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX webhook_endpoints_tenant ON webhook_endpoints "
                           "(tenant_id, created_at, id)"),
            QStringLiteral(
                "CREATE TABLE webhook_events (pk INTEGER PRIMARY KEY AUTOINCREMENT, "
                "tenant_id TEXT NOT NULL, "
                "event_id TEXT NOT NULL, event_type TEXT NOT NULL, payload BLOB NOT NULL, "
                "created_ms INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE webhook_deliveries (pk INTEGER PRIMARY KEY AUTOINCREMENT, "
                "tenant_id TEXT NOT NULL, endpoint_id TEXT NOT NULL, event_pk INTEGER NOT NULL, "
                "state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                "retries_used INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER, "
                "forced INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX webhook_deliveries_due ON webhook_deliveries "
                           "(next_attempt_ms) WHERE state = 'pending'"),
            QStringLiteral("CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries "
                           "(endpoint_id, state)"),
            QStringLiteral("CREATE INDEX webhook_deliveries_event ON webhook_deliveries "
                           "(event_pk)"),
            QStringLiteral(
                "CREATE TABLE webhook_attempts (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, "
                "endpoint_id TEXT NOT NULL, delivery_pk INTEGER NOT NULL, "
                "attempt INTEGER NOT NULL, status_code INTEGER, duration_ms INTEGER NOT NULL, "
                "error TEXT, next_retry_at TEXT, created_at TEXT NOT NULL, "
                "created_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX webhook_attempts_endpoint ON webhook_attempts "
                           "(endpoint_id, created_ms, id)"),
            QStringLiteral(
                "CREATE INDEX webhook_attempts_created ON webhook_attempts (created_ms)"),
            QStringLiteral(
                "CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_pk)"),
        });
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = {
        {QStringLiteral("tenants, API keys, records, change log"), v1CoreSchema},
        {QStringLiteral("trigram search index"), v2SearchIndex},
        {QStringLiteral("idempotency keys and record counters"), v3IdempotencyAndCounts},
        {QStringLiteral("search index maintained without triggers"), v4SearchWithoutTriggers},
        {QStringLiteral("search index segments merged less often"), v5LessFrequentSearchMerges},
        {QStringLiteral("webhook endpoints, outbox and delivery log"), v6Webhooks},
    };
    return migrations;
}
