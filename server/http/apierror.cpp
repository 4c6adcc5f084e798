#include "apierror.h"

#include <QJsonArray>
#include <QJsonObject>

QString ApiError::title(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Internal Server Error");
    }
}

ApiError::ApiError(
    int status, const QString &type, const QString &detail, const FieldErrors &errors)
    : std::runtime_error(detail.toStdString())
    , m_status(status)
    , m_type(type)
    , m_detail(detail)
    , m_errors(errors)
{ }

ApiResponse ApiError::toResponse(const QString &instance) const
{
    QJsonObject problem {
        {QStringLiteral("type"), QStringLiteral("https://omniotap.dev/problems/") + m_type},
        {QStringLiteral("title"), title(m_status)},
        {QStringLiteral("status"), m_status},
        {QStringLiteral("detail"), m_detail},
        {QStringLiteral("instance"), instance},
    };
    if (!m_errors.isEmpty()) {
        QJsonArray errors;
        // A body with thousands of bad fields gets the first hundred, not a megabyte of them.
        for (const FieldError &error : m_errors.mid(0, kMaxReportedErrors))
            errors.append(QJsonObject {{QStringLiteral("pointer"), error.pointer},
                {QStringLiteral("detail"), error.detail}});
        problem.insert(QStringLiteral("errors"), errors);
    }
    ApiResponse response = ApiResponse::json(m_status, problem);
    response.setHeader("Content-Type", "application/problem+json");
    for (const auto &[name, value] : m_extraHeaders)
        response.setHeader(name, value);
    return response;
}

ApiError ApiError::badQuery(const QString &name, const QString &detail)
{
    return ApiError(400, QStringLiteral("invalid-query"),
        QStringLiteral("Query parameter '%1' %2.").arg(name, detail),
        {{QStringLiteral("#/query/") + name, detail}});
}

ApiError ApiError::malformedJson(const QString &detail)
{
    return ApiError(400, QStringLiteral("malformed-json"), detail);
}

ApiError ApiError::notFound(const QString &detail)
{
    return ApiError(404, QStringLiteral("not-found"), detail);
}

ApiError ApiError::methodNotAllowed(const QByteArray &allow)
{
    ApiError error(405, QStringLiteral("method-not-allowed"),
        QStringLiteral("This path accepts %1.").arg(QString::fromLatin1(allow)));
    error.extraHeaders().append({"Allow", allow});
    return error;
}

ApiError ApiError::validation(const FieldErrors &errors, const QString &detail)
{
    return ApiError(422, QStringLiteral("validation-failed"), detail, errors);
}

ApiError ApiError::rateLimited(qint64 retryAfterSeconds, const QString &detail)
{
    ApiError error(429, QStringLiteral("rate-limited"), detail);
    error.extraHeaders().append(
        {"Retry-After", QByteArray::number(qMax<qint64>(1, retryAfterSeconds))});
    return error;
}
