#include "admincommands.h"

#include "api/apikeyscontroller.h"

#include "domain/ids.h"
#include "domain/recordvalidator.h"
#include "domain/timestamps.h"
#include "storage/apikeyrepository.h"
#include "storage/tenantrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const int kMaxRateLimit = 100000000;

bool parseRateLimit(const QString &text, int *limit)
{
    bool ok = false;
    *limit = text.toInt(&ok);
    return ok && *limit >= 1 && *limit <= kMaxRateLimit;
}

QString usageError(const QString &usage)
{
    return QStringLiteral("usage: omniotap-server %1").arg(usage);
}

} // namespace

AdminCommands::AdminCommands(
    const Database &database, const QCommandLineParser &parser, const CommandOutput &out)
    : m_database(database)
    , m_parser(parser)
    , m_out(out)
{ }

int AdminCommands::tenant(const QStringList &args) const
{
    const QString action = args.value(1);
    if (action == QLatin1String("create") && args.size() == 2)
        return tenantCreate();
    if (action == QLatin1String("list") && args.size() == 2)
        return tenantList();
    if (action == QLatin1String("set-rate-limit"))
        return tenantSetRateLimit(args);
    return CommandOutput::fail(usageError(QStringLiteral(
        "tenant create --name NAME [--rate-limit N] | tenant list | tenant set-rate-limit ID N")));
}

int AdminCommands::tenantCreate() const
{
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty() || RecordValidator::codePointCount(name) > 255)
        return CommandOutput::fail(
            QStringLiteral("tenant create needs --name NAME (1 to 255 characters)"));
    int limit = TenantRepository::kDefaultRateLimit;
    if (m_parser.isSet(QStringLiteral("rate-limit"))
        && !parseRateLimit(m_parser.value(QStringLiteral("rate-limit")), &limit))
        return CommandOutput::fail(
            QStringLiteral("--rate-limit must be a whole number from 1 to %1").arg(kMaxRateLimit));
    const Tenant tenant = TenantRepository(m_database.connection()).create(name, limit);
    if (m_out.json())
        m_out.value(QJsonObject {{QStringLiteral("id"), tenant.id}});
    else
        m_out.line(tenant.id);
    return 0;
}

int AdminCommands::tenantList() const
{
    const QList<Tenant> tenants = TenantRepository(m_database.connection()).list();
    QJsonArray array;
    for (const Tenant &tenant : tenants) {
        array.append(
            QJsonObject {{QStringLiteral("id"), tenant.id}, {QStringLiteral("name"), tenant.name},
                {QStringLiteral("rateLimit"), tenant.rateLimit}});
        if (!m_out.json())
            m_out.line(
                QStringLiteral("%1\t%2\t%3").arg(tenant.id, tenant.name).arg(tenant.rateLimit));
    }
    if (m_out.json())
        m_out.value(array);
    return 0;
}

int AdminCommands::tenantSetRateLimit(const QStringList &args) const
{
    if (args.size() != 4)
        return CommandOutput::fail(usageError(QStringLiteral("tenant set-rate-limit ID N")));
    int limit = 0;
    if (!parseRateLimit(args.at(3), &limit))
        return CommandOutput::fail(
            QStringLiteral("the rate limit must be a whole number from 1 to %1")
                .arg(kMaxRateLimit));
    const QString id = Ids::normalized(args.at(2));
    if (id.isEmpty() || !TenantRepository(m_database.connection()).setRateLimit(id, limit))
        return CommandOutput::fail(QStringLiteral("no tenant with id %1").arg(args.at(2)));
    if (m_out.json())
        m_out.value(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("rateLimit"), limit}});
    else
        m_out.line(
            QStringLiteral("Tenant %1 may now make %2 requests per minute (from its next window).")
                .arg(id)
                .arg(limit));
    return 0;
}

int AdminCommands::key(const QStringList &args) const
{
    const QString action = args.value(1);
    if (action == QLatin1String("create") && args.size() == 2)
        return keyCreate();
    if (action == QLatin1String("list") && args.size() == 2)
        return keyList();
    if (action == QLatin1String("revoke"))
        return keyRevoke(args);
    return CommandOutput::fail(
        usageError(QStringLiteral("key create --tenant ID --name NAME [--scopes read,write,admin] "
                                  "| key list --tenant ID | key revoke KEY_ID")));
}

