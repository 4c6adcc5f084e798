#pragma once

#include "http/apiresponse.h"
#include "http/queryparameters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

class JsonWriter;

// The list envelope {"data", "pagination"} and its RFC 8288 Link header.
class Pagination
{
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;
    static constexpr int kMaxPage = 2147483647;

    Pagination(const QueryParameters &query);

    int page() const { return m_page; }
    int limit() const { return m_limit; }
    qint64 offset() const { return qint64(m_page - 1) * m_limit; }

    // dataJson: the page's items as a JSON array text.
    ApiResponse response(const QByteArray &dataJson, qint64 total, const QString &path,
        const QueryParameters &query) const;
    // The same, with the items written by writeData straight into the envelope (a page of
    // records is most of the answer; copying it in cost a twentieth of a list request).
    // writeData writes one JSON array and returns the total; expectedSize sizes the buffer.
    ApiResponse response(qsizetype expectedSize,
        const std::function<qint64(JsonWriter &)> &writeData, const QString &path,
        const QueryParameters &query) const;

private:
    int m_page;
    int m_limit;
};
