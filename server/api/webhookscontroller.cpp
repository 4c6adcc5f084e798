#include "webhookscontroller.h"

#include "jsonvalues.h"
#include "pagination.h"
#include "webhookendpointvalidator.h"

#include "http/apierror.h"
#include "http/requestbody.h"
#include "webhooks/webhooksigner.h"

#include "domain/ids.h"
#include "domain/timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

ApiResponse withSecret(int status, const WebhookEndpoint &endpoint)
{
    QJsonObject json = WebhooksController::toJson(endpoint);
    json.insert(QStringLiteral("secret"), endpoint.secret);
    return ApiResponse::json(status, json);
}

} // namespace

QJsonObject WebhooksController::toJson(const WebhookEndpoint &endpoint)
{
    return {{QStringLiteral("id"), endpoint.id}, {QStringLiteral("url"), endpoint.url},
        {QStringLiteral("events"), QJsonArray::fromStringList(endpoint.events)},
        {QStringLiteral("enabled"), endpoint.enabled},
        {QStringLiteral("description"), JsonValues::textOrNull(endpoint.description)},
        {QStringLiteral("disabledReason"), JsonValues::textOrNull(endpoint.disabledReason)},
        {QStringLiteral("createdAt"), endpoint.createdAt},
        {QStringLiteral("updatedAt"), endpoint.updatedAt}};
}

WebhookEndpoint WebhooksController::endpointOf(const RequestContext &context)
{
    const std::optional<WebhookEndpoint> endpoint
        = WebhookEndpointRepository(context.db).find(context.tenantId(), context.id);
    if (!endpoint)
        throw ApiError::notFound(QStringLiteral("No webhook endpoint with id %1.").arg(context.id));
    return *endpoint;
}

ApiResponse WebhooksController::list(RequestContext &context)
{
    context.query.requireOnly({QStringLiteral("page"), QStringLiteral("limit")});
    const Pagination pagination(context.query);
    const WebhookEndpointRepository endpoints(context.db);
    QJsonArray data;
    for (const WebhookEndpoint &endpoint :
        endpoints.list(context.tenantId(), pagination.limit(), pagination.offset()))
        data.append(toJson(endpoint));
    return pagination.response(QJsonDocument(data).toJson(QJsonDocument::Compact),
        endpoints.count(context.tenantId()), context.request.path, context.query);
}

ApiResponse WebhooksController::create(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::object(context.request);
    WebhookEndpoint endpoint;
    WebhookEndpointValidator(context.allowPrivateWebhooks).apply(body, endpoint, true);
    endpoint.id = Ids::newId();
    endpoint.tenantId = context.tenantId();
    endpoint.secret = WebhookSigner::generateSecret();
    endpoint.createdAt = Timestamps::now();
    endpoint.updatedAt = endpoint.createdAt;
    WebhookEndpointRepository(context.db).insert(endpoint);
    ApiResponse response = withSecret(201, endpoint);
    response.setHeader("Location", "/api/v1/webhooks/" + endpoint.id.toUtf8());
    return response;
}

ApiResponse WebhooksController::get(RequestContext &context)
{
    context.query.requireOnly({});
    return ApiResponse::json(200, toJson(endpointOf(context)));
}

ApiResponse WebhooksController::update(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::object(context.request);
    const WebhookEndpoint current = endpointOf(context);
    WebhookEndpoint endpoint = current;
    WebhookEndpointValidator(context.allowPrivateWebhooks).apply(body, endpoint, false);
    // A patch that changes nothing leaves the endpoint (and its updatedAt) as it was.
    if (toJson(endpoint) == toJson(current) && endpoint.failingSinceMs == current.failingSinceMs)
        return ApiResponse::json(200, toJson(current));
    endpoint.updatedAt = Timestamps::now();
    WebhookEndpointRepository(context.db).update(endpoint);
    return ApiResponse::json(200, toJson(endpoint));
}

ApiResponse WebhooksController::remove(RequestContext &context)
{
    context.query.requireOnly({});
    if (!WebhookEndpointRepository(context.db).remove(context.tenantId(), context.id))
        throw ApiError::notFound(QStringLiteral("No webhook endpoint with id %1.").arg(context.id));
    return ApiResponse::empty(204);
}

ApiResponse WebhooksController::rotateSecret(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::optionalObject(context.request);
    WebhookEndpoint endpoint = endpointOf(context);
    RequestBody::requireNoFields(body);
    // Receivers switch over within a day: until then every event carries both signatures.
    endpoint.previousSecret = endpoint.secret;
    endpoint.previousSecretUntilMs = QDateTime::currentMSecsSinceEpoch() + kRotationGraceMs;
    endpoint.secret = WebhookSigner::generateSecret();
    endpoint.updatedAt = Timestamps::now();
    WebhookEndpointRepository(context.db).update(endpoint);
    return withSecret(200, endpoint);
}
