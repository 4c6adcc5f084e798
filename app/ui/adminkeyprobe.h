#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

// Finds out, without blocking the window, whether the profile's key may administer the tenant:
// GET /api/v1/tenant answers 200 only to an admin key. The window shows the tenant settings
// only then (and an offline start simply shows them once the server answers, at the next try).
class AdminKeyProbe : public QObject
{
    Q_OBJECT
public:
    AdminKeyProbe(const QUrl &server, const QString &apiKey, QObject *parent = nullptr);

    // Asks the server, unless it has answered already (offline, the next call asks again).
    void probe();

signals:
    void admin(); // the key has the admin scope
    void notAdmin(); // the server answered, and the key has not

private:
    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_apiKey;
    bool m_answered = false;
    bool m_asking = false;
};
