#pragma once

#include "webhookretryschedule.h"

// How the server delivers webhooks (serve's --allow-private-webhooks,
// --webhook-retry-schedule and --webhook-timeout).
struct WebhookSettings
{
    // Loopback, private and link-local targets are refused unless this is set.
    bool allowPrivateTargets = false;
    WebhookRetrySchedule retrySchedule = WebhookRetrySchedule::defaultSchedule();
    int timeoutMs = 15000;
    // An endpoint whose every attempt has failed for this long is disabled.
    qint64 disableAfterMs = 3LL * 24 * 3600 * 1000;
    // Deliveries in flight at once, in total and per endpoint: one slow endpoint can hold
    // only its share, never every slot.
    int maxInFlight = 64;
    int maxInFlightPerEndpoint = 8;
};
