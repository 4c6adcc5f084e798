#pragma once

#include "http/apiresponse.h"
#include "http/queryparameters.h"

#include <QJsonArray>
#include <QJsonObject>

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

private:
    int m_page;
    int m_limit;
};
