#pragma once

#include "setupsteppage.h"

class Profile;
class QLineEdit;

// "Connect to a server": its address and an API key. Next checks the key against the server
// (the same check as `omniotap connect`) and saves nothing unless the server accepts it.
class RemoteServerPage : public SetupStepPage
{
    Q_OBJECT

public:
    RemoteServerPage(Profile &profile, SetupSummaryPage *summary, QWidget *parent = nullptr);

protected:
    bool apply() override;

private:
    Profile &m_profile;
    QLineEdit *m_url;
    QLineEdit *m_key;
};
