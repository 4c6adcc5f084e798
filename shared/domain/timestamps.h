#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// RFC 3339 timestamps in the one form the API uses: UTC with milliseconds,
// "2024-03-20T10:00:00.000Z". Stored as text in that same form, so lexical order is time order.
class Timestamps
{
public:
    static QString now();
    static QString format(const QDateTime &dateTime);
    // Accepts any RFC 3339 date-time (offsets, optional fraction); nullopt when invalid.
    static std::optional<QDateTime> parse(const QString &text);
    // Strict YYYY-MM-DD calendar date.
    static bool isValidDate(const QString &text);
};
