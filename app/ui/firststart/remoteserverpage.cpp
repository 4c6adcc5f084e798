#include "remoteserverpage.h"

#include "firststartwizard.h"
#include "setupsummarypage.h"
#include "wizardbinding.h"

#include "net/apiclient.h"
#include "profile/profile.h"

#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

RemoteServerPage::RemoteServerPage(Profile &profile, SetupSummaryPage *summary, QWidget *parent)
    : QWizardPage(parent)
    , m_profile(profile)
    , m_summary(summary)
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_error(new QLabel(this))
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
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;")); // as the record editor's errors
    m_error->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(m_error);
    registerField(QStringLiteral("serverUrl*"), m_url);
    registerField(QStringLiteral("apiKey*"), m_key);
}

int RemoteServerPage::nextId() const
{
    return FirstStartWizard::SummaryPage;
}

bool RemoteServerPage::validatePage()
{
    m_error->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = connectToServer();
    QApplication::restoreOverrideCursor();
    return done;
}

bool RemoteServerPage::connectToServer()
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
    m_summary->describe(tr("Connected"), html);
    return true;
}

void RemoteServerPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
