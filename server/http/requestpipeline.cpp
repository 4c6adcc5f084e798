#include "requestpipeline.h"

#include "apierror.h"
#include "requestbody.h"

#include "domain/domainerror.h"
#include "domain/timestamps.h"
#include "storage/apikeycache.h"
#include "storage/idempotencystore.h"
#include "storage/readsnapshot.h"
#include "storage/recordrepository.h"
#include "storage/storageerror.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPipeline, "omniotap.server.pipeline")

namespace {

const qint64 kTouchIntervalMs = 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ApiError fromDomainError(const DomainError &error)
{
    switch (error.kind()) {
    case DomainError::Kind::NotFound:
        return ApiError::notFound(error.detail());
    case DomainError::Kind::DuplicateId:
        return ApiError(409, QStringLiteral("duplicate-id"), error.detail());
    case DomainError::Kind::VersionMismatch:
        return ApiError(412, QStringLiteral("precondition-failed"), error.detail());
    case DomainError::Kind::Validation:
        break;
    }
    return ApiError::validation(error.errors(), error.detail());
}

bool isPublicPath(const QString &path)
{
    return !path.startsWith(QLatin1String("/api/v1/")) && path != QLatin1String("/api/v1");
}

} // namespace

RequestPipeline::RequestPipeline(const Database &database, QList<Route> routes)
    : m_database(database)
    , m_router(std::move(routes))
    , m_writer(database, RecordRepository::mergeSearchIndexes)
{ }

ApiResponse RequestPipeline::handle(const ApiRequest &request)
{
    std::optional<RateLimitState> rate;
    ApiResponse response;
    try {
        response = process(request, rate);
    } catch (const ApiError &error) {
        response = error.toResponse(request.path);
    } catch (const DomainError &error) {
        response = fromDomainError(error).toResponse(request.path);
    } catch (const std::exception &error) {
        qCCritical(lcPipeline) << request.method << request.path << "failed:" << error.what();
        response = ApiError(500, QStringLiteral("internal-error"),
            QStringLiteral("The server could not complete the request; nothing was changed."))
                       .toResponse(request.path);
    }
    if (rate)
        addRateLimitHeaders(response, *rate);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    return response;
}

