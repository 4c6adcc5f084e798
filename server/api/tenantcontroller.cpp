#include "tenantcontroller.h"

#include "http/apierror.h"

#include "storage/tenantrepository.h"

#include <QJsonObject>

ApiResponse TenantController::get(RequestContext &context)
{
    context.query.requireOnly({});
    const auto tenant = TenantRepository(context.db).find(context.tenantId());
    if (!tenant)
        throw ApiError::notFound(QStringLiteral("The tenant of this API key no longer exists."));
    const RateLimitState &rate = context.rateLimit;
    QJsonObject rateLimit;
    rateLimit.insert(QStringLiteral("limit"), rate.limit);
    rateLimit.insert(QStringLiteral("windowSeconds"), 60);
    rateLimit.insert(QStringLiteral("remaining"), qMax(0, rate.remaining));
    rateLimit.insert(QStringLiteral("reset"), rate.resetEpochSeconds);
    QJsonObject tenantJson;
    tenantJson.insert(QStringLiteral("id"), tenant->id);
    tenantJson.insert(QStringLiteral("name"), tenant->name);
    tenantJson.insert(QStringLiteral("rateLimit"), rateLimit);
    return ApiResponse::json(200, tenantJson);
}
