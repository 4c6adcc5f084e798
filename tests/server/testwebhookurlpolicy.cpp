#include "testwebhookurlpolicy.h"

#include "webhooks/webhookurlpolicy.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kOk;
const QString kNotHttp = u"must be an absolute http or https URL"_s;
const QString kNoHost = u"must include a host"_s;
const QString kCredentials = u"must not contain a user name or password"_s;
const QString kInternal = u"must not point to a loopback, private or internal address"_s;

} // namespace

void TestWebhookUrlPolicy::classifiesAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("internal");

    const QStringList internal = {
        u"127.0.0.1"_s,
        u"127.255.255.254"_s,
        u"0.0.0.0"_s,
        u"0.1.2.3"_s,
        u"10.0.0.1"_s,
        u"10.255.255.255"_s,
        u"172.16.0.1"_s,
        u"172.31.255.255"_s,
        u"192.168.1.1"_s,
        u"100.64.0.1"_s,
        u"100.127.255.255"_s,
        u"169.254.169.254"_s,
        u"224.0.0.1"_s,
        u"239.255.255.250"_s,
        u"255.255.255.255"_s,
        u"192.0.0.8"_s,
        u"198.18.0.1"_s,
        u"198.19.255.255"_s,
        u"240.0.0.1"_s,
        u"::1"_s,
        u"::"_s,
        u"fe80::1"_s,
        u"febf::1"_s,
        u"fc00::1"_s,
        u"fd12:3456::1"_s,
        u"ff02::1"_s,
        u"fec0::1"_s,
        u"feff::1"_s,
        u"::ffff:127.0.0.1"_s,
        u"::ffff:10.1.2.3"_s,
        u"::ffff:169.254.169.254"_s,
        u"::ffff:0:127.0.0.1"_s,
        u"::127.0.0.1"_s,
        u"::8.8.8.8"_s,
        u"64:ff9b::10.0.0.1"_s,
        u"64:ff9b::7f00:1"_s,
        u"64:ff9b:1::8.8.8.8"_s,
        u"2002:7f00:1::1"_s,
        u"2002:c0a8:101::"_s,
    };
    for (const QString &address : internal)
        QTest::newRow(qPrintable(address)) << address << true;

    const QStringList external = {
        u"8.8.8.8"_s,
        u"93.184.216.34"_s,
        u"1.1.1.1"_s,
        u"9.255.255.255"_s,
        u"11.0.0.0"_s,
        u"100.63.255.255"_s,
        u"100.128.0.0"_s,
        u"172.15.255.255"_s,
        u"172.32.0.0"_s,
        u"192.167.255.255"_s,
        u"192.169.0.0"_s,
        u"169.253.0.1"_s,
        u"192.0.1.1"_s,
        u"198.17.255.255"_s,
        u"198.20.0.0"_s,
        u"223.255.255.255"_s,
        u"126.255.255.255"_s,
        u"2001:4860:4860::8888"_s,
        u"2606:4700:4700::1111"_s,
        u"::ffff:8.8.8.8"_s,
        u"64:ff9b::8.8.8.8"_s,
        u"2002:808:808::1"_s,
        u"fe7f::1"_s,
        u"fbff::1"_s,
    };
    for (const QString &address : external)
        QTest::newRow(qPrintable(address)) << address << false;
}

void TestWebhookUrlPolicy::classifiesAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, internal);
    const QHostAddress parsed(address);
    QVERIFY2(!parsed.isNull(), qPrintable(address));
    QCOMPARE(WebhookUrlPolicy::isInternalAddress(parsed), internal);
}

