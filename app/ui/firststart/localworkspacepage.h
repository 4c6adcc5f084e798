#pragma once

#include "hosting/bundledserverhost.h"

#include "setupsteppage.h"

class Profile;
class QCheckBox;
class QLineEdit;
class QSpinBox;

// "Start a workspace on this computer": the team's name, the data folder and the port. Next
// starts the bundled server, creates the tenant and an admin key, keeps the key in the keychain
// and points the profile at the server; any failure is shown on the page and nothing is saved.
class LocalWorkspacePage : public SetupStepPage
{
    Q_OBJECT

public:
    LocalWorkspacePage(Profile &profile, BundledServerFactory serverFactory,
        std::unique_ptr<BundledServerHost> &server, SetupSummaryPage *summary,
        QWidget *parent = nullptr);

    bool isComplete() const override;

protected:
    bool apply() override;

private:
    void chooseFolder();
    QString summaryHtml(quint16 port, const QString &keychainError, const QString &key) const;

    Profile &m_profile;
    BundledServerFactory m_serverFactory;
    std::unique_ptr<BundledServerHost> &m_server;
    QLineEdit *m_teamName;
    QLineEdit *m_folder;
    QSpinBox *m_port;
    QCheckBox *m_share;
};
