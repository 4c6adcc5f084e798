#include "webhookendpointvalidator.h"

#include "http/apierror.h"
#include "webhooks/webhookurlpolicy.h"

#include "domain/collectionspec.h"
#include "domain/recordvalidator.h"

#include <QJsonArray>

namespace {

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

const QStringList &WebhookEndpointValidator::knownEvents()
{
    static const QStringList events = [] {
        QStringList names {QStringLiteral("*")};
        for (const CollectionSpec &spec : CollectionSpec::all()) {
            for (const char *action : {"created", "updated", "deleted"})
                names << spec.entityType + u'.' + QLatin1String(action);
        }
        return names;
    }();
    return events;
}

WebhookEndpointValidator::WebhookEndpointValidator(bool allowPrivateTargets)
    : m_allowPrivateTargets(allowPrivateTargets)
{ }

void WebhookEndpointValidator::apply(
    const QJsonObject &body, WebhookEndpoint &endpoint, bool creating) const
{
    static const QStringList fields {QStringLiteral("url"), QStringLiteral("events"),
        QStringLiteral("enabled"), QStringLiteral("description")};
    FieldErrors errors;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        // Read-only fields are ignored, as for records.
        if (!fields.contains(it.key()) && it.key() != QLatin1String("id")
            && it.key() != QLatin1String("createdAt") && it.key() != QLatin1String("updatedAt")
            && it.key() != QLatin1String("disabledReason"))
            errors.append(
                {u'/' + it.key(), QStringLiteral("is not a field of a webhook endpoint")});
    }

    const QJsonValue url = body.value(QStringLiteral("url"));
    if (!url.isUndefined() || creating) {
        if (!url.isString() || url.toString().trimmed().isEmpty()) {
            errors.append(
                {QStringLiteral("/url"), QStringLiteral("is required: an http or https URL")});
        } else {
            // Trimmed like every string the API takes.
            const QString text = url.toString().trimmed();
            const QString problem = WebhookUrlPolicy::urlProblem(text, m_allowPrivateTargets);
            if (problem.isEmpty())
                endpoint.url = text;
            else
                errors.append({QStringLiteral("/url"), problem});
        }
    }

    const QJsonValue events = body.value(QStringLiteral("events"));
    if (events.isUndefined() || events.isNull()) {
        if (creating || events.isNull())
            endpoint.events = QStringList {QStringLiteral("*")};
    } else if (!events.isArray() || events.toArray().isEmpty()) {
        errors.append({QStringLiteral("/events"),
            QStringLiteral("must be a non-empty array of event names such as contact.created, or "
                           "[\"*\"] for every event")});
    } else {
        QStringList names;
        const QJsonArray array = events.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString name = array.at(i).toString();
            if (!array.at(i).isString() || !knownEvents().contains(name))
                errors.append({QStringLiteral("/events/%1").arg(i),
                    QStringLiteral("must be * or <entity>.<action> with entity contact, customer, "
                                   "lead, opportunity or ticket and action created, updated or "
                                   "deleted")});
            else if (!names.contains(name))
                names << name;
        }
        endpoint.events
            = names.contains(QStringLiteral("*")) ? QStringList {QStringLiteral("*")} : names;
    }

    const QJsonValue enabled = body.value(QStringLiteral("enabled"));
    if (enabled.isBool()) {
        endpoint.enabled = enabled.toBool();
        if (endpoint.enabled) {
            // Turned on again by a person: start with a clean record.
            endpoint.disabledReason.clear();
            endpoint.failingSinceMs = 0;
        }
    } else if (!enabled.isUndefined()) {
        errors.append({QStringLiteral("/enabled"), QStringLiteral("must be true or false")});
    }

    const QJsonValue description = body.value(QStringLiteral("description"));
    if (description.isNull()) {
        endpoint.description.clear();
    } else if (description.isString()) {
        const QString text = description.toString().trimmed();
        if (RecordValidator::codePointCount(text) > kMaxDescriptionLength
            || hasControlCharacters(text))
            errors.append({QStringLiteral("/description"),
                QStringLiteral("must be at most %1 characters without control characters")
                    .arg(kMaxDescriptionLength)});
        else
            endpoint.description = text;
    } else if (!description.isUndefined()) {
        errors.append({QStringLiteral("/description"), QStringLiteral("must be a string or null")});
    }

    if (!errors.isEmpty())
        throw ApiError::validation(errors);
}
