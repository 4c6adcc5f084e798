#include "backgroundsync.h"

#include "syncworker.h"

BackgroundSync::BackgroundSync(
    const QString &cacheFilePath, const QUrl &server, const QString &profileId, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncSession::Report>();
    m_worker = new SyncWorker(cacheFilePath, server, profileId);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("omniotap-sync"));
    m_thread.start();
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundSync::syncNow);
    m_timer.start();
    QTimer::singleShot(0, this, &BackgroundSync::syncNow);
}

BackgroundSync::~BackgroundSync()
{
    // A sync in progress finishes first (every request has a timeout): stopping it halfway
    // would lose nothing, but waiting keeps the cache's last page whole without a rollback.
    m_thread.quit();
    m_thread.wait();
}

void BackgroundSync::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_worker, [this] {
        const SyncSession::Report report = m_worker->runOnce();
        QMetaObject::invokeMethod(this, [this, report] { finish(report); });
    });
}

void BackgroundSync::finish(const SyncSession::Report &report)
{
    m_running = false;
    emit finished(report);
    if (m_again) {
        m_again = false;
        syncNow();
    }
}
