#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <QtTest/QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;

#ifndef OMNIOTAP_SERVER_BINARY
#define OMNIOTAP_SERVER_BINARY ""
#endif

ServerProcess::ServerProcess(QObject *parent)
    : QObject(parent)
{
    m_tempDir.setAutoRemove(qEnvironmentVariableIsEmpty("OMNIOTAP_KEEP_TEST_DATA"));
    QDir().mkpath(dataDir());
}

ServerProcess::~ServerProcess()
{
    if (isRunning() && !terminate(10000))
        kill();
}

QString ServerProcess::binaryPath()
{
    const QString fromEnv = qEnvironmentVariable("OMNIOTAP_SERVER_BINARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QString::fromUtf8(OMNIOTAP_SERVER_BINARY);
}

QString ServerProcess::dataDir() const
{
    return m_tempDir.filePath(u"data"_s);
}

QString ServerProcess::logPath(const char *stream) const
{
    return m_tempDir.filePath(u"server.%1.log"_s.arg(QLatin1String(stream)));
}

static QByteArray readFile(const QString &path, qint64 from = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (from > 0)
        file.seek(from);
    return file.readAll();
}

QByteArray ServerProcess::standardOutput() const
{
    return readFile(logPath("stdout"));
}

QByteArray ServerProcess::standardError() const
{
    return readFile(logPath("stderr"));
}

bool ServerProcess::start(const QStringList &extraArgs)
{
    m_lastError.clear();
    m_extraArgs = extraArgs;
    m_port = 0;
    const QString binary = binaryPath();
    if (binary.isEmpty() || !QFile::exists(binary)) {
        m_lastError = u"server binary not found: '%1' (set OMNIOTAP_SERVER_BINARY)"_s.arg(binary);
        qWarning().noquote() << m_lastError;
        return false;
    }
    m_stdoutStart = QFileInfo(logPath("stdout")).size();
    m_process.setStandardOutputFile(logPath("stdout"), QIODevice::Append);
    m_process.setStandardErrorFile(logPath("stderr"), QIODevice::Append);
    QStringList args {u"serve"_s, u"--data-dir"_s, dataDir(), u"--listen"_s, u"127.0.0.1:0"_s};
    if (m_allowPrivateWebhooks)
        args << u"--allow-private-webhooks"_s;
    args += extraArgs;
    m_process.start(binary, args);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_lastError = u"could not start %1: %2"_s.arg(binary, m_process.errorString());
        qWarning().noquote() << m_lastError;
        return false;
    }

    static const QRegularExpression listening(
        uR"(^omniotap-server listening on http://127\.0\.0\.1:(\d+)\r?$)"_s,
        QRegularExpression::MultilineOption);
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        const QString out = QString::fromUtf8(readFile(logPath("stdout"), m_stdoutStart));
        const auto match = listening.match(out);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_lastError
                = u"server exited with code %1 before listening"_s.arg(m_process.exitCode());
            break;
        }
        m_process.waitForFinished(20);
    }
    if (m_lastError.isEmpty())
        m_lastError = u"no 'listening on' line within %1 ms"_s.arg(StartTimeoutMs);
    qWarning().noquote() << m_lastError << "- stdout:"
                         << QString::fromUtf8(readFile(logPath("stdout"), m_stdoutStart));
    dumpLog();
    kill();
    return false;
}

bool ServerProcess::restart()
{
    if (isRunning() && !terminate()) {
        m_lastError = u"server did not stop on SIGTERM"_s;
        kill();
        return false;
    }
    return start(m_extraArgs);
}

bool ServerProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return true;
    m_process.terminate(); // SIGTERM on Unix
    return m_process.waitForFinished(timeoutMs);
}

bool ServerProcess::interrupt(int timeoutMs)
{
    if (!isRunning())
        return true;
#ifdef Q_OS_UNIX
    ::kill(pid_t(m_process.processId()), SIGINT);
#else
    m_process.terminate();
#endif
    return m_process.waitForFinished(timeoutMs);
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl ServerProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host());
    url.setPort(m_port);
    return url;
}

CliResult ServerProcess::runBinary(const QStringList &args, int timeoutMs)
{
    return CliResult::run(
        binaryPath(), args, QProcessEnvironment::systemEnvironment(), {}, timeoutMs);
}

CliResult ServerProcess::runCli(const QStringList &args, int timeoutMs) const
{
    return runBinary(args + QStringList {u"--data-dir"_s, dataDir()}, timeoutMs);
}

QString ServerProcess::createTenant(const QString &name, int rateLimit)
{
    const CliResult r = runCli({u"tenant"_s, u"create"_s, u"--name"_s, name, u"--rate-limit"_s,
        QString::number(rateLimit), u"--json"_s});
    const QString id = r.json().object().value(u"id"_s).toString();
    if (r.exitCode != 0 || id.isEmpty())
        qWarning().noquote() << "tenant create failed:" << r.describe();
    return r.exitCode == 0 ? id : QString();
}

CreatedKey ServerProcess::createKey(
    const QString &tenantId, const QStringList &scopes, const QString &name)
{
    const CliResult r = runCli({u"key"_s, u"create"_s, u"--tenant"_s, tenantId, u"--name"_s, name,
        u"--scopes"_s, scopes.join(u','), u"--json"_s});
    CreatedKey key;
    if (r.exitCode == 0) {
        const QJsonObject o = r.json().object();
        key.id = o.value(u"id"_s).toString();
        key.key = o.value(u"key"_s).toString();
    }
    if (!key.isValid())
        qWarning().noquote() << "key create failed:" << r.describe();
    return key;
}

void ServerProcess::dumpLog()
{
    const QByteArray text = readFile(logPath("stderr"), m_stderrDumped);
    m_stderrDumped += text.size();
    if (text.isEmpty()) {
        qWarning().noquote() << "---- omniotap-server wrote nothing to stderr ----";
        return;
    }
    constexpr int MaxShown = 20000;
    const QByteArray shown = text.size() > MaxShown ? "...\n" + text.right(MaxShown) : text;
    qWarning().noquote() << "---- omniotap-server stderr ----\n"
                         << QString::fromUtf8(shown) << "\n---- end of server stderr ----";
}

void ServerProcess::dumpLogIfFailed()
{
    if (QTest::currentTestFailed())
        dumpLog();
    else
        m_stderrDumped = QFileInfo(logPath("stderr")).size();
}
