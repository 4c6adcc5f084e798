#pragma once

#include "http/router.h"

// The API's route table: every path, method, scope and controller in one list.
class ApiRoutes
{
public:
    static QList<Route> all();
};
