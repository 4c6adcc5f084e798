#include "testwebhookdelivery.h"

#include "testdata.h"
#include "testmacros.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QtTest/QTest>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString Webhooks = u"/api/v1/webhooks"_s;

QString endpointPath(const QString &id, const QString &suffix = {})
{
    return Webhooks + u'/' + id + suffix;
}

QString redeliverPath(const QString &attemptId)
{
    return u"/api/v1/webhook-deliveries/%1/redeliver"_s.arg(attemptId);
}

qint64 msOf(const QJsonValue &timestamp)
{
    return QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

ReceiverResponse answer(int status, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    ReceiverResponse response = ReceiverResponse::withStatus(status);
    response.headers = headers;
    return response;
}

// The shape of one entry of the delivery log.
QString attemptShape(const QJsonObject &a)
{
    const QString text = QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    for (const QString &field : {u"id"_s, u"eventId"_s, u"eventType"_s, u"attempt"_s,
             u"statusCode"_s, u"durationMs"_s, u"error"_s, u"nextRetryAt"_s, u"createdAt"_s}) {
        if (!a.contains(field))
            return u"attempt lacks %1: %2"_s.arg(field, text);
    }
    if (!TestData::isUuid(a.value(u"id"_s).toString())
        || !TestData::isUuid(a.value(u"eventId"_s).toString()))
        return u"id or eventId is not a UUID: "_s + text;
    if (!a.value(u"attempt"_s).isDouble() || a.value(u"attempt"_s).toInt() < 1)
        return u"attempt is not a number >= 1: "_s + text;
    if (!a.value(u"statusCode"_s).isNull() && !a.value(u"statusCode"_s).isDouble())
        return u"statusCode is neither null nor a number: "_s + text;
    if (!a.value(u"durationMs"_s).isDouble() || a.value(u"durationMs"_s).toInteger() < 0)
        return u"durationMs is not a number >= 0: "_s + text;
    if (!a.value(u"error"_s).isNull() && !a.value(u"error"_s).isString())
        return u"error is neither null nor a string: "_s + text;
    if (!a.value(u"nextRetryAt"_s).isNull()
        && !TestData::isTimestamp(a.value(u"nextRetryAt"_s).toString()))
        return u"nextRetryAt is neither null nor a timestamp: "_s + text;
    if (!TestData::isTimestamp(a.value(u"createdAt"_s).toString()))
        return u"createdAt is not a timestamp: "_s + text;
    const bool success = a.value(u"statusCode"_s).toInt() / 100 == 2;
    if (success != a.value(u"error"_s).isNull())
        return u"error must be null exactly for a 2xx: "_s + text;
    return {};
}

// The CPU time the process has used so far in ms (Linux), -1 when unknown.
qint64 cpuTimeMs(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name may hold spaces; the fields after it are what counts.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong(); // utime, stime
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

} // namespace

void TestWebhookDelivery::initTestCase()
{
    QVERIFY2(
        m_server.start({u"--webhook-retry-schedule"_s, u"1,1,1"_s, u"--webhook-timeout"_s, u"1"_s}),
        qPrintable(m_server.lastError()));
}

void TestWebhookDelivery::init()
{
    m_tenant = std::make_unique<TestTenant>();
    QVERIFY(m_tenant->setUp(m_server, QString::fromLatin1(QTest::currentTestFunction())));
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->listen());
}

void TestWebhookDelivery::cleanup()
{
    m_server.dumpLogIfFailed();
    m_receiver.reset();
    m_tenant.reset();
}

QJsonObject TestWebhookDelivery::createEndpoint(const QString &url, const QStringList &events)
{
    return createEndpoint(*m_tenant, url, events);
}

QJsonObject TestWebhookDelivery::createEndpoint(
    TestTenant &tenant, const QString &url, const QStringList &events)
{
    const HttpResult r = tenant.http().post(
        Webhooks, {{u"url"_s, url}, {u"events"_s, QJsonArray::fromStringList(events)}});
    if (r.status != 201) {
        qWarning().noquote() << "creating a webhook endpoint failed:" << r.describe();
        return {};
    }
    return r.object();
}

QJsonArray TestWebhookDelivery::attempts(const QString &endpointId)
{
    const HttpResult r = m_tenant->http().get(endpointPath(endpointId, u"/deliveries?limit=200"_s));
    if (r.status != 200)
        qWarning().noquote() << "reading the delivery log failed:" << r.describe();
    return r.data();
}

QJsonArray TestWebhookDelivery::waitForAttempts(const QString &endpointId, int count, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonArray log = attempts(endpointId);
    while (log.size() < count && timer.elapsed() < timeoutMs) {
        QTest::qWait(50);
        log = attempts(endpointId);
    }
    return log;
}

QJsonObject TestWebhookDelivery::endpoint(const QString &endpointId)
{
    return m_tenant->http().get(endpointPath(endpointId)).object();
}

QString TestWebhookDelivery::createContact(const QString &name)
{
    return m_tenant->createId(u"contacts"_s, {{u"firstName"_s, name}});
}

