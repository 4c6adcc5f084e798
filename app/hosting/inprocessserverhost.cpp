#include "inprocessserverhost.h"

#include "instance/serverinstance.h"
#include "instance/workspaceprovisioner.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

InProcessServerHost::InProcessServerHost()
{
    m_thread.setObjectName(QStringLiteral("bundled-server"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
}

InProcessServerHost::~InProcessServerHost()
{
    stop();
    QMetaObject::invokeMethod(m_context, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

quint16 InProcessServerHost::start(const BundledServerSettings &settings, QString *error)
{
    stop();
    m_lastFailure = Failure::Storage;
    const QString folder = QFileInfo(settings.dataDirectory).absoluteFilePath();
    const bool existed = QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return 0;
    }
    // The workspace holds the team's data: a folder made here is readable by its owner only;
    // one the user chose that existed keeps the rights its owner gave it.
    if (!existed)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_database = std::make_unique<Database>(QDir(folder).filePath(QStringLiteral("omniotap.db")));

    QString failure;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            try {
                m_database->initialize();
                ServerInstance::Options options;
                options.address = settings.shareOnNetwork ? QHostAddress(QHostAddress::Any)
                                                          : QHostAddress(QHostAddress::LocalHost);
                options.port = settings.port;
                // A team's server: a few workers are plenty and keep the app light.
                options.workers = qBound(4, 2 * QThread::idealThreadCount(), 8);
                m_instance = std::make_unique<ServerInstance>(*m_database, options);
                m_port = m_instance->start();
                if (m_port == 0) {
                    m_lastFailure = Failure::Listen;
                    failure = tr("Cannot listen on port %1: %2")
                                  .arg(settings.port)
                                  .arg(m_instance->errorString());
                    m_instance.reset();
                }
            } catch (const std::exception &storageError) {
                // StorageError mostly; anything else must not cross the event loop either.
                m_instance.reset();
                failure = tr("Cannot open the workspace's database in %1: %2")
                              .arg(folder, QString::fromUtf8(storageError.what()));
            }
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        *error = failure;
        m_database.reset();
    } else {
        m_lastFailure = Failure::None;
    }
    return m_port;
}

BundledServerHost::Workspace InProcessServerHost::provision(
    const QString &tenantName, const QString &keyName, QString *error)
{
    if (!m_database) {
        *error = tr("The server is not running.");
        return {};
    }
    Workspace result;
    // On the server's thread, whose database connection is already open.
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            try {
                const WorkspaceProvisioner::Workspace workspace
                    = WorkspaceProvisioner::ensure(*m_database, tenantName, keyName);
                result = {workspace.tenantId, workspace.tenantName, workspace.adminKey};
            } catch (const std::exception &storageError) {
                *error = tr("Cannot set up the workspace: %1")
                             .arg(QString::fromUtf8(storageError.what()));
            }
        },
        Qt::BlockingQueuedConnection);
    return result;
}

void InProcessServerHost::stop()
{
    if (!m_instance)
        return;
    // The server's QObjects (sockets, timers) belong to the server thread: end them there.
    QMetaObject::invokeMethod(
        m_context, [this] { m_instance.reset(); }, Qt::BlockingQueuedConnection);
    m_database.reset();
    m_port = 0;
}
