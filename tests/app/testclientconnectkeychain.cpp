#include "testclientconnectkeychain.h"

#include "clientprocess.h"
#include "secrets/keychainstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

void TestClientConnectKeychain::initTestCase()
{
    // Entries are written for real; only the disposable keyring of with-keyring.sh may take them.
    QVERIFY2(qEnvironmentVariableIsSet("OMNIOTAP_TEST_KEYRING"),
        "run this test through tests/support/with-keyring.sh (ctest does)");
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
}

void TestClientConnectKeychain::keyFromStdinIsStoredInTheKeychain()
{
    const QString tenant = m_server.createTenant(u"Keychain Co"_s);
    const QString key = m_server.createKey(tenant, {u"admin"_s}).key;
    QVERIFY(!key.isEmpty());
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"p"_s);

    const CliResult r = ClientProcess::run(
        {u"connect"_s, u"--profile"_s, profile, u"--server"_s, m_server.baseUrl().toString()},
        ClientProcess::baseEnvironment(), key.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out().contains(u"keychain"_s), qPrintable(r.out()));

    QFile file(profile + u"/profile.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"tenantId"_s).toString(), tenant);
    const QString profileId = json.value(u"profileId"_s).toString();

    const KeychainStore store;
    QString error;
    QCOMPARE(store.read(profileId, &error), std::optional<QString>(key));
    QVERIFY2(store.remove(profileId, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestClientConnectKeychain)
