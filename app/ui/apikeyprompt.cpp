#include "apikeyprompt.h"

#include "profile/profile.h"
#include "secrets/environmentapikey.h"
#include "secrets/profileapikey.h"

#include <QInputDialog>

QString ApiKeyPrompt::keyFor(const Profile &profile, QWidget *parent)
{
    if (profile.serverUrl().isEmpty())
        return {};
    QString why;
    const QString found = ProfileApiKey::find(profile.id(), &why);
    if (!found.isEmpty())
        return found;
    bool ok = false;
    const QString key = QInputDialog::getText(parent, tr("API key"),
        tr("%1\n\nEnter the API key for %2. It is used until OmnioTap closes and not saved.")
            .arg(why, profile.serverUrl()),
        QLineEdit::Password, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return {};
    EnvironmentApiKey::useForThisSession(key);
    return key.trimmed();
}
