#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The level of each segment of an FTS5 index, read from and written to FTS5's structure record
// (row 10 of the index's %_data table, format of SQLite 3.40).
//
// Why: an index built in one go (seeding) is one huge segment, and FTS5 files it at level 0.
// FTS5 merges a level once it holds 16 segments, so the 16th small write after seeding merged
// the huge segment too, rewriting the whole index in one transaction (seconds per step, over
// and over as it climbed the levels). Filed at a high level, as an index grown by small writes
// would have it, the small segments merge among themselves and leave it alone.
//
// Only the structure record is touched, and only when it is in the one format this code knows;
// anything else is left as FTS5 wrote it.
class SearchSegmentLevels
{
public:
    // Segment counts per level, lowest first; std::nullopt when the record is not readable.
    static std::optional<QList<int>> read(const QSqlDatabase &db, const QString &table);
    // Moves every segment of a single-level structure to level; false (and nothing changed)
    // otherwise. Call inside the transaction that wrote the index.
    static bool moveAllTo(const QSqlDatabase &db, const QString &table, int level);
};
