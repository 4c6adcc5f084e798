#include "searchsegmentlevels.h"

#include "database.h"

#include <QVariant>

namespace {

// FTS5's structure record id, and its level limit (fts5Int.h).
const int kStructureRowId = 10;
const int kMaxLevel = 64;

struct Segment
{
    quint64 id = 0;
    quint64 firstPage = 0;
    quint64 lastPage = 0;
};

struct Level
{
    quint64 merge = 0; // segments of this level taking part in an incremental merge
    QList<Segment> segments;
};

struct Structure
{
    QByteArray cookie; // 4 bytes: FTS5's configuration cookie, written back unchanged
    quint64 writeCounter = 0;
    QList<Level> levels;
};

// SQLite's varint: big-endian groups of 7 bits, high bit set on all but the last; a ninth
// byte carries 8 bits.
bool readVarint(const QByteArray &bytes, qsizetype &at, quint64 &value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (at >= bytes.size())
            return false;
        const quint8 byte = quint8(bytes.at(at++));
        if (i == 8) {
            value = (value << 8) | byte;
            return true;
        }
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

// Values up to 56 bits (eight bytes); larger ones never occur in a structure record, and
// serialize() refuses them rather than write them wrongly.
const quint64 kMaxVarint = 0x00ffffffffffffffULL;

void writeVarint(QByteArray &bytes, quint64 value)
{
    char groups[9];
    int count = 0;
    do {
        groups[count++] = char(value & 0x7f);
        value >>= 7;
    } while (value != 0);
    while (count > 0) {
        char group = groups[--count];
        if (count > 0)
            group = char(group | 0x80);
        bytes.append(group);
    }
}

std::optional<Structure> parse(const QByteArray &bytes)
{
    // A later format starts with a marker after the cookie; this code reads only the first.
    if (bytes.size() < 8 || bytes.mid(4, 4) == QByteArray("\xff\x00\x00\x01", 4))
        return std::nullopt;
    Structure structure;
    structure.cookie = bytes.left(4);
    qsizetype at = 4;
    quint64 levelCount = 0;
    quint64 segmentCount = 0;
    if (!readVarint(bytes, at, levelCount) || !readVarint(bytes, at, segmentCount)
        || !readVarint(bytes, at, structure.writeCounter) || levelCount > kMaxLevel)
        return std::nullopt;
    quint64 seen = 0;
    for (quint64 l = 0; l < levelCount; ++l) {
        Level level;
        quint64 count = 0;
        if (!readVarint(bytes, at, level.merge) || !readVarint(bytes, at, count)
            || count > segmentCount)
            return std::nullopt;
        for (quint64 s = 0; s < count; ++s) {
            Segment segment;
            if (!readVarint(bytes, at, segment.id) || !readVarint(bytes, at, segment.firstPage)
                || !readVarint(bytes, at, segment.lastPage))
                return std::nullopt;
            level.segments << segment;
        }
        seen += count;
        structure.levels << level;
    }
    if (at != bytes.size() || seen != segmentCount)
        return std::nullopt;
    return structure;
}

// Empty when a value is out of range.
QByteArray serialize(const Structure &structure)
{
    if (structure.writeCounter > kMaxVarint)
        return {};
    for (const Level &level : structure.levels) {
        for (const Segment &segment : level.segments) {
            if (segment.id > kMaxVarint || segment.firstPage > kMaxVarint
                || segment.lastPage > kMaxVarint)
                return {};
        }
    }
    QByteArray bytes = structure.cookie;
    qsizetype segments = 0;
    for (const Level &level : structure.levels)
        segments += level.segments.size();
    writeVarint(bytes, quint64(structure.levels.size()));
    writeVarint(bytes, quint64(segments));
    writeVarint(bytes, structure.writeCounter);
    for (const Level &level : structure.levels) {
        writeVarint(bytes, level.merge);
        writeVarint(bytes, quint64(level.segments.size()));
        for (const Segment &segment : level.segments) {
            writeVarint(bytes, segment.id);
            writeVarint(bytes, segment.firstPage);
            writeVarint(bytes, segment.lastPage);
        }
    }
    return bytes;
}

std::optional<Structure> load(const QSqlDatabase &db, const QString &table)
{
    SqlStatement row = Database::exec(
        db, QStringLiteral("SELECT block FROM %1_data WHERE id = ?").arg(table), {kStructureRowId});
    if (!row.next())
        return std::nullopt;
    return parse(row.value(0).toByteArray());
}

} // namespace

std::optional<QList<int>> SearchSegmentLevels::read(const QSqlDatabase &db, const QString &table)
{
    const std::optional<Structure> structure = load(db, table);
    if (!structure)
        return std::nullopt;
    QList<int> counts;
    for (const Level &level : structure->levels)
        counts << int(level.segments.size());
    return counts;
}

bool SearchSegmentLevels::moveAllTo(const QSqlDatabase &db, const QString &table, int level)
{
    std::optional<Structure> structure = load(db, table);
    if (!structure || structure->levels.size() != 1 || level < 1 || level >= kMaxLevel
        || structure->levels.constFirst().merge != 0)
        return false;
    const Level filed = structure->levels.constFirst();
    structure->levels = QList<Level>(level + 1);
    structure->levels[level].segments = filed.segments;
    // Other connections notice the change through SQLite's data version, as for FTS5's own.
    const QByteArray bytes = serialize(*structure);
    if (bytes.isEmpty())
        return false;
    Database::exec(db, QStringLiteral("UPDATE %1_data SET block = ? WHERE id = ?").arg(table),
        {bytes, kStructureRowId});
    return true;
}
