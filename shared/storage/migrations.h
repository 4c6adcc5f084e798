#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

// The schema's history. Migration N takes a database from version N-1 to N; once released,
// a migration never changes: new needs get a new step at the end.
struct Migration
{
    QString description;
    std::function<void(const QSqlDatabase &)> apply;
};

class Migrations
{
public:
    static const QList<Migration> &all();
};
