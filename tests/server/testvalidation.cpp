#include "testvalidation.h"

#include "testdata.h"
#include "testmacros.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int OneMebibyte = 1024 * 1024;
} // namespace

void TestValidation::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_tenant.setUp(m_server, u"Validation Co"_s));
    m_customerId = m_tenant.createMinimal(u"customers"_s, u"Valid Customer"_s);
    m_contactId = m_tenant.createMinimal(u"contacts"_s, u"Valid Contact"_s);
    m_leadId = m_tenant.createMinimal(u"leads"_s, u"Valid Lead"_s);
    m_deletedCustomerId = m_tenant.createMinimal(u"customers"_s, u"Deleted Customer"_s);
    QVERIFY(!m_customerId.isEmpty() && !m_contactId.isEmpty() && !m_leadId.isEmpty());
    OT_VERIFY_STATUS(m_tenant.http().del(TestData::path(u"customers"_s, m_deletedCustomerId)), 204);
}

void TestValidation::cleanup()
{
    m_server.dumpLogIfFailed();
}

QByteArray TestValidation::substitute(QByteArray text) const
{
    text.replace("%CUSTOMER%", m_customerId.toUtf8());
    text.replace("%CONTACT%", m_contactId.toUtf8());
    text.replace("%LEAD%", m_leadId.toUtf8());
    text.replace("%DELETED%", m_deletedCustomerId.toUtf8());
    text.replace("%RANDOM%", TestData::newUuid().toUtf8());
    text.replace("%256%", QByteArray(256, 'x'));
    text.replace("%10001%", QByteArray(10001, 'x'));
    return text;
}

void TestValidation::verifyServerAlive()
{
    HttpClient anonymous(m_server.baseUrl());
    const HttpResult r = anonymous.get(u"/api/v1/health"_s);
    QVERIFY2(r.status == 200, qPrintable(u"server no longer healthy: "_s + r.describe()));
    QVERIFY(m_server.isRunning());
}

