#include "adminkeyprobe.h"

#include <QNetworkReply>
#include <QNetworkRequest>

AdminKeyProbe::AdminKeyProbe(const QUrl &server, const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_apiKey(apiKey)
{ }

void AdminKeyProbe::probe()
{
    if (m_answered || m_asking)
        return;
    m_asking = true;
    QUrl url = m_server;
    url.setPath(m_server.path() + QStringLiteral("/api/v1/tenant"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_apiKey.toUtf8());
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15'000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_asking = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_answered = status == 200 || status == 403;
        if (status == 200)
            emit admin();
        else if (status == 403)
            emit notAdmin();
    });
}
