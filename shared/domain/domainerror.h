#pragma once

#include "fielderror.h"

#include <QString>
#include <stdexcept>

// A record operation that cannot be carried out for a reason the caller can act on.
// The server maps each kind to its HTTP status in one place; the desktop app shows the detail.
class DomainError : public std::runtime_error
{
public:
    enum class Kind {
        NotFound, // no live record with that id in this tenant
        DuplicateId, // a client-chosen id that the tenant already used
        VersionMismatch, // If-Match / base version differs from the stored one
        Validation, // one or more bad fields, see errors()
    };

    DomainError(Kind kind, const QString &detail, const FieldErrors &errors = {});

    Kind kind() const { return m_kind; }
    QString detail() const { return m_detail; }
    const FieldErrors &errors() const { return m_errors; }

private:
    Kind m_kind;
    QString m_detail;
    FieldErrors m_errors;
};
