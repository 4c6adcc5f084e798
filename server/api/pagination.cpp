#include "pagination.h"

#include "domain/jsonwriter.h"

Pagination::Pagination(const QueryParameters &query)
    : m_page(query.integer(QStringLiteral("page"), 1, 1, kMaxPage))
    , m_limit(query.integer(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit))
{ }

ApiResponse Pagination::response(const QByteArray &dataJson, qint64 total, const QString &path,
    const QueryParameters &query) const
{
    return response(
        dataJson.size(),
        [&](JsonWriter &writer) {
            writer.raw(dataJson);
            return total;
        },
        path, query);
}

ApiResponse Pagination::response(qsizetype expectedSize,
    const std::function<qint64(JsonWriter &)> &writeData, const QString &path,
    const QueryParameters &query) const
{
    JsonWriter writer(expectedSize + 128);
    writer.beginObject();
    writer.key(QLatin1StringView("data"));
    const qint64 total = writeData(writer);
    const qint64 totalPages = (total + m_limit - 1) / m_limit;
    writer.key(QLatin1StringView("pagination"));
    writer.beginObject();
    writer.key(QLatin1StringView("limit"));
    writer.integer(m_limit);
    writer.key(QLatin1StringView("page"));
    writer.integer(m_page);
    writer.key(QLatin1StringView("total"));
    writer.integer(total);
    writer.key(QLatin1StringView("totalPages"));
    writer.integer(totalPages);
    writer.endObject();
    writer.endObject();
    ApiResponse response = ApiResponse::jsonText(200, writer.take());

    if (totalPages == 0)
        return response;
    // <path?page=N&limit=L&other=parameters>; rel="..." for each neighbour, written as bytes:
    // every list answer carries it.
    const QByteArray before = '<' + path.toUtf8() + "?page=";
    QByteArray after = "&limit=" + QByteArray::number(m_limit);
    const QString others = query.encodeWithout({QStringLiteral("page"), QStringLiteral("limit")});
    if (!others.isEmpty())
        after += '&' + others.toLatin1(); // percent-encoded: ASCII only
    after += ">; rel=\"";
    QByteArray links;
    links.reserve(4 * (before.size() + after.size() + 24));
    const auto link = [&](qint64 page, const char *rel) {
        if (!links.isEmpty())
            links += ", ";
        links += before + QByteArray::number(page) + after + rel + '"';
    };
    link(1, "first");
    if (m_page > 1)
        link(qMin<qint64>(m_page - 1, totalPages), "prev");
    if (m_page < totalPages)
        link(m_page + 1, "next");
    link(totalPages, "last");
    response.setHeader("Link", links);
    return response;
}
