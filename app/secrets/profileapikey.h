#pragma once

#include <QCoreApplication>
#include <QString>

// The API key a command uses for a profile: OMNIOTAP_API_KEY when it is set (scripts need no
// keychain then), else the profile's keychain entry.
class ProfileApiKey
{
    Q_DECLARE_TR_FUNCTIONS(ProfileApiKey)

public:
    // The key; empty with *error saying what is missing (naming the keychain when the keychain
    // is what failed or holds no entry).
    static QString find(const QString &profileId, QString *error);
};
