#pragma once

#include "http/apiresponse.h"
#include "http/requestcontext.h"

#include "storage/apikeyrepository.h"

#include <QJsonObject>

// /api-keys: the tenant's API keys (admin scope). The full key appears only in the answer
// to its creation.
class ApiKeysController
{
public:
    static ApiResponse list(RequestContext &context);
    static ApiResponse create(RequestContext &context);
    static ApiResponse revoke(RequestContext &context);

    static QJsonObject toJson(const ApiKey &key);
};
