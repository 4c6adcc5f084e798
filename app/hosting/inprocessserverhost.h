#pragma once

#include "bundledserverhost.h"

#include <QCoreApplication>
#include <QThread>

class Database;
class ServerInstance;

// Runs the server library inside the app, on a thread of its own: its event loop parses the
// colleagues' requests and its workers do the database work, so a busy window never delays
// them and a slow request never freezes the window.
class InProcessServerHost : public BundledServerHost
{
    Q_DECLARE_TR_FUNCTIONS(InProcessServerHost)

public:
    InProcessServerHost();
    ~InProcessServerHost() override;

    quint16 start(const BundledServerSettings &settings, QString *error) override;
    Workspace provision(const QString &tenantName, const QString &keyName, QString *error) override;
    quint16 port() const override { return m_port; }
    Failure lastFailure() const override { return m_lastFailure; }

private:
    void stop();

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; runs the server's calls there
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServerInstance> m_instance; // created and destroyed on m_thread
    quint16 m_port = 0;
    Failure m_lastFailure = Failure::None;
};
