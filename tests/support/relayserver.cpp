#include "relayserver.h"

#include "relayrules.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

RelayServer::RelayServer(RelayRules &rules, QObject *parent)
    : QTcpServer(parent)
    , m_rules(rules)
{ }

void RelayServer::incomingConnection(qintptr socketDescriptor)
{
    auto *client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(socketDescriptor)) {
        delete client;
        return;
    }
    auto *upstream = new QTcpSocket(this);
    // Requests reach this relay on one connection at a time per socket (no pipelining), so
    // "drop the next response" is a flag per connection.
    auto dropNext = std::make_shared<bool>(false);
    const auto closeBoth = [client, upstream] {
        client->abort();
        upstream->abort();
        client->deleteLater();
        upstream->deleteLater();
    };

    connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, dropNext] {
        const QByteArray bytes = client->readAll();
        if (m_rules.takeDrop(bytes))
            *dropNext = true;
        upstream->write(bytes);
    });
    connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream, dropNext, closeBoth] {
        if (*dropNext) {
            ++m_rules.dropped;
            closeBoth();
            return;
        }
        client->write(upstream->readAll());
    });
    connect(client, &QTcpSocket::disconnected, this, closeBoth);
    connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
    // The upstream is down: the client sees its connection closed, as with a dead server.
    connect(upstream, &QTcpSocket::errorOccurred, this, closeBoth);
    upstream->connectToHost(QHostAddress::LocalHost, m_rules.upstreamPort.load());
}
