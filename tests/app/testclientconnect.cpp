#include "testclientconnect.h"

#include "clientprocess.h"
#include "testmacros.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment withKey(const QString &key)
{
    QProcessEnvironment env = ClientProcess::baseEnvironment();
    env.insert(u"OMNIOTAP_API_KEY"_s, key);
    return env;
}

} // namespace

void TestClientConnect::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_tenantId = m_server.createTenant(u"Connect Co"_s);
    QVERIFY(!m_tenantId.isEmpty());
    m_adminKey = m_server.createKey(m_tenantId, {u"admin"_s}).key;
    QVERIFY(!m_adminKey.isEmpty());
}

void TestClientConnect::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClientConnect::cleanup()
{
    m_server.dumpLogIfFailed();
}

QString TestClientConnect::profile(const QString &name) const
{
    return m_dir->filePath(name);
}

QJsonObject TestClientConnect::profileJson(const QString &name) const
{
    QFile file(profile(name) + u"/profile.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestClientConnect::goodKeyFromEnvironmentStoresServerAndTenant()
{
    const QString url = m_server.baseUrl().toString();
    const CliResult r
        = ClientProcess::run({u"connect"_s, u"--profile"_s, profile(), u"--server"_s, url + u"/"_s},
            withKey(m_adminKey));
    OT_VERIFY_EXIT(r, 0);
    QVERIFY2(r.out().contains(m_tenantId), qPrintable(r.out()));
    const QJsonObject json = profileJson();
    QCOMPARE(json.value(u"serverUrl"_s).toString(), url);
    QCOMPARE(json.value(u"tenantId"_s).toString(), m_tenantId);
    QCOMPARE(json.value(u"tenantName"_s).toString(), u"Connect Co"_s);
    // The key is in no file of the profile.
    const QDir dir(profile());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_adminKey.toUtf8()), qPrintable(name));
    }
}

void TestClientConnect::offlineWorkMovesToTheConnectedTenant()
{
    // Records made before the first connect stay, and are still found after it.
    const QString csv = m_dir->filePath(u"c.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("firstName\nOffline Olga\n");
    file.close();
    OT_VERIFY_EXIT(ClientProcess::run({u"import"_s, u"--profile"_s, profile(), u"--collection"_s,
                       u"contacts"_s, csv}),
        0);
    OT_VERIFY_EXIT(ClientProcess::run({u"connect"_s, u"--profile"_s, profile(), u"--server"_s,
                                          m_server.baseUrl().toString()},
                       withKey(m_adminKey)),
        0);
    const CliResult exported = ClientProcess::run(
        {u"export"_s, u"--profile"_s, profile(), u"--collection"_s, u"contacts"_s});
    OT_VERIFY_EXIT(exported, 0);
    const QJsonArray records = exported.json().array();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(u"firstName"_s).toString(), u"Offline Olga"_s);
    const QString id = records.at(0).toObject().value(u"id"_s).toString();
    OT_VERIFY_EXIT(ClientProcess::run({u"delete"_s, u"--profile"_s, profile(), u"--collection"_s,
                       u"contacts"_s, id}),
        0);
}

void TestClientConnect::keyWithoutAdminScopeConnectsWithoutTenant()
{
    const QString key = m_server.createKey(m_tenantId, {u"write"_s}).key;
    QVERIFY(!key.isEmpty());
    const CliResult r = ClientProcess::run(
        {u"connect"_s, u"--profile"_s, profile(), u"--server"_s, m_server.baseUrl().toString()},
        withKey(key));
    OT_VERIFY_EXIT(r, 0);
    const QJsonObject json = profileJson();
    QCOMPARE(json.value(u"serverUrl"_s).toString(), m_server.baseUrl().toString());
    QVERIFY(json.value(u"tenantId"_s).isNull());
}

void TestClientConnect::refusedKeyStoresNothing()
{
    for (const QString &key : {u"otk_notAKeyThisServerEverIssued0000000000"_s, u"garbage"_s}) {
        const CliResult r = ClientProcess::run(
            {u"connect"_s, u"--profile"_s, profile(), u"--server"_s, m_server.baseUrl().toString()},
            withKey(key));
        OT_VERIFY_EXIT(r, 1);
        QVERIFY2(r.err().contains(u"refused"_s), qPrintable(r.err()));
        QVERIFY(r.stdOut.isEmpty());
        const QJsonObject json = profileJson();
        QVERIFY2(
            json.value(u"serverUrl"_s).isNull(), qPrintable(json.value(u"serverUrl"_s).toString()));
        QVERIFY(json.value(u"tenantId"_s).isNull());
    }
}

void TestClientConnect::unreachableServerStoresNothing()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const CliResult r = ClientProcess::run({u"connect"_s, u"--profile"_s, profile(), u"--server"_s,
                                               u"http://127.0.0.1:%1"_s.arg(port)},
        withKey(m_adminKey));
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(u"Cannot reach"_s), qPrintable(r.err()));
    QVERIFY(profileJson().value(u"serverUrl"_s).isNull());
}

void TestClientConnect::badServerUrl()
{
    for (const QString &url : {u"ftp://example.com"_s, u"not a url"_s, u"http://"_s}) {
        const CliResult r = ClientProcess::run(
            {u"connect"_s, u"--profile"_s, profile(), u"--server"_s, url}, withKey(m_adminKey));
        OT_VERIFY_EXIT(r, 1);
        QVERIFY2(!r.err().isEmpty(), qPrintable(url));
    }
    const CliResult missing
        = ClientProcess::run({u"connect"_s, u"--profile"_s, profile()}, withKey(m_adminKey));
    OT_VERIFY_EXIT(missing, 1);
    QVERIFY2(missing.err().contains(u"--server"_s), qPrintable(missing.err()));
}

void TestClientConnect::otherTenantIsRefused()
{
    const QString url = m_server.baseUrl().toString();
    OT_VERIFY_EXIT(ClientProcess::run({u"connect"_s, u"--profile"_s, profile(), u"--server"_s, url},
                       withKey(m_adminKey)),
        0);
    const QString otherTenant = m_server.createTenant(u"Other Co"_s);
    const QString otherKey = m_server.createKey(otherTenant, {u"admin"_s}).key;
    const CliResult r = ClientProcess::run(
        {u"connect"_s, u"--profile"_s, profile(), u"--server"_s, url}, withKey(otherKey));
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(otherTenant), qPrintable(r.err()));
    QCOMPARE(profileJson().value(u"tenantId"_s).toString(), m_tenantId);
}

void TestClientConnect::noKeychainWithoutEnvironmentKeyNamesTheKeychain()
{
    // No session bus: the Secret Service cannot be reached. The key comes on stdin.
    QTemporaryDir scratch;
    QProcessEnvironment env = ClientProcess::baseEnvironment();
    for (const QString &variable : {u"GNOME_KEYRING_CONTROL"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(variable);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + scratch.filePath(u"no-bus"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, scratch.path());
    const CliResult r = ClientProcess::run(
        {u"connect"_s, u"--profile"_s, profile(), u"--server"_s, m_server.baseUrl().toString()},
        env, m_adminKey.toUtf8() + "\n");
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(r.err()));
    QVERIFY2(r.err().contains(u"Secret Service"_s), qPrintable(r.err()));
    const QJsonObject json = profileJson();
    QVERIFY(json.value(u"serverUrl"_s).isNull());
    QVERIFY(json.value(u"tenantId"_s).isNull());
}

QTEST_GUILESS_MAIN(TestClientConnect)
