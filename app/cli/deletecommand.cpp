#include "deletecommand.h"

#include "commandparser.h"
#include "console.h"

#include "domain/ids.h"
#include "storage/localstore.h"

int DeleteCommand::run(const QStringList &args)
{
    CommandParser parser(QStringLiteral("delete --profile DIR --collection C ID"),
        tr("Deletes a record locally; the next sync deletes it on the server."));
    parser.addCollectionOption();
    parser.addPositional(QStringLiteral("ID"), tr("The record's id."));
    if (!parser.parse(args, 1))
        return 0;
    const CollectionSpec &spec = parser.collection();
    const QString given = parser.positionalArguments().constFirst();
    const QString normalized = Ids::normalized(given);

    LocalStore store(parser.profile().cacheFilePath());
    store.open();
    // An id that is not a UUID names no record: RecordStore says so in the API's words.
    store.remove(spec, normalized.isEmpty() ? given : normalized);
    Console::outLine(tr("Deleted %1 %2; the deletion waits for the next sync.")
                         .arg(spec.entityType, normalized.isEmpty() ? given : normalized));
    return 0;
}
