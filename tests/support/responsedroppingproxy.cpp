#include "responsedroppingproxy.h"

#include "relayserver.h"

#include <QMetaObject>

ResponseDroppingProxy::ResponseDroppingProxy() = default;

ResponseDroppingProxy::~ResponseDroppingProxy()
{
    // Deleted on its own thread, which owns its sockets.
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool ResponseDroppingProxy::start(quint16 upstreamPort)
{
    m_rules.upstreamPort = upstreamPort;
    m_thread.start();
    m_server = new RelayServer(m_rules);
    m_server->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &listening] {
            listening = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}
