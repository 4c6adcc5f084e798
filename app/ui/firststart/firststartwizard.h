#pragma once

#include "hosting/bundledserverhost.h"

#include <QWizard>

class Profile;
class SetupSummaryPage;

// The first start of a profile that has neither a server to sync with nor one to run: either
// "Start a workspace on this computer" (the bundled server, a tenant and an admin key) or
// "Connect to a server" (URL and API key, checked before anything is saved).
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChoicePage, LocalWorkspacePage, RemoteServerPage, SummaryPage };

    FirstStartWizard(
        Profile &profile, BundledServerFactory serverFactory, QWidget *parent = nullptr);
    ~FirstStartWizard() override;

    // The bundled server the wizard started, still running, for the app to keep while it is
    // open, whether the wizard was finished or closed on its last page; null after "Connect
    // to a server" or a setup that failed.
    std::unique_ptr<BundledServerHost> takeServer();

private:
    Profile &m_profile;
    std::unique_ptr<BundledServerHost> m_server;
};