void TestValidation::invalidFieldIs422_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("pointers");

    auto row = [](const char *name, const QString &collection, const QByteArray &body,
                   const QStringList &pointers) {
        QTest::newRow(name) << collection << body << pointers;
    };
    const QString c = u"contacts"_s;
    row("contact: missing firstName", c, "{}", {u"/firstName"_s});
    row("contact: blank firstName", c, R"({"firstName": "   "})", {u"/firstName"_s});
    row("contact: null firstName", c, R"({"firstName": null})", {u"/firstName"_s});
    row("contact: number firstName", c, R"({"firstName": 42})", {u"/firstName"_s});
    row("contact: array firstName", c, R"({"firstName": ["A"]})", {u"/firstName"_s});
    row("contact: email without @", c, R"({"firstName": "A", "email": "not-an-email"})",
        {u"/email"_s});
    row("contact: email without tld", c, R"({"firstName": "A", "email": "a@b"})", {u"/email"_s});
    row("contact: email with space", c, R"({"firstName": "A", "email": "a b@example.com"})",
        {u"/email"_s});
    row("contact: phone letters", c, R"({"firstName": "A", "phone": "call me"})", {u"/phone"_s});
    row("contact: phone two digits", c, R"({"firstName": "A", "phone": "+12"})", {u"/phone"_s});
    row("contact: phone inner plus", c, R"({"firstName": "A", "phone": "12+345"})", {u"/phone"_s});
    row("contact: status unknown", c, R"({"firstName": "A", "status": "deleted"})", {u"/status"_s});
    row("contact: status wrong case", c, R"({"firstName": "A", "status": "Active"})",
        {u"/status"_s});
    row("contact: customerId not uuid", c, R"({"firstName": "A", "customerId": "abc"})",
        {u"/customerId"_s});
    row("contact: customerId unknown", c, R"({"firstName": "A", "customerId": "%RANDOM%"})",
        {u"/customerId"_s});
    row("contact: customerId deleted", c, R"({"firstName": "A", "customerId": "%DELETED%"})",
        {u"/customerId"_s});
    row("contact: customerId names a contact", c,
        R"({"firstName": "A", "customerId": "%CONTACT%"})", {u"/customerId"_s});
    row("contact: jobTitle too long", c, R"({"firstName": "A", "jobTitle": "%256%"})",
        {u"/jobTitle"_s});
    row("contact: notes too long", c, R"({"firstName": "A", "notes": "%10001%"})", {u"/notes"_s});
    row("contact: control character", c, R"({"firstName": "A\u0001B"})", {u"/firstName"_s});
    row("contact: NUL in lastName", c, R"({"firstName": "A", "lastName": "x\u0000y"})",
        {u"/lastName"_s});
    row("contact: NUL in notes", c, R"({"firstName": "A", "notes": "x\u0000y"})", {u"/notes"_s});
    row("contact: DEL character", c, R"({"firstName": "A\u007f"})", {u"/firstName"_s});
    row("contact: newline in firstName", c, R"({"firstName": "A\nB"})", {u"/firstName"_s});
    row("contact: unknown field", c, R"({"firstName": "A", "nickname": "Al"})", {u"/nickname"_s});
    row("contact: several fields", c, R"({"email": "x", "phone": "y"})",
        {u"/firstName"_s, u"/email"_s, u"/phone"_s});
    row("contact: id not uuid", c, R"({"firstName": "A", "id": "123"})", {u"/id"_s});

    const QString cu = u"customers"_s;
    row("customer: missing name", cu, R"({"industry": "IT"})", {u"/name"_s});
    row("customer: status unknown", cu, R"({"name": "A", "status": "prospect"})", {u"/status"_s});
    row("customer: address string", cu, R"({"name": "A", "address": "Main St 1"})",
        {u"/address"_s});
    row("customer: address unknown part", cu, R"({"name": "A", "address": {"planet": "Mars"}})",
        {u"/address/planet"_s});
    row("customer: address city too long", cu, R"({"name": "A", "address": {"city": "%256%"}})",
        {u"/address/city"_s});
    row("customer: address city number", cu, R"({"name": "A", "address": {"city": 7}})",
        {u"/address/city"_s});
    row("customer: email bad", cu, R"({"name": "A", "email": "@example.com"})", {u"/email"_s});

    const QString l = u"leads"_s;
    row("lead: missing title", l, R"({"priority": "high"})", {u"/title"_s});
    row("lead: leadSource unknown", l, R"({"title": "A", "leadSource": "tv"})", {u"/leadSource"_s});
    row("lead: priority urgent", l, R"({"title": "A", "priority": "urgent"})", {u"/priority"_s});
    row("lead: status unknown", l, R"({"title": "A", "status": "won"})", {u"/status"_s});
    row("lead: negative value", l, R"({"title": "A", "estimatedValue": -1})",
        {u"/estimatedValue"_s});
    row("lead: three decimals", l, R"({"title": "A", "estimatedValue": 1.005})",
        {u"/estimatedValue"_s});
    row("lead: value too big", l, R"({"title": "A", "estimatedValue": 1000000000000})",
        {u"/estimatedValue"_s});
    row("lead: value as string", l, R"({"title": "A", "estimatedValue": "100"})",
        {u"/estimatedValue"_s});
    row("lead: currency two letters", l, R"({"title": "A", "currency": "US"})", {u"/currency"_s});
    row("lead: currency four letters", l, R"({"title": "A", "currency": "EURO"})",
        {u"/currency"_s});
    row("lead: currency digit", l, R"({"title": "A", "currency": "1AB"})", {u"/currency"_s});
    row("lead: contactId unknown", l, R"({"title": "A", "contactId": "%RANDOM%"})",
        {u"/contactId"_s});
    row("lead: contactId names a customer", l, R"({"title": "A", "contactId": "%CUSTOMER%"})",
        {u"/contactId"_s});

    const QString o = u"opportunities"_s;
    row("opportunity: missing name", o, R"({"stage": "proposal"})", {u"/name"_s});
    row("opportunity: stage unknown", o, R"({"name": "A", "stage": "won"})", {u"/stage"_s});
    row("opportunity: probability 101", o, R"({"name": "A", "probability": 101})",
        {u"/probability"_s});
    row("opportunity: probability -1", o, R"({"name": "A", "probability": -1})",
        {u"/probability"_s});
    row("opportunity: probability fraction", o, R"({"name": "A", "probability": 50.5})",
        {u"/probability"_s});
    row("opportunity: probability string", o, R"({"name": "A", "probability": "50"})",
        {u"/probability"_s});
    row("opportunity: amount negative", o, R"({"name": "A", "amount": -0.01})", {u"/amount"_s});
    row("opportunity: amount three decimals", o, R"({"name": "A", "amount": 0.001})",
        {u"/amount"_s});
    row("opportunity: amount too big", o, R"({"name": "A", "amount": 1e15})", {u"/amount"_s});
    row("opportunity: month 13", o, R"({"name": "A", "expectedCloseDate": "2024-13-01"})",
        {u"/expectedCloseDate"_s});
    row("opportunity: no leap day", o, R"({"name": "A", "expectedCloseDate": "2023-02-29"})",
        {u"/expectedCloseDate"_s});
    row("opportunity: date words", o, R"({"name": "A", "expectedCloseDate": "tomorrow"})",
        {u"/expectedCloseDate"_s});
    row("opportunity: date-time", o,
        R"({"name": "A", "expectedCloseDate": "2024-03-20T10:00:00Z"})", {u"/expectedCloseDate"_s});
    row("opportunity: date number", o, R"({"name": "A", "expectedCloseDate": 20240320})",
        {u"/expectedCloseDate"_s});
    row("opportunity: leadId unknown", o, R"({"name": "A", "leadId": "%RANDOM%"})", {u"/leadId"_s});
    row("opportunity: leadId names a contact", o, R"({"name": "A", "leadId": "%CONTACT%"})",
        {u"/leadId"_s});

    const QString t = u"tickets"_s;
    row("ticket: missing subject", t, R"({"description": "x"})", {u"/subject"_s});
    row("ticket: status unknown", t, R"({"subject": "A", "status": "done"})", {u"/status"_s});
    row("ticket: priority unknown", t, R"({"subject": "A", "priority": "critical"})",
        {u"/priority"_s});
    row("ticket: description too long", t, R"({"subject": "A", "description": "%10001%"})",
        {u"/description"_s});
    row("ticket: customerId deleted", t, R"({"subject": "A", "customerId": "%DELETED%"})",
        {u"/customerId"_s});
}

