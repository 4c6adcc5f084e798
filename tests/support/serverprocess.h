#pragma once

#include "cliresult.h"
#include "createdkey.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Runs the real omniotap-server binary on 127.0.0.1 with a port chosen by the system and a
// temporary data dir that lives as long as this object (restart() keeps it).
class ServerProcess : public QObject
{
    Q_OBJECT
public:
    static constexpr int StartTimeoutMs = 15000;
    static constexpr int DefaultRateLimit = 1000000;

    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override;

    // The binary: $OMNIOTAP_SERVER_BINARY, else the path the build compiled in.
    static QString binaryPath();

    // Starts `serve --data-dir DIR --listen 127.0.0.1:0 --allow-private-webhooks` plus extraArgs
    // (without --allow-private-webhooks after setAllowPrivateWebhooks(false)) and waits for
    // "omniotap-server listening on http://127.0.0.1:PORT". false on failure, with the reason in
    // lastError() and the server's stderr logged.
    bool start(const QStringList &extraArgs = {});
    // Whether start() passes --allow-private-webhooks (the default, as tests deliver to
    // 127.0.0.1). Off, the server applies its SSRF guard; takes effect on the next start.
    void setAllowPrivateWebhooks(bool allow) { m_allowPrivateWebhooks = allow; }
    bool allowsPrivateWebhooks() const { return m_allowPrivateWebhooks; }
    // Stops the server (SIGTERM) and starts it again on the same data dir; the port changes.
    bool restart();
    // SIGTERM, then waits for the exit. true when the process ended within the timeout.
    bool terminate(int timeoutMs = 15000);
    // SIGINT, then waits for the exit.
    bool interrupt(int timeoutMs = 15000);
    void kill();
    bool isRunning() const;
    // The server's process id while it runs (0 otherwise), e.g. to read its CPU time.
    qint64 processId() const { return m_process.processId(); }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

    QUrl baseUrl() const;
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString dataDir() const;
    QString lastError() const { return m_lastError; }
    QByteArray standardOutput() const; // everything the server printed on stdout so far
    QByteArray standardError() const;

    // Runs the binary with args plus `--data-dir DIR`.
    CliResult runCli(const QStringList &args, int timeoutMs = 30000) const;
    // Runs the binary with exactly args (no --data-dir added).
    static CliResult runBinary(const QStringList &args, int timeoutMs = 30000);

    // `tenant create --name NAME --rate-limit N --json`; the new id, empty on failure.
    QString createTenant(const QString &name, int rateLimit = DefaultRateLimit);
    // `key create --tenant ID --name NAME --scopes a,b --json`; invalid on failure.
    CreatedKey createKey(const QString &tenantId, const QStringList &scopes,
        const QString &name = QStringLiteral("test key"));

    // Writes the server's stderr printed since the last dump to the test log.
    void dumpLog();
    // dumpLog() when the current test function has failed; call it from cleanup().
    void dumpLogIfFailed();

private:
    QString logPath(const char *stream) const;

    QTemporaryDir m_tempDir;
    QProcess m_process;
    QStringList m_extraArgs;
    quint16 m_port = 0;
    bool m_allowPrivateWebhooks = true;
    qint64 m_stdoutStart = 0;
    qint64 m_stderrDumped = 0;
    QString m_lastError;
};
