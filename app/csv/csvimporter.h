#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class LocalStore;
struct CollectionSpec;

// Imports the rows of a CSV file into one collection of the local cache, all or nothing: a
// row whose `id` names an existing record updates the columns the file has (an empty cell
// clears), the other rows create records (empty cells left out). Every row is checked; when
// any is bad (wrong number of cells, or the API's validation), nothing is imported and the
// bad rows are reported with their line numbers. Used by `omniotap import` and the window.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    static constexpr int MaxReportedErrors = 20;

    struct Result
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int badRows = 0;
        QStringList problems; // "line 7: email: must look like an address"
        bool stoppedEarly = false; // more than MaxReportedErrors bad rows
        bool cancelled = false; // progress() said stop
        bool imported() const { return badRows == 0 && !cancelled; }
    };

    CsvImporter(const LocalStore &store, const CollectionSpec &spec);

    // header: the rows' columns as API names (checked with RecordCsvMapper::checkHeader).
    // progress(done, total) is called every few hundred rows; returning false cancels.
    // Throws StorageError when the cache fails.
    Result import(const QStringList &header, const QList<CsvRow> &rows,
        const std::function<bool(int done, int total)> &progress = {}) const;

private:
    const LocalStore &m_store;
    const CollectionSpec &m_spec;
};