void TestValidation::invalidFieldIs422()
{
    QFETCH(QString, collection);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, pointers);
    const QString path = TestData::path(collection);
    const HttpResult r = m_tenant.http().postRaw(path, substitute(body));
    OT_VERIFY_PROBLEM_AT(r, 422, "validation-failed", path);
    QStringList actual = ResponseCheck::errorPointers(r);
    actual.sort();
    pointers.sort();
    QCOMPARE(actual, pointers);
}

void TestValidation::invalidPatchIs422AndChangesNothing()
{
    const QJsonObject created = m_tenant.create(
        u"contacts"_s, {{u"firstName"_s, u"Patchy"_s}, {u"email"_s, u"p@example.com"_s}});
    QVERIFY(!created.isEmpty());
    const QString path = TestData::path(u"contacts"_s, created.value(u"id"_s).toString());
    const QList<QPair<QByteArray, QString>> cases {
        {R"({"email": "broken", "lastName": "Fine"})", u"/email"_s},
        {R"({"firstName": null})", u"/firstName"_s},
        {R"({"firstName": ""})", u"/firstName"_s},
        {R"({"status": "gone"})", u"/status"_s},
        {R"({"extra": 1})", u"/extra"_s},
        {R"({"customerId": "%DELETED%"})", u"/customerId"_s},
    };
    for (const auto &c : cases) {
        const HttpResult r = m_tenant.http().patchRaw(path, substitute(c.first));
        OT_VERIFY_PROBLEM_AT(r, 422, "validation-failed", path);
        QVERIFY2(ResponseCheck::errorPointers(r) == QStringList {c.second}, r.body.constData());
    }
    QCOMPARE(m_tenant.fetch(u"contacts"_s, created.value(u"id"_s).toString()), created);
}

