#include "firststartwizard.h"

#include "localworkspacepage.h"
#include "remoteserverpage.h"
#include "setupsummarypage.h"
#include "startchoicepage.h"

#include "profile/profile.h"

FirstStartWizard::FirstStartWizard(
    Profile &profile, BundledServerFactory serverFactory, QWidget *parent)
    : QWizard(parent)
    , m_profile(profile)
{
    setWindowTitle(tr("Welcome to OmnioTap"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Cancelling opens the window offline; the wizard comes back at the next start.
    setButtonText(QWizard::CancelButton, tr("Not Now"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/omniotap.svg")));
    setPixmap(QWizard::LogoPixmap, windowIcon().pixmap(48, 48));
    auto *summary = new SetupSummaryPage(this);
    setPage(ChoicePage, new StartChoicePage(this));
    setPage(LocalWorkspacePage,
        new class LocalWorkspacePage(profile, std::move(serverFactory), m_server, summary, this));
    setPage(RemoteServerPage, new class RemoteServerPage(profile, summary, this));
    setPage(SummaryPage, summary);
    setStartId(ChoicePage);
    resize(640, 480);
}

FirstStartWizard::~FirstStartWizard() = default;

std::unique_ptr<BundledServerHost> FirstStartWizard::takeServer()
{
    // Only a server the profile was set up with: one left from a failed attempt stops here.
    if (!m_profile.bundledServer().isSet())
        m_server.reset();
    return std::move(m_server);
}
