#include "webhookurlpolicy.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

struct Ipv4Range
{
    quint32 base;
    int prefixLength;
};

// IANA special-purpose IPv4 ranges that no public webhook receiver lives in.
constexpr Ipv4Range kInternalIpv4[] = {
    {0x00000000, 8}, // 0.0.0.0/8 "this network", unspecified
    {0x0a000000, 8}, // 10.0.0.0/8 private
    {0x64400000, 10}, // 100.64.0.0/10 carrier-grade NAT
    {0x7f000000, 8}, // 127.0.0.0/8 loopback
    {0xa9fe0000, 16}, // 169.254.0.0/16 link-local (cloud metadata services live here)
    {0xac100000, 12}, // 172.16.0.0/12 private
    {0xc0000000, 24}, // 192.0.0.0/24 IETF protocol assignments
    {0xc0a80000, 16}, // 192.168.0.0/16 private
    {0xc6120000, 15}, // 198.18.0.0/15 benchmarking
    {0xe0000000, 4}, // 224.0.0.0/4 multicast
    {0xf0000000, 4}, // 240.0.0.0/4 reserved, includes 255.255.255.255 broadcast
};

bool isInternalIpv4(quint32 address)
{
    for (const Ipv4Range &range : kInternalIpv4) {
        const quint32 mask = ~quint32(0) << (32 - range.prefixLength);
        if ((address & mask) == range.base)
            return true;
    }
    return false;
}

quint32 ipv4At(const Q_IPV6ADDR &bytes, int offset)
{
    return quint32(bytes[offset]) << 24 | quint32(bytes[offset + 1]) << 16
        | quint32(bytes[offset + 2]) << 8 | quint32(bytes[offset + 3]);
}

bool hasPrefix(const Q_IPV6ADDR &bytes, std::initializer_list<quint8> prefix)
{
    int i = 0;
    for (const quint8 byte : prefix) {
        if (bytes[i++] != byte)
            return false;
    }
    return true;
}

bool isInternalIpv6(const Q_IPV6ADDR &bytes)
{
    // ::/96 holds ::, ::1 and the deprecated IPv4-compatible form; ::ffff:0:0/96 is
    // IPv4-mapped. Stacks route compatible addresses inconsistently and no legitimate
    // receiver uses them, so the whole of ::/96 is refused; mapped ones carry the verdict
    // of their IPv4 address, as 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) do.
    if (hasPrefix(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}))
        return true;
    if (hasPrefix(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}))
        return isInternalIpv4(ipv4At(bytes, 12));
    if (hasPrefix(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0}))
        return isInternalIpv4(ipv4At(bytes, 12)); // ::ffff:0:0/96, SIIT IPv4-translated
    if (hasPrefix(bytes, {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}))
        return isInternalIpv4(ipv4At(bytes, 12));
    if (hasPrefix(bytes, {0x00, 0x64, 0xff, 0x9b, 0x00, 0x01}))
        return true; // 64:ff9b:1::/48, NAT64 for local use
    if (hasPrefix(bytes, {0x20, 0x02}))
        return isInternalIpv4(ipv4At(bytes, 2));
    if (bytes[0] == 0xff)
        return true; // ff00::/8 multicast
    if ((bytes[0] & 0xfe) == 0xfc)
        return true; // fc00::/7 unique-local
    // fe80::/10 link-local and fec0::/10 site-local (deprecated but still routed locally).
    return bytes[0] == 0xfe && ((bytes[1] & 0xc0) == 0x80 || (bytes[1] & 0xc0) == 0xc0);
}

bool isLocalhostName(const QString &host)
{
    return host == "localhost"_L1 || host.endsWith(".localhost"_L1);
}

} // namespace

QString WebhookUrlPolicy::urlProblem(const QString &url, bool allowPrivate)
{
    if (url.size() > kMaxLength)
        return u"must be at most %1 characters"_s.arg(kMaxLength);
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    // QUrl trims surrounding blanks even in strict mode; a stored URL should be what was sent.
    if (!parsed.isValid() || parsed.isRelative() || url.trimmed() != url
        || (scheme != "http"_L1 && scheme != "https"_L1))
        return u"must be an absolute http or https URL"_s;
    if (parsed.host().isEmpty())
        return u"must include a host"_s;
    // Credentials in the URL would end up in logs and delivery records.
    if (!parsed.userInfo().isEmpty() || parsed.authority().contains(u'@'))
        return u"must not contain a user name or password"_s;
    if (allowPrivate)
        return {};

    QString host = parsed.host().toLower(); // QUrl normalises IPv4 forms like 0x7f.1
    if (host.endsWith(u'.'))
        host.chop(1);
    const QString internal = u"must not point to a loopback, private or internal address"_s;
    if (isLocalhostName(host))
        return internal;
    const QHostAddress address(host);
    if (!address.isNull() && isInternalAddress(address))
        return internal;
    return {};
}

bool WebhookUrlPolicy::isInternalAddress(const QHostAddress &address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return isInternalIpv4(address.toIPv4Address());
    case QAbstractSocket::IPv6Protocol:
        return isInternalIpv6(address.toIPv6Address());
    default:
        // Null or QHostAddress::Any: nothing a delivery may connect to.
        return true;
    }
}
