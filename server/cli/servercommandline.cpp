#include "servercommandline.h"

#include "admincommands.h"
#include "commandoutput.h"
#include "seedcommand.h"
#include "servecommand.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {

const char *const kUsage = R"(Usage: omniotap-server COMMAND [OPTIONS]

The OmnioTap sync server and its operator commands.

Commands:
  serve [--listen HOST:PORT] [--allow-private-webhooks] [--webhook-retry-schedule S,S,...]
        [--webhook-timeout SECONDS] [--webhook-disable-after SECONDS]
        [--workers N] [--idle-timeout SECONDS] [--demo]
        [--tls-cert FILE --tls-key FILE]
                              Run the REST API (default 127.0.0.1:8080) and deliver webhooks
                              until SIGTERM. --allow-private-webhooks permits webhook targets
                              on loopback and private networks (LANs, tests). The retry
                              schedule lists the delays before each retry (default: about
                              3 days); --webhook-timeout defaults to 15 seconds. An endpoint
                              whose every attempt failed for --webhook-disable-after
                              (default 259200, three days) is disabled.
                              --demo creates a sample tenant on first start and prints a
                              new admin key with a ready curl command. With --tls-cert (PEM
                              certificate, its chain after it) and --tls-key (its unencrypted
                              private key) serve speaks HTTPS.
  tenant create --name NAME [--rate-limit N]
                              Create a tenant (default 60 requests/minute); prints its id.
  tenant list                 List tenants: id, name, rate limit.
  tenant set-rate-limit ID N  Change a tenant's requests per minute (applies from its next window).
  key create --tenant ID --name NAME [--scopes read,write,admin] [--expires-at RFC3339]
                              Create an API key (default scope: read); prints the key once.
  key list --tenant ID        List a tenant's active keys (never the keys themselves).
  key revoke KEY_ID           Revoke a key at once.
  seed --tenant ID [--contacts N] [--customers N] [--leads N] [--opportunities N] [--tickets N]
                              Fill a tenant with generated records (for trials and benchmarks).
  backup --to FILE            Write a consistent copy of the database while the server runs.

Options for every command:
  --data-dir DIR              Where the database lives (default: %1).
  --json                      Print one JSON value instead of text.
  -h, --help                  Show this help.
  -v, --version               Show the version.
)";

QString defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("OMNIOTAP_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/omniotap-server");
}

void addOptions(QCommandLineParser &parser)
{
    const auto value = [&](const char *name, const char *description, const char *valueName) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name),
            QString::fromLatin1(description), QString::fromLatin1(valueName)));
    };
    const auto flag = [&](const QStringList &names, const char *description) {
        parser.addOption(QCommandLineOption(names, QString::fromLatin1(description)));
    };
    value("data-dir", "Data directory.", "DIR");
    value("listen", "Address to listen on.", "HOST:PORT");
    value("webhook-retry-schedule", "Webhook retry delays in seconds.", "LIST");
    value("webhook-timeout", "Seconds to wait for a webhook receiver.", "SECONDS");
    value(
        "webhook-disable-after", "Seconds of failures before an endpoint is disabled.", "SECONDS");
    value("workers", "Worker threads.", "N");
    value("idle-timeout", "Seconds a silent connection is kept.", "SECONDS");
    value("tls-cert", "TLS certificate (PEM, chain after it).", "FILE");
    value("tls-key", "TLS private key (PEM).", "FILE");
    value("name", "Name.", "NAME");
    value("rate-limit", "Requests per minute.", "N");
    value("tenant", "Tenant id.", "ID");
    value("scopes", "Key scopes.", "LIST");
    value("expires-at", "Key expiry.", "TIME");
    value("to", "Backup file.", "FILE");
    for (const char *collection : {"contacts", "customers", "leads", "opportunities", "tickets"})
        value(collection, "Records to generate.", "N");
    flag({QStringLiteral("json")}, "JSON output.");
    flag({QStringLiteral("demo")}, "Demo tenant.");
    flag({QStringLiteral("allow-private-webhooks")}, "Allow webhook targets on private networks.");
    flag({QStringLiteral("h"), QStringLiteral("help")}, "Help.");
    flag({QStringLiteral("v"), QStringLiteral("version")}, "Version.");
}

} // namespace

int ServerCommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(parser);
    if (!parser.parse(arguments))
        return CommandOutput::fail(parser.errorText() + QStringLiteral(" (see --help)"));

    const CommandOutput out(parser.isSet(QStringLiteral("json")));
    if (parser.isSet(QStringLiteral("version"))) {
        out.line(QStringLiteral("omniotap-server " OMNIOTAP_VERSION));
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || args.isEmpty()) {
        out.line(
            QString::fromLatin1(kUsage).arg(QDir::toNativeSeparators(defaultDataDir())).trimmed());
        return args.isEmpty() && !parser.isSet(QStringLiteral("help")) ? 1 : 0;
    }

    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
        ? parser.value(QStringLiteral("data-dir"))
        : defaultDataDir();
    const Database database(QDir(dataDir).filePath(QStringLiteral("omniotap.db")));
    const QString command = args.constFirst();
    try {
        database.initialize(command == QLatin1String("serve") ? Database::Upgrade::Allowed
                                                              : Database::Upgrade::NewOnly);
        const AdminCommands admin(database, parser, out);
        if (command == QLatin1String("serve") && args.size() == 1)
            return ServeCommand::run(database, parser);
        if (command == QLatin1String("tenant"))
            return admin.tenant(args);
        if (command == QLatin1String("key"))
            return admin.key(args);
        if (command == QLatin1String("backup") && args.size() == 1)
            return admin.backup();
        if (command == QLatin1String("seed") && args.size() == 1)
            return SeedCommand::run(database, parser, out);
    } catch (const StorageError &error) {
        return CommandOutput::fail(QStringLiteral("database error in %1: %2")
                                       .arg(dataDir, QString::fromUtf8(error.what())));
    }
    return CommandOutput::fail(
        QStringLiteral("unknown command '%1' (see --help)").arg(args.join(u' ')));
}
