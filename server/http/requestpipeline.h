#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "fixedwindowcounter.h"
#include "router.h"

#include "storage/database.h"
#include "storage/writeexecutor.h"

#include <QHash>
#include <QMutex>
#include <functional>

// The one place every request passes through, in the contract's order of checks:
// size, failed-auth limit, authentication, tenant rate limit, routing, media type, scope,
// then the endpoint (with Idempotency-Key handling) and the error mapping.
// Thread-safe: ApiServer calls handle() from its worker threads.
class RequestPipeline
{
public:
    static constexpr int kAuthFailuresPerMinute = 20;

    RequestPipeline(const Database &database, QList<Route> routes);

    ApiResponse handle(const ApiRequest &request);
    // Reads run on the calling thread; everything else goes through the writer.
    static bool isRead(const QByteArray &method) { return method == "GET" || method == "HEAD"; }
    const Router &router() const { return m_router; }
    WriteExecutor &writer() { return m_writer; }

    // Set before serving: whether webhook URLs may point to private addresses, and what to
    // call after every request that may have written (the webhook dispatcher's wake-up).
    void setAllowPrivateWebhooks(bool allow) { m_allowPrivateWebhooks = allow; }
    void setAfterWrite(std::function<void()> afterWrite) { m_afterWrite = std::move(afterWrite); }

private:
    ApiResponse process(const ApiRequest &request, std::optional<RateLimitState> &rate);
    // inSnapshot: a ReadSnapshot began on db (its state is fixed), so ApiKeyCache may answer.
    ApiKey authenticate(const ApiRequest &request, const QSqlDatabase &db, bool inSnapshot);
    RateLimitState consumeTenantWindow(const QString &tenantId, const QSqlDatabase &db);
    ApiResponse runEndpoint(RequestContext &context, const Endpoint &endpoint);
    void touchKey(const ApiKey &key, const QSqlDatabase &db);
    static void requireScope(const ApiKey &key, Scope scope);
    static void addRateLimitHeaders(ApiResponse &response, const RateLimitState &rate);

    Database m_database;
    Router m_router;
    WriteExecutor m_writer; // every request that writes runs here, in group commits
    FixedWindowCounter m_tenantWindows;
    FixedWindowCounter m_authFailures;
    QMutex m_touchMutex;
    QHash<QString, qint64> m_lastTouchMs;
    bool m_allowPrivateWebhooks = false;
    std::function<void()> m_afterWrite;
};
