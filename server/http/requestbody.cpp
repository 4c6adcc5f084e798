#include "requestbody.h"

#include "apierror.h"

#include <QJsonDocument>
#include <QJsonParseError>

QByteArray RequestBody::mediaType(const ApiRequest &request)
{
    QByteArray type = request.header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

void RequestBody::requireMediaType(const ApiRequest &request, const QByteArrayList &accepted)
{
    const QByteArray type = mediaType(request);
    if (accepted.contains(type))
        return;
    throw ApiError(415, QStringLiteral("unsupported-media-type"),
        type.isEmpty() ? QStringLiteral("Send the body as %1 with a Content-Type header.")
                             .arg(QString::fromLatin1(accepted.join(" or ")))
                       : QStringLiteral("Content-Type %1 is not accepted here; send %2.")
                             .arg(QString::fromLatin1(type).left(100),
                                 QString::fromLatin1(accepted.join(" or "))));
}

QJsonObject RequestBody::object(const ApiRequest &request)
{
    if (request.body.size() > kMaxBytes)
        throw ApiError(413, QStringLiteral("payload-too-large"),
            QStringLiteral("The request body is larger than 1 MiB."));
    if (request.body.trimmed().isEmpty())
        throw ApiError::malformedJson(
            QStringLiteral("The request body is empty; send a JSON object."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        throw ApiError::malformedJson(
            QStringLiteral("The request body is not valid JSON: %1 at byte %2.")
                .arg(error.errorString())
                .arg(error.offset));
    }
    if (!document.isObject())
        throw ApiError::malformedJson(QStringLiteral("The request body must be a JSON object."));
    return document.object();
}

QJsonObject RequestBody::optionalObject(const ApiRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return {};
    requireMediaType(request, {"application/json"});
    return object(request);
}

void RequestBody::requireNoFields(const QJsonObject &body)
{
    FieldErrors errors;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        errors.append(
            {u'/' + it.key(), QStringLiteral("is not accepted: this action takes no input")});
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
}
