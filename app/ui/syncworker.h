#pragma once

#include "sync/syncsession.h"

#include <QObject>

#include <memory>

class LocalStore;

// BackgroundSync's half on the sync thread: keeps that thread's connection to the cache and
// runs one SyncSession at a time.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(const QString &cacheFilePath, const QUrl &server, const QString &profileId);
    ~SyncWorker() override;

    // Never throws: every failure ends up in the report.
    SyncSession::Report runOnce();

private:
    QString m_cacheFilePath;
    QUrl m_server;
    QString m_profileId;
    std::unique_ptr<LocalStore> m_store; // made on first use, on the sync thread
};
