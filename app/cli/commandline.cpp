#include "commandline.h"

#include "commanderror.h"
#include "conflictscommand.h"
#include "connectcommand.h"
#include "console.h"
#include "deletecommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "synccommand.h"

#include "domain/domainerror.h"
#include "storage/storageerror.h"

#include <functional>
#include <map>

QString CommandLine::usage()
{
    return tr("Usage: omniotap COMMAND [options]   (omniotap COMMAND --help for its options)\n"
              "\n"
              "Commands:\n"
              "  connect --profile DIR --server URL        check an API key (from "
              "OMNIOTAP_API_KEY,\n"
              "                                            else stdin) and store it in the "
              "keychain\n"
              "  sync --profile DIR [--json]               pull the server's changes, push the "
              "local ones\n"
              "  import --profile DIR --collection C FILE.csv\n"
              "  export --profile DIR --collection C [--format csv|json] [-o FILE]\n"
              "  delete --profile DIR --collection C ID\n"
              "  conflicts --profile DIR [--json]\n"
              "  conflicts resolve --profile DIR ID --keep local|server\n"
              "\n"
              "Options:\n"
              "  -h, --help      show this help\n"
              "  -v, --version   show the version\n"
              "\n"
              "Without a command, omniotap opens its window on the profile given with\n"
              "--profile DIR (default: the platform's app data folder).\n");
}

namespace {

const std::map<QString, std::function<int(const QStringList &)>> &commands()
{
    static const std::map<QString, std::function<int(const QStringList &)>> all = {
        {QStringLiteral("connect"), ConnectCommand::run},
        {QStringLiteral("import"), ImportCommand::run},
        {QStringLiteral("export"), ExportCommand::run},
        {QStringLiteral("delete"), DeleteCommand::run},
        {QStringLiteral("conflicts"), ConflictsCommand::run},
        {QStringLiteral("sync"), SyncCommand::run},
    };
    return all;
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    // The window takes no arguments but --profile DIR; anything else is for the command line
    // (which explains what it does not know).
    const QString first = arguments.value(1);
    if (first.isEmpty())
        return false;
    return first != QLatin1String("--profile") && !first.startsWith(QLatin1String("--profile="));
}

int CommandLine::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    const QString first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        Console::out(usage().toUtf8());
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Console::outLine(QStringLiteral("omniotap %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const auto command = commands().find(first);
    if (command == commands().end()) {
        Console::errLine(
            first.isEmpty() ? tr("No command given.") : tr("Unknown command \"%1\".").arg(first));
        Console::errLine(usage());
        return 1;
    }

    try {
        return command->second(args);
    } catch (const CommandError &error) {
        Console::errLine(error.message());
    } catch (const DomainError &error) {
        Console::errLine(error.detail());
        for (const FieldError &field : error.errors())
            Console::errLine(QStringLiteral("  %1: %2").arg(field.pointer, field.detail));
    } catch (const StorageError &error) {
        Console::errLine(tr("The local cache failed: %1").arg(QString::fromUtf8(error.what())));
    }
    return 1;
}
