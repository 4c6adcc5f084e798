#include "testclientpush.h"

#include "testdata.h"
#include "testmacros.h"

#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList kCollections
    = {u"contacts"_s, u"customers"_s, u"leads"_s, u"opportunities"_s, u"tickets"_s};

QJsonArray sortedById(QJsonArray records)
{
    QList<QJsonValue> list(records.begin(), records.end());
    std::sort(list.begin(), list.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(u"id"_s).toString() < b.toObject().value(u"id"_s).toString();
    });
    QJsonArray sorted;
    for (const QJsonValue &value : std::as_const(list))
        sorted.append(value);
    return sorted;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject field(const QJsonObject &conflict, const QString &name)
{
    for (const QJsonValue &value : conflict.value(u"fields"_s).toArray()) {
        if (value.toObject().value(u"field"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

void TestClientPush::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_proxy.start(m_server.port()));
}

void TestClientPush::init()
{
    // A test that stops the server and fails before restarting it leaves it down.
    if (!m_server.isRunning())
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
    m_proxy.setUpstreamPort(m_server.port());
    // A tenant per test: each starts from an empty change feed.
    m_tenant = std::make_unique<TestTenant>();
    QVERIFY(m_tenant->setUp(m_server, QString::fromLatin1(QTest::currentTestFunction())));
    m_clients = std::make_unique<ClientWorkspace>();
    QVERIFY(m_clients->isValid());
    m_clients->setApiKey(m_tenant->key().key);
}

void TestClientPush::cleanup()
{
    m_server.dumpLogIfFailed();
}

bool TestClientPush::connectBoth()
{
    const QUrl relay(u"http://127.0.0.1:%1"_s.arg(m_proxy.port()));
    return m_clients->connect(u"a"_s, relay) && m_clients->connect(u"b"_s, relay)
        && !m_clients->syncJson(u"a"_s).isEmpty() && !m_clients->syncJson(u"b"_s).isEmpty();
}

QJsonObject TestClientPush::snapshot(const QString &name) const
{
    QJsonObject all;
    for (const QString &collection : kCollections)
        all.insert(collection, sortedById(m_clients->exportJson(name, collection)));
    return all;
}

QJsonObject TestClientPush::serverSnapshot()
{
    QJsonObject all;
    for (const QString &collection : kCollections) {
        const HttpResult page = m_tenant->http().get(u"/api/v1/%1?limit=200"_s.arg(collection));
        all.insert(collection, sortedById(page.object().value(u"data"_s).toArray()));
    }
    return all;
}

QString TestClientPush::createdId(
    const QString &name, const QString &collection, const QByteArray &csv)
{
    const QString id = newId();
    const QList<QByteArray> lines = csv.split('\n');
    const QByteArray withId
        = "id," + lines.value(0) + "\n" + id.toUtf8() + ',' + lines.value(1) + '\n';
    return m_clients->importCsv(name, collection, withId) ? id : QString();
}

void TestClientPush::twoClientsConverge()
{
    const QString viaApi = m_tenant->createMinimal(u"contacts"_s, u"Api Ann"_s);
    const QString doomed = m_tenant->createMinimal(u"contacts"_s, u"Doomed Dan"_s);
    QVERIFY(connectBoth());

    // Creates on both sides (with a reference from b's lead to a's customer after a sync).
    const QString acme = createdId(u"a"_s, u"customers"_s, "name,address.city\nAcme,Lyon");
    QVERIFY(!acme.isEmpty());
    QVERIFY(m_clients->importCsv(u"a"_s, u"contacts"_s, "firstName,email\nAl,al@example.com\n"));
    QVERIFY(m_clients->importCsv(u"b"_s, u"tickets"_s, "subject,priority\nPrinter,urgent\n"));
    QCOMPARE(m_clients->syncJson(u"a"_s).value(u"pushed"_s).toInt(), 2);
    QCOMPARE(m_clients->syncJson(u"b"_s).value(u"pushed"_s).toInt(), 1);
    const QString lead
        = createdId(u"b"_s, u"leads"_s, "title,customerId\nBig deal," + acme.toUtf8());
    QVERIFY(!lead.isEmpty());

    // Updates and deletes on both sides and through the API.
    QVERIFY(m_clients->importCsv(
        u"a"_s, u"contacts"_s, "id,lastName\n" + viaApi.toUtf8() + ",From A\n"));
    QVERIFY(m_clients->remove(u"b"_s, u"contacts"_s, doomed));
    QCOMPARE(m_tenant->http()
                 .patch(TestData::path(u"customers"_s, acme), {{u"industry"_s, u"Retail"_s}})
                 .status,
        200);
    m_tenant->createMinimal(u"opportunities"_s, u"Api deal"_s);

    for (const QString &name : {u"a"_s, u"b"_s, u"a"_s, u"b"_s})
        QCOMPARE(m_clients->syncJson(name).value(u"pending"_s).toInt(), 0);

    const QJsonObject server = serverSnapshot();
    QCOMPARE(snapshot(u"a"_s), server);
    QCOMPARE(snapshot(u"b"_s), server);
    QCOMPARE(server.value(u"contacts"_s).toArray().size(), 2); // Api Ann, Al
    QCOMPARE(server.value(u"customers"_s).toArray().size(), 1);
    QCOMPARE(server.value(u"leads"_s).toArray().size(), 1);
    QCOMPARE(server.value(u"tickets"_s).toArray().size(), 1);
    QCOMPARE(server.value(u"opportunities"_s).toArray().size(), 1);
    const QJsonObject ann
        = ClientWorkspace::findById(server.value(u"contacts"_s).toArray(), viaApi);
    QCOMPARE(ann.value(u"lastName"_s).toString(), u"From A"_s);
    const QJsonObject customer = server.value(u"customers"_s).toArray().at(0).toObject();
    QCOMPARE(customer.value(u"industry"_s).toString(), u"Retail"_s);
    QCOMPARE(customer.value(u"address"_s).toObject().value(u"city"_s).toString(), u"Lyon"_s);
    QCOMPARE(m_tenant->http().get(TestData::path(u"contacts"_s, doomed)).status, 404);
}

void TestClientPush::offlineEditsGoOutWhenServerIsBack()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    const QString bob = m_tenant->createMinimal(u"contacts"_s, u"Bob"_s);
    QVERIFY(connectBoth());
    QVERIFY(m_server.terminate());

    // On the train: a create, an update and a delete, all queued.
    const QString olga = createdId(u"a"_s, u"contacts"_s, "firstName\nOffline Olga");
    QVERIFY(!olga.isEmpty());
    QVERIFY(m_clients->importCsv(
        u"a"_s, u"contacts"_s, "id,phone\n" + ann.toUtf8() + ",+33 1 23 45 67 89\n"));
    QVERIFY(m_clients->remove(u"a"_s, u"contacts"_s, bob));
    const CliResult offline = m_clients->sync(u"a"_s);
    OT_VERIFY_EXIT(offline, 2);
    QVERIFY2(offline.err().contains(u"3 local change"_s), qPrintable(offline.err()));
    // Still offline: nothing is lost or sent twice by trying again.
    OT_VERIFY_EXIT(m_clients->sync(u"a"_s), 2);

    QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
    m_proxy.setUpstreamPort(m_server.port());
    m_tenant->http().setBaseUrl(m_server.baseUrl());
    const QJsonObject back = m_clients->syncJson(u"a"_s);
    QCOMPARE(back.value(u"pushed"_s).toInt(), 3);
    QCOMPARE(back.value(u"pending"_s).toInt(), 0);
    QCOMPARE(
        m_tenant->fetch(u"contacts"_s, olga).value(u"firstName"_s).toString(), u"Offline Olga"_s);
    QCOMPARE(
        m_tenant->fetch(u"contacts"_s, ann).value(u"phone"_s).toString(), u"+33 1 23 45 67 89"_s);
    QCOMPARE(m_tenant->http().get(TestData::path(u"contacts"_s, bob)).status, 404);

    QCOMPARE(m_clients->syncJson(u"b"_s).value(u"pending"_s).toInt(), 0);
    QCOMPARE(snapshot(u"b"_s), serverSnapshot());
    QCOMPARE(snapshot(u"a"_s), serverSnapshot());
}

void TestClientPush::differentFieldEditsMerge()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    QVERIFY(connectBoth());
    QVERIFY(m_clients->importCsv(
        u"a"_s, u"contacts"_s, "id,lastName\n" + ann.toUtf8() + ",Lovelace\n"));
    QVERIFY(m_clients->importCsv(
        u"b"_s, u"contacts"_s, "id,email\n" + ann.toUtf8() + ",ann@example.com\n"));
    QCOMPARE(m_tenant->http()
                 .patch(TestData::path(u"contacts"_s, ann), {{u"jobTitle"_s, u"Countess"_s}})
                 .status,
        200);

    // a's PATCH meets the API's edit (412), b's meets both: each merges silently.
    QCOMPARE(m_clients->syncJson(u"a"_s).value(u"conflicts"_s).toInt(), 0);
    QCOMPARE(m_clients->syncJson(u"b"_s).value(u"conflicts"_s).toInt(), 0);
    QVERIFY(!m_clients->syncJson(u"a"_s).isEmpty());

    const QJsonObject server = m_tenant->fetch(u"contacts"_s, ann);
    QCOMPARE(server.value(u"firstName"_s).toString(), u"Ann"_s);
    QCOMPARE(server.value(u"lastName"_s).toString(), u"Lovelace"_s);
    QCOMPARE(server.value(u"email"_s).toString(), u"ann@example.com"_s);
    QCOMPARE(server.value(u"jobTitle"_s).toString(), u"Countess"_s);
    QCOMPARE(server.value(u"version"_s).toInt(), 4);
    QCOMPARE(ClientWorkspace::findById(m_clients->exportJson(u"a"_s, u"contacts"_s), ann), server);
    QCOMPARE(ClientWorkspace::findById(m_clients->exportJson(u"b"_s, u"contacts"_s), ann), server);
}

