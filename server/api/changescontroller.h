#pragma once

#include "http/apiresponse.h"
#include "http/requestcontext.h"

// GET /changes: the tenant's change feed after a cursor, for sync clients.
class ChangesController
{
public:
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 1000;

    static ApiResponse list(RequestContext &context);
};
