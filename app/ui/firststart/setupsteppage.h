#pragma once

#include <QWizardPage>

class QLabel;
class SetupSummaryPage;

// A wizard page whose Next does the setup work (starting a server, checking a key): a wait
// cursor while it runs, the reason under the fields when it fails, and the summary page after.
class SetupStepPage : public QWizardPage
{
    Q_OBJECT

public:
    // errorName: the error label's object name (tests look for it).
    SetupStepPage(SetupSummaryPage *summary, const QString &errorName, QWidget *parent = nullptr);

    bool validatePage() final;
    int nextId() const override;

protected:
    // The page's work; false after showError() when it failed (the page stays).
    virtual bool apply() = 0;
    void showError(const QString &message);
    QLabel *errorLabel() const { return m_error; }
    SetupSummaryPage *summary() const { return m_summary; }

private:
    SetupSummaryPage *m_summary;
    QLabel *m_error;
};