void TestClientPush::sameFieldEditsConflictAndKeepLocal()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    QVERIFY(connectBoth());
    QVERIFY(m_clients->importCsv(u"a"_s, u"contacts"_s,
        "id,email,phone\n" + ann.toUtf8() + ",local@example.com,+1 555 0100\n"));
    QCOMPARE(m_tenant->http()
                 .patch(TestData::path(u"contacts"_s, ann),
                     {{u"email"_s, u"server@example.com"_s}, {u"jobTitle"_s, u"CTO"_s}})
                 .status,
        200);

    const QJsonObject summary = m_clients->syncJson(u"a"_s, 3);
    QCOMPARE(summary.value(u"conflicts"_s).toInt(), 1);
    QCOMPARE(summary.value(u"pending"_s).toInt(), 1);
    const QJsonArray conflicts = m_clients->conflicts(u"a"_s);
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    QCOMPARE(conflict.value(u"id"_s).toString(), ann);
    QCOMPARE(conflict.value(u"collection"_s).toString(), u"contacts"_s);
    QCOMPARE(conflict.value(u"serverDeleted"_s).toBool(), false);
    // Both values and the base are kept; fields changed on one side only are no conflict but
    // differ between the versions, so they are listed too (phone: local only; jobTitle:
    // server only).
    const QJsonObject email = field(conflict, u"email"_s);
    QCOMPARE(email.value(u"base"_s), QJsonValue());
    QCOMPARE(email.value(u"local"_s).toString(), u"local@example.com"_s);
    QCOMPARE(email.value(u"server"_s).toString(), u"server@example.com"_s);
    QCOMPARE(field(conflict, u"phone"_s).value(u"local"_s).toString(), u"+1 555 0100"_s);
    // Nothing was sent for the record while it waits, and the server kept its version.
    QCOMPARE(
        m_tenant->fetch(u"contacts"_s, ann).value(u"email"_s).toString(), u"server@example.com"_s);
    OT_VERIFY_EXIT(m_clients->sync(u"a"_s), 3);

    const CliResult resolved = m_clients->resolve(u"a"_s, ann, u"local"_s);
    OT_VERIFY_EXIT(resolved, 0);
    QVERIFY2(resolved.out().contains(u"local"_s), qPrintable(resolved.out()));
    QCOMPARE(m_clients->conflicts(u"a"_s).size(), 0);
    const QJsonObject after = m_clients->syncJson(u"a"_s);
    QCOMPARE(after.value(u"pushed"_s).toInt(), 1);
    QCOMPARE(after.value(u"pending"_s).toInt(), 0);

    const QJsonObject server = m_tenant->fetch(u"contacts"_s, ann);
    QCOMPARE(server.value(u"email"_s).toString(), u"local@example.com"_s);
    QCOMPARE(server.value(u"phone"_s).toString(), u"+1 555 0100"_s);
    QCOMPARE(server.value(u"jobTitle"_s).toString(), u"CTO"_s); // the server's own change stays
    QCOMPARE(ClientWorkspace::findById(m_clients->exportJson(u"a"_s, u"contacts"_s), ann), server);
    QVERIFY(!m_clients->syncJson(u"b"_s).isEmpty());
    QCOMPARE(ClientWorkspace::findById(m_clients->exportJson(u"b"_s, u"contacts"_s), ann), server);
}