void TestWebhookDelivery::payloadAndHeadersOfEachEvent()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString secret = hook.value(u"secret"_s).toString();
    QVERIFY(!secret.isEmpty());

    struct Expected
    {
        QString entityType;
        QString action;
        QJsonObject data;
    };
    QList<Expected> expected;
    HttpClient &http = m_tenant->http();
    for (const QString &collection : {u"contacts"_s, u"customers"_s, u"tickets"_s}) {
        const QString entity = TestData::entityType(collection);
        const QJsonObject created = m_tenant->create(collection, TestData::minimalBody(collection));
        const QString id = created.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        expected.append({entity, u"created"_s, created});
        const HttpResult updated = http.patch(TestData::path(collection, id),
            {{TestData::requiredField(collection), u"Changed %1"_s.arg(collection)}});
        OT_VERIFY_STATUS(updated, 200);
        expected.append({entity, u"updated"_s, updated.object()});
        OT_VERIFY_STATUS(http.del(TestData::path(collection, id)), 204);
        expected.append({entity, u"deleted"_s, {{u"id"_s, id}}});
    }

    QVERIFY2(m_receiver->waitForCount(int(expected.size())),
        qPrintable(u"%1 of %2 events arrived"_s.arg(m_receiver->count()).arg(expected.size())));
    QTest::qWait(300);
    QCOMPARE(m_receiver->count(), int(expected.size())); // each exactly once

    QSet<QString> eventIds;
    for (const ReceivedRequest &request : m_receiver->requests()) {
        const QString describe = QString::fromUtf8(request.body);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/hook"));
        QVERIFY2(request.header("content-type").startsWith("application/json"),
            request.header("content-type").constData());

        const QJsonObject body = request.json();
        QStringList keys = body.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList {u"action"_s, u"data"_s, u"entity_type"_s, u"event_id"_s, u"occurred_at"_s,
                u"tenant_id"_s}));
        const QString eventId = body.value(u"event_id"_s).toString();
        QVERIFY2(TestData::isUuid(eventId), qPrintable(describe));
        QCOMPARE(request.webhookId(), eventId);
        eventIds.insert(eventId);
        QCOMPARE(body.value(u"tenant_id"_s).toString(), m_tenant->id());
        QVERIFY2(
            TestData::isTimestamp(body.value(u"occurred_at"_s).toString()), qPrintable(describe));

        // Standard Webhooks headers and signature.
        bool ok = false;
        const qint64 timestamp = request.header("webhook-timestamp").toLongLong(&ok);
        QVERIFY2(ok, request.header("webhook-timestamp").constData());
        QVERIFY2(qAbs(timestamp - request.receivedMs / 1000) <= 5,
            request.header("webhook-timestamp").constData());
        QCOMPARE(WebhookReceiver::signatures(request).size(), 1);
        QVERIFY2(WebhookReceiver::verify(request, secret),
            request.header("webhook-signature").constData());
        ReceivedRequest tampered = request;
        tampered.body.replace("\"action\"", "\"Action\"");
        QVERIFY(!WebhookReceiver::verify(tampered, secret));
        tampered = request;
        tampered.headers.insert("webhook-timestamp", QByteArray::number(timestamp + 1));
        QVERIFY(!WebhookReceiver::verify(tampered, secret));

        const QString entity = body.value(u"entity_type"_s).toString();
        const QString action = body.value(u"action"_s).toString();
        const QJsonObject data = body.value(u"data"_s).toObject();
        const QString id = data.value(u"id"_s).toString();
        const auto match = std::find_if(expected.begin(), expected.end(), [&](const Expected &e) {
            return e.entityType == entity && e.action == action
                && e.data.value(u"id"_s).toString() == id;
        });
        QVERIFY2(match != expected.end(), qPrintable(u"unexpected event "_s + describe));
        if (action == u"deleted"_s)
            QCOMPARE(id, match->data.value(u"id"_s).toString());
        else
            QCOMPARE(data, match->data); // the full record, as the API answered it
        expected.erase(match);
    }
    QVERIFY(expected.isEmpty());
    QCOMPARE(eventIds.size(), m_receiver->count());

    // The log has one successful first attempt per event.
    const QJsonArray log = waitForAttempts(hook.value(u"id"_s).toString(), m_receiver->count());
    QCOMPARE(log.size(), m_receiver->count());
    QSet<QString> logged;
    qint64 previousCreated = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : log) {
        const QJsonObject a = v.toObject();
        OT_VERIFY_CHECK(attemptShape(a));
        QCOMPARE(a.value(u"attempt"_s).toInt(), 1);
        QCOMPARE(a.value(u"statusCode"_s).toInt(), 200);
        QVERIFY(a.value(u"nextRetryAt"_s).isNull());
        const QString eventId = a.value(u"eventId"_s).toString();
        logged.insert(eventId);
        const ReceivedRequest request = m_receiver->requestsWithId(eventId).value(0);
        QCOMPARE(a.value(u"eventType"_s).toString(),
            request.json().value(u"entity_type"_s).toString() + u'.'
                + request.json().value(u"action"_s).toString());
        QVERIFY(msOf(a.value(u"createdAt"_s)) <= previousCreated); // newest first
        previousCreated = msOf(a.value(u"createdAt"_s));
    }
    QCOMPARE(logged, eventIds);
}

