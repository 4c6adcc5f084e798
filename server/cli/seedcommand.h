#pragma once

#include "commandoutput.h"

#include "storage/database.h"

#include <QCommandLineParser>

// `omniotap-server seed`: fills a tenant with generated, valid records in bulk (with their
// change-feed entries), for trials and benchmarks. One contact in 100,000 gets the job title
// "Quantum Zookeeper", a rare term for search benchmarks.
class SeedCommand
{
public:
    static int run(
        const Database &database, const QCommandLineParser &parser, const CommandOutput &out);
};
