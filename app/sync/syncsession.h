#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <functional>

class LocalStore;

// One complete sync of a profile's cache with its server: pull (SyncClient), then push
// (ChangePusher), and what came of it. Used by `omniotap sync` and, on a worker thread with
// a cache connection of its own, by the desktop window.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(SyncSession)

public:
    enum class Outcome { InStep, Offline, Conflicts, Failed };
    struct Report
    {
        Outcome outcome = Outcome::InStep;
        QString message; // why, for Offline and Failed
        int pulled = 0;
        int pushed = 0;
        qint64 pending = 0; // local changes still queued afterwards
        qint64 conflicts = 0; // conflicts waiting for a person afterwards
        QString cursor;
    };

    SyncSession(const LocalStore &store, const QUrl &server, const QString &apiKey);

    // Called with the seconds about to be waited after a 429.
    void setRateLimitNotice(std::function<void(int seconds)> notice)
    {
        m_rateLimitNotice = std::move(notice);
    }

    // Throws StorageError when the cache fails; the network and the server's answers end up
    // in the report.
    Report run();

private:
    const LocalStore &m_store;
    QUrl m_server;
    QString m_apiKey;
    std::function<void(int)> m_rateLimitNotice;
};
Q_DECLARE_METATYPE(SyncSession::Report)
