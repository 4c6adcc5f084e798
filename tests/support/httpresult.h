#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// One HTTP response as the tests see it: status, headers (case-insensitive lookup) and body.
// status is 0 when no response arrived (connection refused, closed or timed out).
class HttpResult
{
public:
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray raw; // the bytes on the wire, for raw-socket requests only
    QString error; // transport error, empty when a response arrived
    bool closedByServer = false; // raw-socket requests: the server closed the connection
    qint64 elapsedMs = 0;

    bool hasHeader(const QByteArray &name) const;
    // Value of the header (all values joined with ", " when it occurs more than once).
    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;
    // Media type of Content-Type without parameters, lower case.
    QByteArray mediaType() const;

    QJsonDocument json() const;
    QJsonObject object() const;
    QJsonArray data() const; // object()["data"] of a list envelope
    // RFC 8288 Link header: relation -> target URI.
    QMap<QString, QString> links() const;

    // A short description for failure messages: status, error and the start of the body.
    QString describe() const;

    // Parses raw HTTP/1.1 response bytes. *complete tells whether the whole message arrived
    // (false while headers or body are still missing). headRequest: the response has no body.
    static HttpResult fromRaw(
        const QByteArray &raw, bool headRequest = false, bool *complete = nullptr);
};
