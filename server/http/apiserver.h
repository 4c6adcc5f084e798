#pragma once

#include "apiresponse.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>
#include <map>
#include <optional>

class QTcpSocket;
class RequestPipeline;
struct ApiRequest;

// The HTTP front of the API on QtHttpServer. Requests are parsed on the event loop, answered
// by the RequestPipeline on a pool of worker threads (each with its own database
// connection), and written back in request order per connection.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr int kDefaultIdleTimeoutMs = 120 * 1000;

    ApiServer(RequestPipeline &pipeline, int workerThreads,
        int idleTimeoutMs = kDefaultIdleTimeoutMs, QObject *parent = nullptr);
    ~ApiServer() override;

    // Makes the next listenOn() serve HTTPS with this certificate and key (see TlsConfig).
    void setTlsConfiguration(const QSslConfiguration &configuration) { m_tls = configuration; }
    // Starts listening; returns the bound port, or 0 with errorString() set.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_errorString; }
    // Stops accepting connections; requests already received are still answered.
    void stopAccepting();
    int requestsInFlight() const { return m_inFlight; }
    // Pushes answers still buffered in sockets out to the network (used before exiting).
    void flushConnections();

signals:
    // Emitted when the last request in flight has been answered.
    void idle();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        bool ready = false;
        bool head = false;
        bool close = false;
        ApiResponse response;
    };
    struct Connection
    {
        qint64 nextSequence = 0;
        qint64 nextToWrite = 0;
        std::map<qint64, Pending> pending;
    };

    static ApiRequest toApiRequest(const QHttpServerRequest &request);
    void complete(const QPointer<QTcpSocket> &socket, qint64 sequence, const ApiResponse &response);
    void flush(QTcpSocket *socket, Connection &connection);
    static void write(QTcpSocket *socket, const Pending &pending);

    RequestPipeline &m_pipeline;
    QThreadPool m_pool; // writes: threads mostly wait for their group commit
    QThreadPool m_readPool; // reads: CPU-bound, one thread per core
    QHash<QTcpSocket *, Connection> m_connections;
    int m_inFlight = 0;
    int m_idleTimeoutMs;
    std::optional<QSslConfiguration> m_tls;
    QString m_errorString;
};
