#include "exportcommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "csv/csvexporter.h"
#include "storage/localstore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

int ExportCommand::run(const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("export --profile DIR --collection C [--format csv|json] [-o FILE]"),
        tr("Writes the records of a collection in the local cache as JSON or CSV."));
    parser.addCollectionOption();
    parser.addOption({QStringLiteral("format"), tr("json (default) or csv."), QStringLiteral("F"),
        QStringLiteral("json")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to FILE instead of standard output."), QStringLiteral("FILE")});
    if (!parser.parse(args, 0))
        return 0;
    const CollectionSpec &spec = parser.collection();
    const QString format = parser.value(QStringLiteral("format"));
    const bool csv = format == QLatin1String("csv");
    if (!csv && format != QLatin1String("json"))
        throw CommandError(tr("Unknown format \"%1\": use csv or json.").arg(format));

    LocalStore store(parser.profile().cacheFilePath());
    store.open();

    QByteArray output;
    if (csv) {
        QBuffer buffer(&output);
        buffer.open(QIODevice::WriteOnly);
        CsvExporter::write(store, spec, buffer);
    } else {
        // Page by page in the API's default order (createdAt, then id), as a client reads it.
        QJsonArray records;
        ListQuery query;
        query.limit = CsvExporter::PageSize;
        for (query.page = 1;; ++query.page) {
            const QJsonArray page = store.list(spec, query).records();
            for (const QJsonValue &record : page)
                records.append(record);
            if (page.size() < query.limit)
                break;
        }
        output = QJsonDocument(records).toJson(QJsonDocument::Indented);
    }

    const QString file = parser.value(QStringLiteral("output"));
    if (file.isEmpty() || file == QLatin1String("-")) {
        Console::out(output);
        return 0;
    }
    QSaveFile saveFile(file);
    if (!saveFile.open(QIODevice::WriteOnly) || saveFile.write(output) != output.size()
        || !saveFile.commit())
        throw CommandError(tr("Cannot write %1: %2").arg(file, saveFile.errorString()));
    return 0;
}
