#include "csvexporter.h"

#include "csvwriter.h"
#include "recordcsvmapper.h"

#include "storage/localstore.h"

#include <QJsonArray>

bool CsvExporter::write(const LocalStore &store, const CollectionSpec &spec, QIODevice &out,
    const std::function<bool(qint64, qint64)> &progress)
{
    const RecordCsvMapper mapper(spec);
    const QByteArray header = CsvWriter::row(mapper.columns());
    if (out.write(header) != header.size())
        return false;
    ListQuery query;
    query.limit = PageSize;
    qint64 done = 0;
    for (query.page = 1;; ++query.page) {
        const ListPage page = store.list(spec, query);
        const QJsonArray records = page.records();
        QByteArray chunk;
        for (const QJsonValue &record : records)
            chunk += CsvWriter::row(mapper.cells(record.toObject()));
        if (out.write(chunk) != chunk.size())
            return false;
        done += records.size();
        if (progress && !progress(done, page.total))
            return false;
        if (records.size() < query.limit)
            return true;
    }
}
