#pragma once

#include "serverprocess.h"
#include "testtenant.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class FirstStartWizard;
class Profile;

// The first-start wizard, offscreen, driven through its pages with a real keychain (a
// throw-away gnome-keyring): "Start a workspace on this computer" runs the bundled server in
// this process, makes the tenant and an admin key that the server then accepts, and keeps the
// key in the keychain; a port in use is explained and saves nothing. "Connect to a server"
// checks the key against a real server first: a refused key or a bad address saves nothing.
class TestFirstStartWizard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void localWorkspaceRunsServerAndKeepsKey();
    void localWorkspaceOnUsedPortExplainsAndSavesNothing();
    void bundledServerRestartsOnSameTenant();
    void bundledServerOnTakenPortMovesToAnother();
    void remoteServerChecksKeyBeforeSaving();
    void remoteServerRefusesBadAddress();

private:
    std::optional<Profile> reloadProfile() const;
    // Shown, with the first page's choice (its button's object name) clicked.
    std::unique_ptr<FirstStartWizard> openWizard(Profile &profile, const QString &choice);
    static quint16 freePort();

    std::unique_ptr<QTemporaryDir> m_dir;
};