void TestClientPush::sameFieldEditsConflictAndKeepServer()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    QVERIFY(connectBoth());
    // Two local edits of the record, the second on top of the first.
    QVERIFY(m_clients->importCsv(
        u"a"_s, u"contacts"_s, "id,firstName\n" + ann.toUtf8() + ",Annette\n"));
    QVERIFY(m_clients->importCsv(
        u"a"_s, u"contacts"_s, "id,notes\n" + ann.toUtf8() + ",met at the fair\n"));
    QVERIFY(
        m_clients->importCsv(u"b"_s, u"contacts"_s, "id,firstName\n" + ann.toUtf8() + ",Anna\n"));
    QCOMPARE(m_clients->syncJson(u"b"_s).value(u"pushed"_s).toInt(), 1);

    QCOMPARE(m_clients->syncJson(u"a"_s, 3).value(u"pending"_s).toInt(), 2);
    const QJsonObject conflict = m_clients->conflicts(u"a"_s).at(0).toObject();
    const QJsonObject firstName = field(conflict, u"firstName"_s);
    QCOMPARE(firstName.value(u"base"_s).toString(), u"Ann"_s);
    QCOMPARE(firstName.value(u"local"_s).toString(), u"Annette"_s);
    QCOMPARE(firstName.value(u"server"_s).toString(), u"Anna"_s);

    OT_VERIFY_EXIT(m_clients->resolve(u"a"_s, ann, u"server"_s), 0);
    const QJsonObject after = m_clients->syncJson(u"a"_s);
    QCOMPARE(after.value(u"pending"_s).toInt(), 0);
    QCOMPARE(after.value(u"conflicts"_s).toInt(), 0);
    const QJsonObject server = m_tenant->fetch(u"contacts"_s, ann);
    QCOMPARE(server.value(u"firstName"_s).toString(), u"Anna"_s);
    QCOMPARE(server.value(u"notes"_s), QJsonValue());
    QCOMPARE(server.value(u"version"_s).toInt(), 2);
    QCOMPARE(ClientWorkspace::findById(m_clients->exportJson(u"a"_s, u"contacts"_s), ann), server);
}

