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
    // Asks when the profile syncs with a server and neither OMNIOTAP_API_KEY nor the keychain
    // has its key. Cancelling leaves the app offline (it says so in the status bar).
    static void askIfMissing(const Profile &profile, QWidget *parent);
};
