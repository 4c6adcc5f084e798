#include "testwebhookresilience.h"

#include "testdata.h"
#include "testmacros.h"
#include "webhookreceiver.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Webhooks = u"/api/v1/webhooks"_s;

QString dataId(const ReceivedRequest &request)
{
    return request.json().value(u"data"_s).toObject().value(u"id"_s).toString();
}

QSet<QString> dataIds(const WebhookReceiver &receiver)
{
    QSet<QString> ids;
    for (const ReceivedRequest &request : receiver.requests())
        ids << dataId(request);
    return ids;
}

} // namespace

void TestWebhookResilience::initTestCase()
{
    // Enough quick retries to ride out a receiver that is down for a few seconds.
    QVERIFY2(m_server.start({u"--webhook-retry-schedule"_s, u"1,1,1,1,1,1,1,1,1,1"_s,
                 u"--webhook-timeout"_s, u"2"_s}),
        qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Resilient Co"_s));
}

void TestWebhookResilience::init()
{
    // Endpoints of earlier test functions must not see this one's events.
    const QJsonArray endpoints = m_tenant.http().get(Webhooks + u"?limit=200"_s).data();
    for (const QJsonValue &v : endpoints)
        m_tenant.http().del(Webhooks + u'/' + v.toObject().value(u"id"_s).toString());
}

void TestWebhookResilience::cleanup()
{
    m_server.dumpLogIfFailed();
}

QJsonObject TestWebhookResilience::createEndpoint(TestTenant &tenant, const QString &url)
{
    const HttpResult r = tenant.http().post(Webhooks, {{u"url"_s, url}});
    if (r.status != 201) {
        qWarning().noquote() << "creating a webhook endpoint failed:" << r.describe();
        return {};
    }
    return r.object();
}

QString TestWebhookResilience::createContact(const QString &name)
{
    return m_tenant.createId(u"contacts"_s, {{u"firstName"_s, name}});
}

bool TestWebhookResilience::killAndRestart()
{
    m_server.kill();
    if (!m_server.restart()) {
        qWarning().noquote() << "restart failed:" << m_server.lastError();
        return false;
    }
    m_tenant.http().setBaseUrl(m_server.baseUrl());
    return true;
}

void TestWebhookResilience::receiverDownForAWhile()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    const quint16 port = receiver.port();
    receiver.close(); // down: connections are refused
    const QJsonObject hook = createEndpoint(m_tenant, receiver.url());
    const QString hookId = hook.value(u"id"_s).toString();
    QVERIFY(!hookId.isEmpty());

    QSet<QString> created;
    for (int i = 0; i < 5; ++i)
        created << createContact(u"While down %1"_s.arg(i));
    // Failed attempts pile up in the log: no response, an error, a retry announced.
    QJsonArray log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log = m_tenant.http().get(Webhooks + u'/' + hookId + u"/deliveries?limit=200"_s).data())
                .size()
            >= 10,
        10000);
    for (const QJsonValue &v : log) {
        const QJsonObject a = v.toObject();
        QVERIFY(a.value(u"statusCode"_s).isNull());
        QVERIFY(!a.value(u"error"_s).toString().isEmpty());
        QVERIFY(TestData::isTimestamp(a.value(u"nextRetryAt"_s).toString()));
    }

    // Back on the same port: every event arrives, signed as usual.
    QVERIFY(receiver.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(dataIds(receiver), created, 10000);
    QCOMPARE(receiver.webhookIds().size(), 5);
    for (const ReceivedRequest &request : receiver.requests())
        QVERIFY(WebhookReceiver::verify(request, hook.value(u"secret"_s).toString()));
    QTest::qWait(1200);
    QCOMPARE(receiver.count(), 5); // each delivered once, no more retries
}

void TestWebhookResilience::killedRightAfterCommit()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    const quint16 port = receiver.port();
    const QJsonObject hook = createEndpoint(m_tenant, receiver.url());
    QVERIFY(!hook.isEmpty());
    // The receiver is down until the server is gone, so the event cannot have been delivered
    // before the kill: only the outbox can bring it.
    receiver.close();
    const QString id = createContact(u"Committed"_s);
    QVERIFY(!id.isEmpty()); // 201: committed
    m_server.kill();
    QVERIFY(receiver.listen(port));
    QVERIFY(killAndRestart());
    QTRY_COMPARE_WITH_TIMEOUT(dataIds(receiver), QSet<QString> {id}, 10000);
    const ReceivedRequest request = receiver.requests().constFirst();
    QVERIFY(WebhookReceiver::verify(request, hook.value(u"secret"_s).toString()));
    QCOMPARE(request.json().value(u"action"_s).toString(), u"created"_s);
    QCOMPARE(request.json().value(u"data"_s).toObject(),
        m_tenant.fetch(u"contacts"_s, id)); // the full record
}

