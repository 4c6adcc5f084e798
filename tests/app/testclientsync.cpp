#include "testclientsync.h"

#include "clientprocess.h"
#include "testdata.h"
#include "testmacros.h"
#include "webhookreceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject findById(const QJsonArray &records, const QString &id)
{
    return ClientWorkspace::findById(records, id);
}

} // namespace

void TestClientSync::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
}

void TestClientSync::init()
{
    m_clients = std::make_unique<ClientWorkspace>();
    QVERIFY(m_clients->isValid());
    // A tenant per test: each starts from an empty change feed.
    m_tenant = std::make_unique<TestTenant>();
    QVERIFY(m_tenant->setUp(m_server, QString::fromLatin1(QTest::currentTestFunction())));
    m_clients->setApiKey(m_tenant->key().key);
}

void TestClientSync::cleanup()
{
    m_server.dumpLogIfFailed();
}

QString TestClientSync::profile(const QString &name) const
{
    return m_clients->profile(name);
}

QProcessEnvironment TestClientSync::keyEnvironment() const
{
    return m_clients->keyEnvironment();
}

bool TestClientSync::connectProfile(ServerProcess &server, const QString &name)
{
    m_clients->setApiKey(m_tenant->key().key); // the test may have switched tenants
    return m_clients->connect(name, server.baseUrl());
}

CliResult TestClientSync::sync(const QString &name)
{
    return m_clients->sync(name);
}

QJsonObject TestClientSync::syncJson(int expectedExit, const QString &name)
{
    return m_clients->syncJson(name, expectedExit);
}

QJsonArray TestClientSync::exportJson(const QString &collection, const QString &name)
{
    return m_clients->exportJson(name, collection);
}

bool TestClientSync::importCsv(
    const QString &collection, const QByteArray &csv, const QString &name)
{
    return m_clients->importCsv(name, collection, csv);
}

void TestClientSync::pullBringsServerRecordsVerbatim()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    const QString bob = m_tenant->createMinimal(u"contacts"_s, u"Bob"_s);
    const QJsonObject customer = m_tenant->create(u"customers"_s,
        {{u"name"_s, u"Acme"_s},
            {u"address"_s, QJsonObject {{u"city"_s, u"Lyon"_s}, {u"country"_s, u"FR"_s}}}});
    QVERIFY(!ann.isEmpty() && !bob.isEmpty() && !customer.isEmpty());
    QVERIFY(connectProfile(m_server));

    const QJsonObject summary = syncJson();
    QCOMPARE(summary.value(u"pulled"_s).toInt(), 3);
    QCOMPARE(summary.value(u"pending"_s).toInt(), 0);
    QCOMPARE(summary.value(u"conflicts"_s).toInt(), 0);
    QVERIFY(!summary.value(u"cursor"_s).toString().isEmpty());

    // Exactly the server's records: ids, versions, timestamps and fields.
    const QJsonArray contacts = exportJson(u"contacts"_s);
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(findById(contacts, ann), m_tenant->fetch(u"contacts"_s, ann));
    QCOMPARE(findById(contacts, bob), m_tenant->fetch(u"contacts"_s, bob));
    const QJsonArray customers = exportJson(u"customers"_s);
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.at(0).toObject(), customer);

    // Pulled records are the server's state, not local changes: nothing is queued for push,
    // and the plain summary says what happened.
    const CliResult plain
        = ClientProcess::run({u"sync"_s, u"--profile"_s, profile()}, keyEnvironment());
    OT_VERIFY_EXIT(plain, 0);
    QVERIFY2(plain.out().contains(u"Pulled 0 change"_s), qPrintable(plain.out()));
    QVERIFY2(plain.out().contains(u"sent 0"_s), qPrintable(plain.out()));
}

void TestClientSync::updatesAndDeletesFollowIncrementally()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    const QString bob = m_tenant->createMinimal(u"contacts"_s, u"Bob"_s);
    QVERIFY(connectProfile(m_server));
    const QJsonObject first = syncJson();
    QCOMPARE(first.value(u"pulled"_s).toInt(), 2);

    QCOMPARE(m_tenant->http()
                 .patch(TestData::path(u"contacts"_s, ann), {{u"firstName"_s, u"Annie"_s}})
                 .status,
        200);
    QCOMPARE(m_tenant->http().del(TestData::path(u"contacts"_s, bob)).status, 204);
    const QString cid = m_tenant->createMinimal(u"contacts"_s, u"Cid"_s);

    const QJsonObject second = syncJson();
    QCOMPARE(second.value(u"pulled"_s).toInt(), 3); // only what happened since the first sync
    QVERIFY(second.value(u"cursor"_s).toString().toLongLong()
        > first.value(u"cursor"_s).toString().toLongLong());
    const QJsonArray contacts = exportJson(u"contacts"_s);
    QCOMPARE(contacts.size(), 2);
    const QJsonObject annie = findById(contacts, ann);
    QCOMPARE(annie.value(u"firstName"_s).toString(), u"Annie"_s);
    QCOMPARE(annie.value(u"version"_s).toInt(), 2);
    QCOMPARE(annie, m_tenant->fetch(u"contacts"_s, ann));
    QVERIFY(findById(contacts, bob).isEmpty());
    QCOMPARE(findById(contacts, cid), m_tenant->fetch(u"contacts"_s, cid));

    const QJsonObject third = syncJson();
    QCOMPARE(third.value(u"pulled"_s).toInt(), 0);
    QCOMPARE(third.value(u"cursor"_s), second.value(u"cursor"_s));
}

