#pragma once

#include <QWizardPage>

// The wizard's first question: run the team's workspace here, or connect to a server.
class StartChoicePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartChoicePage(QWidget *parent = nullptr);

    int nextId() const override;
    bool isComplete() const override { return m_choice != -1; }

private:
    void choose(int pageId);

    int m_choice = -1;
};