void TestWebhookDelivery::noEventWithoutCommittedChange()
{
    QVERIFY(!createEndpoint(m_receiver->url()).isEmpty());
    HttpClient &http = m_tenant->http();
    const QJsonObject body {{u"firstName"_s, u"Once"_s}};
    const HttpHeaders key {{"Idempotency-Key", "webhook-once"}};
    const HttpResult first = http.post(u"/api/v1/contacts"_s, body, key);
    OT_VERIFY_STATUS(first, 201);
    const HttpResult replay = http.post(u"/api/v1/contacts"_s, body, key);
    OT_VERIFY_STATUS(replay, 201);
    QCOMPARE(replay.object(), first.object());
    const QString id = first.object().value(u"id"_s).toString();
    // A PATCH that changes nothing, and writes that fail, send nothing.
    OT_VERIFY_STATUS(
        http.patch(TestData::path(u"contacts"_s, id), {{u"firstName"_s, u"Once"_s}}), 200);
    OT_VERIFY_STATUS(http.patch(TestData::path(u"contacts"_s, id), {{u"email"_s, u"nope"_s}}), 422);
    OT_VERIFY_STATUS(http.patch(TestData::path(u"contacts"_s, id), {{u"firstName"_s, u"X"_s}},
                         {{"If-Match", "\"7\""}}),
        412);
    OT_VERIFY_STATUS(http.post(u"/api/v1/contacts"_s, {{u"lastName"_s, u"no first name"_s}}), 422);

    QVERIFY(m_receiver->waitForCount(1));
    QTest::qWait(1200);
    QCOMPARE(m_receiver->count(), 1);
    const QJsonObject event = m_receiver->requests().constFirst().json();
    QCOMPARE(event.value(u"action"_s).toString(), u"created"_s);
    QCOMPARE(event.value(u"data"_s).toObject().value(u"id"_s).toString(), id);
}

void TestWebhookDelivery::eventFilter()
{
    const QJsonObject hook
        = createEndpoint(m_receiver->url(), {u"contact.created"_s, u"ticket.deleted"_s});
    const QString hookId = hook.value(u"id"_s).toString();
    QVERIFY(!hookId.isEmpty());
    HttpClient &http = m_tenant->http();
    const QString contact = createContact(u"Filtered"_s);
    OT_VERIFY_STATUS(
        http.patch(TestData::path(u"contacts"_s, contact), {{u"firstName"_s, u"Again"_s}}), 200);
    OT_VERIFY_STATUS(http.del(TestData::path(u"contacts"_s, contact)), 204);
    const QString ticket = m_tenant->createMinimal(u"tickets"_s);
    OT_VERIFY_STATUS(
        http.patch(TestData::path(u"tickets"_s, ticket), {{u"status"_s, u"closed"_s}}), 200);
    OT_VERIFY_STATUS(http.del(TestData::path(u"tickets"_s, ticket)), 204);
    m_tenant->createMinimal(u"leads"_s);
    m_tenant->createMinimal(u"customers"_s);

    QVERIFY(m_receiver->waitForCount(2));
    QTest::qWait(1000);
    QCOMPARE(m_receiver->count(), 2);
    QSet<QString> got;
    for (const ReceivedRequest &request : m_receiver->requests()) {
        const QJsonObject body = request.json();
        got << body.value(u"entity_type"_s).toString() + u'.' + body.value(u"action"_s).toString()
                + u' ' + body.value(u"data"_s).toObject().value(u"id"_s).toString();
    }
    QCOMPARE(got, (QSet<QString> {u"contact.created "_s + contact, u"ticket.deleted "_s + ticket}));

    // A new filter applies to the next change.
    OT_VERIFY_STATUS(
        http.patch(endpointPath(hookId), {{u"events"_s, QJsonArray {u"lead.created"_s}}}), 200);
    createContact(u"Not any more"_s);
    const QString lead = m_tenant->createMinimal(u"leads"_s);
    QVERIFY(m_receiver->waitForCount(3));
    QTest::qWait(800);
    QCOMPARE(m_receiver->count(), 3);
    const QJsonObject last = m_receiver->requests().constLast().json();
    QCOMPARE(last.value(u"entity_type"_s).toString(), u"lead"_s);
    QCOMPARE(last.value(u"data"_s).toObject().value(u"id"_s).toString(), lead);
}

