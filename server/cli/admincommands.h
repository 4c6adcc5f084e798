#pragma once

#include "commandoutput.h"

#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>

// The operator's tenant, key and backup commands. Safe to run while a server uses the same
// data directory: SQLite serialises the writers.
class AdminCommands
{
public:
    AdminCommands(
        const Database &database, const QCommandLineParser &parser, const CommandOutput &out);

    int tenant(const QStringList &args) const;
    int key(const QStringList &args) const;
    int backup() const;

private:
    int tenantCreate() const;
    int tenantList() const;
    int tenantSetRateLimit(const QStringList &args) const;
    int keyCreate() const;
    int keyList() const;
    int keyRevoke(const QStringList &args) const;

    const Database &m_database;
    const QCommandLineParser &m_parser;
    const CommandOutput &m_out;
};
