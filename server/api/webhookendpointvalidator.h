#pragma once

#include "storage/webhookendpointrepository.h"

#include <QJsonObject>
#include <QStringList>

// Checks a webhook endpoint body (POST) or JSON Merge Patch (PATCH) and applies it. Throws a
// 422 listing every problem, with the same rules for create and update.
class WebhookEndpointValidator
{
public:
    static constexpr int kMaxDescriptionLength = 255; // the API's limit for short strings

    // Every event name an endpoint can subscribe to, "*" first.
    static const QStringList &knownEvents();

    explicit WebhookEndpointValidator(bool allowPrivateTargets);

    // Fills url, events, enabled and description of endpoint from body. On create, url is
    // required and the others default to ["*"], true and none.
    void apply(const QJsonObject &body, WebhookEndpoint &endpoint, bool creating) const;

private:
    bool m_allowPrivateTargets;
};
