#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

// A finished answer: status, headers and body, written to the socket by ApiServer.
struct ApiResponse
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    int status = 200;
    Headers headers;
    QByteArray body;

    static ApiResponse json(int status, const QJsonValue &value);
    // A body that is JSON text already (JsonWriter's).
    static ApiResponse jsonText(int status, const QByteArray &json);
    static ApiResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};
