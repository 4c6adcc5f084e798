#include "createkeydialog.h"

#include "statusbanner.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CreateKeyDialog::CreateKeyDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Create API key"));
    m_banner = new StatusBanner(this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("What uses the key, e.g. \"ERP sync\""));
    m_name->setMaxLength(255);

    auto *scopes = new QVBoxLayout;
    const QList<std::pair<QString, QString>> choices = {
        {QStringLiteral("read"), tr("Read: list and fetch records")},
        {QStringLiteral("write"), tr("Write: create, change and delete records (includes read)")},
        {QStringLiteral("admin"),
            tr("Admin: API keys, webhooks and tenant settings (includes write)")}};
    for (const auto &[scope, label] : choices) {
        auto *box = new QCheckBox(label, this);
        box->setProperty("scope", scope);
        box->setChecked(scope == QLatin1String("read"));
        connect(box, &QCheckBox::toggled, this, &CreateKeyDialog::updateOk);
        scopes->addWidget(box);
        m_scopes << box;
    }

    m_expires = new QCheckBox(tr("Expires on"), this);
    m_expiry = new QDateTimeEdit(QDateTime::currentDateTime().addDays(90), this);
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDateTime(QDateTime::currentDateTime());
    m_expiry->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiry, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Scopes:"), scopes);
    form->addRow(tr("Expiry:"), expiry);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateKeyDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOk();
}

QString CreateKeyDialog::name() const
{
    return m_name->text().trimmed();
}

QStringList CreateKeyDialog::scopes() const
{
    QStringList chosen;
    for (const QCheckBox *box : m_scopes) {
        if (box->isChecked())
            chosen << box->property("scope").toString();
    }
    return chosen;
}

QDateTime CreateKeyDialog::expiresAt() const
{
    return m_expires->isChecked() ? m_expiry->dateTime() : QDateTime();
}

QCheckBox *CreateKeyDialog::scopeBox(const QString &scope) const
{
    for (QCheckBox *box : m_scopes) {
        if (box->property("scope").toString() == scope)
            return box;
    }
    return nullptr;
}

void CreateKeyDialog::showError(const QString &text)
{
    m_banner->showError(text);
}

void CreateKeyDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && !scopes().isEmpty());
}
