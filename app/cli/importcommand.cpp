#include "importcommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "csv/csvreader.h"
#include "csv/recordcsvmapper.h"
#include "storage/localstore.h"

#include "domain/domainerror.h"
#include "domain/ids.h"
#include "storage/transaction.h"

#include <QFile>

namespace {

QStringList describe(int line, const DomainError &error)
{
    QStringList lines;
    for (const FieldError &field : error.errors()) {
        lines << ImportCommand::tr("line %1: %2: %3")
                     .arg(line)
                     .arg(RecordCsvMapper::columnForPointer(field.pointer), field.detail);
    }
    if (lines.isEmpty())
        lines << ImportCommand::tr("line %1: %2").arg(line).arg(error.detail());
    return lines;
}

} // namespace

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
    const qsizetype idColumn = header.indexOf(QStringLiteral("id"));

    LocalStore store(parser.profile().cacheFilePath());
    store.open();

    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList problems;
    int badRows = 0;
    Transaction transaction(store.db());
    for (const CsvRow &row : std::as_const(rows)) {
        if (row.cells.size() != header.size()) {
            ++badRows;
            problems << tr("line %1: %2 cells, but the header has %3")
                            .arg(row.line)
                            .arg(row.cells.size())
                            .arg(header.size());
            continue;
        }
        const QString idText = idColumn >= 0 ? row.cells.at(idColumn).trimmed() : QString();
        const QString id = Ids::normalized(idText);
        // Validation errors are raised before anything is written, so after a bad row the
        // transaction is still sound and the other rows can be checked too.
        try {
            if (!id.isEmpty() && store.find(spec, id)) {
                const LocalStore::UpdateResult result
                    = store.update(spec, id, mapper.body(header, row.cells, true));
                ++(result.changed ? updated : unchanged);
            } else {
                QJsonObject body = mapper.body(header, row.cells, false);
                if (!idText.isEmpty())
                    body.insert(QStringLiteral("id"), idText);
                store.create(spec, body);
                ++created;
            }
        } catch (const DomainError &domainError) {
            ++badRows;
            problems << describe(row.line, domainError);
        }
        if (badRows > MaxReportedErrors)
            break;
    }
    if (badRows > 0) {
        Console::errLine(
            tr("%1: nothing was imported; %n bad row(s):", nullptr, badRows).arg(path));
        for (const QString &problem : std::as_const(problems))
            Console::errLine(QStringLiteral("  ") + problem);
        if (badRows > MaxReportedErrors)
            Console::errLine(tr("  (stopped after %1 bad rows)").arg(MaxReportedErrors));
        return 1;
    }
    transaction.commit();
    Console::outLine(tr("Imported %1: %2 created, %3 updated, %4 unchanged.")
                         .arg(path)
                         .arg(created)
                         .arg(updated)
                         .arg(unchanged));
    return 0;
}
