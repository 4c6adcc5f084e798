#include "testkeychainstore.h"

#include "secrets/environmentapikey.h"
#include "secrets/keychainstore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

void TestKeychainStore::initTestCase()
{
    // Entries are written for real; only the disposable keyring of with-keyring.sh may take them.
    QVERIFY2(qEnvironmentVariableIsSet("OMNIOTAP_TEST_KEYRING"),
        "run this test through tests/support/with-keyring.sh (ctest does), never against "
        "the real keyring of the user");
    m_prefix = QStringLiteral("tst-%1-").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

void TestKeychainStore::cleanup()
{
    const KeychainStore store;
    for (const QString &name : {u"main"_s, u"a"_s, u"b"_s})
        store.remove(profile(name), nullptr);
}

QString TestKeychainStore::profile(const QString &name) const
{
    return m_prefix + name;
}

void TestKeychainStore::storeReadOverwriteRemove()
{
    const KeychainStore store;
    QString error;

    QVERIFY2(store.store(profile(u"main"_s), u"omk_first"_s, &error), qPrintable(error));
    std::optional<QString> apiKey = store.read(profile(u"main"_s), &error);
    QVERIFY2(apiKey, qPrintable(error));
    QCOMPARE(*apiKey, u"omk_first"_s);

    QVERIFY2(store.store(profile(u"main"_s), u"omk_second"_s, &error), qPrintable(error));
    apiKey = store.read(profile(u"main"_s), &error);
    QVERIFY2(apiKey, qPrintable(error));
    QCOMPARE(*apiKey, u"omk_second"_s);

    QVERIFY2(store.remove(profile(u"main"_s), &error), qPrintable(error));
    error = u"stale"_s;
    QCOMPARE(store.read(profile(u"main"_s), &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKeychainStore::missingEntryIsNotAnError()
{
    const KeychainStore store;
    QString error;
    QCOMPARE(store.read(profile(u"main"_s), &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(store.remove(profile(u"main"_s), &error), qPrintable(error));
}

void TestKeychainStore::profilesAreSeparate()
{
    const KeychainStore store;
    QString error;
    QVERIFY2(store.store(profile(u"a"_s), u"omk_a"_s, &error), qPrintable(error));
    QCOMPARE(store.read(profile(u"b"_s), &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY2(store.store(profile(u"b"_s), u"omk_b"_s, &error), qPrintable(error));
    QCOMPARE(store.read(profile(u"a"_s), &error), std::optional<QString>(u"omk_a"_s));
    QCOMPARE(store.read(profile(u"b"_s), &error), std::optional<QString>(u"omk_b"_s));

    QVERIFY2(store.remove(profile(u"a"_s), &error), qPrintable(error));
    QCOMPARE(store.read(profile(u"a"_s), &error), std::nullopt);
    QCOMPARE(store.read(profile(u"b"_s), &error), std::optional<QString>(u"omk_b"_s));
}

void TestKeychainStore::emptyInputIsRejected()
{
    const KeychainStore store;
    QString error;
    QVERIFY(!store.store(u"  "_s, u"omk_x"_s, &error));
    QVERIFY(error.contains(u"profile"_s));
    error.clear();
    QVERIFY(!store.store(profile(u"main"_s), QString(), &error));
    QVERIFY(error.contains(u"empty"_s));
    error.clear();
    QCOMPARE(store.read(QString(), &error), std::nullopt);
    QVERIFY(!error.isEmpty()); // unlike a missing entry, this is the caller's mistake
}

void TestKeychainStore::environmentOverride()
{
    const QByteArray saved = qgetenv("OMNIOTAP_API_KEY");
    const bool wasSet = qEnvironmentVariableIsSet("OMNIOTAP_API_KEY");

    QCOMPARE(EnvironmentApiKey::variableName(), u"OMNIOTAP_API_KEY"_s);
    qputenv("OMNIOTAP_API_KEY", " omk_from_env\r\n");
    QCOMPARE(EnvironmentApiKey::value(), u"omk_from_env"_s);
    qputenv("OMNIOTAP_API_KEY", "   ");
    QVERIFY(EnvironmentApiKey::value().isEmpty());
    qunsetenv("OMNIOTAP_API_KEY");
    QVERIFY(EnvironmentApiKey::value().isEmpty());

    if (wasSet)
        qputenv("OMNIOTAP_API_KEY", saved);
}

void TestKeychainStore::noKeychainSaysSoAndWritesNothing_data()
{
    QTest::addColumn<bool>("busAddressPointsNowhere");
    QTest::newRow("bus address points nowhere") << true;
    QTest::newRow("no session bus at all") << false;
}

void TestKeychainStore::noKeychainSaysSoAndWritesNothing()
{
    QFETCH(bool, busAddressPointsNowhere);

    // A child process, because QtKeychain picks its backend and D-Bus connection once per
    // process. Every place a plain-text fallback could write to points into the scratch dir.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList variables = {u"HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s,
        u"XDG_CACHE_HOME"_s, u"XDG_RUNTIME_DIR"_s};
    for (const QString &variable : variables) {
        const QString dir = scratch.filePath(variable.toLower());
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        env.insert(variable, dir);
    }
    for (const QString &variable : {u"DBUS_SESSION_BUS_ADDRESS"_s, u"GNOME_KEYRING_CONTROL"_s,
             u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"OMNIOTAP_API_KEY"_s})
        env.remove(variable);
    if (busAddressPointsNowhere)
        env.insert(
            u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + scratch.filePath(u"no-such-bus"_s));

    const QString expected = u"No keychain is available (%1)"_s.arg(KeychainStore::keychainName());
    const QList<QStringList> commands = {
        {u"store"_s, u"work"_s, u"omk_secret"_s}, {u"read"_s, u"work"_s}, {u"remove"_s, u"work"_s}};
    for (const QStringList &arguments : commands) {
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral(OMNIOTAP_KEYCHAIN_PROBE), arguments);
        QVERIFY2(probe.waitForFinished(60'000), qPrintable(arguments.join(u' ')));
        const QString stderrText = QString::fromLocal8Bit(probe.readAllStandardError());
        const QString context = arguments.join(u' ') + u": "_s + stderrText;
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        QVERIFY2(probe.exitCode() == 1, qPrintable(context));
        QVERIFY2(stderrText.contains(expected), qPrintable(context));
        QVERIFY2(probe.readAllStandardOutput().isEmpty(), qPrintable(context));
    }

    QStringList written;
    QDirIterator it(
        scratch.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        written << it.next();
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestKeychainStore)
