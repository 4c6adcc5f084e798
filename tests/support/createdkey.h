#pragma once

#include <QString>

// An API key made with `omniotap-server key create --json`: its id and the full secret.
class CreatedKey
{
public:
    QString id;
    QString key;

    bool isValid() const { return !id.isEmpty() && !key.isEmpty(); }
};