void TestWebhookDelivery::retriesAfterServerErrors()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    m_receiver->queueResponses({answer(500), answer(503), answer(200)});
    createContact(u"Retried"_s);
    QVERIFY2(m_receiver->waitForCount(3), qPrintable(QString::number(m_receiver->count())));
    const QList<ReceivedRequest> requests = m_receiver->requests();
    const QString eventId = requests.at(0).webhookId();
    QVERIFY(TestData::isUuid(eventId));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(requests.at(i).webhookId(), eventId);
        QCOMPARE(requests.at(i).body, requests.at(0).body);
        QVERIFY(WebhookReceiver::verify(requests.at(i), hook.value(u"secret"_s).toString()));
        if (i > 0) {
            // The schedule says 1 s (with up to 10 % jitter) before each retry.
            const qint64 gap = requests.at(i).receivedMs - requests.at(i - 1).receivedMs;
            QVERIFY2(gap >= 850 && gap <= 4000, qPrintable(QString::number(gap)));
            QVERIFY(requests.at(i).header("webhook-timestamp").toLongLong()
                >= requests.at(i - 1).header("webhook-timestamp").toLongLong());
        }
    }

    const QJsonArray log = waitForAttempts(hookId, 3);
    QCOMPARE(log.size(), 3);
    const QList<int> statuses {200, 503, 500};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject a = log.at(i).toObject();
        OT_VERIFY_CHECK(attemptShape(a));
        QCOMPARE(a.value(u"eventId"_s).toString(), eventId);
        QCOMPARE(a.value(u"eventType"_s).toString(), u"contact.created"_s);
        QCOMPARE(a.value(u"attempt"_s).toInt(), 3 - i); // newest first
        QCOMPARE(a.value(u"statusCode"_s).toInt(), statuses.at(i));
        if (i == 0) {
            QVERIFY(a.value(u"nextRetryAt"_s).isNull());
        } else {
            QVERIFY(!a.value(u"error"_s).toString().isEmpty());
            const qint64 wait = msOf(a.value(u"nextRetryAt"_s)) - msOf(a.value(u"createdAt"_s));
            QVERIFY2(wait >= 850 && wait <= 2500, qPrintable(QString::number(wait)));
            // The retry went out when announced.
            const qint64 sent = msOf(log.at(i - 1).toObject().value(u"createdAt"_s));
            QVERIFY2(sent >= msOf(a.value(u"nextRetryAt"_s)) - 50,
                qPrintable(u"retry at %1, announced for %2"_s.arg(
                    log.at(i - 1).toObject().value(u"createdAt"_s).toString(),
                    a.value(u"nextRetryAt"_s).toString())));
        }
    }

    // The log pages like every list.
    const HttpResult page
        = m_tenant->http().get(endpointPath(hookId, u"/deliveries?limit=2&page=2"_s));
    OT_VERIFY_STATUS(page, 200);
    QCOMPARE(page.object().value(u"pagination"_s).toObject(),
        (QJsonObject {{u"page"_s, 2}, {u"limit"_s, 2}, {u"total"_s, 3}, {u"totalPages"_s, 2}}));
    QCOMPARE(page.data().size(), 1);
    QCOMPARE(page.data().at(0).toObject().value(u"attempt"_s).toInt(), 1);

    QTest::qWait(1200);
    QCOMPARE(m_receiver->count(), 3); // delivered: no more attempts
}

void TestWebhookDelivery::retriesAfterTimeout()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    m_receiver->queueResponses({ReceiverResponse::hang(), answer(204)});
    createContact(u"Slow"_s);
    QVERIFY(m_receiver->waitForCount(2, 10000));
    const QList<ReceivedRequest> requests = m_receiver->requests();
    QCOMPARE(requests.at(1).webhookId(), requests.at(0).webhookId());
    // A 1-second timeout, then about 1 second before the retry.
    const qint64 gap = requests.at(1).receivedMs - requests.at(0).receivedMs;
    QVERIFY2(gap >= 1700 && gap <= 5000, qPrintable(QString::number(gap)));

    const QJsonArray log = waitForAttempts(hookId, 2);
    QCOMPARE(log.size(), 2);
    const QJsonObject timedOut = log.at(1).toObject();
    OT_VERIFY_CHECK(attemptShape(timedOut));
    QCOMPARE(timedOut.value(u"attempt"_s).toInt(), 1);
    QVERIFY(timedOut.value(u"statusCode"_s).isNull()); // no response came
    QVERIFY(!timedOut.value(u"error"_s).toString().isEmpty());
    QVERIFY(!timedOut.value(u"nextRetryAt"_s).isNull());
    QVERIFY2(timedOut.value(u"durationMs"_s).toInteger() >= 900,
        qPrintable(QString::number(timedOut.value(u"durationMs"_s).toInteger())));
    const QJsonObject delivered = log.at(0).toObject();
    QCOMPARE(delivered.value(u"attempt"_s).toInt(), 2);
    QCOMPARE(delivered.value(u"statusCode"_s).toInt(), 204);
    QVERIFY(delivered.value(u"error"_s).isNull());
}

void TestWebhookDelivery::tricklingReceiverIsCutOffAtTimeout()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    // Never silent, never done: the timeout bounds the whole attempt, not just a silence.
    m_receiver->queueResponses({ReceiverResponse::trickle(500, 100), answer(200)});
    createContact(u"Trickled"_s);
    QVERIFY2(m_receiver->waitForCount(2, 6000),
        "the attempt to a receiver that trickles its answer was never cut off");
    const QList<ReceivedRequest> requests = m_receiver->requests();
    QCOMPARE(requests.at(1).webhookId(), requests.at(0).webhookId());
    const QJsonArray log = waitForAttempts(hookId, 2);
    QCOMPARE(log.size(), 2);
    const QJsonObject cut = log.at(1).toObject();
    OT_VERIFY_CHECK(attemptShape(cut));
    QVERIFY(!cut.value(u"error"_s).toString().isEmpty());
    QVERIFY(!cut.value(u"nextRetryAt"_s).isNull());
    QVERIFY2(cut.value(u"durationMs"_s).toInteger() <= 2500,
        qPrintable(QString::number(cut.value(u"durationMs"_s).toInteger())));
    QCOMPARE(log.at(0).toObject().value(u"statusCode"_s).toInt(), 200);
}

