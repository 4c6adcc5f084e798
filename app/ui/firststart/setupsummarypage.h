#pragma once

#include <QWizardPage>

class QLabel;

// The wizard's last page: what was set up, and what the user should know about it (where
// colleagues connect, or that the key could not be kept).
class SetupSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupSummaryPage(QWidget *parent = nullptr);

    // title and rich text written by the page that did the work.
    void describe(const QString &title, const QString &html);
    int nextId() const override { return -1; }

private:
    QLabel *m_text;
};
