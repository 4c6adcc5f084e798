#include "cliresult.h"

#include <QProcess>

using namespace Qt::StringLiterals;

QString CliResult::describe() const
{
    QString text = u"exit code %1"_s.arg(exitCode);
    if (crashed)
        text += u" (crashed)"_s;
    if (timedOut)
        text += u" (timed out)"_s;
    text += u"; stdout: %1; stderr: %2"_s.arg(
        QString::fromUtf8(stdOut.left(800)), QString::fromUtf8(stdErr.left(800)));
    return text;
}

CliResult CliResult::run(const QString &program, const QStringList &args,
    const QProcessEnvironment &env, const QByteArray &input, int timeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
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
