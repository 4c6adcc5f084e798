#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>

// A request as the API pipeline sees it: plain data, safe to hand to a worker thread
// (QHttpServerRequest is neither copyable nor thread-bound data).
struct ApiRequest
{
    QByteArray method; // upper case: "GET", "POST", ...
    QString path; // percent-decoded path
    QByteArray rawQuery; // still percent-encoded, without '?'
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};
