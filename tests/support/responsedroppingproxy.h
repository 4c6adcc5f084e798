#pragma once

#include "relayrules.h"

#include <QByteArray>
#include <QThread>

class RelayServer;

// A relay between an omniotap client and the server that can lose responses on purpose, to
// test that a request repeated after a lost answer does not do its work twice. It runs on its
// own thread, so it keeps relaying while the test waits for a client process.
class ResponseDroppingProxy
{
public:
    ResponseDroppingProxy();
    ~ResponseDroppingProxy();
    ResponseDroppingProxy(const ResponseDroppingProxy &) = delete;
    ResponseDroppingProxy &operator=(const ResponseDroppingProxy &) = delete;

    // Listens on 127.0.0.1 (a port chosen by the system) and relays to upstreamPort.
    bool start(quint16 upstreamPort);
    quint16 port() const { return m_port; }
    // E.g. after the server restarted on another port.
    void setUpstreamPort(quint16 port) { m_rules.upstreamPort = port; }
    // The server answers the next count requests with this method, but the client gets a
    // closed connection instead of the answer.
    void dropResponses(const QByteArray &method, int count)
    {
        m_rules.dropResponses(method, count);
    }
    int dropped() const { return m_rules.dropped.load(); }

private:
    RelayRules m_rules;
    QThread m_thread;
    RelayServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
};
