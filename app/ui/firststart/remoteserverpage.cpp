#include "remoteserverpage.h"

#include "setupsummarypage.h"
#include "wizardbinding.h"

#include "net/apiclient.h"
#include "profile/profile.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

RemoteServerPage::RemoteServerPage(Profile &profile, SetupSummaryPage *summary, QWidget *parent)
    : SetupStepPage(summary, QStringLiteral("connectError"), parent)
    , m_profile(profile)
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
{
    setTitle(tr("Connect to your team's server"));
    setSubTitle(tr("Ask your administrator for the server's address and an API key. The key is "
                   "checked with the server, then kept in the system keychain."));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://crm.example.com"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setPlaceholderText(QStringLiteral("otk_…"));
    m_key->setEchoMode(QLineEdit::Password);
    QAction *reveal = m_key->addAction(
        QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, m_key, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(errorLabel());
    registerField(QStringLiteral("serverUrl*"), m_url);
    registerField(QStringLiteral("apiKey*"), m_key);
}

bool RemoteServerPage::apply()
{
    const QUrl server = ApiClient::normalizedServerUrl(m_url->text().trimmed());
    if (!server.isValid()) {
        showError(tr("\"%1\" is not a server address: use http:// or https:// and a host name, "
                     "for example https://crm.example.com.")
                      .arg(m_url->text().trimmed()));
        return false;
    }
    const QString key = m_key->text().trimmed();
    // The wizard waits at most 15 s for an answer; the user can correct the address and retry.
    ApiClient client(server, key, 15'000);
    const ServerKeyCheck::Result verified = ServerKeyCheck::run(client);
    if (!verified.accepted) {
        showError(verified.error);
        return false;
    }
    const WizardBinding::Result bound = WizardBinding::bind(m_profile, server, key, verified);
    if (!bound.bound) {
        showError(bound.error);
        return false;
    }
    QString html = verified.tenantName.isEmpty()
        ? tr("<p>OmnioTap syncs with <tt>%1</tt>.</p>").arg(server.toString().toHtmlEscaped())
        : tr("<p>OmnioTap syncs with <tt>%1</tt>, workspace <b>%2</b>.</p>")
              .arg(server.toString().toHtmlEscaped(), verified.tenantName.toHtmlEscaped());
    html += tr("<p>The first sync starts when the window opens; you can work while it runs.</p>");
    if (!bound.keychainError.isEmpty()) {
        html += tr("<p><b>The keychain could not keep the API key</b> (%1). OmnioTap will ask for "
                   "it at each start.</p>")
                    .arg(bound.keychainError.toHtmlEscaped());
    }
    summary()->describe(tr("Connected"), html);
    return true;
}