void TestValidation::boundariesAreAccepted_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("stored");

    const QString emoji255 = QString::fromUtf8("\xF0\x9F\x98\x80").repeated(255);
    const QString accented255 = QString::fromUtf8("\xC3\xA9").repeated(255);
    // Inner TAB and LF are allowed in notes; outer whitespace would be trimmed.
    const QString notes = QString(4999, u'n') + u"\t\n"_s + QString(4999, u'n');
    auto row = [](const char *name, const QString &c, const QString &f, const QJsonValue &v,
                   const QJsonValue &s) { QTest::newRow(name) << c << f << v << s; };
    row("255 emoji (code points)", u"contacts"_s, u"lastName"_s, emoji255, emoji255);
    row("255 accented letters", u"customers"_s, u"industry"_s, accented255, accented255);
    row("notes 10000", u"contacts"_s, u"notes"_s, notes, notes);
    row("description 10000", u"tickets"_s, u"description"_s, notes, notes);
    row("phone formatted", u"contacts"_s, u"phone"_s, u"+1 (555) 123-4567"_s,
        u"+1 (555) 123-4567"_s);
    row("phone three digits", u"contacts"_s, u"phone"_s, u"112"_s, u"112"_s);
    row("email plus and subdomain", u"contacts"_s, u"email"_s,
        u"first.last+tag@mail.example.co.uk"_s, u"first.last+tag@mail.example.co.uk"_s);
    row("leap day", u"opportunities"_s, u"expectedCloseDate"_s, u"2024-02-29"_s, u"2024-02-29"_s);
    row("probability 0", u"opportunities"_s, u"probability"_s, 0, 0);
    row("probability 100", u"opportunities"_s, u"probability"_s, 100, 100);
    row("probability 50.0", u"opportunities"_s, u"probability"_s, 50.0, 50);
    row("currency lower case", u"leads"_s, u"currency"_s, u"chf"_s, u"CHF"_s);
    row("empty optional string", u"contacts"_s, u"jobTitle"_s, u""_s, QJsonValue::Null);
}

void TestValidation::boundariesAreAccepted()
{
    QFETCH(QString, collection);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, stored);
    QJsonObject body = TestData::minimalBody(collection);
    body.insert(field, value);
    const HttpResult r = m_tenant.http().post(TestData::path(collection), body);
    OT_VERIFY_STATUS(r, 201);
    QCOMPARE(r.object().value(field), stored);
    QCOMPARE(m_tenant.fetch(collection, r.object().value(u"id"_s).toString()).value(field), stored);
}

void TestValidation::stringsAreStoredVerbatim_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sql") << u"Robert'); DROP TABLE contacts;--"_s;
    QTest::newRow("sql or") << u"\" OR 1=1 --"_s;
    QTest::newRow("html") << u"<script>alert('x')</script>"_s;
    QTest::newRow("format") << u"%s%n%x %d {0} ${jndi:ldap://x/a}"_s;
    QTest::newRow("like wildcards") << u"100% _done_ [a-z]*"_s;
    QTest::newRow("path") << u"../../etc/passwd"_s;
    QTest::newRow("backslashes and quotes") << u"C:\\temp\\\"quoted\" 'single'"_s;
    QTest::newRow("emoji and zwj")
        << QString::fromUtf8("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB dev");
    QTest::newRow("rtl override") << QString::fromUtf8("abc \xE2\x80\xAE cba");
    QTest::newRow("combining") << QString::fromUtf8("Zoe\xCC\x88 vs Zo\xC3\xAB");
    QTest::newRow("cjk") << QString::fromUtf8("\xE6\x9D\xB1\xE4\xBA\xAC\xE9\x83\xBD");
    QTest::newRow("zero width space inside") << QString::fromUtf8("a\xE2\x80\x8B"
                                                                  "b");
    QTest::newRow("non-bmp math") << QString::fromUtf8("\xF0\x9D\x95\x8F\xF0\x9D\x95\xA0");
}

void TestValidation::stringsAreStoredVerbatim()
{
    QFETCH(QString, text);
    const HttpResult r = m_tenant.http().post(
        u"/api/v1/contacts"_s, {{u"firstName"_s, text}, {u"jobTitle"_s, text}, {u"notes"_s, text}});
    OT_VERIFY_STATUS(r, 201);
    const QString id = r.object().value(u"id"_s).toString();
    const QJsonObject fetched = m_tenant.fetch(u"contacts"_s, id);
    for (const QJsonObject &record : {r.object(), fetched}) {
        QCOMPARE(record.value(u"firstName"_s).toString(), text);
        QCOMPARE(record.value(u"jobTitle"_s).toString(), text);
        QCOMPARE(record.value(u"notes"_s).toString(), text);
    }
    const HttpResult search
        = m_tenant.http().get(u"/api/v1/contacts"_s + TestData::query({{u"search"_s, text}}));
    OT_VERIFY_STATUS(search, 200);
    QStringList found;
    for (const QJsonValue &v : search.data())
        found << v.toObject().value(u"id"_s).toString();
    QVERIFY2(found.contains(id), search.body.left(300).constData());
}

