#include "apiresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ApiResponse ApiResponse::json(int status, const QJsonValue &value)
{
    return jsonText(status,
        value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

ApiResponse ApiResponse::jsonText(int status, const QByteArray &json)
{
    ApiResponse response;
    response.status = status;
    response.body = json;
    response.setHeader("Content-Type", "application/json");
    return response;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse response;
    response.status = status;
    return response;
}

void ApiResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}
