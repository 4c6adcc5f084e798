#pragma once

#include <QTcpServer>

struct RelayRules;

// A TCP relay from 127.0.0.1 to an upstream port on 127.0.0.1 that can lose responses: when
// RelayRules says so, a request is passed on whole, but the moment the upstream answers, both
// connections are cut, so the server did the work and the client never hears of it. Lives on
// the ResponseDroppingProxy's thread.
class RelayServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit RelayServer(RelayRules &rules, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    RelayRules &m_rules;
};
