#include "startchoicepage.h"

#include "firststartwizard.h"

#include <QCommandLinkButton>
#include <QVBoxLayout>

StartChoicePage::StartChoicePage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Where does your team's data live?"));
    setSubTitle(tr("OmnioTap keeps a copy of your records on this computer, so it works offline. "
                   "It syncs them with a server that the whole team shares."));
    auto *local = new QCommandLinkButton(tr("Start a workspace on this computer"),
        tr("For a team without a server: this computer runs it while OmnioTap is open, and "
           "colleagues connect to it over the network."),
        this);
    local->setObjectName(QStringLiteral("startLocalWorkspace"));
    auto *remote = new QCommandLinkButton(tr("Connect to a server"),
        tr("Your team already has an OmnioTap server: you need its address and an API key from "
           "its administrator."),
        this);
    remote->setObjectName(QStringLiteral("connectToServer"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(local);
    layout->addWidget(remote);
    layout->addStretch();
    connect(local, &QCommandLinkButton::clicked, this,
        [this] { choose(FirstStartWizard::LocalWorkspacePage); });
    connect(remote, &QCommandLinkButton::clicked, this,
        [this] { choose(FirstStartWizard::RemoteServerPage); });
}

int StartChoicePage::nextId() const
{
    // Before a choice, a page id all the same: without one QWizard takes this page for the last
    // and offers Finish instead of Next and Cancel.
    return m_choice == -1 ? int(FirstStartWizard::LocalWorkspacePage) : m_choice;
}

void StartChoicePage::choose(int pageId)
{
    m_choice = pageId;
    emit completeChanged();
    wizard()->next();
}
