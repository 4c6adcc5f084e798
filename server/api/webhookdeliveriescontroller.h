#pragma once

#include "http/apiresponse.h"
#include "http/requestcontext.h"

// The delivery side of /webhooks (admin scope): the log of attempts, test events and
// redeliveries. Both test and redeliver answer 202: the dispatcher sends in the background.
class WebhookDeliveriesController
{
public:
    static ApiResponse list(RequestContext &context);
    static ApiResponse sendTest(RequestContext &context);
    static ApiResponse redeliver(RequestContext &context);
};