void TestClientSync::pendingLocalEditIsNotOverwritten()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    QVERIFY(connectProfile(m_server));
    syncJson();
    QVERIFY(importCsv(u"contacts"_s, "id,firstName\n" + ann.toUtf8() + ",Local Ann\n"));
    QCOMPARE(m_tenant->http()
                 .patch(TestData::path(u"contacts"_s, ann), {{u"lastName"_s, u"Server"_s}})
                 .status,
        200);

    // The pull keeps the local edit (the server's update of the record is not applied over
    // it); the push then merges the two, which touch different fields.
    const QJsonObject summary = syncJson();
    QCOMPARE(summary.value(u"pulled"_s).toInt(), 1);
    QCOMPARE(summary.value(u"pushed"_s).toInt(), 1);
    QCOMPARE(summary.value(u"pending"_s).toInt(), 0);
    QCOMPARE(summary.value(u"conflicts"_s).toInt(), 0);
    const QJsonObject local = findById(exportJson(u"contacts"_s), ann);
    QCOMPARE(local.value(u"firstName"_s).toString(), u"Local Ann"_s);
    QCOMPARE(local.value(u"lastName"_s).toString(), u"Server"_s);
    QCOMPARE(local, m_tenant->fetch(u"contacts"_s, ann));
}

void TestClientSync::localEditOfServerDeletedRecordBecomesConflict()
{
    const QString ann = m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    QVERIFY(connectProfile(m_server));
    syncJson();
    QVERIFY(importCsv(u"contacts"_s, "id,firstName\n" + ann.toUtf8() + ",Local Ann\n"));
    QCOMPARE(m_tenant->http().del(TestData::path(u"contacts"_s, ann)).status, 204);

    const QJsonObject summary = syncJson(3);
    QCOMPARE(summary.value(u"pulled"_s).toInt(), 1);
    QCOMPARE(summary.value(u"conflicts"_s).toInt(), 1);
    QCOMPARE(summary.value(u"pending"_s).toInt(), 1);

    const CliResult conflicts
        = ClientProcess::run({u"conflicts"_s, u"--profile"_s, profile(), u"--json"_s});
    OT_VERIFY_EXIT(conflicts, 0);
    const QJsonArray list = conflicts.json().array();
    QCOMPARE(list.size(), 1);
    const QJsonObject conflict = list.at(0).toObject();
    QCOMPARE(conflict.value(u"id"_s).toString(), ann);
    QCOMPARE(conflict.value(u"collection"_s).toString(), u"contacts"_s);
    QCOMPARE(conflict.value(u"serverDeleted"_s).toBool(), true);
    bool sawFirstName = false;
    for (const QJsonValue &field : conflict.value(u"fields"_s).toArray()) {
        const QJsonObject f = field.toObject();
        if (f.value(u"field"_s).toString() != u"firstName"_s)
            continue;
        sawFirstName = true;
        QCOMPARE(f.value(u"local"_s).toString(), u"Local Ann"_s);
        QCOMPARE(f.value(u"base"_s).toString(), u"Ann"_s);
    }
    QVERIFY2(sawFirstName, qPrintable(QString::fromUtf8(conflicts.stdOut)));

    // The local edit is still in the cache.
    QCOMPARE(
        findById(exportJson(u"contacts"_s), ann).value(u"firstName"_s).toString(), u"Local Ann"_s);
    // Still waiting on the next sync, with nothing new pulled.
    const QJsonObject again = syncJson(3);
    QCOMPARE(again.value(u"pulled"_s).toInt(), 0);
}

void TestClientSync::unreachableServerExitsTwoAndKeepsChanges()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    m_tenant = std::make_unique<TestTenant>();
    QVERIFY(m_tenant->setUp(server, u"Offline Co"_s));
    m_tenant->createMinimal(u"contacts"_s, u"Ann"_s);
    QVERIFY(connectProfile(server));
    QCOMPARE(syncJson().value(u"pulled"_s).toInt(), 1);
    QVERIFY(importCsv(u"contacts"_s, "firstName\nOffline Olga\n"));
    QVERIFY(server.terminate());

    QElapsedTimer timer;
    timer.start();
    const CliResult r = sync();
    OT_VERIFY_EXIT(r, 2);
    QVERIFY2(timer.elapsed() < 20000, "a refused connection should fail fast");
    QVERIFY2(r.err().contains(u"Offline"_s), qPrintable(r.err()));
    QVERIFY2(r.err().contains(u"1 local change"_s), qPrintable(r.err()));
    QCOMPARE(exportJson(u"contacts"_s).size(), 2);
}

