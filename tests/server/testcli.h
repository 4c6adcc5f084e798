#pragma once

#include "serverprocess.h"

#include <QObject>

// The operator command line of omniotap-server: every command in plain and --json form, its
// errors, and the serve lifecycle (signals, persistence, listen errors, demo data).
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void versionAndHelp();
    void unknownCommandFails_data();
    void unknownCommandFails();
    void tenantCreateAndList();
    void tenantErrors_data();
    void tenantErrors();
    void setRateLimit();
    void keyCreateDefaultsToRead();
    void keyCreateJsonAndScopes();
    void keyErrors_data();
    void keyErrors();
    void keyListAndRevoke();
    void optionsBeforeCommand();
    void seed();
    void backup();
    void cliWhileServerWrites();
    void listenErrors();
    void demoMode();
    void sigtermExitsCleanlyAndDataPersists();
    void sigintExitsCleanly();

private:
    QString newTenant(const QString &name);

    ServerProcess m_server;
};
