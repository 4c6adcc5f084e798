#include "csvimporter.h"

#include "recordcsvmapper.h"

#include "storage/localstore.h"

#include "domain/domainerror.h"
#include "domain/ids.h"
#include "storage/transaction.h"

namespace {

constexpr int kProgressEvery = 250;

QStringList describe(int line, const DomainError &error)
{
    QStringList lines;
    for (const FieldError &field : error.errors()) {
        lines << CsvImporter::tr("line %1: %2: %3")
                     .arg(line)
                     .arg(RecordCsvMapper::columnForPointer(field.pointer), field.detail);
    }
    if (lines.isEmpty())
        lines << CsvImporter::tr("line %1: %2").arg(line).arg(error.detail());
    return lines;
}

} // namespace

CsvImporter::CsvImporter(const LocalStore &store, const CollectionSpec &spec)
    : m_store(store)
    , m_spec(spec)
{ }

CsvImporter::Result CsvImporter::import(const QStringList &header, const QList<CsvRow> &rows,
    const std::function<bool(int, int)> &progress) const
{
    const RecordCsvMapper mapper(m_spec);
    const qsizetype idColumn = header.indexOf(QStringLiteral("id"));
    Result result;
    Transaction transaction(m_store.db());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CsvRow &row = rows.at(i);
        if (progress && i % kProgressEvery == 0 && !progress(int(i), int(rows.size()))) {
            result.cancelled = true;
            return result; // the transaction rolls back
        }
        if (row.cells.size() != header.size()) {
            ++result.badRows;
            result.problems << tr("line %1: %2 cells, but the header has %3")
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
            if (!id.isEmpty() && m_store.find(m_spec, id)) {
                const LocalStore::UpdateResult updated
                    = m_store.update(m_spec, id, mapper.body(header, row.cells, true));
                ++(updated.changed ? result.updated : result.unchanged);
            } else {
                QJsonObject body = mapper.body(header, row.cells, false);
                if (!idText.isEmpty())
                    body.insert(QStringLiteral("id"), idText);
                m_store.create(m_spec, body);
                ++result.created;
            }
        } catch (const DomainError &error) {
            ++result.badRows;
            result.problems << describe(row.line, error);
        }
        if (result.badRows > MaxReportedErrors) {
            result.stoppedEarly = true;
            break;
        }
    }
    if (progress)
        progress(int(rows.size()), int(rows.size()));
    if (result.badRows == 0)
        transaction.commit();
    return result;
}
