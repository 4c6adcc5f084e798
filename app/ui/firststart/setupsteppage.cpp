#include "setupsteppage.h"

#include "firststartwizard.h"

#include <QApplication>
#include <QLabel>

SetupStepPage::SetupStepPage(SetupSummaryPage *summary, const QString &errorName, QWidget *parent)
    : QWizardPage(parent)
    , m_summary(summary)
    , m_error(new QLabel(this))
{
    m_error->setObjectName(errorName);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;")); // as the record editor's errors
    m_error->hide();
}

bool SetupStepPage::validatePage()
{
    m_error->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = apply();
    QApplication::restoreOverrideCursor();
    return done;
}

int SetupStepPage::nextId() const
{
    return FirstStartWizard::SummaryPage;
}

void SetupStepPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
