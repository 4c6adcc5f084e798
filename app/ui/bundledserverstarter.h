#pragma once

#include "hosting/bundledserverhost.h"

#include <QCoreApplication>

class Profile;
class QWidget;

// Starts the workspace server of a profile that hosts one, when the app starts. When it cannot
// (most often: another program took its port), the user reads why and may choose another port,
// which is saved with the profile; or works offline on the cache until the next start.
class BundledServerStarter
{
    Q_DECLARE_TR_FUNCTIONS(BundledServerStarter)

public:
    // The running server, or null (no bundled server, or the user chose to work offline;
    // *error then says why it is not running).
    static std::unique_ptr<BundledServerHost> start(Profile &profile,
        const BundledServerFactory &serverFactory, QWidget *parent, QString *error);

private:
    // Asks for another port; 0 when the user chose to work offline.
    static quint16 askForAnotherPort(const Profile &profile, const QString &error, QWidget *parent);
    static bool moveToPort(Profile &profile, quint16 port, QString *error);
};
