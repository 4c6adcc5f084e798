#include "recordscontroller.h"

#include "listqueryparser.h"
#include "pagination.h"

#include "http/apierror.h"
#include "http/requestbody.h"

#include "domain/ids.h"
#include "storage/recordstore.h"

ApiResponse RecordsController::list(RequestContext &context)
{
    const ListQuery query = ListQueryParser::parse(*context.collection, context.query);
    const ListPage page = RecordStore(context.db).list(*context.collection, context.tenantId(), query);
    return Pagination(context.query).response(page.data, page.total, context.request.path, context.query);
}

ApiResponse RecordsController::create(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::object(context.request);
    const QJsonObject record = RecordStore(context.db).create(*context.collection, context.tenantId(), body);
    ApiResponse response = recordResponse(201, record);
    response.setHeader("Location", QStringLiteral("/api/v1/%1/%2")
                                       .arg(context.collection->name, record.value(QStringLiteral("id")).toString())
                                       .toUtf8());
    return response;
}

ApiResponse RecordsController::get(RequestContext &context)
{
    context.query.requireOnly({});
    const QString id = requireRecordId(context);
    const auto record = RecordStore(context.db).get(*context.collection, context.tenantId(), id);
    if (!record)
        throw ApiError::notFound(QStringLiteral("No %1 with id %2.").arg(context.collection->entityType, id));
    return recordResponse(200, *record);
}

ApiResponse RecordsController::patch(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::object(context.request);
    const QString id = requireRecordId(context);
    const auto result = RecordStore(context.db).update(*context.collection, context.tenantId(), id, body,
                                                       ifMatchVersion(context));
    return recordResponse(200, result.record);
}

ApiResponse RecordsController::remove(RequestContext &context)
{
    context.query.requireOnly({});
    const QString id = requireRecordId(context);
    RecordStore(context.db).remove(*context.collection, context.tenantId(), id, ifMatchVersion(context));
    return ApiResponse::empty(204);
}

ApiResponse RecordsController::recordResponse(int status, const QJsonObject &record)
{
    ApiResponse response = ApiResponse::json(status, record);
    response.setHeader("ETag", '"' + QByteArray::number(record.value(QStringLiteral("version")).toInteger()) + '"');
    return response;
}

QString RecordsController::requireRecordId(const RequestContext &context)
{
    const QString id = Ids::normalized(context.id);
    if (id.isEmpty()) {
        throw ApiError::notFound(QStringLiteral("No %1 with id %2.")
                                     .arg(context.collection->entityType, context.id.left(64)));
    }
    return id;
}

std::optional<qint64> RecordsController::ifMatchVersion(const RequestContext &context)
{
    const QByteArray header = context.request.header("if-match").trimmed();
    if (header.isEmpty() || header == "*")
        return std::nullopt;
    // The first entity tag counts (weak or strong: versions are exact either way); one that is
    // not a version we issued can never match, so the request fails with 412.
    qint64 firstVersion = -1;
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
            tag = tag.mid(1, tag.size() - 2);
        bool ok = false;
        const qint64 version = tag.toLongLong(&ok);
        firstVersion = ok ? version : -1;
        break;
    }
    return firstVersion;
}
