#include "relatedlinks.h"

#include "collectioncolumns.h"

#include "storage/localstore.h"

#include "domain/collectionspec.h"

#include <QUrl>
#include <QUrlQuery>

RelatedLinks::RelatedLinks(const LocalStore &store, QWidget *parent)
    : QLabel(parent)
    , m_store(store)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, &RelatedLinks::follow);
}

void RelatedLinks::showFor(const CollectionSpec &spec, const QJsonObject &record)
{
    const QString id = record.value(QStringLiteral("id")).toString();
    QStringList links;
    if (!id.isEmpty() && spec.name == QLatin1String("customers")) {
        for (const QString &name : {QStringLiteral("contacts"), QStringLiteral("leads"),
                 QStringLiteral("opportunities"), QStringLiteral("tickets")}) {
            const CollectionSpec &related = *CollectionSpec::byName(name);
            ListQuery query;
            query.limit = 1;
            query.filters = {{QStringLiteral("customerId"), id}};
            qint64 count = 0;
            try {
                count = m_store.list(related, query).total;
            } catch (const std::exception &) { }
            links << QStringLiteral("<a href=\"filter:%1:customerId:%2\">%3 %4</a>")
                         .arg(name, id)
                         .arg(count)
                         .arg(CollectionColumns::inSentence(related));
        }
    }
    const QList<QPair<QString, QString>> references
        = {{QStringLiteral("customerId"), QStringLiteral("customers")},
            {QStringLiteral("contactId"), QStringLiteral("contacts")},
            {QStringLiteral("leadId"), QStringLiteral("leads")}};
    for (const auto &[field, collection] : references) {
        const QString target = record.value(field).toString();
        if (target.isEmpty() || !spec.field(field))
            continue;
        links << QStringLiteral("<a href=\"open:%1:%2\">%3</a>")
                     .arg(collection, target,
                         field == QLatin1String("customerId")      ? tr("Open the customer")
                             : field == QLatin1String("contactId") ? tr("Open the contact")
                                                                   : tr("Open the lead"));
    }
    if (!id.isEmpty() && spec.name == QLatin1String("leads")
        && record.value(QStringLiteral("status")).toString() != QLatin1String("converted"))
        links << QStringLiteral("<a href=\"convert:\">%1</a>").arg(tr("Convert to an opportunity"));
    setText(links.join(QStringLiteral(" · ")));
    setVisible(!links.isEmpty());
}

void RelatedLinks::follow(const QString &link)
{
    const QStringList parts = link.split(u':');
    if (parts.value(0) == QLatin1String("filter") && parts.size() == 4)
        emit filterRequested(parts.at(1), parts.at(2), parts.at(3));
    else if (parts.value(0) == QLatin1String("open") && parts.size() == 3)
        emit openRequested(parts.at(1), parts.at(2));
    else if (parts.value(0) == QLatin1String("convert"))
        emit convertRequested();
}
