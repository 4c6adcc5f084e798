#include "conflictscommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "storage/conflictstore.h"
#include "storage/localstore.h"
#include "sync/conflictresolver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("(none)");
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

int ConflictsCommand::run(const QStringList &args)
{
    if (args.value(1) == QLatin1String("resolve"))
        return resolve(args.mid(1));
    return list(args);
}

int ConflictsCommand::resolve(const QStringList &args)
{
    CommandParser parser(QStringLiteral("conflicts resolve --profile DIR ID --keep local|server"),
        tr("Settles the conflict of the record ID: keep the local version (your edits win where "
           "both sides changed a field; the server's other changes are kept) or the server's "
           "(your changes of the record are dropped). The next sync sends the result."));
    parser.addPositional(QStringLiteral("ID"), tr("The record's id, as omniotap conflicts shows."));
    parser.addOption({QStringLiteral("keep"), tr("local or server."), QStringLiteral("SIDE")});
    if (!parser.parse(args, 1))
        return 0;
    const QString side = parser.value(QStringLiteral("keep"));
    if (side != QLatin1String("local") && side != QLatin1String("server"))
        throw CommandError(tr("--keep must be local or server."));
    const QString id = parser.positionalArguments().constFirst();

    LocalStore store(parser.profile().cacheFilePath());
    store.open();
    const ConflictResolver::Keep keep = side == QLatin1String("local")
        ? ConflictResolver::Keep::Local
        : ConflictResolver::Keep::Server;
    const QString after = ConflictResolver(store).resolve(id, keep);
    if (after.isEmpty())
        Console::outLine(tr("Resolved %1: the record is deleted.").arg(id));
    else if (after != id)
        Console::outLine(
            tr("Resolved %1: the record was deleted on the server, so your version is created "
               "again as %2.")
                .arg(id, after));
    else
        Console::outLine(
            tr("Resolved %1, keeping the %2 version.")
                .arg(id, keep == ConflictResolver::Keep::Local ? tr("local") : tr("server's")));
    return 0;
}

int ConflictsCommand::list(const QStringList &args)
{
    CommandParser parser(QStringLiteral("conflicts --profile DIR [--json]"),
        tr("Lists the records whose local changes conflict with the server's version or were "
           "refused by the server. Settle each with omniotap conflicts resolve."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
    if (!parser.parse(args, 0))
        return 0;

    LocalStore store(parser.profile().cacheFilePath());
    store.open();
    const QList<LocalConflict> conflicts = ConflictStore(store.db()).all();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const LocalConflict &conflict : conflicts)
            array.append(conflict.toJson());
        Console::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (conflicts.isEmpty()) {
        Console::outLine(tr("No conflicts."));
        return 0;
    }
    for (const LocalConflict &conflict : conflicts) {
        const QJsonObject json = conflict.toJson();
        QString state;
        if (!conflict.rejected.isEmpty())
            state = tr(" (refused by the server: %1)").arg(conflict.rejected);
        else if (conflict.serverDeleted)
            state = tr(" (deleted on the server)");
        else if (conflict.localDeleted)
            state = tr(" (deleted here, changed on the server)");
        Console::outLine(tr("%1 %2%3").arg(conflict.collection, conflict.recordId, state));
        for (const QJsonValue &field : json.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = field.toObject();
            Console::outLine(tr("  %1: local %2, server %3, was %4")
                                 .arg(f.value(QStringLiteral("field")).toString(),
                                     shown(f.value(QStringLiteral("local"))),
                                     shown(f.value(QStringLiteral("server"))),
                                     shown(f.value(QStringLiteral("base")))));
        }
    }
    return 0;
}
