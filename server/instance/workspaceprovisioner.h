#pragma once

#include <QString>

class Database;

// Makes a data folder ready for a team: its tenant (created on first use, the existing one
// after that) and a new admin key for whoever asked. Keys are only ever shown once, so asking
// again means a new key, never an old one read back.
class WorkspaceProvisioner
{
public:
    struct Workspace
    {
        QString tenantId;
        QString tenantName;
        QString adminKey;
        bool created = false; // the tenant is new
    };

    // tenantName names a new tenant; keyName names the key in the tenant's key list.
    static Workspace ensure(
        const Database &database, const QString &tenantName, const QString &keyName);
};
