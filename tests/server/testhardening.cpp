#include "testhardening.h"

#include "testdata.h"
#include "testmacros.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

void TestHardening::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Hardening Co"_s));
}

void TestHardening::cleanup()
{
    m_server.dumpLogIfFailed();
}

void TestHardening::trailingNewlinesAreNotIds()
{
    const QString id = TestData::newUuid();
    HttpResult r = m_tenant.http().post(
        u"/api/v1/contacts"_s, {{u"id"_s, id + u'\n'}, {u"firstName"_s, u"Newline"_s}});
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
    r = m_tenant.http().post(u"/api/v1/contacts"_s, {{u"id"_s, id}, {u"firstName"_s, u"Clean"_s}});
    OT_VERIFY_STATUS(r, 201);
    QCOMPARE(r.header("Location"), (u"/api/v1/contacts/"_s + id).toUtf8());

    OT_VERIFY_PROBLEM(m_tenant.http().get(u"/api/v1/contacts?customerId="_s + id + u"%0A"_s), 400,
        "invalid-query");
    OT_VERIFY_PROBLEM(m_tenant.http().get(u"/api/v1/changes?since=1%0A"_s), 400, "invalid-query");
    OT_VERIFY_PROBLEM(
        m_tenant.http().get(u"/api/v1/contacts?updatedSince=2024-01-01T00:00:00Z%0A"_s), 400,
        "invalid-query");
}

void TestHardening::sortListsAreBounded()
{
    OT_VERIFY_PROBLEM(
        m_tenant.http().get(u"/api/v1/contacts?sort=lastName,-lastName"_s), 400, "invalid-query");
    QStringList many;
    for (int i = 0; i < 2500; ++i)
        many << u"id"_s;
    const HttpResult longSort
        = m_tenant.http().get(u"/api/v1/contacts?sort="_s + many.join(QLatin1Char(',')));
    OT_VERIFY_PROBLEM(longSort, 400, "invalid-query");
    OT_VERIFY_STATUS(
        m_tenant.http().get(u"/api/v1/contacts?sort=-updatedAt,lastName,firstName,email"_s), 200);
}

void TestHardening::moneyIsWrittenWithoutExponent()
{
    const QJsonObject created = m_tenant.create(u"opportunities"_s,
        {{u"name"_s, u"Exponent Deal"_s}, {u"amount"_s, 100000000000.0},
            {u"currency"_s, u"EUR"_s}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const HttpResult one = m_tenant.http().get(TestData::path(u"opportunities"_s, id));
    OT_VERIFY_STATUS(one, 200);
    QVERIFY2(one.body.contains("\"amount\":100000000000"), one.body.constData());
    QVERIFY2(!one.body.contains("e+"), one.body.constData());
    const HttpResult list = m_tenant.http().get(u"/api/v1/opportunities?search=exponent%20deal"_s);
    OT_VERIFY_STATUS(list, 200);
    QVERIFY2(list.body.contains("\"amount\":100000000000,"), list.body.constData());

    const QJsonObject cents
        = m_tenant.create(u"leads"_s, {{u"title"_s, u"Cents"_s}, {u"estimatedValue"_s, 1234.5}});
    const HttpResult lead
        = m_tenant.http().get(TestData::path(u"leads"_s, cents.value(u"id"_s).toString()));
    QVERIFY2(lead.body.contains("\"estimatedValue\":1234.5,"), lead.body.constData());
}

void TestHardening::nonUuidPathIdsAreUnknownPaths_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("PATCH text/plain")
        << QByteArray("PATCH") << u"/api/v1/contacts/xyz"_s << QByteArray("text/plain");
    QTest::newRow("PUT") << QByteArray("PUT") << u"/api/v1/contacts/xyz"_s
                         << QByteArray("application/json");
    QTest::newRow("GET api key") << QByteArray("GET") << u"/api/v1/api-keys/xyz"_s
                                 << QByteArray("application/json");
    QTest::newRow("uuid with newline")
        << QByteArray("GET") << (u"/api/v1/contacts/"_s + TestData::newUuid() + u"%0A"_s)
        << QByteArray("application/json");
}

void TestHardening::nonUuidPathIdsAreUnknownPaths()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    const HttpResult r
        = m_tenant.http().request(method, path, "{}", {{"Content-Type", contentType}});
    OT_VERIFY_PROBLEM(r, 404, "not-found");
}

