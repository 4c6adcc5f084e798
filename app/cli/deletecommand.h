#pragma once

#include <QCoreApplication>
#include <QStringList>

// omniotap delete --profile DIR --collection C ID
// Deletes a record in the local cache and queues the deletion for the server.
class DeleteCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)

public:
    static int run(const QStringList &args);
};
