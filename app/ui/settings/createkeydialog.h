#pragma once

#include <QDateTime>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class StatusBanner;

// Asks for a new API key's name, scopes and optional expiry. OK stays disabled until there is
// a name and a scope; the server's own objections are shown with showError().
class CreateKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateKeyDialog(QWidget *parent = nullptr);

    QString name() const;
    QStringList scopes() const;
    QDateTime expiresAt() const; // invalid: never expires

    QLineEdit *nameField() const { return m_name; }
    QCheckBox *scopeBox(const QString &scope) const;
    void showError(const QString &text);

private:
    void updateOk();

    QLineEdit *m_name = nullptr;
    QList<QCheckBox *> m_scopes;
    QCheckBox *m_expires = nullptr;
    QDateTimeEdit *m_expiry = nullptr;
    StatusBanner *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
