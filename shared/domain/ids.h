#pragma once

#include <QString>

// Record ids: lowercase UUID strings without braces; new ones are time-ordered (version 7).
class Ids
{
public:
    static QString newId();
    static bool isCanonical(const QString &text);
    // Lower-cases a UUID given in any letter case; returns an empty string when it is not a UUID.
    static QString normalized(const QString &text);
};
