#pragma once

#include "storage/database.h"

#include <QString>

// A ready-to-try tenant for a first start: sample records in every collection and a fresh
// admin key.
class DemoData
{
public:
    struct Result
    {
        QString tenantId;
        QString adminKey;
    };

    // Creates tenant "Demo" with sample records when the data dir has no tenant yet.
    // Always makes a new admin key for it (keys are only ever shown once).
    static Result ensure(const Database &database);
};
