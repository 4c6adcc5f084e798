#include "serverinstance.h"

#include "api/apiroutes.h"
#include "http/apiserver.h"
#include "http/requestpipeline.h"
#include "webhooks/webhookdispatcher.h"

#include "storage/database.h"
#include "storage/idempotencystore.h"

#include <QThread>

namespace {

// Expired idempotency keys are purged once an hour: often enough to keep the table small,
// rarely enough to cost nothing.
const int kMaintenanceIntervalMs = 3600 * 1000;

} // namespace

int ServerInstance::defaultWorkers()
{
    return qMax(16, 4 * QThread::idealThreadCount());
}

ServerInstance::ServerInstance(const Database &database, const Options &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_pipeline(std::make_unique<RequestPipeline>(database, ApiRoutes::all()))
{
    m_pipeline->setAllowPrivateWebhooks(options.webhooks.allowPrivateTargets);
    m_dispatcher
        = std::make_unique<WebhookDispatcher>(database, m_pipeline->writer(), options.webhooks);
    WebhookDispatcher *dispatcher = m_dispatcher.get();
    m_pipeline->setAfterWrite([dispatcher] { dispatcher->wake(); });
    m_server = std::make_unique<ApiServer>(*m_pipeline, options.workers, options.idleTimeoutMs);
    connect(&m_maintenance, &QTimer::timeout, this, &ServerInstance::runMaintenance);
}

ServerInstance::~ServerInstance()
{
    // The HTTP front goes first: its workers still use the pipeline and the dispatcher.
    m_server.reset();
    m_dispatcher.reset();
}

quint16 ServerInstance::start()
{
    const quint16 port = m_server->listenOn(m_options.address, m_options.port);
    if (port != 0)
        m_maintenance.start(kMaintenanceIntervalMs);
    return port;
}

QString ServerInstance::errorString() const
{
    return m_server->errorString();
}

void ServerInstance::runMaintenance()
{
    try {
        IdempotencyStore(m_database.connection()).purgeExpired();
    } catch (const std::exception &error) {
        qWarning("Maintenance failed: %s", error.what());
    }
}
