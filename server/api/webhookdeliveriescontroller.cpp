#include "webhookdeliveriescontroller.h"

#include "jsonvalues.h"
#include "pagination.h"
#include "webhookscontroller.h"

#include "http/apierror.h"
#include "http/requestbody.h"

#include "domain/timestamps.h"
#include "storage/webhookattemptlog.h"
#include "storage/webhookoutbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject toJson(const WebhookAttempt &attempt)
{
    return {{QStringLiteral("id"), attempt.id}, {QStringLiteral("eventId"), attempt.eventId},
        {QStringLiteral("eventType"), attempt.eventType},
        {QStringLiteral("attempt"), attempt.attempt},
        {QStringLiteral("statusCode"),
            attempt.statusCode ? QJsonValue(attempt.statusCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("durationMs"), attempt.durationMs},
        {QStringLiteral("error"), JsonValues::textOrNull(attempt.error)},
        {QStringLiteral("nextRetryAt"), JsonValues::textOrNull(attempt.nextRetryAt)},
        {QStringLiteral("createdAt"), attempt.createdAt}};
}

ApiResponse accepted(const QString &eventId)
{
    return ApiResponse::json(202, QJsonObject {{QStringLiteral("eventId"), eventId}});
}

} // namespace

ApiResponse WebhookDeliveriesController::list(RequestContext &context)
{
    context.query.requireOnly({QStringLiteral("page"), QStringLiteral("limit")});
    const Pagination pagination(context.query);
    const WebhookEndpoint endpoint = WebhooksController::endpointOf(context);
    const WebhookAttemptLog log(context.db);
    QJsonArray data;
    for (const WebhookAttempt &attempt :
        log.list(context.tenantId(), endpoint.id, pagination.limit(), pagination.offset()))
        data.append(toJson(attempt));
    return pagination.response(QJsonDocument(data).toJson(QJsonDocument::Compact),
        log.count(context.tenantId(), endpoint.id), context.request.path, context.query);
}

ApiResponse WebhookDeliveriesController::sendTest(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::optionalObject(context.request);
    const WebhookEndpoint endpoint = WebhooksController::endpointOf(context);
    RequestBody::requireNoFields(body);
    return accepted(WebhookOutbox(context.db).enqueueTest(endpoint, Timestamps::now()));
}

ApiResponse WebhookDeliveriesController::redeliver(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::optionalObject(context.request);
    const std::optional<QString> eventId
        = WebhookOutbox(context.db).redeliver(context.tenantId(), context.id);
    if (!eventId)
        throw ApiError::notFound(QStringLiteral("No webhook delivery with id %1.").arg(context.id));
    RequestBody::requireNoFields(body);
    return accepted(*eventId);
}
