#include "environmentapikey.h"

#include <QtGlobal>

QString EnvironmentApiKey::variableName()
{
    return QStringLiteral("OMNIOTAP_API_KEY");
}

QString EnvironmentApiKey::value()
{
    // Trimmed: a key pasted with a stray blank, or read from a file with CRLF line ends, would
    // otherwise be sent as is and come back as a puzzling 401.
    return qEnvironmentVariable("OMNIOTAP_API_KEY").trimmed();
}

void EnvironmentApiKey::useForThisSession(const QString &apiKey)
{
    qputenv("OMNIOTAP_API_KEY", apiKey.trimmed().toUtf8());
}