void TestValidation::oddInputNeverGives500_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<int>>("allowed");
    const QList<int> any {201, 400, 422};
    QTest::newRow("lone surrogate") << QByteArray(R"({"firstName": "\ud800"})") << any;
    QTest::newRow("reversed surrogates") << QByteArray(R"({"firstName": "\udc00\ud800"})") << any;
    QTest::newRow("deep nesting") << QByteArray(R"({"firstName": )") + QByteArray(5000, '[')
            + QByteArray(5000, ']')
            + '}' << QList<int> {400, 422};
    QTest::newRow("huge number") << QByteArray(R"({"firstName": "A", "customerId": 1e999})")
                                 << QList<int> {400, 422};
    QTest::newRow("duplicate keys") << QByteArray(R"({"firstName": "A", "firstName": "B"})") << any;
    QTest::newRow("BOM before JSON") << QByteArray("\xEF\xBB\xBF{\"firstName\": \"A\"}") << any;
    QTest::newRow("overlong UTF-8")
        << QByteArray("{\"firstName\": \"\xC0\xAF\"}") << QList<int> {400};
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"firstName\": \"\xFF\xFE\"}") << QList<int> {400};
    QTest::newRow("noncharacter") << QByteArray(R"({"firstName": "\uffff"})") << any;
    QTest::newRow("object as name") << QByteArray(R"({"firstName": {"a": 1}})") << QList<int> {422};
    QTest::newRow("true as name") << QByteArray(R"({"firstName": true})") << QList<int> {422};
    QTest::newRow("long key") << QByteArray(R"({")") + QByteArray(100000, 'k') + R"(": 1})"
                              << QList<int> {422};
}

void TestValidation::oddInputNeverGives500()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<int>, allowed);
    const HttpResult r = m_tenant.http().postRaw(u"/api/v1/contacts"_s, body);
    QVERIFY2(allowed.contains(r.status), qPrintable(r.describe()));
    if (r.status >= 400)
        OT_VERIFY_CHECK(ResponseCheck::problem(r, r.status, {}, u"/api/v1/contacts"_s));
    verifyServerAlive();
}

void TestValidation::malformedJsonIs400_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray("POST") << QByteArray(R"({"firstName": "A")");
    QTest::newRow("trailing comma") << QByteArray("POST") << QByteArray(R"({"firstName": "A",})");
    QTest::newRow("garbage after") << QByteArray("POST") << QByteArray(R"({"firstName": "A"} x)");
    QTest::newRow("single quotes") << QByteArray("POST") << QByteArray("{'firstName': 'A'}");
    QTest::newRow("array") << QByteArray("POST") << QByteArray(R"([{"firstName": "A"}])");
    QTest::newRow("string") << QByteArray("POST") << QByteArray(R"("firstName")");
    QTest::newRow("number") << QByteArray("POST") << QByteArray("42");
    QTest::newRow("null") << QByteArray("POST") << QByteArray("null");
    QTest::newRow("whitespace only") << QByteArray("POST") << QByteArray("   ");
    QTest::newRow("invalid UTF-8")
        << QByteArray("POST") << QByteArray("{\"firstName\": \"A\xC3\x28\"}");
    QTest::newRow("PATCH truncated") << QByteArray("PATCH") << QByteArray("{");
    QTest::newRow("PATCH array") << QByteArray("PATCH") << QByteArray("[]");
    QTest::newRow("PATCH null") << QByteArray("PATCH") << QByteArray("null");
}

void TestValidation::malformedJsonIs400()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QString path = u"/api/v1/contacts"_s;
    if (method == "PATCH")
        path = TestData::path(u"contacts"_s, m_contactId);
    const HttpResult r
        = m_tenant.http().request(method, path, body, {{"Content-Type", "application/json"}});
    OT_VERIFY_PROBLEM_AT(r, 400, "malformed-json", path);
}