void TestClientPush::deleteOfServerEditedRecordIsAConflict()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    const QString bob = m_tenant->createMinimal(u"contacts"_s, u"Bob"_s);
    QVERIFY(connectBoth());
    QVERIFY(m_clients->remove(u"a"_s, u"contacts"_s, ann));
    QVERIFY(m_clients->remove(u"a"_s, u"contacts"_s, bob));
    QCOMPARE(m_tenant->http()
                 .patch(TestData::path(u"contacts"_s, ann), {{u"lastName"_s, u"Kept"_s}})
                 .status,
        200);

    // Bob goes; Ann's deletion would lose the server's edit, so it waits.
    QCOMPARE(m_clients->syncJson(u"a"_s, 3).value(u"pushed"_s).toInt(), 1);
    QCOMPARE(m_tenant->http().get(TestData::path(u"contacts"_s, bob)).status, 404);
    const QJsonObject conflict = m_clients->conflicts(u"a"_s).at(0).toObject();
    QCOMPARE(conflict.value(u"id"_s).toString(), ann);
    QCOMPARE(conflict.value(u"localDeleted"_s).toBool(), true);
    const QJsonObject lastName = field(conflict, u"lastName"_s);
    QCOMPARE(lastName.value(u"server"_s).toString(), u"Kept"_s);
    QCOMPARE(lastName.value(u"local"_s), QJsonValue());

    // Keep the server's: the record comes back here.
    OT_VERIFY_EXIT(m_clients->resolve(u"a"_s, ann, u"server"_s), 0);
    QCOMPARE(m_clients->syncJson(u"a"_s).value(u"pending"_s).toInt(), 0);
    QCOMPARE(ClientWorkspace::findById(m_clients->exportJson(u"a"_s, u"contacts"_s), ann),
        m_tenant->fetch(u"contacts"_s, ann));

    // And the other way: delete again, conflict again, keep the local deletion.
    QVERIFY(m_clients->remove(u"a"_s, u"contacts"_s, ann));
    QCOMPARE(m_tenant->http()
                 .patch(TestData::path(u"contacts"_s, ann), {{u"lastName"_s, u"Again"_s}})
                 .status,
        200);
    OT_VERIFY_EXIT(m_clients->sync(u"a"_s), 3);
    OT_VERIFY_EXIT(m_clients->resolve(u"a"_s, ann, u"local"_s), 0);
    QCOMPARE(m_clients->syncJson(u"a"_s).value(u"pushed"_s).toInt(), 1);
    QCOMPARE(m_tenant->http().get(TestData::path(u"contacts"_s, ann)).status, 404);
}

