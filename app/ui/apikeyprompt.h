#pragma once

#include <QCoreApplication>

class Profile;
class QWidget;

// A profile's key when no keychain keeps it: asked once per start and used for that session
// only, so the key is never written to a plain file.
class ApiKeyPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyPrompt)

public:
    // The key of a profile that syncs with a server: from OMNIOTAP_API_KEY or the keychain, or
    // else asked for (and kept for the session). Empty without a server, or when the user
    // cancels; the app then stays offline and says so in the status bar.
    static QString keyFor(const Profile &profile, QWidget *parent);
};