void TestWebhookResilience::killedWhileDeliveryInFlight()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.queueResponses({ReceiverResponse::hang()});
    const QJsonObject hook = createEndpoint(m_tenant, receiver.url());
    QVERIFY(!hook.isEmpty());
    const QString id = createContact(u"In flight"_s);
    QVERIFY(receiver.waitForCount(1)); // the delivery is on the wire, unanswered
    const QString eventId = receiver.requests().constFirst().webhookId();
    QVERIFY(killAndRestart());
    // The unanswered delivery goes out again, with the same webhook-id.
    QVERIFY(receiver.waitForWebhookId(eventId, 2, 10000));
    QCOMPARE(dataId(receiver.requestsWithId(eventId).constLast()), id);
    QTest::qWait(1200);
    QCOMPARE(receiver.requestsWithId(eventId).size(), 2);
}

void TestWebhookResilience::killedAfterBurst()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    QVERIFY(!createEndpoint(m_tenant, receiver.url()).isEmpty());
    QSet<QString> created;
    for (int i = 0; i < 10; ++i)
        created << createContact(u"Burst %1"_s.arg(i));
    QVERIFY(!created.contains(QString()));
    QVERIFY(killAndRestart()); // right after the last 201
    QTRY_COMPARE_WITH_TIMEOUT(dataIds(receiver), created, 10000);
}

void TestWebhookResilience::internalNameRefusedAtDeliveryTime()
{
    // A name that is not an address literally, but resolves to an internal one.
    QString name = QHostInfo::localHostName();
    const QList<QHostAddress> addresses = QHostInfo::fromName(name).addresses();
    bool internal = !addresses.isEmpty();
    for (const QHostAddress &address : addresses)
        internal = internal && !address.isGlobal();
    if (!internal || name.isEmpty() || name.endsWith(u"localhost"_s))
        QSKIP("this machine's host name does not resolve to internal addresses only");

    ServerProcess strict;
    strict.setAllowPrivateWebhooks(false);
    QVERIFY2(strict.start({u"--webhook-retry-schedule"_s, u"1"_s, u"--webhook-timeout"_s, u"2"_s}),
        qPrintable(strict.lastError()));
    TestTenant tenant;
    QVERIFY(tenant.setUp(strict, u"Strict Co"_s));
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    const QString url = u"http://%1:%2/hook"_s.arg(name).arg(receiver.port());
    const QJsonObject hook = createEndpoint(tenant, url);
    const QString hookId = hook.value(u"id"_s).toString();
    QVERIFY2(!hookId.isEmpty(), qPrintable(url));

    const QString id = tenant.createId(u"contacts"_s, {{u"firstName"_s, u"Target"_s}});
    QVERIFY(!id.isEmpty());
    const HttpResult test = tenant.http().request("POST", Webhooks + u'/' + hookId + u"/test"_s);
    OT_VERIFY_STATUS(test, 202);
    // Both events: first attempt and the one retry refused, each logged without a status.
    QJsonArray log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log = tenant.http().get(Webhooks + u'/' + hookId + u"/deliveries"_s).data()).size() >= 4,
        10000);
    QSet<QString> events;
    for (const QJsonValue &v : log) {
        const QJsonObject a = v.toObject();
        QVERIFY(a.value(u"statusCode"_s).isNull());
        QVERIFY2(!a.value(u"error"_s).toString().isEmpty(),
            qPrintable(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))));
        events << a.value(u"eventType"_s).toString();
    }
    QCOMPARE(events, (QSet<QString> {u"contact.created"_s, u"webhook.test"_s}));
    QTest::qWait(500);
    QCOMPARE(receiver.count(), 0);
    strict.dumpLogIfFailed();
}

QTEST_GUILESS_MAIN(TestWebhookResilience)
