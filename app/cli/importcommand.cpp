#include "importcommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "csv/csvimporter.h"
#include "csv/csvreader.h"
#include "csv/recordcsvmapper.h"
#include "storage/localstore.h"

#include <QFile>

int ImportCommand::run(const QStringList &args)
{
    CommandParser parser(QStringLiteral("import --profile DIR --collection C FILE.csv"),
        tr("Creates and updates records in the local cache from a CSV file (header row = API "
           "field names). Nothing is imported when any row is bad."));
    parser.addCollectionOption();
    parser.addPositional(QStringLiteral("FILE.csv"), tr("The CSV file (RFC 4180, UTF-8)."));
    if (!parser.parse(args, 1))
        return 0;
    const CollectionSpec &spec = parser.collection();
    const QString path = parser.positionalArguments().constFirst();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CommandError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QList<CsvRow> rows;
    QString error;
    if (!CsvReader::parse(file.readAll(), &rows, &error))
        throw CommandError(tr("%1: %2; nothing was imported.").arg(path, error));
    if (rows.isEmpty())
        throw CommandError(tr("%1: the file is empty; it needs a header row.").arg(path));

    QStringList header = rows.takeFirst().cells;
    for (QString &column : header)
        column = column.trimmed();
    const RecordCsvMapper mapper(spec);
    if (!mapper.checkHeader(header, &error))
        throw CommandError(tr("%1: %2; nothing was imported.").arg(path, error));
    LocalStore store(parser.profile().cacheFilePath());
    store.open();
    const CsvImporter::Result result = CsvImporter(store, spec).import(header, rows);
    if (!result.imported()) {
        Console::errLine(
            tr("%1: nothing was imported; %n bad row(s):", nullptr, result.badRows).arg(path));
        for (const QString &problem : result.problems)
            Console::errLine(QStringLiteral("  ") + problem);
        if (result.stoppedEarly)
            Console::errLine(
                tr("  (stopped after %1 bad rows)").arg(CsvImporter::MaxReportedErrors));
        return 1;
    }
    Console::outLine(tr("Imported %1: %2 created, %3 updated, %4 unchanged.")
                         .arg(path)
                         .arg(result.created)
                         .arg(result.updated)
                         .arg(result.unchanged));
    return 0;
}