void TestClientSync::rateLimitIsWaitedOut()
{
    // The server's windows are a minute long; a stand-in answers the first request with 429
    // and Retry-After: 1, then hands out two real pages of the feed.
    for (int i = 0; i < 3; ++i)
        m_tenant->createMinimal(u"contacts"_s, u"Person %1"_s.arg(i));
    QVERIFY(connectProfile(m_server));
    const HttpResult firstPage = m_tenant->http().get(u"/api/v1/changes?limit=1"_s);
    QCOMPARE(firstPage.status, 200);
    const QString cursor = firstPage.object().value(u"nextCursor"_s).toString();
    QVERIFY(firstPage.object().value(u"hasMore"_s).toBool());
    const HttpResult rest = m_tenant->http().get(u"/api/v1/changes?since=%1"_s.arg(cursor));
    QCOMPARE(rest.status, 200);

    WebhookReceiver standIn;
    QVERIFY(standIn.listen());
    const QList<QPair<QByteArray, QByteArray>> json = {{"Content-Type", "application/json"}};
    standIn.queueResponses({{200, json, firstPage.body, 0, false, 0},
        {429, {{"Retry-After", "1"}, {"Content-Type", "application/problem+json"}},
            R"({"title":"Too Many Requests","status":429})", 0, false, 0},
        {200, json, rest.body, 0, false, 0}});
    QFile settings(profile() + u"/profile.json"_s);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QJsonObject profileJson = QJsonDocument::fromJson(settings.readAll()).object();
    settings.close();
    profileJson.insert(u"serverUrl"_s, u"http://127.0.0.1:%1"_s.arg(standIn.port()));
    QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
    settings.write(QJsonDocument(profileJson).toJson());
    settings.close();

    // Started without blocking: the stand-in answers from this thread's event loop.
    QProcess client;
    client.setProcessEnvironment(keyEnvironment());
    QElapsedTimer timer;
    timer.start();
    client.start(ClientProcess::binaryPath(), {u"sync"_s, u"--profile"_s, profile(), u"--json"_s});
    QVERIFY(client.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 30000);
    const QByteArray out = client.readAllStandardOutput();
    const QByteArray err = client.readAllStandardError();
    QVERIFY2(client.exitCode() == 0, err.constData());
    QVERIFY(timer.elapsed() >= 1000);
    QVERIFY2(err.contains("rate limiting"), err.constData());
    QCOMPARE(standIn.count(), 3);
    // The retry asked again for the same page, after the first page's cursor.
    QVERIFY2(standIn.requests().at(1).path.contains("since=" + cursor.toUtf8()),
        standIn.requests().at(1).path.constData());
    QCOMPARE(standIn.requests().at(2).path, standIn.requests().at(1).path);
    const QJsonObject summary = QJsonDocument::fromJson(out).object();
    QCOMPARE(summary.value(u"pulled"_s).toInt(), 3);
    QCOMPARE(exportJson(u"contacts"_s).size(), 3);
}

void TestClientSync::missingKeyOrServerIsExplained()
{
    // Never connected: no server to sync with.
    CliResult r = ClientProcess::run({u"sync"_s, u"--profile"_s, profile()}, keyEnvironment());
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(u"connect"_s), qPrintable(r.err()));

    // Connected with a key from the environment (so none in the keychain), then synced
    // without it and without a keychain: the message names the keychain.
    QVERIFY(connectProfile(m_server));
    QTemporaryDir scratch;
    QProcessEnvironment env = ClientProcess::baseEnvironment();
    for (const QString &variable : {u"GNOME_KEYRING_CONTROL"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(variable);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + scratch.filePath(u"no-bus"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, scratch.path());
    r = ClientProcess::run({u"sync"_s, u"--profile"_s, profile()}, env);
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(r.err()));
    QVERIFY2(r.err().contains(u"OMNIOTAP_API_KEY"_s), qPrintable(r.err()));

    // A key the server refuses: exit 1 with the server's reason.
    env = ClientProcess::baseEnvironment();
    env.insert(u"OMNIOTAP_API_KEY"_s, u"otk_notAKeyThisServerEverIssued0000000000"_s);
    r = ClientProcess::run({u"sync"_s, u"--profile"_s, profile()}, env);
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(u"refused"_s), qPrintable(r.err()));
}

QTEST_GUILESS_MAIN(TestClientSync)