void TestValidation::wrongContentTypeIs415_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type header
    QTest::addColumn<int>("expected");
    QTest::newRow("text/plain") << QByteArray("POST") << QByteArray("text/plain") << 415;
    QTest::newRow("form") << QByteArray("POST") << QByteArray("application/x-www-form-urlencoded")
                          << 415;
    QTest::newRow("xml") << QByteArray("POST") << QByteArray("application/xml") << 415;
    QTest::newRow("multipart") << QByteArray("POST")
                               << QByteArray("multipart/form-data; boundary=x") << 415;
    QTest::newRow("none") << QByteArray("POST") << QByteArray() << 415;
    QTest::newRow("PATCH text/plain") << QByteArray("PATCH") << QByteArray("text/plain") << 415;
    QTest::newRow("PATCH none") << QByteArray("PATCH") << QByteArray() << 415;
    QTest::newRow("charset parameter")
        << QByteArray("POST") << QByteArray("application/json; charset=utf-8") << 201;
    QTest::newRow("upper case") << QByteArray("POST") << QByteArray("Application/JSON") << 201;
}

void TestValidation::wrongContentTypeIs415()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(int, expected);
    const QString path
        = method == "PATCH" ? TestData::path(u"contacts"_s, m_contactId) : u"/api/v1/contacts"_s;
    HttpHeaders headers;
    if (!contentType.isEmpty())
        headers.emplaceBack("Content-Type", contentType);
    // Raw socket, so that no client library adds a Content-Type of its own.
    const HttpResult r = m_tenant.http().raw(
        m_tenant.http().buildRaw(method, path, R"({"firstName": "Typed"})", headers));
    if (expected == 415)
        OT_VERIFY_PROBLEM_AT(r, 415, "unsupported-media-type", path);
    else
        OT_VERIFY_STATUS(r, expected);
}

void TestValidation::bodyOverOneMebibyteIs413()
{
    const QByteArray prefix = R"({"firstName": "Big", "notes": ")";
    const QByteArray suffix = "\"}";
    auto bodyOfSize = [&](int size) {
        return prefix + QByteArray(size - prefix.size() - suffix.size(), 'x') + suffix;
    };
    const QString path = u"/api/v1/contacts"_s;

    HttpResult r = m_tenant.http().postRaw(path, bodyOfSize(OneMebibyte + 1));
    OT_VERIFY_PROBLEM(r, 413, "payload-too-large");
    // Exactly 1 MiB is within the limit: the notes are what is wrong then.
    r = m_tenant.http().postRaw(path, bodyOfSize(OneMebibyte));
    OT_VERIFY_PROBLEM(r, 422, "validation-failed");
    QCOMPARE(ResponseCheck::errorPointers(r), QStringList {u"/notes"_s});

    r = m_tenant.http().postRaw(path, bodyOfSize(3 * OneMebibyte));
    OT_VERIFY_PROBLEM(r, 413, "payload-too-large");
    r = m_tenant.http().patchRaw(
        TestData::path(u"contacts"_s, m_contactId), bodyOfSize(OneMebibyte + 100));
    OT_VERIFY_PROBLEM(r, 413, "payload-too-large");
    // Without a key the server may refuse either way, but never accept or fail.
    HttpClient anonymous(m_server.baseUrl());
    r = anonymous.postRaw(path, bodyOfSize(2 * OneMebibyte));
    QVERIFY2(r.status == 413 || r.status == 401, qPrintable(r.describe()));
    verifyServerAlive();
}

void TestValidation::hugeContentLengthIs413Quickly()
{
    for (const char *length : {"10737418240", "2097152"}) {
        const QByteArray request = m_tenant.http().buildRaw("POST", u"/api/v1/contacts"_s, {},
            {{"Content-Type", "application/json"}, {"Content-Length", length}});
        const HttpResult r = m_tenant.http().raw(request, 5000);
        QVERIFY2(r.status == 413,
            qPrintable(u"Content-Length %1: %2"_s.arg(QLatin1String(length), r.describe())));
        QVERIFY2(r.elapsedMs < 5000, qPrintable(u"took %1 ms"_s.arg(r.elapsedMs)));
        OT_VERIFY_PROBLEM(r, 413, "payload-too-large");
    }
    verifyServerAlive();
}

