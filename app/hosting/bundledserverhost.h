#pragma once

#include "profile/bundledserversettings.h"

#include <QString>

#include <functional>
#include <memory>

// The sync server a desktop app runs for its team when there is no server of its own. The
// window code knows only this interface; the omniotap executable plugs in the server library
// (InProcessServerHost), so app code and server code never include each other.
class BundledServerHost
{
public:
    struct Workspace
    {
        QString tenantId;
        QString tenantName;
        QString adminKey;
    };

    virtual ~BundledServerHost() = default;

    // Opens (or creates) the data folder and listens on settings.port, on every interface when
    // settings.shareOnNetwork; the bound port, or 0 with *error saying why in words.
    virtual quint16 start(const BundledServerSettings &settings, QString *error) = 0;
    // The data folder's tenant (created under tenantName on first use) and a new admin key
    // named keyName; an empty tenantId with *error on failure.
    virtual Workspace provision(const QString &tenantName, const QString &keyName, QString *error)
        = 0;
    // The port the running server listens on; 0 when it is not running.
    virtual quint16 port() const = 0;
    // Why the last start() failed: the port (taken, or not allowed), or the data folder.
    enum class Failure { None, Listen, Storage };
    virtual Failure lastFailure() const = 0;
};

using BundledServerFactory = std::function<std::unique_ptr<BundledServerHost>()>;
