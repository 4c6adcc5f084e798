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
};
