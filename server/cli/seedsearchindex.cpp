#include "seedsearchindex.h"

#include "storage/bulkrowinserter.h"
#include "storage/database.h"
#include "storage/searchsegmentlevels.h"
#include "storage/storageerror.h"
#include "storage/tablecopier.h"

#include <QUuid>

namespace {

// FTS5 collects terms in memory and writes a segment whenever that buffer fills (1 MB by
// default); with room for a million rows' terms the build writes one segment, nothing to merge.
const int kHashSize = 256 * 1024 * 1024;
// Where the seeded segment is filed; see finish().
const int kSeededLevel = 8;

} // namespace

SeedSearchIndex::SeedSearchIndex(const QSqlDatabase &db, const CollectionSpec &spec)
    : m_db(db)
    , m_spec(spec)
{
    if (m_dir.isValid())
        m_file = m_dir.filePath(QStringLiteral("search.db"));
}

SeedSearchIndex::~SeedSearchIndex()
{
    if (m_worker) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_cancelled = true;
        }
        m_changed.notify_all();
        m_worker->wait();
    }
}

bool SeedSearchIndex::start()
{
    if (m_file.isEmpty())
        return false;
    const QString table = m_spec.name + QStringLiteral("_search");
    // Empty: no segments, no documents, only FTS5's two bookkeeping records (1: averages,
    // 10: structure), which the copy replaces.
    SqlStatement empty = Database::exec(m_db,
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1_idx) AND NOT EXISTS (SELECT 1 FROM "
                       "%1_docsize) AND NOT EXISTS (SELECT 1 FROM %1_data WHERE id NOT IN (1, 10))")
            .arg(table));
    if (!empty.next() || !empty.value(0).toBool())
        return false;
    empty.finish();
    // The scratch index gets the collection's own definition, with its own names.
    SqlStatement definition = Database::exec(m_db,
        QStringLiteral("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?"),
        {table});
    const QString sql = definition.next() ? definition.value(0).toString() : QString();
    definition.finish();
    const QString prefix = QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(").arg(table);
    const QString content = QStringLiteral("content='%1'").arg(m_spec.name);
    if (!sql.startsWith(prefix) || sql.count(content) != 1)
        return false;
    m_definition = QString(sql).replace(content, QStringLiteral("content='content'"));
    m_definition.replace(0, prefix.size(), QStringLiteral("CREATE VIRTUAL TABLE idx USING fts5("));
    m_worker.reset(QThread::create([this] { build(); }));
    m_worker->start();
    return true;
}

void SeedSearchIndex::add(BulkRows &&rows)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_input.push_back(std::move(rows));
    m_changed.notify_all();
}

bool SeedSearchIndex::nextInput(BulkRows &rows)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_input.empty() || m_inputDone || m_cancelled; });
    if (m_cancelled || m_input.empty())
        return false;
    rows = std::move(m_input.front());
    m_input.pop_front();
    return true;
}

void SeedSearchIndex::build()
{
    const QString name = QStringLiteral("seed-search-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_file);
        try {
            if (!db.open())
                throw StorageError(QStringLiteral("Cannot open %1").arg(m_file));
            // A scratch file: nothing to recover after a crash.
            for (const char *sql : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                     "PRAGMA cache_size = -262144",
                     "CREATE TABLE content (pk INTEGER PRIMARY KEY, search_text TEXT)"})
                Database::exec(db, QString::fromLatin1(sql));
            Database::exec(db, m_definition);
            Database::exec(db, QStringLiteral("INSERT INTO idx (idx, rank) VALUES ('hashsize', ?)"),
                {kHashSize});
            Database::exec(db, QStringLiteral("BEGIN"));
            {
                BulkRowInserter inserter(
                    db, QStringLiteral("INSERT INTO idx (rowid, search_text) VALUES (?, ?)"), 1);
                BulkRows rows;
                while (nextInput(rows))
                    inserter.insert(rows);
            }
            Database::exec(db, QStringLiteral("COMMIT"));
            // In case the terms did not fit in one segment after all.
            Database::exec(db, QStringLiteral("INSERT INTO idx (idx) VALUES ('optimize')"));
        } catch (const StorageError &error) {
            qWarning("Building the search index aside failed: %s", error.what());
            std::lock_guard<std::mutex> lock(m_mutex);
            m_failed = true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool SeedSearchIndex::finish()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_inputDone = true;
    }
    m_changed.notify_all();
    m_worker->wait();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_failed || m_cancelled)
            return false;
    }
    const QString table = m_spec.name + QStringLiteral("_search");
    TableCopier scratch(m_file);
    Database::exec(m_db, QStringLiteral("DELETE FROM %1_data").arg(table));
    scratch.copy(QStringLiteral("SELECT id, block FROM idx_data"), m_db,
        QStringLiteral("INSERT INTO %1_data (id, block) VALUES (?, ?)").arg(table));
    scratch.copy(QStringLiteral("SELECT segid, term, pgno FROM idx_idx"), m_db,
        QStringLiteral("INSERT INTO %1_idx (segid, term, pgno) VALUES (?, ?, ?)").arg(table));
    scratch.copy(QStringLiteral("SELECT id, sz FROM idx_docsize"), m_db,
        QStringLiteral("INSERT INTO %1_docsize (id, sz) VALUES (?, ?)").arg(table));
    // Out of the way of the small writes to come (see SearchSegmentLevels). At level 8 the
    // small segments would need 16^8 commits to merge up to it.
    if (!SearchSegmentLevels::moveAllTo(m_db, table, kSeededLevel))
        qWarning("The seeded search index of %s stays at level 0: the first writes may be slow "
                 "while FTS5 merges it.",
            qPrintable(m_spec.name));
    return true;
}