void TestWebhookDelivery::retryAfterIsHonoured()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    m_receiver->queueResponses(
        {answer(503, {{"Retry-After", "2"}}), answer(429, {{"Retry-After", "2"}}), answer(200)});
    createContact(u"Patient"_s);
    QVERIFY(m_receiver->waitForCount(3, 10000));
    const QList<ReceivedRequest> requests = m_receiver->requests();
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(requests.at(i).webhookId(), requests.at(0).webhookId());
        // The schedule alone would retry after at most 1.1 s.
        const qint64 gap = requests.at(i).receivedMs - requests.at(i - 1).receivedMs;
        QVERIFY2(gap >= 1900, qPrintable(QString::number(gap)));
    }
    const QJsonArray log = waitForAttempts(hookId, 3);
    QCOMPARE(log.size(), 3);
    for (int i = 1; i < 3; ++i) {
        const QJsonObject a = log.at(i).toObject();
        OT_VERIFY_CHECK(attemptShape(a));
        QCOMPARE(a.value(u"statusCode"_s).toInt(), i == 1 ? 429 : 503);
        const qint64 wait = msOf(a.value(u"nextRetryAt"_s)) - msOf(a.value(u"createdAt"_s));
        QVERIFY2(wait >= 1900, qPrintable(QString::number(wait)));
    }
}

void TestWebhookDelivery::redirectIsFailure()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    const QByteArray elsewhere = m_receiver->url(u"/moved"_s).toUtf8();
    m_receiver->queueResponses({answer(302, {{"Location", elsewhere}}),
        answer(307, {{"Location", elsewhere}}), answer(200)});
    createContact(u"Redirected"_s);
    QVERIFY(m_receiver->waitForCount(3, 10000));
    QTest::qWait(300);
    QCOMPARE(m_receiver->count(), 3);
    for (const ReceivedRequest &request : m_receiver->requests()) {
        QCOMPARE(request.path, QByteArray("/hook")); // never followed
        QCOMPARE(request.webhookId(), m_receiver->requests().constFirst().webhookId());
    }
    const QJsonArray log = waitForAttempts(hookId, 3);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(2).toObject().value(u"statusCode"_s).toInt(), 302);
    QCOMPARE(log.at(1).toObject().value(u"statusCode"_s).toInt(), 307);
    for (int i = 1; i < 3; ++i) {
        OT_VERIFY_CHECK(attemptShape(log.at(i).toObject()));
        QVERIFY(!log.at(i).toObject().value(u"nextRetryAt"_s).isNull());
    }
    QCOMPARE(log.at(0).toObject().value(u"statusCode"_s).toInt(), 200);
}

void TestWebhookDelivery::usedUpScheduleThenRedeliver()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    m_receiver->setStatus(500);
    createContact(u"Unlucky"_s);
    // The first attempt and three retries, then nothing more.
    QVERIFY(m_receiver->waitForCount(4, 10000));
    QTest::qWait(1800);
    QCOMPARE(m_receiver->count(), 4);
    const QString eventId = m_receiver->requests().constFirst().webhookId();
    QCOMPARE(m_receiver->requestsWithId(eventId).size(), 4);

    QJsonArray log = waitForAttempts(hookId, 4);
    QCOMPARE(log.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject a = log.at(i).toObject();
        OT_VERIFY_CHECK(attemptShape(a));
        QCOMPARE(a.value(u"attempt"_s).toInt(), 4 - i);
        QCOMPARE(a.value(u"statusCode"_s).toInt(), 500);
        QVERIFY(!a.value(u"error"_s).toString().isEmpty());
        // The last one failed for good: no retry announced.
        QCOMPARE(a.value(u"nextRetryAt"_s).isNull(), i == 0);
    }
    // The endpoint itself stays enabled: one failed event does not disable it.
    QCOMPARE(endpoint(hookId).value(u"enabled"_s), QJsonValue(true));

    // Redelivery (of any attempt of the event) sends it again with the same webhook-id.
    m_receiver->setStatus(200);
    const QString oldestAttempt = log.at(3).toObject().value(u"id"_s).toString();
    HttpResult r = m_tenant->http().request("POST", redeliverPath(oldestAttempt));
    OT_VERIFY_STATUS(r, 202);
    QCOMPARE(r.object().value(u"eventId"_s).toString(), eventId);
    QVERIFY(m_receiver->waitForWebhookId(eventId, 5));
    const ReceivedRequest again = m_receiver->requestsWithId(eventId).constLast();
    QCOMPARE(again.body, m_receiver->requests().constFirst().body);
    QVERIFY(WebhookReceiver::verify(again, hook.value(u"secret"_s).toString()));
    log = waitForAttempts(hookId, 5);
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.at(0).toObject().value(u"statusCode"_s).toInt(), 200);
    QCOMPARE(log.at(0).toObject().value(u"eventId"_s).toString(), eventId);
    OT_VERIFY_CHECK(attemptShape(log.at(0).toObject()));
    QTest::qWait(1200);
    QCOMPARE(m_receiver->count(), 5);

    // A delivered event can be redelivered too.
    r = m_tenant->http().request(
        "POST", redeliverPath(log.at(0).toObject().value(u"id"_s).toString()));
    OT_VERIFY_STATUS(r, 202);
    QCOMPARE(r.object().value(u"eventId"_s).toString(), eventId);
    QVERIFY(m_receiver->waitForWebhookId(eventId, 6));
}

