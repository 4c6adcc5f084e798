#pragma once

#include <QCoreApplication>
#include <QString>

class ApiClient;
struct ApiReply;

// Asks a server whether an API key works before anything is stored: the tenant when the key
// may administer, else one read of the change feed. Used by `omniotap connect` and the
// first-start wizard, so both refuse the same keys with the same words.
class ServerKeyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ServerKeyCheck)

public:
    struct Result
    {
        bool accepted = false;
        QString tenantId; // empty when the key may not read the tenant (no admin scope)
        QString tenantName;
        QString error; // why the key was not accepted, ending in "Nothing was stored."
    };

    static Result run(ApiClient &client);

private:
    static QString failure(const ApiReply &reply, const QString &server);
};
