#include "servecommand.h"

#include "commandoutput.h"
#include "demodata.h"
#include "signalwatcher.h"

#include "http/apiserver.h"
#include "http/tlsconfig.h"
#include "instance/serverinstance.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimer>

namespace {

const int kShutdownGraceMs = 30000;

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:\[([0-9a-fA-F:.]+)\]|([^:\[\]]*)):(\d{1,5})\z)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    if (host.isEmpty() || host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const int number = m.captured(3).toInt();
    if (number > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

} // namespace

int ServeCommand::run(const Database &database, const QCommandLineParser &parser)
{
    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = 8080;
    const QString listen = parser.isSet(QStringLiteral("listen"))
        ? parser.value(QStringLiteral("listen"))
        : QStringLiteral("127.0.0.1:8080");
    if (!parseListen(listen, &address, &port))
        return CommandOutput::fail(
            QStringLiteral("--listen takes HOST:PORT, for example 127.0.0.1:8080 or [::1]:8080"));
    WebhookSettings webhooks;
    webhooks.allowPrivateTargets = parser.isSet(QStringLiteral("allow-private-webhooks"));
    if (parser.isSet(QStringLiteral("webhook-retry-schedule"))) {
        QString problem;
        const auto schedule = WebhookRetrySchedule::parse(
            parser.value(QStringLiteral("webhook-retry-schedule")), &problem);
        if (!schedule)
            return CommandOutput::fail(
                QStringLiteral("--webhook-retry-schedule takes seconds separated by commas, for "
                               "example 5,300,1800: %1")
                    .arg(problem));
        webhooks.retrySchedule = *schedule;
    }
    if (parser.isSet(QStringLiteral("webhook-timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("webhook-timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 300)
            return CommandOutput::fail(
                QStringLiteral("--webhook-timeout takes seconds from 1 to 300"));
        webhooks.timeoutMs = seconds * 1000;
    }
    if (parser.isSet(QStringLiteral("webhook-disable-after"))) {
        bool ok = false;
        const qint64 seconds
            = parser.value(QStringLiteral("webhook-disable-after")).toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 365LL * 24 * 3600)
            return CommandOutput::fail(
                QStringLiteral("--webhook-disable-after takes seconds from 1 to 31536000"));
        webhooks.disableAfterMs = seconds * 1000;
    }
    int workers = ServerInstance::defaultWorkers();
    if (parser.isSet(QStringLiteral("workers"))) {
        bool ok = false;
        workers = parser.value(QStringLiteral("workers")).toInt(&ok);
        if (!ok || workers < 1 || workers > 64)
            return CommandOutput::fail(QStringLiteral("--workers takes a number from 1 to 64"));
    }

    int idleTimeoutSeconds = ApiServer::kDefaultIdleTimeoutMs / 1000;
    if (parser.isSet(QStringLiteral("idle-timeout"))) {
        bool ok = false;
        idleTimeoutSeconds = parser.value(QStringLiteral("idle-timeout")).toInt(&ok);
        if (!ok || idleTimeoutSeconds < 1 || idleTimeoutSeconds > 86400)
            return CommandOutput::fail(
                QStringLiteral("--idle-timeout takes seconds from 1 to 86400"));
    }

    // HTTPS without a reverse proxy: the pair is checked before anything else starts.
    TlsConfig tls;
    if (!tls.load(
            parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key"))))
        return CommandOutput::fail(tls.errorString());
    if (!tls.validityWarning().isEmpty())
        qWarning("Warning: %s", qPrintable(tls.validityWarning()));
    const QString scheme = tls.isEnabled() ? QStringLiteral("https") : QStringLiteral("http");

    const CommandOutput out(false);
    if (parser.isSet(QStringLiteral("demo"))) {
        const DemoData::Result demo = DemoData::ensure(database);
        out.line(QStringLiteral("Demo tenant %1 with a new admin key:\n  %2")
                     .arg(demo.tenantId, demo.adminKey));
        out.line(QStringLiteral("Try:\n  curl -H 'X-API-Key: %1' %2://%3:%4/api/v1/contacts")
                     .arg(demo.adminKey, scheme,
                         address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString())
                     .arg(port));
    }

    ServerInstance::Options options;
    options.address = address;
    options.port = port;
    options.workers = workers;
    options.idleTimeoutMs = idleTimeoutSeconds * 1000;
    options.webhooks = webhooks;
    ServerInstance instance(database, options);
    ApiServer &server = instance.http();
    if (tls.isEnabled())
        server.setTlsConfiguration(tls.configuration());
    const quint16 boundPort = instance.start();
    if (boundPort == 0)
        return CommandOutput::fail(
            QStringLiteral("cannot listen on %1: %2").arg(listen, instance.errorString()));

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    out.line(
        QStringLiteral("omniotap-server listening on %1://%2:%3").arg(scheme, host).arg(boundPort));

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &server, [&server] {
        server.stopAccepting();
        if (server.requestsInFlight() == 0)
            QCoreApplication::quit();
        QObject::connect(&server, &ApiServer::idle, qApp, &QCoreApplication::quit);
        QTimer::singleShot(kShutdownGraceMs, qApp, &QCoreApplication::quit);
    });

    const int code = QCoreApplication::exec();
    server.flushConnections();
    return code;
}
