#pragma once

#include <QIODevice>

#include <functional>

class LocalStore;
struct CollectionSpec;

// Writes every record of a collection in the local cache as CSV (RecordCsvMapper's columns),
// a page at a time in the API's default order, so a large collection never sits in memory
// whole. Used by `omniotap export --format csv` and File > Export CSV.
class CsvExporter
{
public:
    static constexpr int PageSize = 1000;

    // progress(done, total) after each page; returning false stops (false is returned).
    // false also when writing fails. Throws StorageError when the cache fails.
    static bool write(const LocalStore &store, const CollectionSpec &spec, QIODevice &out,
        const std::function<bool(qint64 done, qint64 total)> &progress = {});
};