void TestValidation::chunkedBodyOverOneMebibyteIs413()
{
    // No Content-Length: the limit must hold for a chunked body as well.
    QByteArray chunks;
    const QByteArray chunk(64 * 1024, 'x');
    const QByteArray head = R"({"firstName": "Big", "notes": ")";
    chunks += QByteArray::number(head.size(), 16) + "\r\n" + head + "\r\n";
    for (int i = 0; i < 17; ++i)
        chunks += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    chunks += "2\r\n\"}\r\n0\r\n\r\n";
    QByteArray request = m_tenant.http().buildRaw("POST", u"/api/v1/contacts"_s, {},
        {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}});
    request += chunks;
    const HttpResult r = m_tenant.http().raw(request, 10000);
    OT_VERIFY_PROBLEM(r, 413, "payload-too-large");
    verifyServerAlive();
}

void TestValidation::malformedHttpIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray key = "X-API-Key: " + m_tenant.key().key.toUtf8() + "\r\n";
    const QByteArray start = "POST /api/v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n" + key;
    QTest::newRow("garbage") << QByteArray("HELLO THERE\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 8);
    QTest::newRow("header without colon")
        << QByteArray("GET /api/v1/contacts HTTP/1.1\r\nHost: x\r\n" + key + "NoColonHere\r\n\r\n");
    QTest::newRow("control bytes in header") << QByteArray(
        "GET /api/v1/contacts HTTP/1.1\r\nHost: x\r\n" + key + "X-Odd: a\x01\x02z\r\n\r\n");
    QTest::newRow("non-numeric Content-Length")
        << start + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}";
    QTest::newRow("negative Content-Length")
        << start + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}";
    QTest::newRow("two Content-Lengths") << start
            + "Content-Type: application/json\r\nContent-Length: 2\r\n"
              "Content-Length: 30\r\n\r\n{}";
    QTest::newRow("huge header") << QByteArray("GET /api/v1/contacts HTTP/1.1\r\nHost: x\r\n" + key
        + "X-Big: " + QByteArray(256 * 1024, 'h') + "\r\n\r\n");
    QTest::newRow("unknown method")
        << QByteArray("BREW /api/v1/contacts HTTP/1.1\r\nHost: x\r\n" + key + "\r\n");
    QTest::newRow("HTTP/0.9") << QByteArray("GET /api/v1/health\r\n\r\n");
    QTest::newRow("absolute URI in path") << QByteArray(
        "GET http://evil.example/api/v1/contacts HTTP/1.1\r\nHost: x\r\n" + key + "\r\n");
    QTest::newRow("percent-encoded NUL in path")
        << QByteArray("GET /api/v1/contacts/%00 HTTP/1.1\r\nHost: x\r\n" + key + "\r\n");
}

void TestValidation::malformedHttpIsRefused()
{
    QFETCH(QByteArray, request);
    const HttpResult r = HttpClient::rawRequest(m_server.host(), m_server.port(), request, 5000);
    // Whatever the server makes of it (a 4xx, dropping the connection, or a lenient parse), it
    // never fails with 5xx and keeps serving.
    QVERIFY2(r.status < 500,
        qPrintable(r.describe() + u" raw: "_s + QString::fromLatin1(r.raw.left(300))));
    verifyServerAlive();
}

