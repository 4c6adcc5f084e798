#pragma once

#include "net/serverkeycheck.h"

#include <QCoreApplication>
#include <QUrl>

class Profile;

// Saves what the wizard set up into the profile. Where the keychain cannot keep the key, the
// profile is still saved and the key serves this session; the app asks for it at each start.
class WizardBinding
{
    Q_DECLARE_TR_FUNCTIONS(WizardBinding)

public:
    struct Result
    {
        bool bound = false;
        QString error; // why nothing was saved
        QString keychainError; // set when the key is not in the keychain
    };

    static Result bind(Profile &profile, const QUrl &server, const QString &apiKey,
        const ServerKeyCheck::Result &verified);
};
