#include "apikeyscontroller.h"

#include "jsonvalues.h"
#include "pagination.h"

#include "http/apierror.h"
#include "http/requestbody.h"

#include "domain/recordvalidator.h"
#include "domain/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>

QJsonObject ApiKeysController::toJson(const ApiKey &key)
{
    return {{QStringLiteral("id"), key.id}, {QStringLiteral("name"), key.name},
        {QStringLiteral("prefix"), key.prefix},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)},
        {QStringLiteral("createdAt"), key.createdAt},
        {QStringLiteral("expiresAt"), JsonValues::textOrNull(key.expiresAt)},
        {QStringLiteral("lastUsedAt"), JsonValues::textOrNull(key.lastUsedAt)}};
}

ApiResponse ApiKeysController::list(RequestContext &context)
{
    context.query.requireOnly({QStringLiteral("page"), QStringLiteral("limit")});
    const Pagination pagination(context.query);
    const ApiKeyRepository keys(context.db);
    QJsonArray data;
    for (const ApiKey &key : keys.list(context.tenantId(), pagination.limit(),
             int(qMin<qint64>(pagination.offset(), INT_MAX))))
        data.append(toJson(key));
    return pagination.response(QJsonDocument(data).toJson(QJsonDocument::Compact),
        keys.count(context.tenantId()), context.request.path, context.query);
}

ApiResponse ApiKeysController::create(RequestContext &context)
{
    context.query.requireOnly({});
    const QJsonObject body = RequestBody::object(context.request);

    FieldErrors errors;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("scopes")
            && it.key() != QLatin1String("expiresAt"))
            errors.append({u'/' + it.key(), QStringLiteral("is not a field of an API key")});
    }
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    if (!body.value(QStringLiteral("name")).isString() || name.isEmpty())
        errors.append({QStringLiteral("/name"),
            QStringLiteral("is required and must be a non-empty string")});
    else if (RecordValidator::codePointCount(name) > 255
        || std::any_of(name.begin(), name.end(),
            [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        errors.append({QStringLiteral("/name"),
            QStringLiteral("must be at most 255 characters without control characters")});

    QStringList scopes;
    const QJsonValue scopesValue = body.value(QStringLiteral("scopes"));
    if (!scopesValue.isArray() || scopesValue.toArray().isEmpty()) {
        errors.append({QStringLiteral("/scopes"),
            QStringLiteral("is required: a non-empty array of read, write, admin")});
    } else {
        const QJsonArray array = scopesValue.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString scope = array.at(i).toString();
            if (!ApiKeyRepository::knownScopes().contains(scope))
                errors.append({QStringLiteral("/scopes/%1").arg(i),
                    QStringLiteral("must be one of: read, write, admin")});
            else if (!scopes.contains(scope))
                scopes << scope;
        }
    }

    QString expiresAt;
    const QJsonValue expiresValue = body.value(QStringLiteral("expiresAt"));
    if (!expiresValue.isUndefined() && !expiresValue.isNull()) {
        const auto parsed
            = expiresValue.isString() ? Timestamps::parse(expiresValue.toString()) : std::nullopt;
        if (!parsed)
            errors.append(
                {QStringLiteral("/expiresAt"), QStringLiteral("must be an RFC 3339 timestamp")});
        else if (Timestamps::format(*parsed) <= Timestamps::now())
            errors.append({QStringLiteral("/expiresAt"), QStringLiteral("must be in the future")});
        else
            expiresAt = Timestamps::format(*parsed);
    }
    if (!errors.isEmpty())
        throw ApiError::validation(errors);

    QString secret;
    const ApiKey key
        = ApiKeyRepository(context.db).create(context.tenantId(), name, scopes, expiresAt, &secret);
    QJsonObject json = toJson(key);
    json.insert(QStringLiteral("key"), secret);
    ApiResponse response = ApiResponse::json(201, json);
    response.setHeader("Location", "/api/v1/api-keys/" + key.id.toUtf8());
    return response;
}

ApiResponse ApiKeysController::revoke(RequestContext &context)
{
    context.query.requireOnly({});
    if (!ApiKeyRepository(context.db).revoke(context.id, context.tenantId(), Timestamps::now()))
        throw ApiError::notFound(
            QStringLiteral("No active API key with id %1.").arg(context.id.left(64)));
    return ApiResponse::empty(204);
}