void TestValidation::badQueryIs400_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("pointer");
    auto row = [](const QString &collection, const QString &query, const QString &param) {
        QTest::newRow(qPrintable(collection + u'?' + query))
            << collection << query << u"#/query/"_s + param;
    };
    const QString c = u"contacts"_s;
    row(c, u"page=0"_s, u"page"_s);
    row(c, u"page=-1"_s, u"page"_s);
    row(c, u"page=abc"_s, u"page"_s);
    row(c, u"page=1.5"_s, u"page"_s);
    row(c, u"page="_s, u"page"_s);
    row(c, u"limit=0"_s, u"limit"_s);
    row(c, u"limit=201"_s, u"limit"_s);
    row(c, u"limit=ten"_s, u"limit"_s);
    row(c, u"sort=shoeSize"_s, u"sort"_s);
    row(c, u"sort=notes"_s, u"sort"_s);
    row(c, u"sort=-"_s, u"sort"_s);
    row(c, u"status=bogus"_s, u"status"_s);
    row(c, u"updatedSince=yesterday"_s, u"updatedSince"_s);
    row(c, u"updatedSince=2024-13-01T00:00:00Z"_s, u"updatedSince"_s);
    row(c, u"customerId=abc"_s, u"customerId"_s);
    row(c, u"foo=1"_s, u"foo"_s);
    row(c, u"priority=high"_s, u"priority"_s);
    row(c, u"page=1&page=2"_s, u"page"_s);
    row(c, u"status=active&status=inactive"_s, u"status"_s);
    row(c, u"search=%FF"_s, u"search"_s); // not UTF-8
    row(c, u"search=%C3%28"_s, u"search"_s); // not UTF-8
    row(u"customers"_s, u"status=prospect"_s, u"status"_s);
    row(u"customers"_s, u"sort=address"_s, u"sort"_s);
    row(u"leads"_s, u"priority=urgent"_s, u"priority"_s);
    row(u"leads"_s, u"leadSource=tv"_s, u"leadSource"_s);
    row(u"leads"_s, u"source=tv"_s, u"source"_s);
    row(u"leads"_s, u"contactId=42"_s, u"contactId"_s);
    row(u"opportunities"_s, u"stage=won"_s, u"stage"_s);
    row(u"opportunities"_s, u"status=won"_s, u"status"_s);
    row(u"opportunities"_s, u"leadSource=website"_s, u"leadSource"_s);
    row(u"tickets"_s, u"priority=critical"_s, u"priority"_s);
    row(u"tickets"_s, u"status=done"_s, u"status"_s);
    row(u"tickets"_s, u"sort=description"_s, u"sort"_s);
}

void TestValidation::badQueryIs400()
{
    QFETCH(QString, collection);
    QFETCH(QString, query);
    QFETCH(QString, pointer);
    const QString path = TestData::path(collection);
    const HttpResult r = m_tenant.http().get(path + u'?' + query);
    OT_VERIFY_PROBLEM_AT(r, 400, "invalid-query", path);
    QVERIFY2(ResponseCheck::errorPointers(r).contains(pointer), r.body.constData());
}

void TestValidation::orderOfChecks()
{
    HttpClient &http = m_tenant.http();
    const QString unknown = TestData::path(u"contacts"_s, TestData::newUuid());
    const QString existing = TestData::path(u"contacts"_s, m_contactId);

    // 405 before 415, 404 before a bad query, 415 before 400.
    OT_VERIFY_PROBLEM(
        http.request("PUT", u"/api/v1/contacts"_s, "x", {{"Content-Type", "text/plain"}}), 405,
        "method-not-allowed");
    OT_VERIFY_PROBLEM(http.get(u"/api/v1/nothing?page=0"_s), 404, "not-found");
    OT_VERIFY_PROBLEM(
        http.request("POST", u"/api/v1/contacts"_s, "{oops", {{"Content-Type", "text/plain"}}), 415,
        "unsupported-media-type");
    // Syntax (400) before the record (404).
    OT_VERIFY_PROBLEM(http.patchRaw(unknown, "{oops"), 400, "malformed-json");
    OT_VERIFY_PROBLEM(http.get(unknown + u"?foo=1"_s), 400, "invalid-query");
    // The record (404, 412, 409) before validation (422).
    OT_VERIFY_PROBLEM(http.patchRaw(unknown, R"({"email": "bad"})"), 404, "not-found");
    OT_VERIFY_PROBLEM(http.patchRaw(existing, R"({"email": "bad"})", {{"If-Match", "\"999\""}}),
        412, "precondition-failed");
    OT_VERIFY_PROBLEM(
        http.postRaw(u"/api/v1/contacts"_s, substitute(R"({"id": "%CONTACT%", "email": "bad"})")),
        409, "duplicate-id");
    OT_VERIFY_PROBLEM(
        http.postRaw(u"/api/v1/customers"_s, substitute(R"({"id": "%CONTACT%", "nope": 1})")), 409,
        "duplicate-id");
}

QTEST_GUILESS_MAIN(TestValidation)
