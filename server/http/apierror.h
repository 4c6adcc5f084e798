#pragma once

#include "apiresponse.h"

#include "domain/fielderror.h"

#include <QString>
#include <stdexcept>

// An RFC 9457 problem a handler wants to answer with. Thrown anywhere in the pipeline and
// turned into an application/problem+json response in exactly one place.
class ApiError : public std::runtime_error
{
public:
    ApiError(
        int status, const QString &type, const QString &detail, const FieldErrors &errors = {});

    int status() const { return m_status; }
    QString type() const { return m_type; }
    QString detail() const { return m_detail; }
    const FieldErrors &errors() const { return m_errors; }
    ApiResponse::Headers &extraHeaders() { return m_extraHeaders; }

    static constexpr int kMaxReportedErrors = 100;

    ApiResponse toResponse(const QString &instance) const;
    // The RFC 9110 reason phrase of an error status ("Unprocessable Content").
    static QString title(int status);

    static ApiError badQuery(const QString &name, const QString &detail);
    static ApiError malformedJson(const QString &detail);
    static ApiError notFound(const QString &detail = QStringLiteral("No resource at this path."));
    static ApiError methodNotAllowed(const QByteArray &allow);
    static ApiError validation(const FieldErrors &errors,
        const QString &detail = QStringLiteral("The request body has invalid fields."));
    static ApiError rateLimited(qint64 retryAfterSeconds, const QString &detail);

private:
    int m_status;
    QString m_type;
    QString m_detail;
    FieldErrors m_errors;
    ApiResponse::Headers m_extraHeaders;
};
