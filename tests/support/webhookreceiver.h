#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// One request as the receiver got it.
struct ReceivedRequest
{
    int index = 0; // 0-based, in order of arrival
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 receivedMs = 0; // epoch ms when the whole request had arrived

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString webhookId() const { return QString::fromUtf8(header("webhook-id")); }
    QJsonObject json() const;
};

// How the receiver answers one request.
struct ReceiverResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. {"Retry-After", "2"}
    QByteArray body;
    int delayMs = 0; // wait this long before answering
    bool neverAnswer = false; // keep the connection open and silent (provokes timeouts)
    // > 0: send the status line and headers with a large Content-Length at once, then one
    // body byte per this many ms, never finishing (a receiver that is slow but never silent).
    int trickleMs = 0;

    static ReceiverResponse withStatus(int status) { return {status, {}, {}, 0, false, 0}; }
    static ReceiverResponse hang() { return {0, {}, {}, 0, true, 0}; }
    static ReceiverResponse trickle(int status, int intervalMs)
    {
        return {status, {}, {}, 0, false, intervalMs};
    }
};

// A small HTTP/1.1 server on 127.0.0.1 for webhook tests: it records every request and answers
// as told. Keep-alive connections and Content-Length bodies are handled; chunked bodies are
// not (the server under test does not send them). It runs on the thread that created it, so
// the test must spin the event loop (QTest::qWait, QTRY_*, or a synchronous HttpClient call)
// for requests to be read and answered.
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    using Rule = std::function<ReceiverResponse(const ReceivedRequest &)>;

    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Listens on 127.0.0.1:port (0: any free port). Listening again after close() with the
    // old port() brings the "same" receiver back. false when the port cannot be bound.
    bool listen(quint16 port = 0);
    // Stops listening and drops every open connection, as a receiver that went down would.
    void close();
    bool isListening() const { return m_server.isListening(); }
    // The port of the last successful listen(), kept across close().
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port><path>".
    QString url(const QString &path = QStringLiteral("/hook")) const;

    // The answer to every request not covered by queued responses (default: 200 "ok").
    void setRule(Rule rule);
    void setStatus(int status);
    // Answers for the next requests, in order, before the rule applies again.
    void queueResponses(const QList<ReceiverResponse> &responses);

    QList<ReceivedRequest> requests() const { return m_requests; }
    int count() const { return int(m_requests.size()); }
    // The requests carrying webhook-id id, in order of arrival.
    QList<ReceivedRequest> requestsWithId(const QString &id) const;
    // The distinct webhook-ids received, in order of first arrival.
    QStringList webhookIds() const;
    void clear();
    // Connections that are currently open (hanging ones included).
    int openConnections() const { return int(m_connections.size()); }

    // Spin the event loop until the condition holds or the timeout passes; true when it holds.
    bool waitForCount(int count, int timeoutMs = 10000);
    bool waitForWebhookId(const QString &id, int times = 1, int timeoutMs = 10000);

    // Standard Webhooks: "v1," + base64 HMAC-SHA256 of "id.timestamp.body" keyed with the
    // base64-decoded part of secret after "whsec_". Empty for a secret of another form.
    // Written independently of the server's signer on purpose.
    static QByteArray expectedSignature(const QString &secret, const QByteArray &id,
        const QByteArray &timestamp, const QByteArray &body);
    // The space-separated entries of the webhook-signature header.
    static QList<QByteArray> signatures(const ReceivedRequest &request);
    // True when one of the request's signatures is the one secret makes.
    static bool verify(const ReceivedRequest &request, const QString &secret);

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool busy = false; // a request is being answered (delayed) or hangs
    };

    void accept();
    void readFrom(QTcpSocket *socket);
    // Parses one complete request from the front of connection's buffer; false if incomplete.
    bool takeRequest(Connection &connection, ReceivedRequest *request, bool *closeAfter);
    void answer(QTcpSocket *socket, const ReceiverResponse &response, bool closeAfter);
    void startTrickle(QTcpSocket *socket, const ReceiverResponse &response);
    ReceiverResponse responseFor(const ReceivedRequest &request);

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<ReceivedRequest> m_requests;
    QList<ReceiverResponse> m_queued;
    Rule m_rule;
};
