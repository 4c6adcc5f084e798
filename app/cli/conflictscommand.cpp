#include "conflictscommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "storage/conflictstore.h"
#include "storage/localstore.h"

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
    CommandParser parser(QStringLiteral("conflicts --profile DIR [--json]"),
        tr("Lists the records whose local edit conflicts with the server's version."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
    if (args.value(1) == QLatin1String("resolve"))
        throw CommandError(tr("conflicts resolve is not available yet in this version."));
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
        Console::outLine(tr("%1 %2%3").arg(conflict.collection, conflict.recordId,
            conflict.serverDeleted ? tr(" (deleted on the server)") : QString()));
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
