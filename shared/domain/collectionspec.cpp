#include "collectionspec.h"

namespace {

FieldSpec text(const QString &name, const QString &column, bool required = false)
{
    FieldSpec f;
    f.name = name;
    f.column = column;
    f.required = required;
    return f;
}

FieldSpec ofKind(const QString &name, const QString &column, FieldKind kind)
{
    FieldSpec f = text(name, column);
    f.kind = kind;
    return f;
}

FieldSpec enumeration(const QString &name, const QString &column, const QStringList &values,
    const QString &defaultValue = QString())
{
    FieldSpec f = ofKind(name, column, FieldKind::Enum);
    f.enumValues = values;
    f.defaultValue = defaultValue;
    return f;
}

FieldSpec reference(const QString &name, const QString &column, const QString &target)
{
    FieldSpec f = ofKind(name, column, FieldKind::Reference);
    f.referenceTarget = target;
    return f;
}

FieldSpec currency()
{
    FieldSpec f
        = ofKind(QStringLiteral("currency"), QStringLiteral("currency"), FieldKind::Currency);
    f.defaultValue = QStringLiteral("USD");
    return f;
}

QHash<QString, QString> filters(std::initializer_list<std::pair<QString, QString>> pairs)
{
    QHash<QString, QString> result;
    for (const auto &[param, field] : pairs)
        result.insert(param, field);
    return result;
}

QList<CollectionSpec> buildSpecs()
{
    const auto S = [](const char *s) { return QString::fromLatin1(s); };

    CollectionSpec contacts;
    contacts.name = S("contacts");
    contacts.entityType = S("contact");
    contacts.statusField = S("status");
    contacts.fields = {
        text(S("firstName"), S("first_name"), true),
        text(S("lastName"), S("last_name")),
        ofKind(S("email"), S("email"), FieldKind::Email),
        ofKind(S("phone"), S("phone"), FieldKind::Phone),
        enumeration(S("status"), S("status"), {S("active"), S("inactive")}, S("active")),
        reference(S("customerId"), S("customer_id"), S("customers")),
        text(S("jobTitle"), S("job_title")),
        ofKind(S("notes"), S("notes"), FieldKind::LongText),
    };
    contacts.filters = filters({{S("status"), S("status")}, {S("customerId"), S("customerId")}});

    CollectionSpec customers;
    customers.name = S("customers");
    customers.entityType = S("customer");
    customers.statusField = S("status");
    customers.fields = {
        text(S("name"), S("name"), true),
        ofKind(S("email"), S("email"), FieldKind::Email),
        ofKind(S("phone"), S("phone"), FieldKind::Phone),
        text(S("website"), S("website")),
        text(S("industry"), S("industry")),
        enumeration(
            S("status"), S("status"), {S("active"), S("inactive"), S("churned")}, S("active")),
        ofKind(S("address"), S("address"), FieldKind::Address),
        ofKind(S("notes"), S("notes"), FieldKind::LongText),
    };
    customers.filters = filters({{S("status"), S("status")}});

    CollectionSpec leads;
    leads.name = S("leads");
    leads.entityType = S("lead");
    leads.statusField = S("status");
    leads.fields = {
        text(S("title"), S("title"), true),
        enumeration(S("leadSource"), S("lead_source"),
            {S("website"), S("referral"), S("email"), S("phone"), S("social"), S("event"),
                S("partner"), S("other")}),
        enumeration(S("status"), S("status"),
            {S("new"), S("contacted"), S("qualified"), S("unqualified"), S("converted")}, S("new")),
        enumeration(S("priority"), S("priority"), {S("low"), S("medium"), S("high")}, S("medium")),
        reference(S("contactId"), S("contact_id"), S("contacts")),
        reference(S("customerId"), S("customer_id"), S("customers")),
        ofKind(S("estimatedValue"), S("estimated_value"), FieldKind::Money),
        currency(),
        ofKind(S("notes"), S("notes"), FieldKind::LongText),
    };
    leads.filters = filters({{S("status"), S("status")}, {S("priority"), S("priority")},
        {S("leadSource"), S("leadSource")}, {S("source"), S("leadSource")},
        {S("contactId"), S("contactId")}, {S("customerId"), S("customerId")}});

    CollectionSpec opportunities;
    opportunities.name = S("opportunities");
    opportunities.entityType = S("opportunity");
    opportunities.statusField = S("stage");
    opportunities.fields = {
        text(S("name"), S("name"), true),
        enumeration(S("stage"), S("stage"),
            {S("prospecting"), S("qualification"), S("proposal"), S("negotiation"), S("closed_won"),
                S("closed_lost")},
            S("prospecting")),
        ofKind(S("amount"), S("amount"), FieldKind::Money),
        currency(),
        ofKind(S("probability"), S("probability"), FieldKind::Percentage),
        ofKind(S("expectedCloseDate"), S("expected_close_date"), FieldKind::Date),
        reference(S("customerId"), S("customer_id"), S("customers")),
        reference(S("contactId"), S("contact_id"), S("contacts")),
        reference(S("leadId"), S("lead_id"), S("leads")),
        ofKind(S("notes"), S("notes"), FieldKind::LongText),
    };
    opportunities.filters = filters({{S("stage"), S("stage")}, {S("status"), S("stage")},
        {S("customerId"), S("customerId")}, {S("contactId"), S("contactId")}});

    CollectionSpec tickets;
    tickets.name = S("tickets");
    tickets.entityType = S("ticket");
    tickets.statusField = S("status");
    FieldSpec resolvedAt = ofKind(S("resolvedAt"), S("resolved_at"), FieldKind::Timestamp);
    resolvedAt.readOnly = true;
    tickets.fields = {
        text(S("subject"), S("subject"), true),
        ofKind(S("description"), S("description"), FieldKind::LongText),
        enumeration(S("status"), S("status"),
            {S("open"), S("in_progress"), S("waiting"), S("resolved"), S("closed")}, S("open")),
        enumeration(S("priority"), S("priority"), {S("low"), S("medium"), S("high"), S("urgent")},
            S("medium")),
        reference(S("customerId"), S("customer_id"), S("customers")),
        reference(S("contactId"), S("contact_id"), S("contacts")),
        resolvedAt,
    };
    tickets.filters = filters({{S("status"), S("status")}, {S("priority"), S("priority")},
        {S("customerId"), S("customerId")}, {S("contactId"), S("contactId")}});

    return {contacts, customers, leads, opportunities, tickets};
}

} // namespace

const FieldSpec *CollectionSpec::field(const QString &fieldName) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QStringList CollectionSpec::searchableFields() const
{
    QStringList names;
    for (const FieldSpec &f : fields) {
        if (f.isSearchable())
            names << f.name;
    }
    return names;
}

const QList<CollectionSpec> &CollectionSpec::all()
{
    static const QList<CollectionSpec> specs = buildSpecs();
    return specs;
}

const CollectionSpec *CollectionSpec::byName(const QString &name)
{
    for (const CollectionSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const CollectionSpec *CollectionSpec::byEntityType(const QString &entityType)
{
    for (const CollectionSpec &spec : all()) {
        if (spec.entityType == entityType)
            return &spec;
    }
    return nullptr;
}
