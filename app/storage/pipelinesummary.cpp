#include "pipelinesummary.h"

#include "storage/database.h"

QMap<QString, PipelineSummary::Stage> PipelineSummary::read(
    const QSqlDatabase &db, const QString &tenantId)
{
    // The stage index (tenant_id, stage, ...) over live rows serves the grouping.
    SqlStatement query = Database::exec(db,
        QStringLiteral("SELECT stage, currency, count(*), total(amount) FROM opportunities "
                       "WHERE tenant_id = ? AND deleted_at IS NULL GROUP BY stage, currency"),
        {tenantId});
    QMap<QString, Stage> stages;
    while (query.next()) {
        Stage &stage = stages[query.value(0).toString()];
        stage.count += query.value(2).toLongLong();
        stage.amountMinor[query.value(1).toString()] += qint64(query.value(3).toDouble());
    }
    return stages;
}
