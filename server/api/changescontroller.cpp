#include "changescontroller.h"

#include "http/apierror.h"

#include "domain/jsonwriter.h"
#include "storage/changelog.h"

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
    qint64 next = since;
    const QByteArray data
        = ChangeLog(context.db).readJson(context.tenantId(), since, limit, &next, &hasMore);
    JsonWriter writer(data.size() + 64);
    writer.beginObject();
    writer.key(QLatin1StringView("data"));
    writer.raw(data);
    writer.key(QLatin1StringView("hasMore"));
    writer.boolean(hasMore);
    writer.key(QLatin1StringView("nextCursor"));
    writer.string(QString::number(next));
    writer.endObject();
    return ApiResponse::jsonText(200, writer.take());
}
