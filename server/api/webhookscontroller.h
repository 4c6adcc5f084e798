#pragma once

#include "http/apiresponse.h"
#include "http/requestcontext.h"

#include "storage/webhookendpointrepository.h"

#include <QJsonObject>

// /webhooks and /webhooks/{id}: the tenant's webhook endpoints (admin scope). The secret
// appears only in the answers to create and rotate-secret.
class WebhooksController
{
public:
    // How long the previous secret keeps signing after a rotation.
    static constexpr qint64 kRotationGraceMs = 24LL * 3600 * 1000;

    static ApiResponse list(RequestContext &context);
    static ApiResponse create(RequestContext &context);
    static ApiResponse get(RequestContext &context);
    static ApiResponse update(RequestContext &context);
    static ApiResponse remove(RequestContext &context);
    static ApiResponse rotateSecret(RequestContext &context);

    static QJsonObject toJson(const WebhookEndpoint &endpoint);
    // The tenant's endpoint named in the path, or 404.
    static WebhookEndpoint endpointOf(const RequestContext &context);
};
