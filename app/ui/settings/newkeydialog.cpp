#include "newkeydialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewKeyDialog::NewKeyDialog(const QString &name, const QString &key, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New API key"));
    auto *intro = new QLabel(tr("The key \"%1\" was created:").arg(name), this);
    intro->setTextFormat(Qt::PlainText);
    m_key = new QLineEdit(key, this);
    m_key->setReadOnly(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(key) + 24);
    m_copy = new QPushButton(tr("Copy"), this);
    connect(m_copy, &QPushButton::clicked, this, &NewKeyDialog::copyToClipboard);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_copy);

    auto *warning = new QLabel(tr("<b>Copy it now: it will not be shown again.</b> OmnioTap keeps "
                                  "only a fingerprint of the key; if it is lost, revoke it and "
                                  "create a new one."),
        this);
    warning->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(keyRow);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    m_key->selectAll();
}

void NewKeyDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_key->text());
    m_copy->setText(tr("Copied"));
}
