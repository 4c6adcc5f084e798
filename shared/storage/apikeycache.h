#pragma once

#include "apikeyrepository.h"

#include <QSqlDatabase>
#include <optional>

// ApiKeyRepository::authenticate() with a memory of the keys it accepted on this thread's
// connections, so that a busy integrator's reads do not look up the same key on every request.
// What it remembers holds only while the database is unchanged (its DataGeneration): any
// commit, by any connection or process, forgets everything, so a key revoked by an admin or
// from the operator's command line is refused by the next request. Expiry is checked on every
// use. Call it inside a ReadSnapshot, which fixes the generation it compares.
class ApiKeyCache
{
public:
    // The active key matching secret, as ApiKeyRepository::authenticate() says.
    static std::optional<ApiKey> authenticate(const QSqlDatabase &db, const QString &secret);
};
