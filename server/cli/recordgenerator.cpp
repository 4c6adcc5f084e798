#include "recordgenerator.h"

#include "domain/ids.h"

#include <charconv>

namespace {

struct Name
{
    QByteArray text;
    QByteArray lower; // for e-mail addresses
};

QList<Name> names(std::initializer_list<const char *> utf8)
{
    QList<Name> result;
    for (const char *name : utf8)
        result.append({name, QString::fromUtf8(name).toLower().toUtf8()});
    return result;
}

const QList<Name> &firstNames()
{
    static const QList<Name> list = names({"Anna", "Ben", "Chloé", "David", "Emma", "Felix",
        "Grace", "Hiro", "Ines", "Jonas", "Kara", "Liam", "Maya", "Noah", "Olga", "Pedro"});
    return list;
}

const QList<Name> &lastNames()
{
    static const QList<Name> list = names({"Schmidt", "Smith", "García", "Rossi", "Nguyen",
        "Kowalski", "Dubois", "Tanaka", "Okafor", "Jensen", "Silva", "Novak"});
    return list;
}

const QList<QByteArray> &companyWords()
{
    static const QList<QByteArray> words
        = {"Northwind", "Contoso", "Fabrikam", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell"};
    return words;
}

void appendNumber(QByteArray &out, qint64 value, int minDigits = 0)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    for (auto n = end - digits; n < minDigits; ++n)
        out.append('0');
    out.append(digits, end - digits);
}

int column(const SeedRecord &record, const char *field)
{
    const int column = SeedRecord::fieldColumn(record.spec(), QString::fromLatin1(field));
    Q_ASSERT(column >= 0);
    return column;
}

} // namespace

RecordGenerator::RecordGenerator(quint32 seed)
    : m_random(seed)
{ }

void RecordGenerator::addId(const QString &collection, const QByteArray &id)
{
    QList<QByteArray> &ids = m_ids[collection];
    // A bounded sample is enough to spread references around.
    if (ids.size() < 10000)
        ids << id;
}

QByteArrayView RecordGenerator::pick(const QList<QByteArray> &values)
{
    return values.at(int(m_random.bounded(quint32(values.size()))));
}

QByteArrayView RecordGenerator::pickEnum(const FieldSpec &field)
{
    QList<QByteArray> &values = m_enumValues[&field];
    if (values.isEmpty()) {
        for (const QString &value : field.enumValues)
            values << value.toUtf8();
    }
    return pick(values);
}

void RecordGenerator::pickId(
    SeedRecord &record, int column, const QString &collection, int percentSet)
{
    const auto ids = m_ids.constFind(collection);
    if (ids == m_ids.cend() || ids->isEmpty() || int(m_random.bounded(100u)) >= percentSet)
        record.setNull(column);
    else
        record.setText(column, pick(*ids));
}

void RecordGenerator::make(qint64 index, SeedRecord &record)
{
    const CollectionSpec &spec = record.spec();
    record.clear();
    record.id() = Ids::newId().toLatin1();
    const auto field = [&](const char *name) { return column(record, name); };
    const auto pickField = [&](const char *name) {
        record.setText(field(name), pickEnum(*spec.field(QString::fromLatin1(name))));
    };

    if (spec.name == QLatin1String("contacts")) {
        const Name &first = firstNames().at(int(m_random.bounded(quint32(firstNames().size()))));
        const Name &last = lastNames().at(int(m_random.bounded(quint32(lastNames().size()))));
        record.setText(field("firstName"), first.text);
        record.setText(field("lastName"), last.text);
        QByteArray &email = record.text(field("email"));
        email.append(first.lower).append('.').append(last.lower);
        appendNumber(email, index);
        email.append("@example.com");
        QByteArray &phone = record.text(field("phone"));
        phone.append("+1 555 ");
        appendNumber(phone, index % 10000000, 7);
        record.setText(field("status"), m_random.bounded(10u) == 0 ? "inactive" : "active");
        record.setText(field("jobTitle"), index % 100000 == 99999 ? "Quantum Zookeeper" : "Buyer");
        pickId(record, field("customerId"), QStringLiteral("customers"), 70);
    } else if (spec.name == QLatin1String("customers")) {
        QByteArray &name = record.text(field("name"));
        name.append(pick(companyWords())).append(' ');
        appendNumber(name, index);
        name.append(" Ltd");
        QByteArray &email = record.text(field("email"));
        email.append("info");
        appendNumber(email, index);
        email.append("@company.example");
        record.setText(field("industry"), "Retail");
        pickField("status");
        // Address columns: street, city, postal code, country.
        const int address = field("address");
        record.setText(address + 1, "Berlin");
        record.setText(address + 3, "DE");
    } else if (spec.name == QLatin1String("leads")) {
        QByteArray &title = record.text(field("title"));
        title.append("Inquiry ");
        appendNumber(title, index);
        pickField("leadSource");
        pickField("status");
        pickField("priority");
        pickId(record, field("contactId"), QStringLiteral("contacts"), 80);
        record.setInteger(field("estimatedValue"), m_random.bounded(1000000u)); // cents
    } else if (spec.name == QLatin1String("opportunities")) {
        static const QHash<QByteArray, int> probability
            = {{"prospecting", 10}, {"qualification", 20}, {"proposal", 50}, {"negotiation", 75},
                {"closed_won", 100}, {"closed_lost", 0}};
        const QByteArrayView stage = pickEnum(*spec.field(QStringLiteral("stage")));
        QByteArray &name = record.text(field("name"));
        name.append("Deal ");
        appendNumber(name, index);
        record.setText(field("stage"), stage);
        record.setInteger(field("probability"), probability.value(stage.toByteArray()));
        record.setInteger(field("amount"), m_random.bounded(10000000u)); // cents
        pickId(record, field("customerId"), QStringLiteral("customers"), 90);
        pickId(record, field("contactId"), QStringLiteral("contacts"), 50);
    } else if (spec.name == QLatin1String("tickets")) {
        QByteArray &subject = record.text(field("subject"));
        subject.append("Problem report ");
        appendNumber(subject, index);
        pickField("priority");
        pickId(record, field("customerId"), QStringLiteral("customers"), 90);
    }
    addId(spec.name, record.id());
}
