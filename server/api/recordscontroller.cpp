#include "recordscontroller.h"

#include "listqueryparser.h"
#include "pagination.h"

#include "http/apierror.h"
#include "http/requestbody.h"

#include "domain/ids.h"
#include "storage/recordrepository.h"
#include "storage/recordstore.h"

ApiResponse RecordsController::list(RequestContext &context)
{
    const ListQuery query = ListQueryParser::parse(*context.collection, context.query);
    return Pagination(context.query)
        .response(
            qsizetype(query.limit) * ListPage::kBytesPerRecord,
            [&](JsonWriter &items) {
                return RecordStore(context.db)
                    .list(*context.collection, context.tenantId(), query, items)
                    .total;
            },
            context.request.path, context.query);
}

void RecordsController::prepareCreate(RequestContext &context)
{
    try {
        context.prepared
            = RecordStore::prepareCreate(*context.collection, RequestBody::object(context.request));
    } catch (...) {
        context.prepared = std::current_exception(); // reported by create(), in its turn
    }
}

ApiResponse RecordsController::create(RequestContext &context)
{
    context.query.requireOnly({});
    if (!context.prepared.has_value())
        prepareCreate(context);
    if (const auto *error = std::any_cast<std::exception_ptr>(&context.prepared))
        std::rethrow_exception(*error);
    const QJsonObject record
        = RecordStore(context.db)
              .create(*context.collection, context.tenantId(),
                  std::any_cast<const RecordStore::PreparedCreate &>(context.prepared));
    ApiResponse response = recordResponse(201, record);
    response.setHeader("Location",
        QStringLiteral("/api/v1/%1/%2")
            .arg(context.collection->name, record.value(QStringLiteral("id")).toString())
            .toUtf8());
    return response;
}

ApiResponse RecordsController::get(RequestContext &context)
{
    context.query.requireOnly({});
    const QString &id = context.id; // a lower-case UUID (the router only matches those)
    qint64 version = 0;
    const auto json = RecordRepository(context.db, *context.collection)
                          .findLiveJson(context.tenantId(), id, &version);
    if (!json)
        throw ApiError::notFound(
            QStringLiteral("No %1 with id %2.").arg(context.collection->entityType, id));
    ApiResponse response = ApiResponse::jsonText(200, *json);
    response.setHeader("ETag", '"' + QByteArray::number(version) + '"');
    return response;
}

ApiResponse RecordsController::patch(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::object(context.request);
    const QString &id = context.id; // a lower-case UUID (the router only matches those)
    const auto result
        = RecordStore(context.db)
              .update(*context.collection, context.tenantId(), id, body, ifMatchVersions(context));
    return recordResponse(200, result.record);
}

ApiResponse RecordsController::remove(RequestContext &context)
{
    context.query.requireOnly({});
    const QString &id = context.id; // a lower-case UUID (the router only matches those)
    RecordStore(context.db)
        .remove(*context.collection, context.tenantId(), id, ifMatchVersions(context));
    return ApiResponse::empty(204);
}

ApiResponse RecordsController::recordResponse(int status, const QJsonObject &record)
{
    ApiResponse response = ApiResponse::json(status, record);
    response.setHeader("ETag",
        '"' + QByteArray::number(record.value(QStringLiteral("version")).toInteger()) + '"');
    return response;
}

RecordStore::VersionCondition RecordsController::ifMatchVersions(const RequestContext &context)
{
    const QByteArray header = context.request.header("if-match").trimmed();
    if (header.isEmpty() || header == "*")
        return std::nullopt;
    // If-Match compares strongly (RFC 9110): weak tags and tags we never issued match nothing.
    QList<qint64> versions;
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag.size() < 3 || !tag.startsWith('"') || !tag.endsWith('"'))
            continue;
        bool ok = false;
        const qint64 version = tag.mid(1, tag.size() - 2).toLongLong(&ok);
        if (ok)
            versions << version;
    }
    return versions;
}
