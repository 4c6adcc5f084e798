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
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binaryPath(), args);
    if (!process.waitForStarted(timeoutMs)) {
        result.stdErr = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.stdOut = process.readAllStandardOutput();
    result.stdErr = process.readAllStandardError();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    if (!result.timedOut && !result.crashed)
        result.exitCode = process.exitCode();
    return result;
}