ApiResponse RequestPipeline::process(const ApiRequest &request, std::optional<RateLimitState> &rate)
{
    if (request.body.size() > RequestBody::kMaxBytes)
        throw ApiError(413, QStringLiteral("payload-too-large"),
            QStringLiteral("The request body is larger than 1 MiB."));

    const QString clientKey = request.peer.toString();
    const FixedWindowCounter::Decision blocked = m_authFailures.peek(clientKey, nowMs());
    if (!blocked.allowed) {
        throw ApiError::rateLimited((blocked.windowEndMs - nowMs() + 999) / 1000,
            QStringLiteral(
                "Too many failed authentication attempts from this address; try again later."));
    }

    const RouteMatch match = m_router.match(request.method, request.path);
    // Health, the OpenAPI document and paths outside the API need no key.
    const bool publicRoute = match.route
        ? match.route->endpoints.constFirst().scope == Scope::Public
        : isPublicPath(request.path);
    if (publicRoute) {
        if (!match.route)
            throw ApiError::notFound();
        if (!match.endpoint)
            throw ApiError::methodNotAllowed(match.allow);
        RequestContext context {
            request, m_database.connection(), {}, {}, QueryParameters::parse(request.rawQuery)};
        return match.endpoint->handler(context);
    }

    const QSqlDatabase db = m_database.connection();
    // A read sees one committed state from its key check to its answer, and a key seen since
    // the last commit is not looked up again (ApiKeyCache).
    std::optional<ReadSnapshot> snapshot;
    if (isRead(request.method))
        snapshot.emplace(db);
    RequestContext context {
        request, db, authenticate(request, db, snapshot && snapshot->began()), {}, {}};
    context.rateLimit = consumeTenantWindow(context.tenantId(), db);
    rate = context.rateLimit;
    if (context.rateLimit.remaining < 0) {
        rate->remaining = 0;
        throw ApiError::rateLimited(context.rateLimit.secondsLeft,
            QStringLiteral("The tenant's limit of %1 requests per minute is used up; retry after "
                           "the window resets.")
                .arg(context.rateLimit.limit));
    }
    // Recording lastUsedAt is a write, which must not run inside the read's snapshot: it
    // happens once the request is answered, whatever the answer.
    const auto touchWhenDone = qScopeGuard([&]() noexcept {
        if (snapshot)
            snapshot->end();
        // A connection still inside a transaction (its end failed) must not take the write lock.
        if (Transaction::isOpen(db))
            return;
        try {
            touchKey(context.key, db);
        } catch (...) {
            // Only lastUsedAt is lost; the answer stands (and this may run during unwinding).
        }
    });

    if (!match.route)
        throw ApiError::notFound();
    if (!match.endpoint)
        throw ApiError::methodNotAllowed(match.allow);
    if (!match.endpoint->bodyMediaTypes.isEmpty())
        RequestBody::requireMediaType(request, match.endpoint->bodyMediaTypes);
    requireScope(context.key, match.endpoint->scope);

    context.query = QueryParameters::parse(request.rawQuery);
    context.collection = match.collection;
    context.id = match.id;
    context.allowPrivateWebhooks = m_allowPrivateWebhooks;
    if (isRead(request.method))
        return runEndpoint(context, *match.endpoint);
    if (match.endpoint->prepare)
        match.endpoint->prepare(context);
    ApiResponse response = m_writer.run([&](const QSqlDatabase &writerDb) {
        context.db = writerDb;
        return runEndpoint(context, *match.endpoint);
    });
    // Committed: webhook deliveries it queued can go out now.
    if (m_afterWrite && response.status < 300)
        m_afterWrite();
    return response;
}

ApiKey RequestPipeline::authenticate(
    const ApiRequest &request, const QSqlDatabase &db, bool inSnapshot)
{
    const QByteArray header = request.header("x-api-key");
    std::optional<ApiKey> key;
    if (!header.isEmpty()) {
        const QString secret = QString::fromLatin1(header.trimmed());
        key = inSnapshot ? ApiKeyCache::authenticate(db, secret)
                         : ApiKeyRepository(db).authenticate(secret, Timestamps::now());
    }
    if (key)
        return *key;

    m_authFailures.tryConsume(
        request.peer.toString(), nowMs(), [] { return kAuthFailuresPerMinute; });
    throw ApiError(401, QStringLiteral("unauthorized"),
        header.isEmpty() ? QStringLiteral("Send your API key in the X-API-Key header.")
                         : QStringLiteral("The API key is unknown, revoked or expired."));
}

RateLimitState RequestPipeline::consumeTenantWindow(const QString &tenantId, const QSqlDatabase &db)
{
    const qint64 now = nowMs();
    const FixedWindowCounter::Decision decision = m_tenantWindows.tryConsume(tenantId, now, [&] {
        const std::optional<Tenant> tenant = TenantRepository(db).find(tenantId);
        return tenant ? tenant->rateLimit : TenantRepository::kDefaultRateLimit;
    });
    RateLimitState state;
    state.limit = decision.limit;
    state.remaining = decision.allowed ? decision.remaining : -1;
    state.resetEpochSeconds = (decision.windowEndMs + 999) / 1000;
    state.secondsLeft = qMax<qint64>(1, (decision.windowEndMs - now + 999) / 1000);
    return state;
}

