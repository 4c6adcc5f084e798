#include "webhooksecretfield.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

WebhookSecretField::WebhookSecretField(QWidget *parent)
    : QWidget(parent)
{
    m_field = new QLineEdit(this);
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reveal = new QPushButton(tr("Show"), this);
    m_reveal->setCheckable(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    connect(m_reveal, &QPushButton::toggled, this, &WebhookSecretField::setRevealed);
    connect(m_copy, &QPushButton::clicked, this, &WebhookSecretField::copyToClipboard);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 1);
    row->addWidget(m_reveal);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    setSecret(QString());
}

void WebhookSecretField::setSecret(const QString &secret)
{
    m_secret = secret;
    m_field->setText(secret);
    m_reveal->setEnabled(!secret.isEmpty());
    m_copy->setEnabled(!secret.isEmpty());
    m_copy->setText(tr("Copy"));
    if (secret.isEmpty()) {
        m_field->setPlaceholderText(tr("Hidden"));
        m_note->setText(tr("The server shows a secret only when the endpoint is created or the "
                           "secret rotated. Rotate it to get a new one."));
    } else {
        m_note->setText(tr("Store this secret in your receiver now: it is not shown again after "
                           "you close this window."));
    }
    m_reveal->setChecked(false);
    setRevealed(false);
}

void WebhookSecretField::setRevealed(bool revealed)
{
    m_field->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
}

void WebhookSecretField::copyToClipboard()
{
    if (m_secret.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_secret);
    m_copy->setText(tr("Copied"));
}
