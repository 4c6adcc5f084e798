#pragma once

#include "domain/collectionspec.h"
#include "storage/bulkrows.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

// Builds the trigram index of a collection's seeded rows on a thread of its own, in a scratch
// database, while the inserting thread adds the rows; then copies it into the collection's
// index, which must be empty (as in a new database). Tokenizing a million rows took the
// inserting thread 10 s, and the machine's other core was nearly idle meanwhile. The copy is
// exactly what FTS5 would have written (FTS5 itself builds it, with the collection's own
// definition), so later searches, writes and merges treat it as their own.
class SeedSearchIndex
{
public:
    SeedSearchIndex(const QSqlDatabase &db, const CollectionSpec &spec);
    // Stops the worker and removes the scratch database.
    ~SeedSearchIndex();
    SeedSearchIndex(const SeedSearchIndex &) = delete;
    SeedSearchIndex &operator=(const SeedSearchIndex &) = delete;

    // Inside the seed's transaction: true when the collection's index is empty and its
    // definition is the expected one; then starts the worker. Otherwise the caller builds the
    // index the ordinary way.
    bool start();
    // Rows of (rowid, search text) to index, in rowid order. Any thread.
    void add(BulkRows &&rows);
    // After the last add(): waits for the worker and copies its index into the collection's.
    // False (and nothing copied) when building it failed.
    bool finish();

private:
    void build();
    bool nextInput(BulkRows &rows);

    QSqlDatabase m_db;
    const CollectionSpec &m_spec;
    QTemporaryDir m_dir;
    QString m_file;
    QString m_definition; // CREATE VIRTUAL TABLE for the scratch index
    std::unique_ptr<QThread> m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<BulkRows> m_input;
    bool m_inputDone = false;
    bool m_cancelled = false;
    bool m_failed = false;
};
