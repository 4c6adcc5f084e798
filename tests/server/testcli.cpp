#include "testcli.h"

#include "httpclient.h"
#include "testdata.h"
#include "testmacros.h"
#include "testtenant.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression KeyPattern(u"otk_[A-Za-z0-9]{32,}"_s);
} // namespace

void TestCli::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
}

void TestCli::cleanup()
{
    m_server.dumpLogIfFailed();
}

QString TestCli::newTenant(const QString &name)
{
    return m_server.createTenant(name);
}

void TestCli::versionAndHelp()
{
    const CliResult version = ServerProcess::runBinary({u"--version"_s});
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    QCOMPARE(version.out().trimmed(),
        u"omniotap-server "_s + QString::fromLatin1(OMNIOTAP_EXPECTED_VERSION));

    const CliResult help = ServerProcess::runBinary({u"--help"_s});
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    for (const QString &word : {u"serve"_s, u"tenant"_s, u"key"_s, u"--data-dir"_s})
        QVERIFY2(help.out().contains(word), qPrintable(u"--help does not mention "_s + word));
}

void TestCli::unknownCommandFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("unknown tenant subcommand") << QStringList {u"tenant"_s, u"explode"_s};
    QTest::newRow("unknown key subcommand") << QStringList {u"key"_s, u"rotate"_s};
    QTest::newRow("unknown option") << QStringList {u"tenant"_s, u"list"_s, u"--colour"_s};
}

void TestCli::unknownCommandFails()
{
    QFETCH(QStringList, args);
    const CliResult r = m_server.runCli(args);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(!r.stdErr.trimmed().isEmpty(), "no message on stderr");
}

