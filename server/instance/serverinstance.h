#pragma once

#include "webhooks/webhooksettings.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class ApiServer;
class Database;
class RequestPipeline;
class WebhookDispatcher;

// One running API server on a database: the request pipeline, the webhook dispatcher, the
// HTTP front and the hourly maintenance, wired the same way for `omniotap-server serve` and
// for the server a desktop app runs for its team. Lives on the thread that creates it, whose
// event loop parses the requests (the database work runs on the server's worker threads).
class ServerInstance : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 8080; // 0: any free port
        int workers = defaultWorkers();
        int idleTimeoutMs = 120 * 1000;
        WebhookSettings webhooks;
    };

    // Writers wait for their group commit, so more workers than cores lets batches form.
    static int defaultWorkers();

    ServerInstance(const Database &database, const Options &options, QObject *parent = nullptr);
    ~ServerInstance() override;

    // Starts listening; the bound port, or 0 with errorString() set.
    quint16 start();
    QString errorString() const;
    ApiServer &http() { return *m_server; }

private:
    void runMaintenance();

    const Database &m_database;
    Options m_options;
    std::unique_ptr<RequestPipeline> m_pipeline;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    std::unique_ptr<ApiServer> m_server;
    QTimer m_maintenance;
};