void TestWebhookUrlPolicy::judgesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("strictProblem"); // allowPrivate false
    QTest::addColumn<QString>("allowedProblem"); // allowPrivate true

    auto row = [](const char *name, const QString &url, const QString &strict,
                   const QString &allowed) { QTest::newRow(name) << url << strict << allowed; };

    // Public targets.
    row("https name", u"https://hooks.example.com/in?x=1#f"_s, kOk, kOk);
    row("http with port", u"http://example.com:8080/hook"_s, kOk, kOk);
    row("upper-case scheme", u"HTTPS://example.com/"_s, kOk, kOk);
    row("public IPv4", u"http://93.184.216.34/"_s, kOk, kOk);
    row("public IPv6", u"https://[2001:4860:4860::8888]:443/"_s, kOk, kOk);
    row("name like localhost", u"https://localhost.example.com/"_s, kOk, kOk);
    row("name ending in localhost", u"https://mylocalhost/"_s, kOk, kOk);

    // Never acceptable, whatever the operator allows.
    row("empty", QString(), kNotHttp, kNotHttp);
    row("relative", u"/hooks/in"_s, kNotHttp, kNotHttp);
    row("no scheme", u"example.com/hook"_s, kNotHttp, kNotHttp);
    row("ftp", u"ftp://example.com/"_s, kNotHttp, kNotHttp);
    row("file", u"file:///etc/passwd"_s, kNotHttp, kNotHttp);
    row("javascript", u"javascript:alert(1)"_s, kNotHttp, kNotHttp);
    row("gopher", u"gopher://127.0.0.1:25/"_s, kNotHttp, kNotHttp);
    row("blank around", u" https://example.com/ "_s, kNotHttp, kNotHttp);
    row("blank in host", u"https://exa mple.com/"_s, kNotHttp, kNotHttp);
    row("bad port", u"https://example.com:99999/"_s, kNotHttp, kNotHttp);
    row("unclosed IPv6", u"http://[::1/"_s, kNotHttp, kNotHttp);
    row("no host", u"http:///path"_s, kNoHost, kNoHost);
    row("scheme only", u"https:"_s, kNoHost, kNoHost);
    row("user and password", u"https://user:secret@example.com/"_s, kCredentials, kCredentials);
    row("user only", u"https://user@example.com/"_s, kCredentials, kCredentials);
    row("empty userinfo", u"https://@example.com/"_s, kCredentials, kCredentials);
    row("empty password", u"https://user:@example.com/"_s, kCredentials, kCredentials);
    row("host-like userinfo", u"http://127.0.0.1:80@example.com/"_s, kCredentials, kCredentials);
    // QUrl's strict mode refuses percent-encoding in the host, so no name hides behind it.
    row("percent-encoded host", u"http://%31%32%37.0.0.1/"_s, kNotHttp, kNotHttp);

    // Internal targets: refused unless allowed.
    row("localhost", u"http://localhost:8080/hook"_s, kInternal, kOk);
    row("LOCALHOST", u"http://LocalHost/"_s, kInternal, kOk);
    row("localhost trailing dot", u"http://localhost./"_s, kInternal, kOk);
    row("sub.localhost", u"http://api.Localhost/"_s, kInternal, kOk);
    row("sub.localhost trailing dot", u"http://a.b.localhost./"_s, kInternal, kOk);
    row("loopback", u"http://127.0.0.1:9000/"_s, kInternal, kOk);
    row("loopback trailing dot", u"http://127.0.0.1./"_s, kInternal, kOk);
    row("other loopback", u"http://127.8.9.10/"_s, kInternal, kOk);
    row("private 10", u"https://10.0.0.5/"_s, kInternal, kOk);
    row("private 172", u"https://172.20.1.1/"_s, kInternal, kOk);
    row("private 192", u"https://192.168.0.10/"_s, kInternal, kOk);
    row("metadata service", u"http://169.254.169.254/latest/meta-data/"_s, kInternal, kOk);
    row("unspecified", u"http://0.0.0.0:8080/"_s, kInternal, kOk);
    row("CGNAT", u"http://100.100.100.200/"_s, kInternal, kOk);
    row("broadcast", u"http://255.255.255.255/"_s, kInternal, kOk);
    // Odd IPv4 spellings that resolvers accept; QUrl normalises them to dotted quads.
    row("decimal integer", u"http://2130706433/"_s, kInternal, kOk);
    row("hex integer", u"http://0x7f000001/"_s, kInternal, kOk);
    row("short form", u"http://127.1/"_s, kInternal, kOk);
    row("octal", u"http://0177.0.0.1/"_s, kInternal, kOk);
    row("hex parts", u"http://0x7f.0x0.0x0.0x1/"_s, kInternal, kOk);
    row("zero", u"http://0/"_s, kInternal, kOk);
    row("fullwidth digits", u"http://\uff11\uff12\uff17.0.0.1/"_s, kInternal, kOk);
    row("ideographic full stop", u"http://localhost\u3002/"_s, kInternal, kOk);
    row("IPv6 loopback", u"http://[::1]:8080/"_s, kInternal, kOk);
    row("IPv6 unspecified", u"http://[::]/"_s, kInternal, kOk);
    row("IPv6 link-local", u"http://[fe80::1]/"_s, kInternal, kOk);
    row("IPv6 link-local with zone", u"http://[fe80::1%25eth0]/"_s, kInternal, kOk);
    row("IPv6 unique-local", u"http://[fd00::1]/"_s, kInternal, kOk);
    row("IPv4-mapped loopback", u"http://[::ffff:127.0.0.1]/"_s, kInternal, kOk);
    row("IPv4-mapped hex", u"http://[::ffff:7f00:1]/"_s, kInternal, kOk);
    row("IPv4-mapped private", u"http://[::ffff:192.168.1.1]/"_s, kInternal, kOk);
    row("NAT64 loopback", u"http://[64:ff9b::127.0.0.1]/"_s, kInternal, kOk);
    row("upper-case IPv6", u"http://[FE80::ABCD]/"_s, kInternal, kOk);
}

void TestWebhookUrlPolicy::judgesUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, strictProblem);
    QFETCH(QString, allowedProblem);
    QCOMPARE(WebhookUrlPolicy::urlProblem(url, false), strictProblem);
    QCOMPARE(WebhookUrlPolicy::urlProblem(url, true), allowedProblem);
}

void TestWebhookUrlPolicy::refusesOverlongUrls()
{
    const QString base = u"https://example.com/"_s;
    const QString longest = base + QString(WebhookUrlPolicy::kMaxLength - base.size(), u'a');
    QCOMPARE(longest.size(), WebhookUrlPolicy::kMaxLength);
    QCOMPARE(WebhookUrlPolicy::urlProblem(longest, false), QString());
    const QString tooLong = longest + u'a';
    const QString expected = u"must be at most 2048 characters"_s;
    QCOMPARE(WebhookUrlPolicy::urlProblem(tooLong, false), expected);
    QCOMPARE(WebhookUrlPolicy::urlProblem(tooLong, true), expected);
}

QTEST_GUILESS_MAIN(TestWebhookUrlPolicy)