void TestWebhookDelivery::goneDisablesEndpoint()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    // Event A is told to come back in 3 s; event B meets 410 Gone meanwhile.
    m_receiver->queueResponses({answer(503, {{"Retry-After", "3"}}), answer(410)});
    const QString a = createContact(u"A"_s);
    QVERIFY(m_receiver->waitForCount(1));
    const QString eventA = m_receiver->requests().at(0).webhookId();
    QVERIFY(!waitForAttempts(hookId, 1).isEmpty());
    const QString b = createContact(u"B"_s);
    QVERIFY(m_receiver->waitForCount(2));
    const QString eventB = m_receiver->requests().at(1).webhookId();
    QCOMPARE(
        m_receiver->requests().at(1).json().value(u"data"_s).toObject().value(u"id"_s).toString(),
        b);
    QTRY_COMPARE_WITH_TIMEOUT(
        endpoint(hookId).value(u"disabledReason"_s).toString(), u"gone"_s, 5000);
    QCOMPARE(endpoint(hookId).value(u"enabled"_s), QJsonValue(false));
    const QJsonArray log = waitForAttempts(hookId, 2);
    QCOMPARE(log.at(0).toObject().value(u"statusCode"_s).toInt(), 410);
    QCOMPARE(log.at(0).toObject().value(u"eventId"_s).toString(), eventB);
    QVERIFY(log.at(0).toObject().value(u"nextRetryAt"_s).isNull());

    // Disabled: A's retry waits, and a new event C is not sent.
    const QString c = createContact(u"C"_s);
    QTest::qWait(3500);
    QCOMPARE(m_receiver->count(), 2);

    // Enabled again: A resumes with its webhook-id; B (gone) and C (never queued) do not come.
    const HttpResult enabled = m_tenant->http().patch(endpointPath(hookId), {{u"enabled"_s, true}});
    OT_VERIFY_STATUS(enabled, 200);
    QCOMPARE(enabled.object().value(u"enabled"_s), QJsonValue(true));
    QVERIFY(enabled.object().value(u"disabledReason"_s).isNull());
    QVERIFY(m_receiver->waitForWebhookId(eventA, 2, 5000));
    QCOMPARE(
        m_receiver->requestsWithId(eventA).constLast().json().value(u"data"_s).toObject().value(
            u"id"_s),
        QJsonValue(a));
    const QString d = createContact(u"D"_s);
    QVERIFY(m_receiver->waitForCount(4));
    QTest::qWait(500);
    QCOMPARE(m_receiver->count(), 4);
    QCOMPARE(m_receiver->requests().constLast().json().value(u"data"_s).toObject().value(u"id"_s),
        QJsonValue(d));
    QCOMPARE(m_receiver->requestsWithId(eventB).size(), 1);
    for (const ReceivedRequest &request : m_receiver->requests())
        QVERIFY(request.json().value(u"data"_s).toObject().value(u"id"_s).toString() != c);
}

void TestWebhookDelivery::failingEndpointIsDisabled()
{
    // Every attempt fails for longer than --webhook-disable-after (three days by default,
    // two seconds here): the server disables the endpoint and says why.
    ServerProcess server;
    QVERIFY2(server.start({u"--webhook-retry-schedule"_s, u"1,1,1,1,1,1"_s, u"--webhook-timeout"_s,
                 u"1"_s, u"--webhook-disable-after"_s, u"2"_s}),
        qPrintable(server.lastError()));
    TestTenant tenant;
    QVERIFY(tenant.setUp(server, u"Failing"_s));
    m_receiver->setStatus(500);
    const QString hookId = createEndpoint(tenant, m_receiver->url()).value(u"id"_s).toString();
    QVERIFY(!hookId.isEmpty());
    QVERIFY(!tenant.createId(u"contacts"_s, {{u"firstName"_s, u"Doomed"_s}}).isEmpty());
    const auto current = [&] { return tenant.http().get(endpointPath(hookId)).object(); };
    QTRY_COMPARE_WITH_TIMEOUT(current().value(u"disabledReason"_s).toString(), u"failing"_s, 8000);
    QCOMPARE(current().value(u"enabled"_s), QJsonValue(false));
    const int received = m_receiver->count();
    QVERIFY(received >= 3); // attempts at about 0, 1 and 2 s
    // Disabled: the pending retries wait, and new events are not queued.
    QVERIFY(!tenant.createId(u"contacts"_s, {{u"firstName"_s, u"Ignored"_s}}).isEmpty());
    QTest::qWait(1500);
    QCOMPARE(m_receiver->count(), received);
    server.dumpLogIfFailed();
}

