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
};

struct ListPage
{
    QByteArray json; // the page's records as a JSON array, ready to send
    qint64 total = 0;

    QJsonArray records() const;
};
