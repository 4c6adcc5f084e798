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

    const QString others = query.encodeWithout({QStringLiteral("page"), QStringLiteral("limit")});
    const auto link = [&](qint64 page, const char *rel) {
        QString target = path + QStringLiteral("?page=%1&limit=%2").arg(page).arg(m_limit);
        if (!others.isEmpty())
            target += u'&' + others;
        return QStringLiteral("<%1>; rel=\"%2\"").arg(target, QLatin1String(rel));
    };
    QStringList links;
    if (totalPages > 0)
        links << link(1, "first");
    if (m_page > 1 && totalPages > 0)
        links << link(qMin<qint64>(m_page - 1, totalPages), "prev");
    if (m_page < totalPages)
        links << link(m_page + 1, "next");
    if (totalPages > 0)
        links << link(totalPages, "last");
    if (!links.isEmpty())
        response.setHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
    return response;
}
