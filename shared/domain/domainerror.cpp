#include "domainerror.h"

DomainError::DomainError(Kind kind, const QString &detail, const FieldErrors &errors)
    : std::runtime_error(detail.toStdString())
    , m_kind(kind)
    , m_detail(detail)
    , m_errors(errors)
{ }
