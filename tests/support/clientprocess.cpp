#include "clientprocess.h"

#include <QProcess>

#ifndef OMNIOTAP_CLIENT_BINARY
#define OMNIOTAP_CLIENT_BINARY ""
#endif

QString ClientProcess::binaryPath()
{
    const QString fromEnv = qEnvironmentVariable("OMNIOTAP_CLIENT_BINARY");
    return fromEnv.isEmpty() ? QString::fromUtf8(OMNIOTAP_CLIENT_BINARY) : fromEnv;
}

QProcessEnvironment ClientProcess::baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OMNIOTAP_API_KEY"));
    return env;
}

CliResult ClientProcess::run(
    const QStringList &args, const QProcessEnvironment &env, const QByteArray &input, int timeoutMs)
{
    return CliResult::run(binaryPath(), args, env, input, timeoutMs);
}