int AdminCommands::keyCreate() const
{
    const QSqlDatabase db = m_database.connection();
    const QString tenantId = Ids::normalized(m_parser.value(QStringLiteral("tenant")));
    if (tenantId.isEmpty() || !TenantRepository(db).find(tenantId))
        return CommandOutput::fail(
            QStringLiteral("key create needs --tenant ID of an existing tenant"));
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty() || RecordValidator::codePointCount(name) > 255)
        return CommandOutput::fail(
            QStringLiteral("key create needs --name NAME (1 to 255 characters)"));

    QStringList scopes;
    const QString scopeText = m_parser.isSet(QStringLiteral("scopes"))
        ? m_parser.value(QStringLiteral("scopes"))
        : QStringLiteral("read");
    for (const QString &scope : scopeText.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = scope.trimmed();
        if (!ApiKeyRepository::knownScopes().contains(trimmed))
            return CommandOutput::fail(
                QStringLiteral("unknown scope '%1'; use read, write, admin").arg(trimmed));
        if (!scopes.contains(trimmed))
            scopes << trimmed;
    }
    if (scopes.isEmpty())
        return CommandOutput::fail(
            QStringLiteral("--scopes needs at least one of read, write, admin"));

    QString expiresAt;
    if (m_parser.isSet(QStringLiteral("expires-at"))) {
        const auto parsed = Timestamps::parse(m_parser.value(QStringLiteral("expires-at")));
        if (!parsed || Timestamps::format(*parsed) <= Timestamps::now())
            return CommandOutput::fail(
                QStringLiteral("--expires-at must be a future RFC 3339 timestamp"));
        expiresAt = Timestamps::format(*parsed);
    }

    QString secret;
    const ApiKey key = ApiKeyRepository(db).create(tenantId, name, scopes, expiresAt, &secret);
    if (m_out.json())
        m_out.value(QJsonObject {{QStringLiteral("id"), key.id}, {QStringLiteral("key"), secret}});
    else
        m_out.line(secret);
    return 0;
}

int AdminCommands::keyList() const
{
    const QString tenantId = Ids::normalized(m_parser.value(QStringLiteral("tenant")));
    const QSqlDatabase db = m_database.connection();
    if (tenantId.isEmpty() || !TenantRepository(db).find(tenantId))
        return CommandOutput::fail(
            QStringLiteral("key list needs --tenant ID of an existing tenant"));
    QJsonArray array;
    for (const ApiKey &key : ApiKeyRepository(db).list(tenantId)) {
        array.append(ApiKeysController::toJson(key));
        if (!m_out.json()) {
            m_out.line(
                QStringLiteral("%1\t%2\t%3\t%4\tlast used %5")
                    .arg(key.id, key.prefix + QStringLiteral("…"), key.name, key.scopes.join(u','),
                        key.lastUsedAt.isEmpty() ? QStringLiteral("never") : key.lastUsedAt));
        }
    }
    if (m_out.json())
        m_out.value(array);
    return 0;
}

int AdminCommands::keyRevoke(const QStringList &args) const
{
    if (args.size() != 3)
        return CommandOutput::fail(usageError(QStringLiteral("key revoke KEY_ID")));
    const QString id = Ids::normalized(args.at(2));
    if (id.isEmpty()
        || !ApiKeyRepository(m_database.connection()).revoke(id, QString(), Timestamps::now()))
        return CommandOutput::fail(QStringLiteral("no active key with id %1").arg(args.at(2)));
    if (m_out.json())
        m_out.value(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("revoked"), true}});
    else
        m_out.line(QStringLiteral("Revoked key %1.").arg(id));
    return 0;
}

int AdminCommands::backup() const
{
    const QString target = m_parser.value(QStringLiteral("to"));
    if (target.isEmpty())
        return CommandOutput::fail(usageError(QStringLiteral("backup --to FILE")));
    if (QFileInfo::exists(target))
        return CommandOutput::fail(
            QStringLiteral("%1 already exists; choose a new file").arg(target));
    // VACUUM INTO writes a consistent, compacted copy while the server keeps running.
    Database::exec(m_database.connection(), QStringLiteral("VACUUM INTO ?"),
        {QFileInfo(target).absoluteFilePath()});
    if (m_out.json())
        m_out.value(QJsonObject {{QStringLiteral("file"), QFileInfo(target).absoluteFilePath()}});
    else
        m_out.line(QStringLiteral("Backed up to %1").arg(QFileInfo(target).absoluteFilePath()));
    return 0;
}
