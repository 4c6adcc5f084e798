#pragma once

#include "apirequest.h"

#include <QByteArrayList>
#include <QJsonObject>

// Reading JSON request bodies with the contract's errors: 415 for a body that is not JSON,
// 400 for bytes that do not parse to a JSON object.
class RequestBody
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    // The media type without parameters, lower-cased ("application/json").
    static QByteArray mediaType(const ApiRequest &request);
    // Throws 415 unless the Content-Type is one of accepted.
    static void requireMediaType(const ApiRequest &request, const QByteArrayList &accepted);
    // Throws 400 unless the body is a JSON object.
    static QJsonObject object(const ApiRequest &request);
    // For actions that take no input (POST .../rotate-secret): no body ({}), or a JSON
    // object; 415 and 400 as for any other write.
    static QJsonObject optionalObject(const ApiRequest &request);
    // 422 for every field of body: the action takes none. (After the 404 checks, in the
    // contract's order.)
    static void requireNoFields(const QJsonObject &body);
};
