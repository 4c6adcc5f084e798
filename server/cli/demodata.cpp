#include "demodata.h"

#include "instance/workspaceprovisioner.h"

#include "domain/collectionspec.h"
#include "storage/recordstore.h"

#include <QJsonObject>

namespace {

QString createIn(const RecordStore &store, const QString &tenantId, const char *collection,
    const QJsonObject &body)
{
    return store.create(*CollectionSpec::byName(QString::fromLatin1(collection)), tenantId, body)
        .value(QStringLiteral("id"))
        .toString();
}

void addSampleRecords(const QSqlDatabase &db, const QString &tenantId)
{
    const RecordStore store(db);
    const QString acme = createIn(store, tenantId, "customers",
        {{QStringLiteral("name"), QStringLiteral("Acme Corporation")},
            {QStringLiteral("email"), QStringLiteral("hello@acme.example")},
            {QStringLiteral("industry"), QStringLiteral("Manufacturing")},
            {QStringLiteral("address"),
                QJsonObject {{QStringLiteral("city"), QStringLiteral("Springfield")},
                    {QStringLiteral("country"), QStringLiteral("US")}}}});
    const QString globex = createIn(store, tenantId, "customers",
        {{QStringLiteral("name"), QStringLiteral("Globex GmbH")},
            {QStringLiteral("website"), QStringLiteral("https://globex.example")},
            {QStringLiteral("industry"), QStringLiteral("Logistics")}});
    const QString jane = createIn(store, tenantId, "contacts",
        {{QStringLiteral("firstName"), QStringLiteral("Jane")},
            {QStringLiteral("lastName"), QStringLiteral("Doe")},
            {QStringLiteral("email"), QStringLiteral("jane@acme.example")},
            {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
            {QStringLiteral("jobTitle"), QStringLiteral("Head of Purchasing")},
            {QStringLiteral("customerId"), acme}});
    const QString jurgen = createIn(store, tenantId, "contacts",
        {{QStringLiteral("firstName"), QStringLiteral("Jürgen")},
            {QStringLiteral("lastName"), QStringLiteral("Müller")},
            {QStringLiteral("email"), QStringLiteral("j.mueller@globex.example")},
            {QStringLiteral("customerId"), globex}});
    createIn(store, tenantId, "contacts",
        {{QStringLiteral("firstName"), QStringLiteral("Sam")},
            {QStringLiteral("lastName"), QStringLiteral("Lee")},
            {QStringLiteral("status"), QStringLiteral("inactive")}});
    const QString lead = createIn(store, tenantId, "leads",
        {{QStringLiteral("title"), QStringLiteral("Enterprise License Inquiry")},
            {QStringLiteral("leadSource"), QStringLiteral("website")},
            {QStringLiteral("priority"), QStringLiteral("high")},
            {QStringLiteral("contactId"), jane}, {QStringLiteral("estimatedValue"), 48000}});
    createIn(store, tenantId, "leads",
        {{QStringLiteral("title"), QStringLiteral("Trade fair follow-up")},
            {QStringLiteral("leadSource"), QStringLiteral("event")},
            {QStringLiteral("contactId"), jurgen}});
    createIn(store, tenantId, "opportunities",
        {{QStringLiteral("name"), QStringLiteral("Acme — 200 seats")},
            {QStringLiteral("stage"), QStringLiteral("proposal")},
            {QStringLiteral("amount"), 48000},
            {QStringLiteral("expectedCloseDate"), QStringLiteral("2027-03-31")},
            {QStringLiteral("customerId"), acme}, {QStringLiteral("contactId"), jane},
            {QStringLiteral("leadId"), lead}});
    createIn(store, tenantId, "opportunities",
        {{QStringLiteral("name"), QStringLiteral("Globex renewal")},
            {QStringLiteral("stage"), QStringLiteral("negotiation")},
            {QStringLiteral("amount"), 12500.5},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("customerId"), globex}});
    createIn(store, tenantId, "tickets",
        {{QStringLiteral("subject"), QStringLiteral("Cannot export invoices")},
            {QStringLiteral("description"),
                QStringLiteral("Export to CSV fails since the last update.")},
            {QStringLiteral("priority"), QStringLiteral("high")},
            {QStringLiteral("customerId"), acme}, {QStringLiteral("contactId"), jane}});
}

} // namespace

DemoData::Result DemoData::ensure(const Database &database)
{
    const WorkspaceProvisioner::Workspace workspace = WorkspaceProvisioner::ensure(
        database, QStringLiteral("Demo"), QStringLiteral("Demo admin key"));
    if (workspace.created)
        addSampleRecords(database.connection(), workspace.tenantId);
    return {workspace.tenantId, workspace.adminKey};
}
