#pragma once

#include "net/apireply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <optional>

class ApiClient;

// The admin calls of the settings dialog over one ApiClient: JSON in and out, a busy cursor
// while a call runs (ApiClient waits in a local event loop, bounded by its timeout), and the
// rate-limit headers of every answer passed on, so the Rate limit tab stays current.
class SettingsApi : public QObject
{
    Q_OBJECT
public:
    explicit SettingsApi(ApiClient &client, QObject *parent = nullptr);

    ApiReply get(const QString &path);
    // body: sent as JSON unless it is std::nullopt (then the request has no body).
    ApiReply send(const QByteArray &method, const QString &path,
        const std::optional<QJsonObject> &body = std::nullopt);
    // Every item of a paged list ({"data", "pagination"}), following the pages; std::nullopt
    // with the reason in *error when a page failed.
    std::optional<QJsonArray> listAll(const QString &path, QString *error);

    ApiClient &client() { return m_client; }

signals:
    // An answer carried the tenant's X-RateLimit-* headers.
    void rateLimitSeen(qint64 limit, qint64 remaining, qint64 resetEpochSeconds);

private:
    ApiClient &m_client;
};
