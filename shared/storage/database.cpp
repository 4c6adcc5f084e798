#include "database.h"

#include "migrator.h"
#include "storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>
#include <sqlite3.h>
#include <unordered_map>
#include <unordered_set>

namespace {

// Owns the connections of one thread; QThreadStorage destroys it when the thread finishes,
// which is the only place a connection can be closed and removed safely.
struct CachedStatement
{
    std::unique_ptr<QSqlQuery> query;
    bool inUse = false;
};

struct ThreadConnections
{
    QHash<QString, QString> namesByPath;
    // connection name -> SQL text -> statement prepared through SQLite's C API
    std::unordered_map<QString, std::unordered_map<QString, sqlite3_stmt *>> rawStatements;
    // Raw statements a RawQuery of this thread holds: never finalized while held.
    std::unordered_set<sqlite3_stmt *> heldRawStatements;
    // connection name -> SQL text -> prepared statement
    std::unordered_map<QString, std::unordered_map<QString, CachedStatement>> statements;
    ~ThreadConnections()
    {
        statements.clear(); // statements must go before their connection closes
        for (auto &[connection, cache] : rawStatements) {
            for (auto &[sql, statement] : cache)
                sqlite3_finalize(statement);
        }
        for (const QString &name : std::as_const(namesByPath)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};

QThreadStorage<ThreadConnections *> threadConnections;

// Per connection and kind: lists build their SQL from the query (filters, sort), so the set
// of distinct statements is large; the cache forgets idle ones beyond this.
const int kMaxCachedStatements = 256;

void configure(QSqlDatabase &db)
{
    // WAL lets readers proceed while one writer commits; NORMAL sync is durable across
    // process crashes (only an OS crash may lose the last commits), as WAL intends.
    static const char *const pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=OFF",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA cache_size=-16000",
        // A log rewound after a burst of writes is cut back to this size on disk.
        "PRAGMA journal_size_limit=67108864",
    };
    for (const char *pragma : pragmas)
        Database::exec(db, QString::fromLatin1(pragma));
}

} // namespace

Database::Database(const QString &filePath)
    : m_filePath(QFileInfo(filePath).absoluteFilePath())
{ }

void Database::initialize(Upgrade upgrade) const
{
    const QFileInfo info(m_filePath);
    // Only a folder made here is restricted to its owner: an existing one (say /srv or a
    // shared mount) keeps the permissions its administrator gave it.
    if (!QFileInfo::exists(info.absolutePath())) {
        QDir().mkpath(info.absolutePath());
        QFile::setPermissions(
            info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly))
            throw StorageError(QStringLiteral("Cannot create %1").arg(m_filePath));
        file.close();
    }
    QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);
    QSqlDatabase db = connection();
    const int version = Migrator::currentVersion(db);
    if (upgrade == Upgrade::NewOnly && version > 0 && version < Migrator::latestVersion()) {
        throw StorageError(
            QStringLiteral("The database has schema version %1 and this program uses %2. "
                           "Stop the running server and start `omniotap-server serve` of this "
                           "version once to upgrade it.")
                .arg(version)
                .arg(Migrator::latestVersion()));
    }
    Migrator::migrate(db);
}

QSqlDatabase Database::connection() const
{
    if (!threadConnections.hasLocalData())
        threadConnections.setLocalData(new ThreadConnections);
    ThreadConnections *connections = threadConnections.localData();
    const QString existing = connections->namesByPath.value(m_filePath);
    if (!existing.isEmpty())
        return QSqlDatabase::database(existing, false);

    const QString name
        = QStringLiteral("omniotap-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        QSqlDatabase::removeDatabase(name);
        throw StorageError(QStringLiteral("Cannot open database %1").arg(m_filePath), error);
    }
    configure(db);
    connections->namesByPath.insert(m_filePath, name);
    connections->statements[name];
    return db;
}

SqlStatement Database::exec(
    const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    const auto prepared = [&](QSqlQuery &query) {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw StorageError(
                QStringLiteral("Cannot prepare \"%1\"").arg(sql.left(120)), query.lastError());
    };
    const auto run = [&](QSqlQuery &query) {
        for (int i = 0; i < bindings.size(); ++i)
            query.bindValue(i, bindings.at(i));
        if (!query.exec())
            throw StorageError(
                QStringLiteral("Cannot run \"%1\"").arg(sql.left(120)), query.lastError());
    };

    ThreadConnections *connections
        = threadConnections.hasLocalData() ? threadConnections.localData() : nullptr;
    if (connections && connections->statements.count(db.connectionName())) {
        auto &cache = connections->statements[db.connectionName()];
        auto it = cache.find(sql);
        if (it == cache.end()) {
            if (cache.size() >= size_t(kMaxCachedStatements)) {
                for (auto entry = cache.begin(); entry != cache.end();)
                    entry = entry->second.inUse ? std::next(entry) : cache.erase(entry);
            }
            CachedStatement entry;
            entry.query = std::make_unique<QSqlQuery>(db);
            prepared(*entry.query);
            it = cache.emplace(sql, std::move(entry)).first;
        }
        if (!it->second.inUse) {
            SqlStatement statement(it->second.query.get(), &it->second.inUse);
            run(*it->second.query);
            return statement;
        }
    }
    // Not a cached connection, or the cached statement is still being read: use a fresh one.
    auto query = std::make_unique<QSqlQuery>(db);
    prepared(*query);
    run(*query);
    return SqlStatement(std::move(query));
}

sqlite3 *Database::sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool Database::holdRawStatement(sqlite3_stmt *statement)
{
    return !threadConnections.hasLocalData()
        || threadConnections.localData()->heldRawStatements.insert(statement).second;
}

void Database::releaseRawStatement(sqlite3_stmt *statement)
{
    if (threadConnections.hasLocalData())
        threadConnections.localData()->heldRawStatements.erase(statement);
}

sqlite3_stmt *Database::rawStatement(const QSqlDatabase &db, const QString &sql)
{
    if (!threadConnections.hasLocalData()
        || !threadConnections.localData()->statements.count(db.connectionName()))
        throw StorageError(
            QStringLiteral("Raw statements need a connection made by Database::connection()"));
    auto &cache = threadConnections.localData()->rawStatements[db.connectionName()];
    auto it = cache.find(sql);
    if (it != cache.end())
        return it->second;
    if (cache.size() >= size_t(kMaxCachedStatements)) {
        const auto &held = threadConnections.localData()->heldRawStatements;
        for (auto entry = cache.begin(); entry != cache.end();) {
            // A statement a RawQuery still holds may be bound but not yet stepped, or done
            // but not yet reset: neither is busy, and both would be used after a finalize.
            if (sqlite3_stmt_busy(entry->second) || held.count(entry->second) != 0) {
                ++entry;
                continue;
            }
            sqlite3_finalize(entry->second);
            entry = cache.erase(entry);
        }
    }

    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        throw StorageError(QStringLiteral("Raw statements need an SQLite connection"));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()),
            SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        throw StorageError(QStringLiteral("Cannot prepare \"%1\": %2")
                               .arg(sql.left(120), QString::fromUtf8(sqlite3_errmsg(connection))));
    }
    cache.emplace(sql, statement);
    return statement;
}