void TestHardening::trailingSlashSharesTheIdempotencyScope()
{
    const HttpHeaders key = {{"Idempotency-Key", "slash-scope-1"}};
    const QJsonObject body = {{u"firstName"_s, u"Slashed"_s}};
    const HttpResult first = m_tenant.http().post(u"/api/v1/contacts"_s, body, key);
    OT_VERIFY_STATUS(first, 201);
    const HttpResult second = m_tenant.http().post(u"/api/v1/contacts/"_s, body, key);
    OT_VERIFY_STATUS(second, 201);
    QCOMPARE(second.object(), first.object());
    const HttpResult list = m_tenant.http().get(u"/api/v1/contacts?search=slashed"_s);
    QCOMPARE(list.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 1);
}

void TestHardening::timestampsOutsideFourDigitYearsAre400()
{
    OT_VERIFY_PROBLEM(
        m_tenant.http().get(u"/api/v1/contacts?updatedSince=9999-12-31T23:59:59-05:00"_s), 400,
        "invalid-query");
    OT_VERIFY_STATUS(
        m_tenant.http().get(u"/api/v1/contacts?updatedSince=9999-12-31T18:59:59-05:00"_s), 200);
}

void TestHardening::existingDataDirKeepsItsPermissions()
{
    QTemporaryDir dir;
    const QFile::Permissions shared = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), shared));
    const CliResult created = ServerProcess::runBinary(
        {u"tenant"_s, u"create"_s, u"--name"_s, u"Perm"_s, u"--data-dir"_s, dir.path()});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(QFile::permissions(dir.path()) & shared, shared);
    // A folder the server makes itself is private.
    const QString fresh = dir.filePath(u"fresh"_s);
    QCOMPARE(
        ServerProcess::runBinary({u"tenant"_s, u"list"_s, u"--data-dir"_s, fresh}).exitCode, 0);
    QVERIFY(!(QFile::permissions(fresh) & (QFile::ReadOther | QFile::ReadGroup)));
}

void TestHardening::http10ConnectionsAreClosedAfterTheAnswer()
{
    // A client of HTTP/1.0 reads the answer until the connection closes.
    const HttpResult r = HttpClient::rawRequest(m_server.host(), m_server.port(),
        "GET /api/v1/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n", 5000);
    OT_VERIFY_STATUS(r, 200);
    QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
    // Keep-alive, when a 1.0 client asks for it, is honoured.
    const HttpResult kept = HttpClient::rawRequest(m_server.host(), m_server.port(),
        "GET /api/v1/health HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n", 5000);
    OT_VERIFY_STATUS(kept, 200);
    QVERIFY(!kept.hasHeader("Connection"));
}

void TestHardening::stalledConnectionsAreClosed()
{
    ServerProcess strict;
    QVERIFY2(strict.start({u"--idle-timeout"_s, u"1"_s}), qPrintable(strict.lastError()));
    // A client that sends half a request and then nothing loses the connection...
    const HttpResult stalled = HttpClient::rawRequest(
        strict.host(), strict.port(), "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n", 8000);
    QVERIFY2(stalled.closedByServer, qPrintable(stalled.describe()));
    QVERIFY2(stalled.elapsedMs >= 900 && stalled.elapsedMs < 6000,
        qPrintable(QString::number(stalled.elapsedMs)));
    // ...while a complete request is answered as usual.
    OT_VERIFY_STATUS(HttpClient::rawRequest(strict.host(), strict.port(),
                         "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 5000),
        200);
    QCOMPARE(ServerProcess::runBinary(
                 {u"serve"_s, u"--idle-timeout"_s, u"0"_s, u"--data-dir"_s, strict.dataDir()})
                 .exitCode,
        1);
}

QTEST_GUILESS_MAIN(TestHardening)
