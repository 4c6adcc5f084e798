#include "feedpage.h"

#include "sync/syncrequester.h"

#include "domain/collectionspec.h"
#include "domain/ids.h"
#include "storage/recordrowmapper.h"

#include <QJsonArray>
#include <map>

FeedPage FeedPage::decode(const ApiReply &reply, const QString &cursor, const QString &tenantId)
{
    FeedPage page;
    if (reply.status != 200) {
        page.state = reply.offline ? State::Offline : State::Failed;
        page.message = SyncRequester::failureMessage(reply);
        return page;
    }
    const QJsonObject json = reply.json();
    const QJsonValue data = json.value(QStringLiteral("data"));
    page.nextCursor = json.value(QStringLiteral("nextCursor")).toString();
    if (!data.isArray() || page.nextCursor.isEmpty()) {
        page.state = State::Failed;
        page.message = tr("the server's change feed is not in the expected form");
        return page;
    }
    // A page that moves nowhere but claims more would loop forever.
    page.last = !json.value(QStringLiteral("hasMore")).toBool() || page.nextCursor == cursor;

    std::map<QString, RecordRowMapper> mappers;
    const QJsonArray array = data.toArray();
    page.entries.reserve(array.size());
    page.insertValues.reserve(array.size());
    for (const QJsonValue &value : array) {
        ChangeEntry entry = ChangeEntry::fromJson(value.toObject());
        QVariantList values;
        const CollectionSpec *spec = CollectionSpec::byEntityType(entry.entityType);
        if (spec && entry.action != QLatin1String("deleted") && !entry.data.isEmpty()) {
            auto mapper = mappers.try_emplace(spec->name, *spec).first;
            QJsonObject record = entry.data;
            const QString id = Ids::normalized(record.value(QStringLiteral("id")).toString());
            if (!id.isEmpty() && id != record.value(QStringLiteral("id")).toString())
                record.insert(QStringLiteral("id"), id);
            values = mapper->second.insertValues(tenantId, record);
            // UTF-8 here, on the reader's thread, so the applying thread binds the bytes as
            // they are. The search text stays a QString: it goes through Qt SQL.
            // A null stays a null QVariant, which binds as SQL NULL.
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QVariant &value = values.at(i);
                if (i != RecordRowMapper::SearchTextValue && !value.isNull()
                    && value.typeId() == QMetaType::QString)
                    values[i] = value.toString().toUtf8();
            }
        }
        page.entries.append(std::move(entry));
        page.insertValues.append(std::move(values));
    }
    return page;
}
