#include "syncworker.h"

#include "secrets/profileapikey.h"
#include "storage/localstore.h"

#include "domain/domainerror.h"
#include "storage/storageerror.h"

SyncWorker::SyncWorker(const QString &cacheFilePath, const QUrl &server, const QString &profileId)
    : m_cacheFilePath(cacheFilePath)
    , m_server(server)
    , m_profileId(profileId)
{ }

SyncWorker::~SyncWorker() = default;

SyncSession::Report SyncWorker::runOnce()
{
    SyncSession::Report report;
    try {
        if (!m_store) {
            m_store = std::make_unique<LocalStore>(m_cacheFilePath);
            m_store->open();
        }
        QString error;
        const QString key = ProfileApiKey::find(m_profileId, &error);
        if (key.isEmpty()) {
            report.outcome = SyncSession::Outcome::Failed;
            report.message = error;
            return report;
        }
        return SyncSession(*m_store, m_server, key).run();
    } catch (const StorageError &failure) {
        report.outcome = SyncSession::Outcome::Failed;
        report.message = tr("the local cache failed: %1").arg(QString::fromUtf8(failure.what()));
    } catch (const DomainError &failure) {
        report.outcome = SyncSession::Outcome::Failed;
        report.message = failure.detail();
    }
    return report;
}