void TestCli::tenantCreateAndList()
{
    CliResult r = m_server.runCli({u"tenant"_s, u"create"_s, u"--name"_s, u"Plain Co"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString plainId = r.out().trimmed();
    QVERIFY2(TestData::isUuid(plainId), qPrintable(r.describe()));

    r = m_server.runCli({u"tenant"_s, u"create"_s, u"--name"_s, u"Json Co"_s, u"--rate-limit"_s,
        u"77"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.json().isObject(), qPrintable(r.describe()));
    const QString jsonId = r.json().object().value(u"id"_s).toString();
    QVERIFY(TestData::isUuid(jsonId));

    r = m_server.runCli({u"tenant"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0 && r.json().isArray(), qPrintable(r.describe()));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : r.json().array())
        byId.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
    // The documented members (the server may add more).
    QCOMPARE(byId.value(plainId).value(u"name"_s).toString(), u"Plain Co"_s);
    QCOMPARE(byId.value(plainId).value(u"rateLimit"_s), QJsonValue(60));
    QCOMPARE(byId.value(jsonId).value(u"name"_s).toString(), u"Json Co"_s);
    QCOMPARE(byId.value(jsonId).value(u"rateLimit"_s), QJsonValue(77));

    r = m_server.runCli({u"tenant"_s, u"list"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.out().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(plainId + u"\tPlain Co\t60"_s), qPrintable(r.out()));
    QVERIFY2(lines.contains(jsonId + u"\tJson Co\t77"_s), qPrintable(r.out()));
}

void TestCli::tenantErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("create without name") << QStringList {u"tenant"_s, u"create"_s};
    QTest::newRow("create with empty name")
        << QStringList {u"tenant"_s, u"create"_s, u"--name"_s, u""_s};
    QTest::newRow("create with bad limit")
        << QStringList {u"tenant"_s, u"create"_s, u"--name"_s, u"X"_s, u"--rate-limit"_s, u"abc"_s};
    QTest::newRow("create with negative limit")
        << QStringList {u"tenant"_s, u"create"_s, u"--name"_s, u"X"_s, u"--rate-limit"_s, u"-3"_s};
    QTest::newRow("set-rate-limit unknown tenant")
        << QStringList {u"tenant"_s, u"set-rate-limit"_s, TestData::newUuid(), u"10"_s};
    QTest::newRow("set-rate-limit without value")
        << QStringList {u"tenant"_s, u"set-rate-limit"_s, TestData::newUuid()};
}

void TestCli::tenantErrors()
{
    QFETCH(QStringList, args);
    const int before
        = int(m_server.runCli({u"tenant"_s, u"list"_s, u"--json"_s}).json().array().size());
    const CliResult r = m_server.runCli(args);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(!r.stdErr.trimmed().isEmpty(), "no message on stderr");
    QCOMPARE(m_server.runCli({u"tenant"_s, u"list"_s, u"--json"_s}).json().array().size(), before);
}

void TestCli::setRateLimit()
{
    const QString id = newTenant(u"Adjustable Co"_s);
    QVERIFY(!id.isEmpty());
    CliResult r = m_server.runCli({u"tenant"_s, u"set-rate-limit"_s, id, u"123"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = m_server.runCli({u"tenant"_s, u"list"_s, u"--json"_s});
    bool found = false;
    for (const QJsonValue &v : r.json().array()) {
        if (v.toObject().value(u"id"_s).toString() == id) {
            found = true;
            QCOMPARE(v.toObject().value(u"rateLimit"_s).toInt(), 123);
        }
    }
    QVERIFY(found);

    // The running server uses it.
    TestTenant tenant;
    QVERIFY(tenant.adopt(m_server, id, u"Adjustable Co"_s));
    const HttpResult response = tenant.http().get(u"/api/v1/tenant"_s);
    OT_VERIFY_STATUS(response, 200);
    OT_VERIFY_CHECK(ResponseCheck::rateLimitHeaders(response, 123));

    for (const QString &bad : {u"-5"_s, u"lots"_s}) {
        r = m_server.runCli({u"tenant"_s, u"set-rate-limit"_s, id, bad});
        QVERIFY2(r.exitCode == 1, qPrintable(bad + u": "_s + r.describe()));
    }
}

void TestCli::keyCreateDefaultsToRead()
{
    const QString tenantId = newTenant(u"Key Co"_s);
    QVERIFY(!tenantId.isEmpty());
    const CliResult r = m_server.runCli(
        {u"key"_s, u"create"_s, u"--tenant"_s, tenantId, u"--name"_s, u"Reader"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString key = r.out().trimmed();
    QVERIFY2(QRegularExpression(u"^otk_[A-Za-z0-9]{32,}$"_s).match(key).hasMatch(),
        qPrintable(r.describe()));

    HttpClient client(m_server.baseUrl());
    client.setApiKey(key);
    OT_VERIFY_STATUS(client.get(u"/api/v1/contacts"_s), 200);
    OT_VERIFY_PROBLEM(
        client.post(u"/api/v1/contacts"_s, TestData::minimalBody(u"contacts"_s)), 403, "forbidden");
}

void TestCli::keyCreateJsonAndScopes()
{
    const QString tenantId = newTenant(u"Scoped Co"_s);
    QVERIFY(!tenantId.isEmpty());
    const CliResult r = m_server.runCli({u"key"_s, u"create"_s, u"--tenant"_s, tenantId,
        u"--name"_s, u"Everything"_s, u"--scopes"_s, u"read,write,admin"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0 && r.json().isObject(), qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QVERIFY(TestData::isUuid(o.value(u"id"_s).toString()));
    QVERIFY(KeyPattern.match(o.value(u"key"_s).toString()).hasMatch());

    HttpClient client(m_server.baseUrl());
    client.setApiKey(o.value(u"key"_s).toString());
    OT_VERIFY_STATUS(client.post(u"/api/v1/contacts"_s, TestData::minimalBody(u"contacts"_s)), 201);
    const HttpResult tenant = client.get(u"/api/v1/tenant"_s);
    OT_VERIFY_STATUS(tenant, 200);
    QCOMPARE(tenant.object().value(u"id"_s).toString(), tenantId);
    QCOMPARE(tenant.object().value(u"name"_s).toString(), u"Scoped Co"_s);
}

void TestCli::keyErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown tenant") << QStringList {
        u"key"_s, u"create"_s, u"--tenant"_s, TestData::newUuid(), u"--name"_s, u"x"_s};
    QTest::newRow("without tenant") << QStringList {u"key"_s, u"create"_s, u"--name"_s, u"x"_s};
    QTest::newRow("without name") << QStringList {u"key"_s, u"create"_s, u"--tenant"_s, u"%T%"_s};
    QTest::newRow("unknown scope") << QStringList {u"key"_s, u"create"_s, u"--tenant"_s, u"%T%"_s,
        u"--name"_s, u"x"_s, u"--scopes"_s, u"read,root"_s};
    QTest::newRow("list unknown tenant")
        << QStringList {u"key"_s, u"list"_s, u"--tenant"_s, TestData::newUuid()};
    QTest::newRow("revoke unknown key") << QStringList {u"key"_s, u"revoke"_s, TestData::newUuid()};
    QTest::newRow("revoke without id") << QStringList {u"key"_s, u"revoke"_s};
}

void TestCli::keyErrors()
{
    QFETCH(QStringList, args);
    const QString tenantId = newTenant(u"Key Errors Co"_s);
    QVERIFY(!tenantId.isEmpty());
    args.replaceInStrings(u"%T%"_s, tenantId);
    const CliResult r = m_server.runCli(args);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(!r.stdErr.trimmed().isEmpty(), "no message on stderr");
    const CliResult list
        = m_server.runCli({u"key"_s, u"list"_s, u"--tenant"_s, tenantId, u"--json"_s});
    QCOMPARE(list.json().array().size(), 0);
}

void TestCli::keyListAndRevoke()
{
    const QString tenantId = newTenant(u"Listing Co"_s);
    const CreatedKey first = m_server.createKey(tenantId, {u"read"_s, u"write"_s}, u"First"_s);
    const CreatedKey second = m_server.createKey(tenantId, {u"admin"_s}, u"Second"_s);
    QVERIFY(first.isValid() && second.isValid());

    CliResult r = m_server.runCli({u"key"_s, u"list"_s, u"--tenant"_s, tenantId, u"--json"_s});
    QVERIFY2(r.exitCode == 0 && r.json().isArray(), qPrintable(r.describe()));
    QCOMPARE(r.json().array().size(), 2);
    QVERIFY(!r.stdOut.contains(first.key.toUtf8()));
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject o = v.toObject();
        for (const QString &field : {u"createdAt"_s, u"expiresAt"_s, u"id"_s, u"lastUsedAt"_s,
                 u"name"_s, u"prefix"_s, u"scopes"_s})
            QVERIFY2(o.contains(field), qPrintable(field));
        QVERIFY(!o.contains(u"key"_s));
        const bool isFirst = o.value(u"id"_s).toString() == first.id;
        const CreatedKey &key = isFirst ? first : second;
        QCOMPARE(o.value(u"id"_s).toString(), key.id);
        QCOMPARE(o.value(u"name"_s).toString(), isFirst ? u"First"_s : u"Second"_s);
        QCOMPARE(o.value(u"prefix"_s).toString(), key.key.left(12));
        QVERIFY(o.value(u"scopes"_s).isArray());
        QVERIFY(TestData::isTimestamp(o.value(u"createdAt"_s).toString()));
        QVERIFY(o.value(u"expiresAt"_s).isNull());
    }

    r = m_server.runCli({u"key"_s, u"list"_s, u"--tenant"_s, tenantId});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out().contains(first.id) && r.out().contains(second.id));
    QVERIFY(!r.out().contains(first.key));

    HttpClient client(m_server.baseUrl());
    client.setApiKey(first.key);
    OT_VERIFY_STATUS(client.get(u"/api/v1/contacts"_s), 200);
    r = m_server.runCli({u"key"_s, u"revoke"_s, first.id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    OT_VERIFY_PROBLEM(client.get(u"/api/v1/contacts"_s), 401, "unauthorized");
    r = m_server.runCli({u"key"_s, u"list"_s, u"--tenant"_s, tenantId, u"--json"_s});
    QCOMPARE(r.json().array().size(), 1);
    r = m_server.runCli({u"key"_s, u"revoke"_s, first.id});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
}

void TestCli::optionsBeforeCommand()
{
    const CliResult r = ServerProcess::runBinary(
        {u"--data-dir"_s, m_server.dataDir(), u"--json"_s, u"tenant"_s, u"list"_s});
    QVERIFY2(r.exitCode == 0 && r.json().isArray(), qPrintable(r.describe()));
    QVERIFY(!r.json().array().isEmpty());
}

void TestCli::seed()
{
    const QString tenantId = newTenant(u"Seeded Co"_s);
    QVERIFY(!tenantId.isEmpty());
    const CliResult r = m_server.runCli(
        {u"seed"_s, u"--tenant"_s, tenantId, u"--contacts"_s, u"5"_s, u"--customers"_s, u"3"_s,
            u"--leads"_s, u"2"_s, u"--opportunities"_s, u"4"_s, u"--tickets"_s, u"1"_s},
        60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    TestTenant tenant;
    QVERIFY(tenant.adopt(m_server, tenantId, u"Seeded Co"_s));
    const QList<QPair<QString, int>> expected {{u"contacts"_s, 5}, {u"customers"_s, 3},
        {u"leads"_s, 2}, {u"opportunities"_s, 4}, {u"tickets"_s, 1}};
    for (const auto &e : expected) {
        const HttpResult list = tenant.http().get(TestData::path(e.first));
        OT_VERIFY_STATUS(list, 200);
        QVERIFY2(
            list.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt() == e.second,
            qPrintable(e.first));
        for (const QJsonValue &v : list.data())
            OT_VERIFY_CHECK(ResponseCheck::record(v.toObject(), e.first));
    }
    QVERIFY(!tenant.http().get(u"/api/v1/changes"_s).data().isEmpty());
}

void TestCli::backup()
{
    QTemporaryDir target;
    const QString file = target.filePath(u"backup.sqlite"_s);
    const CliResult r = m_server.runCli({u"backup"_s, u"--to"_s, file}, 60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile backup(file);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.size() > 0);
    QCOMPARE(backup.read(16), QByteArray("SQLite format 3\0", 16));
}

void TestCli::cliWhileServerWrites()
{
    // The operator seeds into the data dir while the server takes writes: both succeed.
    TestTenant tenant;
    QVERIFY(tenant.setUp(m_server, u"Busy Co"_s));
    QProcess seed;
    seed.start(ServerProcess::binaryPath(),
        {u"seed"_s, u"--tenant"_s, tenant.id(), u"--contacts"_s, u"400"_s, u"--tickets"_s, u"200"_s,
            u"--data-dir"_s, m_server.dataDir()});
    QVERIFY(seed.waitForStarted());
    int written = 0;
    while (seed.state() != QProcess::NotRunning || written < 20) {
        const HttpResult r = tenant.http().post(
            u"/api/v1/customers"_s, {{u"name"_s, u"Concurrent %1"_s.arg(written)}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        ++written;
        QVERIFY(written < 5000);
        seed.waitForFinished(0);
    }
    QCOMPARE(seed.state(), QProcess::NotRunning);
    QVERIFY2(seed.exitStatus() == QProcess::NormalExit && seed.exitCode() == 0,
        seed.readAllStandardError().constData());
    const HttpResult customers = tenant.http().get(u"/api/v1/customers"_s);
    QCOMPARE(
        customers.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), written);
    const HttpResult contacts = tenant.http().get(u"/api/v1/contacts"_s);
    QCOMPARE(contacts.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 400);
}

void TestCli::listenErrors()
{
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    CliResult r = ServerProcess::runBinary({u"serve"_s, u"--data-dir"_s, dir.path(), u"--listen"_s,
                                               u"127.0.0.1:%1"_s.arg(occupied.serverPort())},
        15000);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(!r.stdErr.trimmed().isEmpty());

    r = ServerProcess::runBinary(
        {u"serve"_s, u"--data-dir"_s, dir.path(), u"--listen"_s, u"not-an-address"_s}, 15000);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
}

void TestCli::demoMode()
{
    ServerProcess demo;
    QVERIFY2(demo.start({u"--demo"_s}), qPrintable(demo.lastError()));
    QString key;
    for (int i = 0; i < 50 && key.isEmpty(); ++i) {
        key = KeyPattern.match(QString::fromUtf8(demo.standardOutput())).captured(0);
        if (key.isEmpty())
            QTest::qWait(100);
    }
    QVERIFY2(!key.isEmpty(), demo.standardOutput().constData());
    QVERIFY2(demo.standardOutput().contains("curl"), demo.standardOutput().constData());

    HttpClient client(demo.baseUrl());
    client.setApiKey(key);
    const HttpResult tenant = client.get(u"/api/v1/tenant"_s);
    OT_VERIFY_STATUS(tenant, 200);
    QCOMPARE(tenant.object().value(u"name"_s).toString(), u"Demo"_s);
    for (const QString &c : TestData::collections()) {
        const HttpResult list = client.get(TestData::path(c));
        OT_VERIFY_STATUS(list, 200);
        QVERIFY2(list.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt() > 0,
            qPrintable(c));
    }

    // A second --demo start on the same data dir adds no second tenant.
    QVERIFY(demo.restart());
    const CliResult tenants = demo.runCli({u"tenant"_s, u"list"_s, u"--json"_s});
    QCOMPARE(tenants.json().array().size(), 1);
    demo.dumpLogIfFailed();
}

void TestCli::sigtermExitsCleanlyAndDataPersists()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    TestTenant tenant;
    QVERIFY(tenant.setUp(server, u"Durable Co"_s));
    const QJsonObject record = tenant.create(u"contacts"_s, {{u"firstName"_s, u"Durable"_s}});
    QVERIFY(!record.isEmpty());
    const QString id = record.value(u"id"_s).toString();

    QVERIFY(server.terminate());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);

    QVERIFY2(server.start(), qPrintable(server.lastError()));
    tenant.http().setBaseUrl(server.baseUrl());
    const HttpResult r = tenant.http().get(TestData::path(u"contacts"_s, id));
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.object(), record);
    const HttpResult feed = tenant.http().get(u"/api/v1/changes"_s);
    OT_VERIFY_STATUS(feed, 200);
    QCOMPARE(feed.data().size(), 1);
    server.dumpLogIfFailed();
}

void TestCli::sigintExitsCleanly()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    QVERIFY(server.interrupt());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
