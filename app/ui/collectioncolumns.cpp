#include "collectioncolumns.h"

#include "domain/collectionspec.h"

#include <QCoreApplication>
#include <QHash>

QStringList CollectionColumns::tableFields(const CollectionSpec &spec)
{
    static const QHash<QString, QStringList> columns = {
        {QStringLiteral("contacts"),
            {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"),
                QStringLiteral("phone"), QStringLiteral("jobTitle"), QStringLiteral("status"),
                QStringLiteral("updatedAt")}},
        {QStringLiteral("customers"),
            {QStringLiteral("name"), QStringLiteral("industry"), QStringLiteral("email"),
                QStringLiteral("phone"), QStringLiteral("status"), QStringLiteral("updatedAt")}},
        {QStringLiteral("leads"),
            {QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("priority"),
                QStringLiteral("leadSource"), QStringLiteral("estimatedValue"),
                QStringLiteral("updatedAt")}},
        {QStringLiteral("opportunities"),
            {QStringLiteral("name"), QStringLiteral("stage"), QStringLiteral("amount"),
                QStringLiteral("currency"), QStringLiteral("probability"),
                QStringLiteral("expectedCloseDate"), QStringLiteral("updatedAt")}},
        {QStringLiteral("tickets"),
            {QStringLiteral("subject"), QStringLiteral("status"), QStringLiteral("priority"),
                QStringLiteral("resolvedAt"), QStringLiteral("updatedAt")}},
    };
    return columns.value(spec.name);
}

QString CollectionColumns::title(const CollectionSpec &spec)
{
    if (spec.name == QLatin1String("contacts"))
        return tr("Contacts");
    if (spec.name == QLatin1String("customers"))
        return tr("Customers");
    if (spec.name == QLatin1String("leads"))
        return tr("Leads");
    if (spec.name == QLatin1String("opportunities"))
        return tr("Opportunities");
    return tr("Tickets");
}

QString CollectionColumns::inSentence(const CollectionSpec &spec)
{
    if (spec.name == QLatin1String("contacts"))
        return tr("contacts", "in a sentence");
    if (spec.name == QLatin1String("customers"))
        return tr("customers", "in a sentence");
    if (spec.name == QLatin1String("leads"))
        return tr("leads", "in a sentence");
    if (spec.name == QLatin1String("opportunities"))
        return tr("opportunities", "in a sentence");
    return tr("tickets", "in a sentence");
}

QString CollectionColumns::singular(const CollectionSpec &spec)
{
    if (spec.name == QLatin1String("contacts"))
        return tr("contact");
    if (spec.name == QLatin1String("customers"))
        return tr("customer");
    if (spec.name == QLatin1String("leads"))
        return tr("lead");
    if (spec.name == QLatin1String("opportunities"))
        return tr("opportunity");
    return tr("ticket");
}

QString CollectionColumns::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("firstName"), QT_TR_NOOP("First name")},
        {QStringLiteral("lastName"), QT_TR_NOOP("Last name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("customerId"), QT_TR_NOOP("Customer")},
        {QStringLiteral("contactId"), QT_TR_NOOP("Contact")},
        {QStringLiteral("leadId"), QT_TR_NOOP("Lead")},
        {QStringLiteral("jobTitle"), QT_TR_NOOP("Job title")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("leadSource"), QT_TR_NOOP("Source")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("estimatedValue"), QT_TR_NOOP("Estimated value")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("probability"), QT_TR_NOOP("Probability (%)")},
        {QStringLiteral("expectedCloseDate"), QT_TR_NOOP("Expected close")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("resolvedAt"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("updatedAt"), QT_TR_NOOP("Updated")},
        {QStringLiteral("createdAt"), QT_TR_NOOP("Created")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QString CollectionColumns::valueLabel(const QString &value)
{
    // Every enum value of the API, for the translators; the words are the value with its
    // underscores as spaces and a capital first letter.
    static const char *const values[] = {QT_TRANSLATE_NOOP("EnumValue", "Active"),
        QT_TRANSLATE_NOOP("EnumValue", "Inactive"), QT_TRANSLATE_NOOP("EnumValue", "Churned"),
        QT_TRANSLATE_NOOP("EnumValue", "New"), QT_TRANSLATE_NOOP("EnumValue", "Contacted"),
        QT_TRANSLATE_NOOP("EnumValue", "Qualified"), QT_TRANSLATE_NOOP("EnumValue", "Unqualified"),
        QT_TRANSLATE_NOOP("EnumValue", "Converted"), QT_TRANSLATE_NOOP("EnumValue", "Low"),
        QT_TRANSLATE_NOOP("EnumValue", "Medium"), QT_TRANSLATE_NOOP("EnumValue", "High"),
        QT_TRANSLATE_NOOP("EnumValue", "Urgent"), QT_TRANSLATE_NOOP("EnumValue", "Open"),
        QT_TRANSLATE_NOOP("EnumValue", "In progress"), QT_TRANSLATE_NOOP("EnumValue", "Waiting"),
        QT_TRANSLATE_NOOP("EnumValue", "Resolved"), QT_TRANSLATE_NOOP("EnumValue", "Closed"),
        QT_TRANSLATE_NOOP("EnumValue", "Prospecting"),
        QT_TRANSLATE_NOOP("EnumValue", "Qualification"), QT_TRANSLATE_NOOP("EnumValue", "Proposal"),
        QT_TRANSLATE_NOOP("EnumValue", "Negotiation"), QT_TRANSLATE_NOOP("EnumValue", "Closed won"),
        QT_TRANSLATE_NOOP("EnumValue", "Closed lost"), QT_TRANSLATE_NOOP("EnumValue", "Website"),
        QT_TRANSLATE_NOOP("EnumValue", "Referral"), QT_TRANSLATE_NOOP("EnumValue", "Email"),
        QT_TRANSLATE_NOOP("EnumValue", "Phone"), QT_TRANSLATE_NOOP("EnumValue", "Social"),
        QT_TRANSLATE_NOOP("EnumValue", "Event"), QT_TRANSLATE_NOOP("EnumValue", "Partner"),
        QT_TRANSLATE_NOOP("EnumValue", "Other")};
    Q_UNUSED(values);
    if (value.isEmpty())
        return value;
    QString words = value;
    words.replace(u'_', u' ');
    words[0] = words.at(0).toUpper();
    return QCoreApplication::translate("EnumValue", words.toUtf8().constData());
}
