#pragma once

#include <QWizardPage>

class Profile;
class SetupSummaryPage;
class QLabel;
class QLineEdit;

// "Connect to a server": its address and an API key. Next checks the key against the server
// (the same check as `omniotap connect`) and saves nothing unless the server accepts it.
class RemoteServerPage : public QWizardPage
{
    Q_OBJECT

public:
    RemoteServerPage(Profile &profile, SetupSummaryPage *summary, QWidget *parent = nullptr);

    bool validatePage() override;
    int nextId() const override;

private:
    bool connectToServer();
    void showError(const QString &message);

    Profile &m_profile;
    SetupSummaryPage *m_summary;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLabel *m_error;
};
