#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// An endpoint's signing secret, masked until revealed, with Copy. The server hands a secret
// out only when the endpoint is created or the secret rotated, so after that the field can only
// say that it is hidden: rotating is the way to a new, known one.
class WebhookSecretField : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookSecretField(QWidget *parent = nullptr);

    // The secret just received; empty: unknown to this dialog.
    void setSecret(const QString &secret);
    QString secret() const { return m_secret; }
    void setRevealed(bool revealed);
    void copyToClipboard();

    QLineEdit *field() const { return m_field; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QString m_secret;
    QLineEdit *m_field = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_note = nullptr;
};