void TestClientPush::editOfServerDeletedRecordIsCreatedAgain()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    QVERIFY(connectBoth());
    QVERIFY(m_clients->importCsv(
        u"a"_s, u"contacts"_s, "id,jobTitle\n" + ann.toUtf8() + ",Engineer\n"));
    QCOMPARE(m_tenant->http().del(TestData::path(u"contacts"_s, ann)).status, 204);
    OT_VERIFY_EXIT(m_clients->sync(u"a"_s), 3);
    QCOMPARE(
        m_clients->conflicts(u"a"_s).at(0).toObject().value(u"serverDeleted"_s).toBool(), true);

    // The server never reuses an id: the kept version comes back as a new record.
    const CliResult resolved = m_clients->resolve(u"a"_s, ann, u"local"_s);
    OT_VERIFY_EXIT(resolved, 0);
    QVERIFY2(resolved.out().contains(u"created again"_s), qPrintable(resolved.out()));
    QCOMPARE(m_clients->syncJson(u"a"_s).value(u"pushed"_s).toInt(), 1);
    const QJsonArray server = serverSnapshot().value(u"contacts"_s).toArray();
    QCOMPARE(server.size(), 1);
    const QJsonObject again = server.at(0).toObject();
    QVERIFY(again.value(u"id"_s).toString() != ann);
    QCOMPARE(again.value(u"firstName"_s).toString(), u"Ann"_s);
    QCOMPARE(again.value(u"jobTitle"_s).toString(), u"Engineer"_s);
    QCOMPARE(snapshot(u"a"_s), serverSnapshot());
}

void TestClientPush::refusedChangeIsKeptAndExplained()
{
    const QString acme = m_tenant->createId(u"customers"_s, {{u"name"_s, u"Acme"_s}});
    QVERIFY(connectBoth());
    const QString carl
        = createdId(u"a"_s, u"contacts"_s, "firstName,customerId\nCarl," + acme.toUtf8());
    QVERIFY(!carl.isEmpty());
    // The customer goes on the server before the contact that names it arrives there.
    QCOMPARE(m_tenant->http().del(TestData::path(u"customers"_s, acme)).status, 204);

    const QJsonObject summary = m_clients->syncJson(u"a"_s, 3);
    QCOMPARE(summary.value(u"pending"_s).toInt(), 1);
    const QJsonObject conflict = m_clients->conflicts(u"a"_s).at(0).toObject();
    QCOMPARE(conflict.value(u"id"_s).toString(), carl);
    QVERIFY2(conflict.value(u"rejected"_s).toString().contains(u"customerId"_s),
        qPrintable(conflict.value(u"rejected"_s).toString()));
    QCOMPARE(field(conflict, u"firstName"_s).value(u"local"_s).toString(), u"Carl"_s);
    const CliResult listed
        = m_clients->run({u"conflicts"_s, u"--profile"_s, m_clients->profile(u"a"_s)});
    OT_VERIFY_EXIT(listed, 0);
    QVERIFY2(listed.out().contains(u"refused by the server"_s), qPrintable(listed.out()));
    // Kept in the cache until someone decides.
    QCOMPARE(ClientWorkspace::findById(m_clients->exportJson(u"a"_s, u"contacts"_s), carl)
                 .value(u"firstName"_s)
                 .toString(),
        u"Carl"_s);

    // Fixed here (no customer), then sent as it is now.
    QVERIFY(m_clients->importCsv(u"a"_s, u"contacts"_s, "id,customerId\n" + carl.toUtf8() + ",\n"));
    OT_VERIFY_EXIT(m_clients->resolve(u"a"_s, carl, u"local"_s), 0);
    QCOMPARE(m_clients->syncJson(u"a"_s).value(u"pushed"_s).toInt(), 1);
    const QJsonObject server = m_tenant->fetch(u"contacts"_s, carl);
    QCOMPARE(server.value(u"firstName"_s).toString(), u"Carl"_s);
    QCOMPARE(server.value(u"customerId"_s), QJsonValue());
}

