#pragma once

#include "sync/syncsession.h"

#include <QObject>
#include <QThread>
#include <QTimer>

class SyncWorker;

// Syncs the window's profile with its server in the background: at start, every minute, and
// on request (F5), on a thread of its own with its own cache connection, so the window never
// waits for the network. One sync at a time; a request during a sync runs right after it.
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 60'000;

    // cacheFilePath/server/profileId: the profile's; the key is looked up (keychain or
    // OMNIOTAP_API_KEY) on every run, so a key stored meanwhile is picked up.
    BackgroundSync(const QString &cacheFilePath, const QUrl &server, const QString &profileId,
        QObject *parent = nullptr);
    ~BackgroundSync() override;

    bool isRunning() const { return m_running; }

public slots:
    void syncNow();

signals:
    void started();
    // report.outcome says in step, offline, conflicts or failed (report.message: why).
    void finished(const SyncSession::Report &report);

private:
    void finish(const SyncSession::Report &report);

    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives on m_thread
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
};
