#include "environmentapikey.h"

#include <QMutex>
#include <QtGlobal>

QString EnvironmentApiKey::variableName()
{
    return QStringLiteral("OMNIOTAP_API_KEY");
}

namespace {

// The key typed for this session, in memory only: not in the process environment, which
// threads read without a lock and child processes would inherit.
QMutex sessionKeyMutex;
QString sessionKey;

} // namespace

QString EnvironmentApiKey::value()
{
    {
        QMutexLocker locker(&sessionKeyMutex);
        if (!sessionKey.isEmpty())
            return sessionKey;
    }
    // Trimmed: a key pasted with a stray blank, or read from a file with CRLF line ends, would
    // otherwise be sent as is and come back as a puzzling 401.
    return qEnvironmentVariable("OMNIOTAP_API_KEY").trimmed();
}

void EnvironmentApiKey::useForThisSession(const QString &apiKey)
{
    QMutexLocker locker(&sessionKeyMutex);
    sessionKey = apiKey.trimmed();
}
