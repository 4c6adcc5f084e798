#include "recordgenerator.h"

#include "domain/ids.h"

namespace {

const QStringList &firstNames()
{
    static const QStringList names = {QStringLiteral("Anna"), QStringLiteral("Ben"),
        QStringLiteral("Chloé"), QStringLiteral("David"), QStringLiteral("Emma"),
        QStringLiteral("Felix"), QStringLiteral("Grace"), QStringLiteral("Hiro"),
        QStringLiteral("Ines"), QStringLiteral("Jonas"), QStringLiteral("Kara"),
        QStringLiteral("Liam"), QStringLiteral("Maya"), QStringLiteral("Noah"),
        QStringLiteral("Olga"), QStringLiteral("Pedro")};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names
        = {QStringLiteral("Schmidt"), QStringLiteral("Smith"), QStringLiteral("García"),
            QStringLiteral("Rossi"), QStringLiteral("Nguyen"), QStringLiteral("Kowalski"),
            QStringLiteral("Dubois"), QStringLiteral("Tanaka"), QStringLiteral("Okafor"),
            QStringLiteral("Jensen"), QStringLiteral("Silva"), QStringLiteral("Novak")};
    return names;
}

const QStringList &companyWords()
{
    static const QStringList words = {QStringLiteral("Northwind"), QStringLiteral("Contoso"),
        QStringLiteral("Fabrikam"), QStringLiteral("Initech"), QStringLiteral("Umbrella"),
        QStringLiteral("Stark"), QStringLiteral("Wayne"), QStringLiteral("Tyrell")};
    return words;
}

} // namespace

RecordGenerator::RecordGenerator(quint32 seed)
    : m_random(seed)
{ }

void RecordGenerator::addId(const QString &collection, const QString &id)
{
    QStringList &ids = m_ids[collection];
    // A bounded sample is enough to spread references around.
    if (ids.size() < 10000)
        ids << id;
}

QString RecordGenerator::pick(const QStringList &values)
{
    return values.at(int(m_random.bounded(quint32(values.size()))));
}

QJsonValue RecordGenerator::pickId(const QString &collection, int percentSet)
{
    const QStringList &ids = m_ids.value(collection);
    if (ids.isEmpty() || int(m_random.bounded(100u)) >= percentSet)
        return QJsonValue::Null;
    return pick(ids);
}

QJsonObject RecordGenerator::emptyRecord(const CollectionSpec &spec) const
{
    QJsonObject record;
    for (const FieldSpec &field : spec.fields)
        record.insert(field.name,
            field.defaultValue.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(field.defaultValue));
    return record;
}

QJsonObject RecordGenerator::make(
    const CollectionSpec &spec, qint64 index, const QString &timestamp)
{
    QJsonObject r = emptyRecord(spec);
    r.insert(QStringLiteral("id"), Ids::newId());
    r.insert(QStringLiteral("version"), 1);
    r.insert(QStringLiteral("createdAt"), timestamp);
    r.insert(QStringLiteral("updatedAt"), timestamp);
    const QString n = QString::number(index);
    const auto field = [&](const FieldSpec &f) {
        return f.enumValues.at(int(m_random.bounded(quint32(f.enumValues.size()))));
    };

    if (spec.name == QLatin1String("contacts")) {
        const QString first = pick(firstNames());
        const QString last = pick(lastNames());
        r.insert(QStringLiteral("firstName"), first);
        r.insert(QStringLiteral("lastName"), last);
        r.insert(QStringLiteral("email"),
            QStringLiteral("%1.%2%3@example.com").arg(first.toLower(), last.toLower(), n));
        r.insert(QStringLiteral("phone"),
            QStringLiteral("+1 555 %1").arg(index % 10000000, 7, 10, QLatin1Char('0')));
        r.insert(QStringLiteral("status"),
            m_random.bounded(10u) == 0 ? QStringLiteral("inactive") : QStringLiteral("active"));
        r.insert(QStringLiteral("jobTitle"),
            index % 100000 == 99999 ? QStringLiteral("Quantum Zookeeper")
                                    : QStringLiteral("Buyer"));
        r.insert(QStringLiteral("customerId"), pickId(QStringLiteral("customers"), 70));
    } else if (spec.name == QLatin1String("customers")) {
        r.insert(QStringLiteral("name"), QStringLiteral("%1 %2 Ltd").arg(pick(companyWords()), n));
        r.insert(QStringLiteral("email"), QStringLiteral("info%1@company.example").arg(n));
        r.insert(QStringLiteral("industry"), QStringLiteral("Retail"));
        r.insert(QStringLiteral("status"), field(*spec.field(QStringLiteral("status"))));
        r.insert(QStringLiteral("address"),
            QJsonObject {{QStringLiteral("street"), QJsonValue::Null},
                {QStringLiteral("city"), QStringLiteral("Berlin")},
                {QStringLiteral("postalCode"), QJsonValue::Null},
                {QStringLiteral("country"), QStringLiteral("DE")}});
    } else if (spec.name == QLatin1String("leads")) {
        r.insert(QStringLiteral("title"), QStringLiteral("Inquiry %1").arg(n));
        r.insert(QStringLiteral("leadSource"), field(*spec.field(QStringLiteral("leadSource"))));
        r.insert(QStringLiteral("status"), field(*spec.field(QStringLiteral("status"))));
        r.insert(QStringLiteral("priority"), field(*spec.field(QStringLiteral("priority"))));
        r.insert(QStringLiteral("contactId"), pickId(QStringLiteral("contacts"), 80));
        r.insert(QStringLiteral("estimatedValue"), double(m_random.bounded(1000000u)) / 100.0);
    } else if (spec.name == QLatin1String("opportunities")) {
        static const QHash<QString, int> probability
            = {{QStringLiteral("prospecting"), 10}, {QStringLiteral("qualification"), 20},
                {QStringLiteral("proposal"), 50}, {QStringLiteral("negotiation"), 75},
                {QStringLiteral("closed_won"), 100}, {QStringLiteral("closed_lost"), 0}};
        const QString stage = field(*spec.field(QStringLiteral("stage")));
        r.insert(QStringLiteral("name"), QStringLiteral("Deal %1").arg(n));
        r.insert(QStringLiteral("stage"), stage);
        r.insert(QStringLiteral("probability"), probability.value(stage));
        r.insert(QStringLiteral("amount"), double(m_random.bounded(10000000u)) / 100.0);
        r.insert(QStringLiteral("customerId"), pickId(QStringLiteral("customers"), 90));
        r.insert(QStringLiteral("contactId"), pickId(QStringLiteral("contacts"), 50));
    } else if (spec.name == QLatin1String("tickets")) {
        r.insert(QStringLiteral("subject"), QStringLiteral("Problem report %1").arg(n));
        r.insert(QStringLiteral("priority"), field(*spec.field(QStringLiteral("priority"))));
        r.insert(QStringLiteral("customerId"), pickId(QStringLiteral("customers"), 90));
    }
    return r;
}
