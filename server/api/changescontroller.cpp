#include "changescontroller.h"

#include "http/apierror.h"

#include "storage/changelog.h"

#include <QJsonArray>
#include <QRegularExpression>

ApiResponse ChangesController::list(RequestContext &context)
{
    context.query.requireOnly({QStringLiteral("since"), QStringLiteral("limit")});
    const int limit = context.query.integer(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);

    qint64 since = 0;
    if (context.query.has(QStringLiteral("since"))) {
        static const QRegularExpression cursor(QStringLiteral("^[0-9]{1,19}\\z"));
        const QString text = context.query.value(QStringLiteral("since"));
        bool inRange = false;
        since = text.toLongLong(&inRange);
        if (!cursor.match(text).hasMatch() || !inRange)
            throw ApiError::badQuery(QStringLiteral("since"),
                QStringLiteral("must be a cursor returned as nextCursor (a non-negative integer)"));
    }

    bool hasMore = false;
    const QList<ChangeEntry> entries
        = ChangeLog(context.db).read(context.tenantId(), since, limit, &hasMore);
    QJsonArray data;
    for (const ChangeEntry &entry : entries)
        data.append(entry.toJson());
    const qint64 next = entries.isEmpty() ? since : entries.constLast().seq;
    return ApiResponse::json(200,
        QJsonObject {{QStringLiteral("data"), data},
            {QStringLiteral("nextCursor"), QString::number(next)},
            {QStringLiteral("hasMore"), hasMore}});
}