void TestClientPush::lostCreateResponseCreatesNothingTwice()
{
    QVERIFY(connectBoth());
    const QString olga = createdId(u"a"_s, u"contacts"_s, "firstName\nOlga");
    QVERIFY(!olga.isEmpty());

    // Every answer to a POST is lost, also those to the network stack's own quiet retries.
    m_proxy.dropResponses("POST", 100);
    const CliResult lost = m_clients->sync(u"a"_s);
    OT_VERIFY_EXIT(lost, 2);
    QVERIFY(m_proxy.dropped() >= 1);
    m_proxy.dropResponses("POST", 0);
    // The server did create it; the client does not know yet.
    QCOMPARE(m_tenant->fetch(u"contacts"_s, olga).value(u"firstName"_s).toString(), u"Olga"_s);

    const QJsonObject retried = m_clients->syncJson(u"a"_s);
    QCOMPARE(retried.value(u"pushed"_s).toInt(), 1);
    QCOMPARE(retried.value(u"pending"_s).toInt(), 0);
    const QJsonArray contacts = serverSnapshot().value(u"contacts"_s).toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).toObject().value(u"version"_s).toInt(), 1);
    const HttpResult feed = m_tenant->http().get(u"/api/v1/changes"_s);
    QCOMPARE(feed.object().value(u"data"_s).toArray().size(), 1); // one "created", no more
    QCOMPARE(snapshot(u"a"_s), serverSnapshot());
}

void TestClientPush::lostUpdateResponseIsSettledByMerge()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    QVERIFY(connectBoth());
    QVERIFY(
        m_clients->importCsv(u"a"_s, u"contacts"_s, "id,lastName\n" + ann.toUtf8() + ",Lost\n"));
    m_proxy.dropResponses("PATCH", 100);
    OT_VERIFY_EXIT(m_clients->sync(u"a"_s), 2);
    QVERIFY(m_proxy.dropped() >= 1);
    m_proxy.dropResponses("PATCH", 0);

    // The retry's If-Match names the old version (412); the server already holds the edit, so
    // the merge finds nothing left to send and no conflict.
    const QJsonObject retried = m_clients->syncJson(u"a"_s);
    QCOMPARE(retried.value(u"conflicts"_s).toInt(), 0);
    QCOMPARE(retried.value(u"pending"_s).toInt(), 0);
    const QJsonObject server = m_tenant->fetch(u"contacts"_s, ann);
    QCOMPARE(server.value(u"lastName"_s).toString(), u"Lost"_s);
    QCOMPARE(server.value(u"version"_s).toInt(), 2);
    QCOMPARE(ClientWorkspace::findById(m_clients->exportJson(u"a"_s, u"contacts"_s), ann), server);
}

void TestClientPush::resolveNeedsAConflict()
{
    QVERIFY(connectBoth());
    CliResult r = m_clients->resolve(u"a"_s, newId(), u"local"_s);
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(u"No conflict"_s), qPrintable(r.err()));
    r = m_clients->resolve(u"a"_s, newId(), u"mine"_s);
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(u"--keep"_s), qPrintable(r.err()));
    r = m_clients->run({u"conflicts"_s, u"resolve"_s, u"--profile"_s, m_clients->profile(u"a"_s)});
    OT_VERIFY_EXIT(r, 1);
}

QTEST_GUILESS_MAIN(TestClientPush)
