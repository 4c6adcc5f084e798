#pragma once

#include <QJsonValue>
#include <QString>

// Small conversions the controllers share when they build responses.
namespace JsonValues {

// Optional text as the API shows it: null when there is none.
inline QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace JsonValues
