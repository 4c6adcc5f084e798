#pragma once

#include "http/apiresponse.h"
#include "http/requestcontext.h"

// Unauthenticated endpoints: liveness and the OpenAPI document.
class MetaController
{
public:
    static ApiResponse health(RequestContext &context);
    static ApiResponse openApi(RequestContext &context);
};
