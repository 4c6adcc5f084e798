#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

// The opportunity pipeline at a glance: per stage, how many opportunities and how much money
// (per currency, in minor units as stored), over the whole cache rather than the cards shown.
class PipelineSummary
{
public:
    struct Stage
    {
        qint64 count = 0;
        QMap<QString, qint64> amountMinor; // currency -> sum of amounts in minor units
    };

    // stage name -> totals; stages without opportunities are absent.
    static QMap<QString, Stage> read(const QSqlDatabase &db, const QString &tenantId);
};