void TestWebhookDelivery::disabledEndpointHoldsPendingDeliveries()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    m_receiver->queueResponses({answer(503, {{"Retry-After", "2"}})});
    createContact(u"Held"_s);
    QVERIFY(m_receiver->waitForCount(1));
    const QString held = m_receiver->requests().at(0).webhookId();
    QVERIFY(!waitForAttempts(hookId, 1).isEmpty());

    const HttpResult off = m_tenant->http().patch(endpointPath(hookId), {{u"enabled"_s, false}});
    OT_VERIFY_STATUS(off, 200);
    QCOMPARE(off.object().value(u"enabled"_s), QJsonValue(false));
    QVERIFY(off.object().value(u"disabledReason"_s).isNull()); // a person did it
    const QString ignored = createContact(u"Ignored"_s);
    QTest::qWait(3000);
    QCOMPARE(m_receiver->count(), 1);

    OT_VERIFY_STATUS(m_tenant->http().patch(endpointPath(hookId), {{u"enabled"_s, true}}), 200);
    QVERIFY(m_receiver->waitForWebhookId(held, 2, 5000));
    QTest::qWait(800);
    QCOMPARE(m_receiver->count(), 2);
    for (const ReceivedRequest &request : m_receiver->requests())
        QVERIFY(request.json().value(u"data"_s).toObject().value(u"id"_s).toString() != ignored);
}

void TestWebhookDelivery::rotationSignsWithBothSecrets()
{
    const QJsonObject hook = createEndpoint(m_receiver->url());
    const QString hookId = hook.value(u"id"_s).toString();
    const QString first = hook.value(u"secret"_s).toString();
    HttpResult r = m_tenant->http().request("POST", endpointPath(hookId, u"/rotate-secret"_s));
    OT_VERIFY_STATUS(r, 200);
    const QString second = r.object().value(u"secret"_s).toString();
    QVERIFY(!second.isEmpty() && second != first);

    createContact(u"Rotated"_s);
    QVERIFY(m_receiver->waitForCount(1));
    ReceivedRequest request = m_receiver->requests().constLast();
    const auto verifyBoth
        = [](const ReceivedRequest &request, const QString &newSecret, const QString &oldSecret) {
              const QList<QByteArray> signatures = WebhookReceiver::signatures(request);
              QCOMPARE(signatures.size(), 2);
              for (const QByteArray &signature : signatures)
                  QVERIFY2(signature.startsWith("v1,"), signature.constData());
              const QByteArray id = request.header("webhook-id");
              const QByteArray timestamp = request.header("webhook-timestamp");
              const QByteArray byNew
                  = WebhookReceiver::expectedSignature(newSecret, id, timestamp, request.body);
              const QByteArray byOld
                  = WebhookReceiver::expectedSignature(oldSecret, id, timestamp, request.body);
              QVERIFY(byNew != byOld);
              QVERIFY2(signatures.contains(byNew), "no signature made with the new secret");
              QVERIFY2(signatures.contains(byOld), "no signature made with the old secret");
          };
    verifyBoth(request, second, first);
    OT_CHECK_FAILED();

    // Test events are signed the same way.
    r = m_tenant->http().request("POST", endpointPath(hookId, u"/test"_s));
    OT_VERIFY_STATUS(r, 202);
    QVERIFY(m_receiver->waitForWebhookId(r.object().value(u"eventId"_s).toString()));
    verifyBoth(m_receiver->requests().constLast(), second, first);
    OT_CHECK_FAILED();

    // Another rotation: the newest and the one before it sign.
    r = m_tenant->http().request("POST", endpointPath(hookId, u"/rotate-secret"_s));
    OT_VERIFY_STATUS(r, 200);
    const QString third = r.object().value(u"secret"_s).toString();
    createContact(u"Rotated twice"_s);
    QVERIFY(m_receiver->waitForCount(3));
    request = m_receiver->requests().constLast();
    QVERIFY(WebhookReceiver::verify(request, third));
    QVERIFY(WebhookReceiver::verify(request, second));
}

void TestWebhookDelivery::testEvent()
{
    const QJsonObject hook = createEndpoint(m_receiver->url(), {u"lead.deleted"_s});
    const QString hookId = hook.value(u"id"_s).toString();
    HttpResult r = m_tenant->http().request("POST", endpointPath(hookId, u"/test"_s));
    OT_VERIFY_STATUS(r, 202);
    QCOMPARE(r.mediaType(), QByteArray("application/json"));
    const QString eventId = r.object().value(u"eventId"_s).toString();
    QVERIFY2(TestData::isUuid(eventId), r.body.constData());
    QVERIFY(m_receiver->waitForWebhookId(eventId));
    const ReceivedRequest request = m_receiver->requestsWithId(eventId).constFirst();
    QVERIFY(WebhookReceiver::verify(request, hook.value(u"secret"_s).toString()));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(u"event_id"_s).toString(), eventId);
    QCOMPARE(body.value(u"tenant_id"_s).toString(), m_tenant->id());
    QCOMPARE(body.value(u"entity_type"_s).toString(), u"webhook"_s);
    QCOMPARE(body.value(u"action"_s).toString(), u"test"_s);
    QVERIFY(TestData::isTimestamp(body.value(u"occurred_at"_s).toString()));
    QCOMPARE(body.value(u"data"_s).toObject(), (QJsonObject {{u"id"_s, hookId}}));
    const QJsonArray log = waitForAttempts(hookId, 1);
    QCOMPARE(log.size(), 1);
    OT_VERIFY_CHECK(attemptShape(log.at(0).toObject()));
    QCOMPARE(log.at(0).toObject().value(u"eventId"_s).toString(), eventId);
    QCOMPARE(log.at(0).toObject().value(u"eventType"_s).toString(), u"webhook.test"_s);

    // Also to a disabled endpoint, which gets nothing else.
    OT_VERIFY_STATUS(m_tenant->http().patch(endpointPath(hookId), {{u"enabled"_s, false}}), 200);
    const QString lead = m_tenant->createMinimal(u"leads"_s);
    OT_VERIFY_STATUS(m_tenant->http().del(TestData::path(u"leads"_s, lead)), 204);
    r = m_tenant->http().request("POST", endpointPath(hookId, u"/test"_s));
    OT_VERIFY_STATUS(r, 202);
    const QString second = r.object().value(u"eventId"_s).toString();
    QVERIFY(second != eventId);
    QVERIFY(m_receiver->waitForWebhookId(second));
    QTest::qWait(800);
    QCOMPARE(m_receiver->count(), 2);
    QCOMPARE(endpoint(hookId).value(u"enabled"_s), QJsonValue(false)); // still disabled
}

