#pragma once

#include "http/apiresponse.h"
#include "http/requestcontext.h"

// GET /tenant: the caller's tenant and its rate-limit window.
class TenantController
{
public:
    static ApiResponse get(RequestContext &context);
};
