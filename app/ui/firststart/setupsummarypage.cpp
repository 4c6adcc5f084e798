#include "setupsummarypage.h"

#include <QLabel>
#include <QVBoxLayout>

SetupSummaryPage::SetupSummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // Addresses and keys are meant to be copied.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    setFinalPage(true);
}

void SetupSummaryPage::describe(const QString &title, const QString &html)
{
    setTitle(title);
    m_text->setText(html);
}
