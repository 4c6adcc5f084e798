#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

// A validated list request for one collection (field names, not columns).
struct ListQuery
{
    int page = 1;
    int limit = 50;
    QString search;
    QList<QPair<QString, QString>> filters; // field name -> exact value
    QList<QPair<QString, bool>> sort; // field name -> descending
    QString updatedSince; // canonical timestamp, empty for none
    // Stop counting matches here (0: count them all). For callers that show "10,000+" rather
    // than wait for an exact count of a broad search over a large collection.
    qint64 countLimit = 0;
    // With a search of three characters or more and no sort: the matches in the order they
    // were stored (not createdAt), which the search index yields directly, so a broad search
    // over a large collection stops after one page instead of sorting every match.
    bool storageOrder = false;
};

struct ListPage
{
    // Room to reserve per record when writing a page's JSON (most records take about 300).
    static constexpr qsizetype kBytesPerRecord = 400;

    QByteArray json; // the page's records as a JSON array, ready to send
    qint64 total = 0;
    bool totalIsLowerBound = false; // the count stopped at ListQuery::countLimit

    QJsonArray records() const;
};
