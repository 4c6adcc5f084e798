#include "cliresult.h"

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
