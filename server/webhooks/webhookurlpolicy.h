#pragma once

#include <QHostAddress>
#include <QString>

// Which webhook target URLs the server accepts on create and update (the SSRF guard of the
// contract). Only what the URL says literally is judged here; a host name that resolves to
// an internal address is caught at delivery time, on the address actually connected to,
// with isInternalAddress.
class WebhookUrlPolicy
{
public:
    static constexpr qsizetype kMaxLength = 2048;

    // Empty when acceptable, else a short message for a 422 field error. allowPrivate
    // (serve --allow-private-webhooks) lifts only the address rules, never the URL rules.
    static QString urlProblem(const QString &url, bool allowPrivate);
    // True for loopback, unspecified, private, CGNAT, link-local, unique- and site-local,
    // multicast, broadcast, reserved and benchmarking addresses, and for IPv6 forms that
    // embed such an IPv4 address (mapped, compatible, NAT64, 6to4).
    static bool isInternalAddress(const QHostAddress &address);
};