void TestWebhookDelivery::deletingEndpointDropsPendingDeliveries()
{
    const QJsonObject doomed = createEndpoint(m_receiver->url(u"/doomed"_s));
    const QJsonObject kept = createEndpoint(m_receiver->url(u"/kept"_s));
    m_receiver->setRule([](const ReceivedRequest &request) {
        return request.path == "/doomed" ? answer(503, {{"Retry-After", "2"}}) : answer(200);
    });
    createContact(u"Orphan"_s);
    QVERIFY(m_receiver->waitForCount(2));
    const QJsonArray doomedLog = waitForAttempts(doomed.value(u"id"_s).toString(), 1);
    QVERIFY(!doomedLog.isEmpty());
    OT_VERIFY_STATUS(m_tenant->http().del(endpointPath(doomed.value(u"id"_s).toString())), 204);
    // Its attempts cannot be redelivered any more: there is nowhere to send them.
    OT_VERIFY_PROBLEM(m_tenant->http().request("POST",
                          redeliverPath(doomedLog.at(0).toObject().value(u"id"_s).toString())),
        404, "not-found");
    OT_VERIFY_PROBLEM(
        m_tenant->http().get(endpointPath(doomed.value(u"id"_s).toString(), u"/deliveries"_s)), 404,
        "not-found");
    createContact(u"After"_s);
    QVERIFY(m_receiver->waitForCount(3));
    QTest::qWait(2700);
    // The retry of the doomed endpoint never came; the other endpoint got both events.
    QCOMPARE(m_receiver->count(), 3);
    int toKept = 0;
    for (const ReceivedRequest &request : m_receiver->requests())
        toKept += request.path == "/kept" ? 1 : 0;
    QCOMPARE(toKept, 2);
    QCOMPARE(waitForAttempts(kept.value(u"id"_s).toString(), 2).size(), 2);
}

void TestWebhookDelivery::deadEndpointDoesNotDelayHealthyOne()
{
    // A server of its own with a long timeout, so the dead endpoint really hangs.
    ServerProcess server;
    QVERIFY2(
        server.start({u"--webhook-timeout"_s, u"20"_s, u"--webhook-retry-schedule"_s, u"1,1,1"_s}),
        qPrintable(server.lastError()));
    TestTenant tenant;
    QVERIFY(tenant.setUp(server, u"Dead and alive"_s));
    WebhookReceiver dead;
    QVERIFY(dead.listen());
    dead.setRule([](const ReceivedRequest &) { return ReceiverResponse::hang(); });
    QVERIFY(!createEndpoint(tenant, dead.url()).isEmpty());
    QVERIFY(!createEndpoint(tenant, m_receiver->url()).isEmpty());

    const int burst = 30;
    QSet<QString> created;
    for (int i = 0; i < burst; ++i)
        created << tenant.createId(u"contacts"_s, {{u"firstName"_s, u"Burst %1"_s.arg(i)}});
    QElapsedTimer sinceBurst;
    sinceBurst.start();
    QVERIFY2(m_receiver->waitForCount(burst, 5000),
        qPrintable(u"the healthy endpoint got %1 of %2"_s.arg(m_receiver->count()).arg(burst)));
    QVERIFY2(sinceBurst.elapsed() < 5000, qPrintable(QString::number(sinceBurst.elapsed())));
    QSet<QString> received;
    for (const ReceivedRequest &request : m_receiver->requests())
        received << request.json().value(u"data"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(received, created);
    QVERIFY(dead.count() >= 1);

    // While the dead endpoint hangs, the server waits without burning a core.
    const qint64 before = cpuTimeMs(server.processId());
    if (before >= 0) {
        QTest::qWait(2000);
        const qint64 used = cpuTimeMs(server.processId()) - before;
        qInfo("server CPU while a receiver hangs: %lld ms in 2 s", used);
        QVERIFY2(used < 600,
            qPrintable(u"the server used %1 ms of CPU in 2 s while idle with a hanging "
                       u"receiver"_s.arg(used)));
    }
    // New events still reach the healthy endpoint at once.
    tenant.createId(u"contacts"_s, {{u"firstName"_s, u"Late"_s}});
    QVERIFY(m_receiver->waitForCount(burst + 1, 2000));
    dead.close();
    QVERIFY(server.terminate());
}

QTEST_GUILESS_MAIN(TestWebhookDelivery)
