#pragma once

#include <QObject>

// SearchSegmentLevels on a real FTS5 trigram index: an index written in one transaction is a
// single level-0 segment; moved to a high level, it stays whole while many small writes follow
// (they merge among themselves), FTS5's integrity check passes and searches find old and new
// rows. A structure with several levels is left alone.
class TestSearchSegmentLevels : public QObject
{
    Q_OBJECT
private slots:
    void bulkSegmentStaysWholeUnderSmallWrites();
    void leavesMultiLevelStructuresAlone();
};
