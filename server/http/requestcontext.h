#pragma once

#include "apirequest.h"
#include "queryparameters.h"

#include "domain/collectionspec.h"
#include "storage/apikeyrepository.h"

#include <QSqlDatabase>
#include <any>

struct RateLimitState
{
    int limit = 0;
    int remaining = 0;
    qint64 resetEpochSeconds = 0;
    qint64 secondsLeft = 0;
};

// Everything a controller needs about the request being answered.
struct RequestContext
{
    const ApiRequest &request;
    QSqlDatabase db;
    ApiKey key; // the authenticated key (its tenantId is the tenant)
    RateLimitState rateLimit; // the tenant's window after counting this request
    QueryParameters query;
    const CollectionSpec *collection = nullptr; // for /{collection} routes
    QString id; // for /{...}/{id} routes, lower-cased
    bool allowPrivateWebhooks = false; // serve --allow-private-webhooks
    // What an endpoint's prepare step computed on the request's own thread, before a write
    // joins the writer's queue (see Endpoint::prepare).
    std::any prepared;

    const QString &tenantId() const { return key.tenantId; }
};
