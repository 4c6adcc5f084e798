#include "tenantsettingsdialog.h"

#include "apikeystab.h"
#include "ratelimittab.h"
#include "settingsapi.h"
#include "webhookstab.h"

#include "net/apiclient.h"

#include <QDialogButtonBox>
#include <QShowEvent>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// Admin calls are small; a server that takes longer is better reported than waited for.
constexpr int kTimeoutMs = 15'000;

} // namespace

TenantSettingsDialog::TenantSettingsDialog(ApiClient &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    build();
}

TenantSettingsDialog::TenantSettingsDialog(
    const QUrl &serverUrl, const QString &apiKey, QWidget *parent)
    : QDialog(parent)
    , m_ownClient(std::make_unique<ApiClient>(serverUrl, apiKey, kTimeoutMs))
    , m_client(*m_ownClient)
{
    build();
}

TenantSettingsDialog::~TenantSettingsDialog() = default;

void TenantSettingsDialog::build()
{
    setWindowTitle(tr("Tenant settings"));
    resize(900, 620);
    m_api = new SettingsApi(m_client, this);
    m_tabs = new QTabWidget(this);
    m_keys = new ApiKeysTab(*m_api, m_tabs);
    m_webhooks = new WebhooksTab(*m_api, m_tabs);
    m_rateLimit = new RateLimitTab(*m_api, m_tabs);
    m_tabs->addTab(m_keys, tr("API keys"));
    m_tabs->addTab(m_webhooks, tr("Webhooks"));
    m_tabs->addTab(m_rateLimit, tr("Rate limit"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (isVisible())
            loadTab(index);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}

bool TenantSettingsDialog::reloadAll()
{
    bool ok = true;
    for (int index = 0; index < m_tabs->count(); ++index) {
        m_loaded.remove(index);
        ok = loadTab(index) && ok;
    }
    return ok;
}

void TenantSettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!event->spontaneous())
        loadTab(m_tabs->currentIndex());
}

bool TenantSettingsDialog::loadTab(int index)
{
    if (index < 0 || m_loaded.contains(index))
        return true;
    // Loaded once even when that failed: the tab shows why, and its Refresh tries again.
    m_loaded.insert(index);
    QWidget *tab = m_tabs->widget(index);
    if (tab == m_keys)
        return m_keys->reload();
    if (tab == m_webhooks)
        return m_webhooks->reload();
    if (tab == m_rateLimit)
        return m_rateLimit->reload();
    return true;
}
