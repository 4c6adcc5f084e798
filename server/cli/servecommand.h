#pragma once

#include "storage/database.h"

#include <QCommandLineParser>

// `omniotap-server serve`: runs the API until SIGTERM/SIGINT, then finishes the requests in
// flight and closes the database.
class ServeCommand
{
public:
    static int run(const Database &database, const QCommandLineParser &parser);
};
