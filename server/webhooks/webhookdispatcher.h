#pragma once

#include "webhooksettings.h"

#include "storage/database.h"
#include "storage/webhookdeliverystore.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QUrl>
#include <atomic>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class WriteExecutor;

// Sends pending webhook deliveries on a thread of its own, so API requests never wait for a
// receiver. It reads what is due from the outbox, signs each event (Standard Webhooks), posts
// it with a timeout and no redirects, and records every attempt through the writer in small
// batches. Deliveries stay pending in the database until an attempt is recorded, so a crash
// or restart only means they are sent again (at least once).
class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    WebhookDispatcher(const Database &database, WriteExecutor &writer, WebhookSettings settings);
    ~WebhookDispatcher() override;

    // Thread-safe: deliveries may have become due (a write committed).
    void wake();

private:
    void initialize();
    void shutdown();
    void poll();
    void schedulePoll(qint64 delayMs);
    void send(const DueDelivery &delivery);
    void post(const DueDelivery &delivery, const QUrl &url, const QHostAddress &pinned);
    void finished(const DueDelivery &delivery, QNetworkReply *reply, qint64 startedMs);
    void conclude(const DueDelivery &delivery, qint64 startedMs, int statusCode,
        const QString &error, qint64 retryAfterSeconds);
    void flushResults();
    void recorded(const QList<qint64> &deliveryPks);
    void abortOverdue();
    void prune();

    Database m_database;
    WriteExecutor &m_writer;
    WebhookSettings m_settings;
    QThread m_thread;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    QSet<qint64> m_unrecorded; // sent or being sent, attempt not yet committed
    QHash<QString, int> m_connectionsPerEndpoint;
    int m_connections = 0;
    QList<WebhookAttemptResult> m_results;
    QHash<QNetworkReply *, qint64> m_deadlines; // replies in flight, and when each must end
    qint64 m_lastPollMs = 0;
    bool m_stopping = false;
    std::atomic<bool> m_wakeQueued {false};
};