ApiResponse RequestPipeline::runEndpoint(RequestContext &context, const Endpoint &endpoint)
{
    const QByteArray keyHeader = context.request.header("idempotency-key");
    if (!endpoint.idempotent || keyHeader.isEmpty())
        return endpoint.handler(context);

    const QString key = QString::fromUtf8(keyHeader);
    if (key.size() > 255)
        throw ApiError(400, QStringLiteral("invalid-idempotency-key"),
            QStringLiteral("Idempotency-Key must be at most 255 characters."));

    const IdempotencyStore store(context.db);
    const IdempotencyStore::Scope scope {
        context.tenantId(), QString::fromLatin1(context.request.method), context.request.path, key};
    const QByteArray requestHash
        = QCryptographicHash::hash(context.request.body, QCryptographicHash::Sha256).toHex();
    const IdempotencyStore::Claim claim = store.claim(scope, requestHash);
    switch (claim.outcome) {
    case IdempotencyStore::Outcome::Replay: {
        ApiResponse replay;
        replay.status = claim.response.status;
        replay.headers = claim.response.headers;
        replay.body = claim.response.body;
        replay.setHeader("Idempotent-Replayed", "true");
        return replay;
    }
    case IdempotencyStore::Outcome::InProgress:
        throw ApiError(409, QStringLiteral("idempotency-in-progress"),
            QStringLiteral(
                "A request with this Idempotency-Key is still being processed; retry later."));
    case IdempotencyStore::Outcome::Mismatch:
        throw ApiError(422, QStringLiteral("idempotency-key-reused"),
            QStringLiteral("This Idempotency-Key was already used with a different request body."));
    case IdempotencyStore::Outcome::Claimed:
        break;
    }

    ApiResponse response;
    try {
        response = endpoint.handler(context);
    } catch (const ApiError &error) {
        response = error.toResponse(context.request.path);
    } catch (const DomainError &error) {
        response = fromDomainError(error).toResponse(context.request.path);
    } catch (...) {
        store.release(scope);
        throw;
    }
    if (response.status >= 500) {
        store.release(scope);
        return response;
    }
    IdempotencyStore::Headers stored;
    for (const QByteArray &name :
        {QByteArray("Content-Type"), QByteArray("Location"), QByteArray("ETag")}) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty())
            stored.append({name, value});
    }
    store.complete(scope, {response.status, stored, response.body});
    return response;
}

void RequestPipeline::touchKey(const ApiKey &key, const QSqlDatabase &db)
{
    // lastUsedAt is written at most once a minute per key, so reads stay free of writes.
    const qint64 now = nowMs();
    {
        QMutexLocker locker(&m_touchMutex);
        qint64 &last = m_lastTouchMs[key.id];
        if (now - last < kTouchIntervalMs)
            return;
        last = now;
    }
    try {
        ApiKeyRepository(db).touch(key.id, Timestamps::now());
    } catch (const std::exception &error) {
        qCWarning(lcPipeline) << "Could not record lastUsedAt:" << error.what();
    }
}

void RequestPipeline::requireScope(const ApiKey &key, Scope scope)
{
    const bool admin = key.scopes.contains(QLatin1String("admin"));
    const bool write = admin || key.scopes.contains(QLatin1String("write"));
    const bool read = write || key.scopes.contains(QLatin1String("read"));
    const bool allowed = scope == Scope::Public || (scope == Scope::Read && read)
        || (scope == Scope::Write && write) || (scope == Scope::Admin && admin);
    if (allowed)
        return;
    const char *needed = scope == Scope::Admin ? "admin" : scope == Scope::Write ? "write" : "read";
    throw ApiError(403, QStringLiteral("forbidden"),
        QStringLiteral("This API key lacks the '%1' scope needed here.")
            .arg(QLatin1String(needed)));
}

void RequestPipeline::addRateLimitHeaders(ApiResponse &response, const RateLimitState &rate)
{
    const QByteArray limit = QByteArray::number(rate.limit);
    const QByteArray remaining = QByteArray::number(qMax(0, rate.remaining));
    response.setHeader("X-RateLimit-Limit", limit);
    response.setHeader("X-RateLimit-Remaining", remaining);
    response.setHeader("X-RateLimit-Reset", QByteArray::number(rate.resetEpochSeconds));
    response.setHeader("RateLimit-Policy", "\"tenant\";q=" + limit + ";w=60");
    response.setHeader(
        "RateLimit", "\"tenant\";r=" + remaining + ";t=" + QByteArray::number(rate.secondsLeft));
}
