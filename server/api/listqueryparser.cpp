#include "listqueryparser.h"

#include "pagination.h"

#include "http/apierror.h"

#include "domain/ids.h"
#include "domain/timestamps.h"
#include "storage/recordrowmapper.h"

QStringList ListQueryParser::allowedParameters(const CollectionSpec &spec)
{
    QStringList allowed = {QStringLiteral("page"), QStringLiteral("limit"),
        QStringLiteral("search"), QStringLiteral("sort"), QStringLiteral("updatedSince")};
    allowed << spec.filters.keys();
    return allowed;
}

ListQuery ListQueryParser::parse(const CollectionSpec &spec, const QueryParameters &query)
{
    query.requireOnly(allowedParameters(spec));
    const Pagination pagination(query);
    ListQuery list;
    list.page = pagination.page();
    list.limit = pagination.limit();

    list.search = query.value(QStringLiteral("search")).trimmed();
    if (list.search.size() > 255)
        throw ApiError::badQuery(
            QStringLiteral("search"), QStringLiteral("must be at most 255 characters"));

    if (query.has(QStringLiteral("updatedSince"))) {
        const auto since = Timestamps::parse(query.value(QStringLiteral("updatedSince")));
        if (!since)
            throw ApiError::badQuery(QStringLiteral("updatedSince"),
                QStringLiteral("must be an RFC 3339 timestamp such as 2024-03-20T10:00:00.000Z"));
        list.updatedSince = Timestamps::format(*since);
    }

    if (query.has(QStringLiteral("sort"))) {
        const RecordRowMapper mapper(spec);
        for (const QString &part : query.value(QStringLiteral("sort")).split(u',')) {
            const bool descending = part.startsWith(u'-');
            const QString field = descending ? part.mid(1) : part;
            const bool repeated = std::any_of(list.sort.cbegin(), list.sort.cend(),
                [&](const QPair<QString, bool> &earlier) { return earlier.first == field; });
            if (repeated) {
                throw ApiError::badQuery(QStringLiteral("sort"),
                    QStringLiteral("names the field '%1' more than once").arg(field.left(64)));
            }
            if (field.isEmpty() || mapper.columnFor(field).isEmpty())
                throw ApiError::badQuery(QStringLiteral("sort"),
                    QStringLiteral("names an unknown or unsortable field '%1'")
                        .arg(field.left(64)));
            list.sort.append({field, descending});
        }
    }

    for (auto it = spec.filters.constBegin(); it != spec.filters.constEnd(); ++it) {
        if (!query.has(it.key()))
            continue;
        const FieldSpec *field = spec.field(it.value());
        QString value = query.value(it.key());
        if (field->kind == FieldKind::Enum && !field->enumValues.contains(value))
            throw ApiError::badQuery(it.key(),
                QStringLiteral("must be one of: %1")
                    .arg(field->enumValues.join(QStringLiteral(", "))));
        if (field->kind == FieldKind::Reference) {
            value = Ids::normalized(value);
            if (value.isEmpty())
                throw ApiError::badQuery(it.key(), QStringLiteral("must be a UUID"));
        }
        list.filters.append({field->name, value});
    }
    return list;
}
